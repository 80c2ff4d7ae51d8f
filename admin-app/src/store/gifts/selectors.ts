/**
 * WordPress dependencies
 */
import { createSelector } from '@wordpress/data';

/**
 * Internal dependencies
 */
import type { ApiError } from '../../api/types';
import { EMPTY_GIFTS, EMPTY_PRODUCTS, EMPTY_QUERY_STATE } from './constants';
import type {
	Gift,
	GiftProduct,
	GiftQuery,
	ProductQuery,
	QueryState,
	QueryStatus,
	State,
} from './types';
import { getQueryKey } from './utils';

function giftQueryState( state: State, query?: GiftQuery ): QueryState {
	return state.queries[ getQueryKey( query ) ] ?? EMPTY_QUERY_STATE;
}

function productQueryState( state: State, query?: ProductQuery ): QueryState {
	return state.productQueries[ getQueryKey( query ) ] ?? EMPTY_QUERY_STATE;
}

/*
 * Memoised on the query key (not the query object), so that equivalent
 * query objects built on each render get the very same array.
 */
const getGiftsByKey = createSelector(
	( state: State, key: string ): readonly Gift[] => {
		const ids = state.queries[ key ]?.ids ?? [];
		if ( ids.length === 0 ) {
			return EMPTY_GIFTS;
		}
		return ids.flatMap( ( id ) => state.gifts[ id ] ?? [] );
	},
	( state: State, key: string ) => [ state.queries[ key ], state.gifts ]
);

const getProductsByKey = createSelector(
	( state: State, key: string ): readonly GiftProduct[] => {
		const ids = state.productQueries[ key ]?.ids ?? [];
		if ( ids.length === 0 ) {
			return EMPTY_PRODUCTS;
		}
		return ids.flatMap( ( id ) => state.products[ id ] ?? [] );
	},
	( state: State, key: string ) => [
		state.productQueries[ key ],
		state.products,
	]
);

/**
 * @param state Store state.
 * @param query List query.
 * @return The page's gifts (resolved from the REST API), a stable reference.
 */
export function getGifts(
	state: State,
	query: GiftQuery = {}
): readonly Gift[] {
	return getGiftsByKey( state, getQueryKey( query ) );
}

export function getGiftsTotal( state: State, query: GiftQuery = {} ): number {
	return giftQueryState( state, query ).total;
}

export function getGiftsTotalPages(
	state: State,
	query: GiftQuery = {}
): number {
	return giftQueryState( state, query ).totalPages;
}

export function getGiftsQueryStatus(
	state: State,
	query: GiftQuery = {}
): QueryStatus {
	return giftQueryState( state, query ).status;
}

export function getGiftsError(
	state: State,
	query: GiftQuery = {}
): ApiError | null {
	return giftQueryState( state, query ).error;
}

/**
 * @param state Store state.
 * @param id    Gift id.
 * @return A known gift, or undefined.
 */
export function getGift( state: State, id: number ): Gift | undefined {
	return state.gifts[ id ];
}

/**
 * @param state Store state.
 * @param query Search or ids.
 * @return The products found (resolved from the REST API), a stable reference.
 */
export function getProducts(
	state: State,
	query: ProductQuery = {}
): readonly GiftProduct[] {
	return getProductsByKey( state, getQueryKey( query ) );
}

export function getProductsQueryStatus(
	state: State,
	query: ProductQuery = {}
): QueryStatus {
	return productQueryState( state, query ).status;
}

export function getProductsError(
	state: State,
	query: ProductQuery = {}
): ApiError | null {
	return productQueryState( state, query ).error;
}

/**
 * @param state Store state.
 * @param id    Product id.
 * @return A product seen in any answer, or undefined.
 */
export function getProduct(
	state: State,
	id: number
): GiftProduct | undefined {
	return state.products[ id ];
}
