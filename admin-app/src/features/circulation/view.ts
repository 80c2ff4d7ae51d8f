/**
 * External dependencies
 */
import type { View } from '@wordpress/dataviews';

/**
 * Internal dependencies
 */
import type {
	EntitlementOrderBy,
	EntitlementQuery,
	EntitlementStatus,
} from '../../api/types';
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
		'id',
		'customer_email',
		'number',
		'status',
		'deferred_amount',
		'earned_amount',
		'created_at',
	],
	layout: {
		density: 'compact',
		styles: {
			id: { align: 'start' },
			deferred_amount: { align: 'end' },
			earned_amount: { align: 'end' },
		},
	},
};

/**
 * Columns the list sorts by on the server, each backed by an index of
 * el_entitlements (the list holds up to a million rows).
 */
const SORTABLE: readonly EntitlementOrderBy[] = [
	'id',
	'customer_email',
	'created_at',
];

export function isSortable( field: string ): field is EntitlementOrderBy {
	return ( SORTABLE as readonly string[] ).includes( field );
}

/**
 * Which entitlements a view is scoped to: one subscription or one customer
 * (by user id, or by email for guests), or all.
 */
export type Scope =
	| { kind: 'all' }
	| { kind: 'subscription'; id: number }
	| { kind: 'customer'; id: number }
	| { kind: 'email'; email: string };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A `YYYY-MM-DD` date (what the DataViews date filter gives) as the start of
 * that day in UTC, RFC 3339; `days` moves it (1 = the next day's start).
 *
 * @param value A date string.
 * @param days  Days to add.
 * @return The timestamp, or undefined when the value is no date.
 */
export function dayStart( value: unknown, days = 0 ): string | undefined {
	if ( typeof value !== 'string' || ! /^\d{4}-\d{2}-\d{2}/.test( value ) ) {
		return undefined;
	}
	const time = Date.parse( `${ value.slice( 0, 10 ) }T00:00:00Z` );
	if ( Number.isNaN( time ) ) {
		return undefined;
	}
	return new Date( time + days * DAY_MS ).toISOString().replace( '.000', '' );
}

function positiveInteger( value: unknown ): number | undefined {
	const number = Number( value );
	return Number.isInteger( number ) && number > 0 ? number : undefined;
}

/**
 * Turns the DataViews view state (owned by the screen) and the scope into the
 * REST query of `GET /entitlements`.
 *
 * @param view  DataViews view.
 * @param scope Subscription or customer the list is limited to.
 * @return REST query arguments.
 */
export function viewToQuery(
	view: View,
	scope: Scope = { kind: 'all' }
): EntitlementQuery {
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
	switch ( scope.kind ) {
		case 'subscription':
			query.subscription = scope.id;
			break;
		case 'customer':
			query.customer = scope.id;
			break;
		case 'email':
			query.email = scope.email;
			break;
	}
	for ( const filter of view.filters ?? [] ) {
		const { field, operator, value } = filter;
		if ( field === 'status' ) {
			const values = (
				Array.isArray( value ) ? value : [ value ]
			).filter( isEntitlementStatus ) as EntitlementStatus[];
			if (
				values.length > 0 &&
				( operator === 'isAny' || operator === 'is' )
			) {
				query.status = values;
			}
		} else if ( field === 'number' && operator === 'is' ) {
			query.number = positiveInteger( value );
		} else if (
			field === 'currency' &&
			operator === 'is' &&
			typeof value === 'string' &&
			/^[A-Z]{3}$/.test( value )
		) {
			query.currency = value;
		} else if (
			field === 'type' &&
			operator === 'is' &&
			typeof value === 'string' &&
			/^[a-z0-9_]{1,64}$/.test( value )
		) {
			query.type = value;
		} else if ( field === 'created_at' ) {
			Object.assign( query, dateRange( operator, value ) );
		}
	}
	return query;
}

/**
 * The `after`/`before` arguments of a date filter on the creation date.
 *
 * @param operator DataViews operator.
 * @param value    Date, or [ from, to ] for `between`.
 * @return Query arguments (empty when the filter is incomplete).
 */
export function dateRange(
	operator: string | undefined,
	value: unknown
): Pick< EntitlementQuery, 'after' | 'before' > {
	const range: Pick< EntitlementQuery, 'after' | 'before' > = {};
	const set = ( key: 'after' | 'before', date: string | undefined ) => {
		if ( date ) {
			range[ key ] = date;
		}
	};
	switch ( operator ) {
		case 'on':
			set( 'after', dayStart( value ) );
			set( 'before', dayStart( value, 1 ) );
			break;
		case 'after':
			set( 'after', dayStart( value, 1 ) );
			break;
		case 'afterInc':
			set( 'after', dayStart( value ) );
			break;
		case 'before':
			set( 'before', dayStart( value ) );
			break;
		case 'beforeInc':
			set( 'before', dayStart( value, 1 ) );
			break;
		case 'between':
			if ( Array.isArray( value ) ) {
				set( 'after', dayStart( value[ 0 ] ) );
				set( 'before', dayStart( value[ 1 ], 1 ) );
			}
			break;
	}
	return range;
}
