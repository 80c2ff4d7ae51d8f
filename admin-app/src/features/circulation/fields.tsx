/**
 * External dependencies
 */
import type { Field } from '@wordpress/dataviews';

/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { dateI18n, getSettings } from '@wordpress/date';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Entitlement } from '../../api/types';
import { navigate } from '../../app/router';
import { getBootData } from '../../utils/boot';
import { formatMoney } from '../../utils/money';
import { ENTITLEMENT_STATUSES, getStatusLabel } from '../../utils/status';

/**
 * A UTC timestamp from the API in the site's date format.
 *
 * @param value    RFC 3339 timestamp.
 * @param withTime Include the time.
 * @return Localised date, or '' when there is none.
 */
export function formatDate(
	value: string | null | undefined,
	withTime = false
): string {
	if ( ! value ) {
		return '';
	}
	const { formats } = getSettings();
	return dateI18n(
		withTime ? `${ formats.date } ${ formats.time }` : formats.date,
		value,
		undefined
	);
}

/**
 * An email that wraps after its "@" rather than at any letter.
 *
 * @param email Email.
 * @return The email with a zero-width space after the "@".
 */
export function breakableEmail( email: string ): string {
	return email.replace( '@', '@\u200b' );
}

/**
 * The scope (per-customer view) of an entitlement's customer: the WordPress
 * user when there is one, else the email (guests).
 *
 * @param item Entitlement.
 * @return Route arguments.
 */
export function customerRoute( item: Entitlement ): Record< string, string > {
	return item.customer_id
		? { customer: String( item.customer_id ) }
		: { email: item.customer_email };
}

/**
 * The DataViews fields of the Circulation list.
 *
 * Only id, customer and creation date sort on the server (each has an index);
 * filters map to the REST arguments in view.ts.
 *
 * @return Fields.
 */
export function getEntitlementFields(): Field< Entitlement >[] {
	const currencies = getBootData().currencies;
	return [
		{
			id: 'id',
			label: __( 'ID', 'entitlement-ledger' ),
			type: 'integer',
			getValue: ( { item } ) => item.id,
			render: ( { item } ) => (
				<Button
					variant="link"
					className="el-circulation__cell-link el-circulation__id"
					onClick={ () =>
						navigate( { entitlement: String( item.id ) } )
					}
				>
					#{ item.id }
				</Button>
			),
			enableHiding: false,
			enableSorting: true,
			filterBy: false,
		},
		{
			id: 'customer_email',
			label: __( 'Customer', 'entitlement-ledger' ),
			type: 'email',
			getValue: ( { item } ) => item.customer_email,
			render: ( { item } ) => (
				<Button
					variant="link"
					className="el-circulation__cell-link"
					onClick={ ( event: { stopPropagation: () => void } ) => {
						event.stopPropagation();
						navigate( customerRoute( item ) );
					} }
					label={ sprintf(
						/* translators: %s: customer email. */
						__( 'All entitlements of %s', 'entitlement-ledger' ),
						item.customer_email
					) }
					showTooltip={ false }
				>
					<span className="el-circulation__customer">
						{ item.customer_name ? (
							<span className="el-circulation__customer-name">
								{ item.customer_name }
							</span>
						) : null }
						<span>{ breakableEmail( item.customer_email ) }</span>
					</span>
				</Button>
			),
			enableSorting: true,
			enableHiding: false,
			filterBy: false,
		},
		{
			id: 'subscription_id',
			label: __( 'Subscription', 'entitlement-ledger' ),
			type: 'integer',
			getValue: ( { item } ) => item.subscription_id ?? 0,
			render: ( { item } ) =>
				item.subscription_id ? (
					<Button
						variant="link"
						className="el-circulation__cell-link"
						onClick={ ( event: {
							stopPropagation: () => void;
						} ) => {
							event.stopPropagation();
							navigate( {
								subscription: String( item.subscription_id ),
							} );
						} }
						label={ sprintf(
							/* translators: %d: subscription id. */
							__(
								'All entitlements of subscription #%d',
								'entitlement-ledger'
							),
							item.subscription_id
						) }
						showTooltip={ false }
					>
						#{ item.subscription_id }
					</Button>
				) : (
					<>—</>
				),
			enableSorting: false,
			filterBy: false,
		},
		{
			id: 'number',
			label: __( 'Number', 'entitlement-ledger' ),
			header: __( 'Number', 'entitlement-ledger' ),
			description: __(
				'Entitlement number: the annual cycle.',
				'entitlement-ledger'
			),
			type: 'integer',
			getValue: ( { item } ) => item.number,
			// A cycle such as 2026: no thousands separator.
			render: ( { item } ) => <>{ String( item.number ) }</>,
			enableSorting: false,
			filterBy: { operators: [ 'is' ] },
		},
		{
			id: 'status',
			label: __( 'Status', 'entitlement-ledger' ),
			type: 'text',
			getValue: ( { item } ) => item.status,
			render: ( { item } ) => (
				<span
					className={ `el-status is-${ item.status }${
						item.deleted_at ? ' is-deleted' : ''
					}` }
				>
					{ getStatusLabel( item.status ) }
				</span>
			),
			elements: ENTITLEMENT_STATUSES.map( ( status ) => ( {
				value: status,
				label: getStatusLabel( status ),
			} ) ),
			filterBy: { operators: [ 'isAny' ], isPrimary: true },
			enableSorting: false,
		},
		{
			id: 'type',
			label: __( 'Type', 'entitlement-ledger' ),
			type: 'text',
			getValue: ( { item } ) => item.type ?? '',
			elements: [
				{
					value: 'premium_gift',
					label: __( 'Premium gift', 'entitlement-ledger' ),
				},
			],
			filterBy: { operators: [ 'is' ] },
			enableSorting: false,
		},
		{
			id: 'currency',
			label: __( 'Currency', 'entitlement-ledger' ),
			type: 'text',
			getValue: ( { item } ) => item.currency,
			elements: currencies.map( ( code ) => ( {
				value: code,
				label: code,
			} ) ),
			filterBy: currencies.length ? { operators: [ 'is' ] } : false,
			enableSorting: false,
		},
		{
			id: 'deferred_amount',
			label: __( 'Deferred', 'entitlement-ledger' ),
			getValue: ( { item } ) => item.deferred_amount,
			render: ( { item } ) => (
				<span className="el-money">
					{ formatMoney( item.deferred_amount, item.currency ) }
				</span>
			),
			enableSorting: false,
			filterBy: false,
		},
		{
			id: 'earned_amount',
			label: __( 'Earned', 'entitlement-ledger' ),
			getValue: ( { item } ) => item.earned_amount,
			render: ( { item } ) => (
				<span className="el-money">
					{ formatMoney( item.earned_amount, item.currency ) }
				</span>
			),
			enableSorting: false,
			filterBy: false,
		},
		{
			id: 'created_at',
			label: __( 'Created', 'entitlement-ledger' ),
			type: 'date',
			getValue: ( { item } ) => item.created_at,
			render: ( { item } ) => (
				<span className="el-date">
					{ formatDate( item.created_at ) }
				</span>
			),
			enableSorting: true,
			filterBy: {
				operators: [ 'on', 'before', 'after', 'between' ],
			},
		},
	];
}
