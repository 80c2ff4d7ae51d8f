/**
 * WordPress dependencies
 */
import { createSelector } from '@wordpress/data';

/**
 * Internal dependencies
 */
import type {
	ApiError,
	AuditEntry,
	Entitlement,
	GiftOption,
	LedgerLine,
} from '../../api/types';
import { EMPTY_ENTITLEMENTS, EMPTY_LIST, EMPTY_QUERY_STATE } from './constants';
import type {
	EntitlementQuery,
	QueryState,
	QueryStatus,
	ResourceKind,
	State,
} from './types';
import { getQueryKey, getResourceKey } from './utils';

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

/**
 * One entitlement with its detail fields (edit links), loaded on demand. Until
 * the detail arrives, the list's copy (if any) is returned.
 *
 * @param state Store state.
 * @param id    Entitlement id.
 * @return The entitlement, or undefined.
 */
export function getEntitlementDetail(
	state: State,
	id: number
): Entitlement | undefined {
	return state.items[ id ];
}

function getResourceData< T >(
	state: State,
	kind: ResourceKind,
	id: number
): readonly T[] {
	const data = state.resources[ getResourceKey( kind, id ) ]?.data;
	return Array.isArray( data ) ? ( data as readonly T[] ) : EMPTY_LIST;
}

/**
 * @param state Store state.
 * @param id    Entitlement id.
 * @return Its journal lines (GET /ledger), newest first.
 */
export function getEntitlementLedger(
	state: State,
	id: number
): readonly LedgerLine[] {
	return getResourceData< LedgerLine >( state, 'ledger', id );
}

/**
 * @param state Store state.
 * @param id    Entitlement id.
 * @return Its audit entries (GET /audit), newest first.
 */
export function getEntitlementAudit(
	state: State,
	id: number
): readonly AuditEntry[] {
	return getResourceData< AuditEntry >( state, 'audit', id );
}

/**
 * @param state  Store state.
 * @param number Entitlement number (cycle).
 * @return The gifts that can still be chosen for the cycle.
 */
export function getCycleGifts(
	state: State,
	number: number
): readonly GiftOption[] {
	return getResourceData< GiftOption >( state, 'gifts', number );
}

/**
 * @param state Store state.
 * @param kind  What was requested.
 * @param id    Entitlement id (cycle for gifts).
 * @return Where its request stands.
 */
export function getResourceStatus(
	state: State,
	kind: ResourceKind,
	id: number
): QueryStatus {
	return state.resources[ getResourceKey( kind, id ) ]?.status ?? 'idle';
}

/**
 * @param state Store state.
 * @param kind  What was requested.
 * @param id    Entitlement id (cycle for gifts).
 * @return The error of its last request, or null.
 */
export function getResourceError(
	state: State,
	kind: ResourceKind,
	id: number
): ApiError | null {
	return state.resources[ getResourceKey( kind, id ) ]?.error ?? null;
}
