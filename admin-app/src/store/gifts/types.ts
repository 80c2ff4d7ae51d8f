/**
 * Internal dependencies
 */
import type {
	Gift,
	GiftInput,
	GiftProduct,
	GiftQuery,
	ProductQuery,
} from '../../api/gifts';
import type { ApiError, Page } from '../../api/types';

export type QueryStatus = 'idle' | 'loading' | 'success' | 'error';

export interface QueryState {
	readonly ids: readonly number[];
	readonly total: number;
	readonly totalPages: number;
	readonly status: QueryStatus;
	readonly error: ApiError | null;
}

export interface State {
	/** Gifts by id, shared by every list query. */
	readonly gifts: Readonly< Record< number, Gift > >;
	/** Gift list queries keyed by getQueryKey( query ). */
	readonly queries: Readonly< Record< string, QueryState > >;
	/** Products by id (search results and products gifts ship). */
	readonly products: Readonly< Record< number, GiftProduct > >;
	/** Product queries keyed by getQueryKey( query ). */
	readonly productQueries: Readonly< Record< string, QueryState > >;
}

export type Action =
	| { type: 'START_GIFTS_QUERY'; queryKey: string }
	| { type: 'RECEIVE_GIFTS'; queryKey: string; page: Page< Gift > }
	| { type: 'FAIL_GIFTS_QUERY'; queryKey: string; error: ApiError }
	| { type: 'RECEIVE_GIFT'; gift: Gift }
	| { type: 'START_PRODUCTS_QUERY'; queryKey: string }
	| { type: 'RECEIVE_PRODUCTS'; queryKey: string; page: Page< GiftProduct > }
	| { type: 'FAIL_PRODUCTS_QUERY'; queryKey: string; error: ApiError };

/**
 * The part of @wordpress/data's thunk arguments our thunks use.
 */
export interface ThunkArgs {
	dispatch: ( ( action: Action ) => void ) & {
		invalidateResolutionForStoreSelector: ( selectorName: string ) => void;
	};
	resolveSelect: {
		getGifts: ( query?: GiftQuery ) => Promise< readonly Gift[] >;
		getProducts: (
			query?: ProductQuery
		) => Promise< readonly GiftProduct[] >;
	};
}

export type { Gift, GiftInput, GiftProduct, GiftQuery, ProductQuery };
