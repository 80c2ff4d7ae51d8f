/**
 * Internal dependencies
 */
import type { Entitlement } from '../../api/types';
import { EMPTY_QUERY_STATE } from './constants';
import type { Action, State } from './types';

export const initialState: State = {
	items: {},
	queries: {},
};

function mergeItems(
	items: State[ 'items' ],
	received: readonly Entitlement[]
): State[ 'items' ] {
	let next: Record< number, Entitlement > | null = null;
	for ( const item of received ) {
		if ( items[ item.id ] !== item ) {
			next ??= { ...items };
			next[ item.id ] = item;
		}
	}
	return next ?? items;
}

export default function reducer(
	state: State = initialState,
	action: Action
): State {
	switch ( action.type ) {
		case 'START_ENTITLEMENTS_QUERY': {
			const previous =
				state.queries[ action.queryKey ] ?? EMPTY_QUERY_STATE;
			return {
				...state,
				queries: {
					...state.queries,
					// Keep the previous ids: the list stays visible while
					// it refreshes.
					[ action.queryKey ]: {
						...previous,
						status: 'loading',
						error: null,
					},
				},
			};
		}
		case 'RECEIVE_ENTITLEMENTS': {
			const { items, total, totalPages } = action.page;
			return {
				items: mergeItems( state.items, items ),
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
		case 'FAIL_ENTITLEMENTS_QUERY': {
			const previous =
				state.queries[ action.queryKey ] ?? EMPTY_QUERY_STATE;
			return {
				...state,
				queries: {
					...state.queries,
					[ action.queryKey ]: {
						...previous,
						status: 'error',
						error: action.error,
					},
				},
			};
		}
		default:
			return state;
	}
}
