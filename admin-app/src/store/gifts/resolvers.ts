/**
 * Internal dependencies
 */
import { fetchGifts, fetchProducts } from '../../api/gifts';
import { toApiError } from '../../api/errors';
import {
	failGiftsQuery,
	failProductsQuery,
	receiveGifts,
	receiveProducts,
	startGiftsQuery,
	startProductsQuery,
} from './actions';
import type { GiftQuery, ProductQuery, ThunkArgs } from './types';

/**
 * Loads a page of gifts. Errors are stored (getGiftsError), not thrown, so
 * that the screen can show the REST message.
 *
 * @param query List query.
 */
export const getGifts =
	( query: GiftQuery = {} ) =>
	async ( { dispatch }: ThunkArgs ): Promise< void > => {
		dispatch( startGiftsQuery( query ) );
		try {
			dispatch( receiveGifts( query, await fetchGifts( query ) ) );
		} catch ( error ) {
			dispatch( failGiftsQuery( query, await toApiError( error ) ) );
		}
	};

/**
 * The totals come with the list.
 *
 * @param query List query.
 */
export const getGiftsTotal =
	( query: GiftQuery = {} ) =>
	async ( { resolveSelect }: ThunkArgs ): Promise< void > => {
		await resolveSelect.getGifts( query );
	};

export const getGiftsTotalPages = getGiftsTotal;

/**
 * Loads products for the product search (or the products gifts ship).
 *
 * @param query Search or ids.
 */
export const getProducts =
	( query: ProductQuery = {} ) =>
	async ( { dispatch }: ThunkArgs ): Promise< void > => {
		dispatch( startProductsQuery( query ) );
		try {
			dispatch( receiveProducts( query, await fetchProducts( query ) ) );
		} catch ( error ) {
			dispatch( failProductsQuery( query, await toApiError( error ) ) );
		}
	};
