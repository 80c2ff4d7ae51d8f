/**
 * Internal dependencies
 */
import type { Entitlement } from '../../api/types';
import { EMPTY_QUERY_STATE } from './constants';
import type { Action, State } from './types';

export const initialState: State = {
	items: {},
	queries: {},
	resources: {},
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
				...state,
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
		case 'RECEIVE_ENTITLEMENT':
			return {
				...state,
				items: {
					...state.items,
					// A list item lacks the detail fields (links): keep them.
					[ action.entitlement.id ]: {
						...state.items[ action.entitlement.id ],
						...action.entitlement,
					},
				},
			};
		case 'START_RESOURCE': {
			const previous = state.resources[ action.key ];
			return {
				...state,
				resources: {
					...state.resources,
					[ action.key ]: {
						data: previous?.data ?? null,
						status: 'loading',
						error: null,
					},
				},
			};
		}
		case 'RECEIVE_RESOURCE':
			return {
				...state,
				resources: {
					...state.resources,
					[ action.key ]: {
						data: action.data,
						status: 'success',
						error: null,
					},
				},
			};
		case 'FAIL_RESOURCE': {
			const previous = state.resources[ action.key ];
			return {
				...state,
				resources: {
					...state.resources,
					[ action.key ]: {
						data: previous?.data ?? null,
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
