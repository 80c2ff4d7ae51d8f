/**
 * Internal dependencies
 */
import type { ListState } from './types';

export const STORE_NAME = 'entitlement-ledger/brands';

/** A list not loaded yet: shared, so that useSelect sees stable references. */
export const EMPTY_LIST: ListState< never > = Object.freeze( {
	items: Object.freeze( [] ) as readonly never[],
	status: 'idle',
	error: null,
} );
