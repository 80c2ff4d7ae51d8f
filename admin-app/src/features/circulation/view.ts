/**
 * External dependencies
 */
import type { View } from '@wordpress/dataviews';

/**
 * Internal dependencies
 */
import type { EntitlementOrderBy, EntitlementQuery } from '../../api/types';
import { isEntitlementStatus } from '../../utils/status';

export const DEFAULT_PER_PAGE = 20;

export const DEFAULT_VIEW: View = {
	type: 'table',
	page: 1,
	perPage: DEFAULT_PER_PAGE,
	search: '',
	filters: [],
	sort: { field: 'created_at', direction: 'desc' },
	fields: [
		'customer_email',
		'number',
		'status',
		'deferred_amount',
		'earned_amount',
		'created_at',
	],
	titleField: 'id',
};

const SORTABLE: readonly EntitlementOrderBy[] = [
	'id',
	'number',
	'status',
	'customer_email',
	'created_at',
	'deferred_amount',
	'deferred_balance',
	'expires_at',
	'redeemed_at',
];

function isSortable( field: string ): field is EntitlementOrderBy {
	return ( SORTABLE as readonly string[] ).includes( field );
}

/**
 * Turns the DataViews view state (owned by the screen) into the REST query
 * of `GET /entitlements`.
 *
 * @param view DataViews view.
 * @return REST query arguments.
 */
export function viewToQuery( view: View ): EntitlementQuery {
	const query: EntitlementQuery = {
		page: view.page ?? 1,
		per_page: view.perPage ?? DEFAULT_PER_PAGE,
	};
	if ( view.search ) {
		query.search = view.search;
	}
	if ( view.sort && isSortable( view.sort.field ) ) {
		query.orderby = view.sort.field;
		query.order = view.sort.direction;
	}
	for ( const filter of view.filters ?? [] ) {
		if ( filter.field === 'status' && filter.operator === 'is' ) {
			if ( isEntitlementStatus( filter.value ) ) {
				query.status = filter.value;
			}
		}
		if ( filter.field === 'number' && filter.operator === 'is' ) {
			const value = Number( filter.value );
			if ( Number.isInteger( value ) && value > 0 ) {
				query.number = value;
			}
		}
	}
	return query;
}
