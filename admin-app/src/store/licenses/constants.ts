/**
 * Internal dependencies
 */
import type { License } from '../../api/licenses';
import type { DetailState, QueryState } from './types';

export const STORE_NAME = 'entitlement-ledger/licenses';

/** Shared empty results, so that useSelect sees stable references. */
export const EMPTY_LICENSES: readonly License[] = Object.freeze( [] );

export const EMPTY_QUERY_STATE: QueryState = Object.freeze( {
	ids: Object.freeze( [] ) as readonly number[],
	total: 0,
	totalPages: 0,
	status: 'idle',
	error: null,
} );

export const EMPTY_DETAIL_STATE: DetailState = Object.freeze( {
	status: 'idle',
	error: null,
} );
