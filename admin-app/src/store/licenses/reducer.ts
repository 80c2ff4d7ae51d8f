/**
 * Internal dependencies
 */
import type { License } from '../../api/licenses';
import { EMPTY_QUERY_STATE } from './constants';
import type { Action, QueryState, State } from './types';

export const initialState: State = {
	licenses: {},
	queries: {},
	details: {},
};

/**
 * Merges licenses into the map. A list row carries no activations or links:
 * it must not wipe those a detail request already brought.
 *
 * @param licenses Known licenses.
 * @param received Licenses from an answer.
 * @return The map, the same reference when nothing changed.
 */
function merge(
	licenses: Readonly< Record< number, License > >,
	received: readonly License[]
): Readonly< Record< number, License > > {
	let next: Record< number, License > | null = null;
	for ( const license of received ) {
		const known = licenses[ license.id ];
		if ( known === license ) {
			continue;
		}
		next ??= { ...licenses };
		next[ license.id ] =
			known && license.activations === undefined && known.activations
				? {
						...license,
						activations: known.activations,
						links: known.links,
					}
				: license;
	}
	return next ?? licenses;
}

function withQuery(
	queries: Readonly< Record< string, QueryState > >,
	key: string,
	change: Partial< QueryState >
): Readonly< Record< string, QueryState > > {
	return {
		...queries,
		[ key ]: { ...( queries[ key ] ?? EMPTY_QUERY_STATE ), ...change },
	};
}

export default function reducer(
	state: State = initialState,
	action: Action
): State {
	switch ( action.type ) {
		case 'START_LICENSES_QUERY':
			// Keep the previous ids: the list stays visible while it refreshes.
			return {
				...state,
				queries: withQuery( state.queries, action.queryKey, {
					status: 'loading',
					error: null,
				} ),
			};
		case 'RECEIVE_LICENSES': {
			const { items, total, totalPages } = action.page;
			return {
				...state,
				licenses: merge( state.licenses, items ),
				queries: withQuery( state.queries, action.queryKey, {
					ids: items.map( ( item ) => item.id ),
					total,
					totalPages,
					status: 'success',
					error: null,
				} ),
			};
		}
		case 'FAIL_LICENSES_QUERY':
			return {
				...state,
				queries: withQuery( state.queries, action.queryKey, {
					status: 'error',
					error: action.error,
				} ),
			};
		case 'START_LICENSE':
			return {
				...state,
				details: {
					...state.details,
					[ action.id ]: { status: 'loading', error: null },
				},
			};
		case 'RECEIVE_LICENSE':
			return {
				...state,
				licenses: merge( state.licenses, [ action.license ] ),
				details: action.detail
					? {
							...state.details,
							[ action.license.id ]: {
								status: 'success',
								error: null,
							},
						}
					: state.details,
			};
		case 'FAIL_LICENSE':
			return {
				...state,
				details: {
					...state.details,
					[ action.id ]: { status: 'error', error: action.error },
				},
			};
		default:
			return state;
	}
}
