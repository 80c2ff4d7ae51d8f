/**
 * External dependencies
 */
import type { View } from '@wordpress/dataviews';

/**
 * Internal dependencies
 */
import {
	LICENSE_STATUSES,
	type LicenseOrderBy,
	type LicenseQuery,
	type LicenseStatus,
} from '../../api/licenses';

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
		'product',
		'status',
		'seats',
		'expires_at',
		'created_at',
	],
	titleField: 'key_prefix',
};

/** Columns GET /licenses sorts by. */
const SORTABLE: readonly LicenseOrderBy[] = [
	'created_at',
	'expires_at',
	'customer_email',
];

function isSortable( field: string ): field is LicenseOrderBy {
	return ( SORTABLE as readonly string[] ).includes( field );
}

function isStatus( value: unknown ): value is LicenseStatus {
	return ( LICENSE_STATUSES as readonly unknown[] ).includes( value );
}

/**
 * Turns the DataViews view state (owned by the screen) into the REST query
 * of `GET /licenses`.
 *
 * @param view DataViews view.
 * @return REST query arguments.
 */
export function viewToQuery( view: View ): LicenseQuery {
	const query: LicenseQuery = {
		page: view.page ?? 1,
		per_page: view.perPage ?? DEFAULT_PER_PAGE,
	};
	const search = view.search?.trim();
	if ( search ) {
		query.search = search;
	}
	for ( const filter of view.filters ?? [] ) {
		const value: unknown = filter.value;
		if (
			filter.operator !== 'is' ||
			typeof value !== 'string' ||
			! value
		) {
			continue;
		}
		if ( filter.field === 'brand' ) {
			query.brand = value;
		} else if ( filter.field === 'product' ) {
			query.product = value;
		} else if ( filter.field === 'status' && isStatus( value ) ) {
			query.status = value;
		}
	}
	if ( view.sort && isSortable( view.sort.field ) ) {
		query.orderby = view.sort.field;
		query.order = view.sort.direction;
	}
	return query;
}
