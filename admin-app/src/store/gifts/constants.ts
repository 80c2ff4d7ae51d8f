/**
 * Internal dependencies
 */
import type { Gift, GiftProduct } from '../../api/gifts';
import type { QueryState } from './types';

export const STORE_NAME = 'entitlement-ledger/gifts';

/** Shared empty results, so that useSelect sees stable references. */
export const EMPTY_GIFTS: readonly Gift[] = Object.freeze( [] );
export const EMPTY_PRODUCTS: readonly GiftProduct[] = Object.freeze( [] );

export const EMPTY_QUERY_STATE: QueryState = Object.freeze( {
	ids: Object.freeze( [] ) as readonly number[],
	total: 0,
	totalPages: 0,
	status: 'idle',
	error: null,
} );
