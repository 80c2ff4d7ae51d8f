/**
 * External dependencies
 */
import type { Field } from '@wordpress/dataviews';

/**
 * WordPress dependencies
 */
import { dateI18n, getSettings } from '@wordpress/date';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Entitlement } from '../../api/types';
import { formatMoney } from '../../utils/money';
import { ENTITLEMENT_STATUSES, getStatusLabel } from '../../utils/status';

function formatDate( value: string ): string {
	if ( ! value ) {
		return '';
	}
	const { formats } = getSettings();
	return dateI18n( `${ formats.date } ${ formats.time }`, value, undefined );
}

/**
 * The DataViews fields of the Circulation list.
 */
export const entitlementFields: Field< Entitlement >[] = [
	{
		id: 'id',
		label: __( 'ID', 'entitlement-ledger' ),
		type: 'integer',
		getValue: ( { item } ) => item.id,
		render: ( { item } ) => <>#{ item.id }</>,
		enableHiding: false,
		filterBy: false,
	},
	{
		id: 'customer_email',
		label: __( 'Customer', 'entitlement-ledger' ),
		type: 'email',
		getValue: ( { item } ) => item.customer_email,
		enableSorting: true,
		filterBy: false,
	},
	{
		id: 'number',
		label: __( 'Entitlement number', 'entitlement-ledger' ),
		type: 'integer',
		getValue: ( { item } ) => item.number,
		// A cycle such as 2026: no thousands separator.
		render: ( { item } ) => <>{ String( item.number ) }</>,
		enableSorting: true,
		filterBy: false,
	},
	{
		id: 'status',
		label: __( 'Status', 'entitlement-ledger' ),
		type: 'text',
		getValue: ( { item } ) => item.status,
		render: ( { item } ) => <>{ getStatusLabel( item.status ) }</>,
		elements: ENTITLEMENT_STATUSES.map( ( status ) => ( {
			value: status,
			label: getStatusLabel( status ),
		} ) ),
		filterBy: { operators: [ 'is' ], isPrimary: true },
		enableSorting: true,
	},
	{
		id: 'deferred_amount',
		label: __( 'Deferred', 'entitlement-ledger' ),
		getValue: ( { item } ) => item.deferred_amount,
		render: ( { item } ) => (
			<>{ formatMoney( item.deferred_amount, item.currency ) }</>
		),
		enableSorting: true,
		filterBy: false,
	},
	{
		id: 'earned_amount',
		label: __( 'Earned', 'entitlement-ledger' ),
		getValue: ( { item } ) => item.earned_amount,
		render: ( { item } ) => (
			<>{ formatMoney( item.earned_amount, item.currency ) }</>
		),
		enableSorting: false,
		filterBy: false,
	},
	{
		id: 'created_at',
		label: __( 'Created', 'entitlement-ledger' ),
		getValue: ( { item } ) => item.created_at,
		render: ( { item } ) => <>{ formatDate( item.created_at ) }</>,
		enableSorting: true,
		filterBy: false,
	},
];
