/**
 * Internal dependencies
 */
import { EMPTY_QUERY_STATE } from './constants';
import type { Action, QueryState, State } from './types';

export const initialState: State = {
	gifts: {},
	queries: {},
	products: {},
	productQueries: {},
};

function merge< T extends { id: number } >(
	items: Readonly< Record< number, T > >,
	received: readonly T[]
): Readonly< Record< number, T > > {
	let next: Record< number, T > | null = null;
	for ( const item of received ) {
		if ( items[ item.id ] !== item ) {
			next ??= { ...items };
			next[ item.id ] = item;
		}
	}
	return next ?? items;
}

function started(
	queries: Readonly< Record< string, QueryState > >,
	key: string
): Readonly< Record< string, QueryState > > {
	const previous = queries[ key ] ?? EMPTY_QUERY_STATE;
	// Keep the previous ids: the list stays visible while it refreshes.
	return {
		...queries,
		[ key ]: { ...previous, status: 'loading', error: null },
	};
}

function failed(
	queries: Readonly< Record< string, QueryState > >,
	key: string,
	error: QueryState[ 'error' ]
): Readonly< Record< string, QueryState > > {
	const previous = queries[ key ] ?? EMPTY_QUERY_STATE;
	return { ...queries, [ key ]: { ...previous, status: 'error', error } };
}

export default function reducer(
	state: State = initialState,
	action: Action
): State {
	switch ( action.type ) {
		case 'START_GIFTS_QUERY':
			return {
				...state,
				queries: started( state.queries, action.queryKey ),
			};
		case 'RECEIVE_GIFTS': {
			const { items, total, totalPages } = action.page;
			return {
				...state,
				gifts: merge( state.gifts, items ),
				queries: {
					...state.queries,
					[ action.queryKey ]: {
						ids: items.map( ( item ) => item.id ),
						total,
						totalPages,
						status: 'success',
						error: null,
					},
				},
			};
		}
		case 'FAIL_GIFTS_QUERY':
			return {
				...state,
				queries: failed( state.queries, action.queryKey, action.error ),
			};
		case 'RECEIVE_GIFT':
			return { ...state, gifts: merge( state.gifts, [ action.gift ] ) };
		case 'START_PRODUCTS_QUERY':
			return {
				...state,
				productQueries: started(
					state.productQueries,
					action.queryKey
				),
			};
		case 'RECEIVE_PRODUCTS': {
			const { items, total, totalPages } = action.page;
			return {
				...state,
				products: merge( state.products, items ),
				productQueries: {
					...state.productQueries,
					[ action.queryKey ]: {
						ids: items.map( ( item ) => item.id ),
						total,
						totalPages,
						status: 'success',
						error: null,
					},
				},
			};
		}
		case 'FAIL_PRODUCTS_QUERY':
			return {
				...state,
				productQueries: failed(
					state.productQueries,
					action.queryKey,
					action.error
				),
			};
		default:
			return state;
	}
}
