/**
 * Internal dependencies
 */
import {
	failEntitlementsQuery,
	receiveEntitlements,
	startEntitlementsQuery,
} from '../actions';
import reducer, { initialState } from '../reducer';
import type { State } from '../types';
import { getQueryKey } from '../utils';
import { makeEntitlement } from './fixtures';

const QUERY = { page: 1, per_page: 20 };
const KEY = getQueryKey( QUERY );

function deepFreeze< T >( value: T ): T {
	if ( value && typeof value === 'object' ) {
		Object.values( value ).forEach( deepFreeze );
		Object.freeze( value );
	}
	return value;
}

describe( 'entitlements reducer', () => {
	it( 'starts empty', () => {
		expect( reducer( undefined, { type: '@@INIT' } as never ) ).toEqual( {
			items: {},
			queries: {},
			resources: {},
		} );
	} );

	it( 'marks a query as loading and clears its previous error', () => {
		const failed = reducer(
			initialState,
			failEntitlementsQuery( QUERY, { code: 'x', message: 'Boom' } )
		);
		const state = reducer(
			deepFreeze( failed ),
			startEntitlementsQuery( QUERY )
		);

		expect( state.queries[ KEY ] ).toMatchObject( {
			status: 'loading',
			error: null,
			ids: [],
		} );
	} );

	it( 'stores received entitlements by id and the query page in order', () => {
		const state = reducer(
			deepFreeze(
				reducer( initialState, startEntitlementsQuery( QUERY ) )
			),
			receiveEntitlements( QUERY, {
				items: [ makeEntitlement( 5 ), makeEntitlement( 3 ) ],
				total: 42,
				totalPages: 3,
			} )
		);

		expect( state.items[ 5 ]?.customer_email ).toBe(
			'customer5@example.com'
		);
		expect( state.items[ 3 ] ).toBeDefined();
		expect( state.queries[ KEY ] ).toEqual( {
			ids: [ 5, 3 ],
			total: 42,
			totalPages: 3,
			status: 'success',
			error: null,
		} );
	} );

	it( 'keeps the ids of a query while it refreshes', () => {
		const loaded = reducer(
			initialState,
			receiveEntitlements( QUERY, {
				items: [ makeEntitlement( 1 ) ],
				total: 1,
				totalPages: 1,
			} )
		);
		const refreshing = reducer(
			deepFreeze( loaded ),
			startEntitlementsQuery( QUERY )
		);

		expect( refreshing.queries[ KEY ]?.ids ).toEqual( [ 1 ] );
		expect( refreshing.queries[ KEY ]?.status ).toBe( 'loading' );
	} );

	it( 'stores the error of a failed query', () => {
		const error = { code: 'rest_forbidden', message: 'Nope', status: 403 };
		const state = reducer(
			initialState,
			failEntitlementsQuery( QUERY, error )
		);

		expect( state.queries[ KEY ]?.status ).toBe( 'error' );
		expect( state.queries[ KEY ]?.error ).toEqual( error );
	} );

	it( 'keeps the items object when nothing in it changed', () => {
		const item = makeEntitlement( 1 );
		const page = { items: [ item ], total: 1, totalPages: 1 };
		const first = reducer(
			initialState,
			receiveEntitlements( QUERY, page )
		);
		const second = reducer(
			first,
			receiveEntitlements( { page: 2 }, page )
		);

		expect( second.items ).toBe( first.items );
	} );

	it( 'keys equivalent queries the same way', () => {
		const state: State = reducer(
			initialState,
			receiveEntitlements(
				{ per_page: 20, page: 1, search: '' },
				{ items: [], total: 0, totalPages: 0 }
			)
		);

		expect( Object.keys( state.queries ) ).toEqual( [ KEY ] );
	} );

	it( 'ignores unknown actions', () => {
		const state = reducer( initialState, startEntitlementsQuery( QUERY ) );
		expect( reducer( state, { type: 'SOMETHING_ELSE' } as never ) ).toBe(
			state
		);
	} );
} );
