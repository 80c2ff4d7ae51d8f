/**
 * Internal dependencies
 */
import type { Entitlement } from '../../api/types';
import type { QueryState } from './types';

export const STORE_NAME = 'entitlement-ledger/entitlements';

/**
 * Shared empty results: selectors return these instead of new empty
 * values, so that useSelect sees stable references.
 */
export const EMPTY_ENTITLEMENTS: readonly Entitlement[] = Object.freeze( [] );

export const EMPTY_QUERY_STATE: QueryState = Object.freeze( {
	ids: Object.freeze( [] ) as readonly number[],
	total: 0,
	totalPages: 0,
	status: 'idle',
	error: null,
} );

/** Stable empty list for related records not loaded yet. */
export const EMPTY_LIST: readonly never[] = Object.freeze( [] );

/** Largest batch the server accepts (EntitlementsBatchController::MAX_ITEMS). */
export const BATCH_SIZE = 100;

/** Parallel single-item requests of a bulk action without a batch route. */
export const BULK_CONCURRENCY = 4;
