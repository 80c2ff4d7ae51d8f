/**
 * Internal dependencies
 */
import { EMPTY_LIST } from './constants';
import type { Action, ListState, State } from './types';

export const initialState: State = {
	brands: EMPTY_LIST,
	products: {},
	keys: {},
};

/**
 * Puts an item in a list: replaces the one with its id, else appends it.
 *
 * @param list List.
 * @param item Item.
 * @return The new list.
 */
function upsert< T extends { id: number } >(
	list: ListState< T >,
	item: T
): ListState< T > {
	const index = list.items.findIndex( ( known ) => known.id === item.id );
	const items =
		index === -1
			? [ ...list.items, item ]
			: list.items.map( ( known, at ) =>
					at === index ? item : known
				);
	return { ...list, items };
}

export default function reducer(
	state: State = initialState,
	action: Action
): State {
	switch ( action.type ) {
		case 'START_BRANDS':
			// Keep the items: the list stays visible while it refreshes.
			return {
				...state,
				brands: { ...state.brands, status: 'loading', error: null },
			};
		case 'RECEIVE_BRANDS':
			return {
				...state,
				brands: { items: action.items, status: 'success', error: null },
			};
		case 'FAIL_BRANDS':
			return {
				...state,
				brands: {
					...state.brands,
					status: 'error',
					error: action.error,
				},
			};
		case 'RECEIVE_BRAND':
			return { ...state, brands: upsert( state.brands, action.brand ) };
		case 'START_BRAND_LIST': {
			const lists = state[ action.list ];
			const previous = lists[ action.brand ] ?? EMPTY_LIST;
			return {
				...state,
				[ action.list ]: {
					...lists,
					[ action.brand ]: {
						...previous,
						status: 'loading',
						error: null,
					},
				},
			};
		}
		case 'RECEIVE_BRAND_LIST':
			return {
				...state,
				[ action.list ]: {
					...state[ action.list ],
					[ action.brand ]: {
						items: action.items,
						status: 'success',
						error: null,
					},
				},
			};
		case 'FAIL_BRAND_LIST': {
			const lists = state[ action.list ];
			return {
				...state,
				[ action.list ]: {
					...lists,
					[ action.brand ]: {
						...( lists[ action.brand ] ?? EMPTY_LIST ),
						status: 'error',
						error: action.error,
					},
				},
			};
		}
		case 'RECEIVE_BRAND_PRODUCT': {
			const brand = action.product.brand;
			return {
				...state,
				products: {
					...state.products,
					[ brand ]: upsert(
						state.products[ brand ] ?? EMPTY_LIST,
						action.product
					),
				},
			};
		}
		case 'RECEIVE_BRAND_KEY': {
			const brand = action.key.brand;
			return {
				...state,
				keys: {
					...state.keys,
					[ brand ]: upsert(
						state.keys[ brand ] ?? EMPTY_LIST,
						action.key
					),
				},
			};
		}
		default:
			return state;
	}
}
