/**
 * Internal dependencies
 */
import { createGift, updateGift } from '../../api/gifts';
import { toApiError } from '../../api/errors';
import type { ApiError, Page } from '../../api/types';
import type {
	Action,
	Gift,
	GiftInput,
	GiftProduct,
	GiftQuery,
	ProductQuery,
	ThunkArgs,
} from './types';
import { getQueryKey } from './utils';

export function startGiftsQuery( query: GiftQuery ): Action {
	return { type: 'START_GIFTS_QUERY', queryKey: getQueryKey( query ) };
}

export function receiveGifts( query: GiftQuery, page: Page< Gift > ): Action {
	return { type: 'RECEIVE_GIFTS', queryKey: getQueryKey( query ), page };
}

export function failGiftsQuery( query: GiftQuery, error: ApiError ): Action {
	return { type: 'FAIL_GIFTS_QUERY', queryKey: getQueryKey( query ), error };
}

export function receiveGift( gift: Gift ): Action {
	return { type: 'RECEIVE_GIFT', gift };
}

export function startProductsQuery( query: ProductQuery ): Action {
	return { type: 'START_PRODUCTS_QUERY', queryKey: getQueryKey( query ) };
}

export function receiveProducts(
	query: ProductQuery,
	page: Page< GiftProduct >
): Action {
	return { type: 'RECEIVE_PRODUCTS', queryKey: getQueryKey( query ), page };
}

export function failProductsQuery(
	query: ProductQuery,
	error: ApiError
): Action {
	return {
		type: 'FAIL_PRODUCTS_QUERY',
		queryKey: getQueryKey( query ),
		error,
	};
}

/**
 * Marks every gift list as stale so that mounted lists fetch again (after a
 * write, or from a "Retry" button).
 */
export const invalidateGiftQueries =
	() =>
	( { dispatch }: ThunkArgs ): void => {
		dispatch.invalidateResolutionForStoreSelector( 'getGifts' );
		dispatch.invalidateResolutionForStoreSelector( 'getGiftsTotal' );
		dispatch.invalidateResolutionForStoreSelector( 'getGiftsTotalPages' );
	};

/**
 * Creates a gift (no id) or changes one, then refreshes the lists (the
 * gift may move between cycles, filters and pages).
 *
 * @param input Fields.
 * @param id    Gift to change; omitted to create one.
 * @return The saved gift; rejects with an ApiError whose message can be shown.
 */
export const saveGift =
	( input: GiftInput, id?: number ) =>
	async ( { dispatch }: ThunkArgs ): Promise< Gift > => {
		let gift: Gift;
		try {
			gift = id
				? await updateGift( id, input )
				: await createGift( input );
		} catch ( error ) {
			throw await toApiError( error );
		}
		dispatch( receiveGift( gift ) );
		dispatch.invalidateResolutionForStoreSelector( 'getGifts' );
		dispatch.invalidateResolutionForStoreSelector( 'getGiftsTotal' );
		dispatch.invalidateResolutionForStoreSelector( 'getGiftsTotalPages' );
		return gift;
	};

/**
 * Offers a gift to customers again, or stops offering it (deactivate).
 *
 * @param id     Gift id.
 * @param active Whether customers may choose it.
 * @return The changed gift.
 */
export const setGiftActive = ( id: number, active: boolean ) =>
	saveGift( { active }, id );
