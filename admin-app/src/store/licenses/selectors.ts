/**
 * WordPress dependencies
 */
import { createSelector } from '@wordpress/data';

/**
 * Internal dependencies
 */
import type { ApiError } from '../../api/types';
import {
	EMPTY_DETAIL_STATE,
	EMPTY_LICENSES,
	EMPTY_QUERY_STATE,
} from './constants';
import type {
	DetailState,
	License,
	LicenseQuery,
	QueryState,
	QueryStatus,
	State,
} from './types';
import { getQueryKey } from './utils';

function queryState( state: State, query?: LicenseQuery ): QueryState {
	return state.queries[ getQueryKey( query ) ] ?? EMPTY_QUERY_STATE;
}

/*
 * Memoised on the query key (not the query object), so that equivalent
 * query objects built on each render get the very same array.
 */
const getLicensesByKey = createSelector(
	( state: State, key: string ): readonly License[] => {
		const ids = state.queries[ key ]?.ids ?? [];
		if ( ids.length === 0 ) {
			return EMPTY_LICENSES;
		}
		return ids.flatMap( ( id ) => state.licenses[ id ] ?? [] );
	},
	( state: State, key: string ) => [ state.queries[ key ], state.licenses ]
);

/**
 * @param state Store state.
 * @param query List query.
 * @return The page's licenses (resolved from the REST API), a stable reference.
 */
export function getLicenses(
	state: State,
	query: LicenseQuery = {}
): readonly License[] {
	return getLicensesByKey( state, getQueryKey( query ) );
}

export function getLicensesTotal(
	state: State,
	query: LicenseQuery = {}
): number {
	return queryState( state, query ).total;
}

export function getLicensesTotalPages(
	state: State,
	query: LicenseQuery = {}
): number {
	return queryState( state, query ).totalPages;
}

export function getLicensesQueryStatus(
	state: State,
	query: LicenseQuery = {}
): QueryStatus {
	return queryState( state, query ).status;
}

export function getLicensesError(
	state: State,
	query: LicenseQuery = {}
): ApiError | null {
	return queryState( state, query ).error;
}

/**
 * @param state Store state.
 * @param id    License id.
 * @return The license (its detail is resolved from the REST API), or undefined.
 */
export function getLicense( state: State, id: number ): License | undefined {
	return state.licenses[ id ];
}

function detailState( state: State, id: number ): DetailState {
	return state.details[ id ] ?? EMPTY_DETAIL_STATE;
}

export function getLicenseStatus( state: State, id: number ): QueryStatus {
	return detailState( state, id ).status;
}

export function getLicenseError( state: State, id: number ): ApiError | null {
	return detailState( state, id ).error;
}
