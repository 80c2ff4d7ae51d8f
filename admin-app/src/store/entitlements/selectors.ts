/**
 * WordPress dependencies
 */
import { createSelector } from '@wordpress/data';

/**
 * Internal dependencies
 */
import type { ApiError, Entitlement } from '../../api/types';
import { EMPTY_ENTITLEMENTS, EMPTY_QUERY_STATE } from './constants';
import type { EntitlementQuery, QueryState, QueryStatus, State } from './types';
import { getQueryKey } from './utils';

function getQueryState( state: State, query?: EntitlementQuery ): QueryState {
	return state.queries[ getQueryKey( query ) ] ?? EMPTY_QUERY_STATE;
}

/**
 * Memoised on the query key (not the query object), so that equivalent
 * query objects built on each render get the very same array.
 */
const getEntitlementsByKey = createSelector(
	( state: State, queryKey: string ): readonly Entitlement[] => {
		const queryState = state.queries[ queryKey ];
		if ( ! queryState || queryState.ids.length === 0 ) {
			return EMPTY_ENTITLEMENTS;
		}
		const result: Entitlement[] = [];
		for ( const id of queryState.ids ) {
			const item = state.items[ id ];
			if ( item ) {
				result.push( item );
			}
		}
		return result;
	},
	( state: State, queryKey: string ) => [
		state.queries[ queryKey ],
		state.items,
	]
);

/**
 * The entitlements of a list query (resolved from the REST API).
 *
 * @param state Store state.
 * @param query List query.
 * @return The page's entitlements, a stable reference.
 */
export function getEntitlements(
	state: State,
	query: EntitlementQuery = {}
): readonly Entitlement[] {
	return getEntitlementsByKey( state, getQueryKey( query ) );
}

/**
 * X-WP-Total of a list query.
 *
 * @param state Store state.
 * @param query List query.
 * @return Number of matching entitlements (0 until known).
 */
export function getEntitlementsTotal(
	state: State,
	query: EntitlementQuery = {}
): number {
	return getQueryState( state, query ).total;
}

/**
 * X-WP-TotalPages of a list query.
 *
 * @param state Store state.
 * @param query List query.
 * @return Number of pages (0 until known).
 */
export function getEntitlementsTotalPages(
	state: State,
	query: EntitlementQuery = {}
): number {
	return getQueryState( state, query ).totalPages;
}

/**
 * @param state Store state.
 * @param query List query.
 * @return Where the query's request stands.
 */
export function getEntitlementsQueryStatus(
	state: State,
	query: EntitlementQuery = {}
): QueryStatus {
	return getQueryState( state, query ).status;
}

/**
 * @param state Store state.
 * @param query List query.
 * @return The error of the query's last request, or null.
 */
export function getEntitlementsError(
	state: State,
	query: EntitlementQuery = {}
): ApiError | null {
	return getQueryState( state, query ).error;
}

/**
 * @param state Store state.
 * @param id    Entitlement id.
 * @return A known entitlement, or undefined.
 */
export function getEntitlement(
	state: State,
	id: number
): Entitlement | undefined {
	return state.items[ id ];
}
