/**
 * Internal dependencies
 */
import {
	failEntitlementsQuery,
	receiveEntitlements,
	startEntitlementsQuery,
} from '../actions';
import { EMPTY_ENTITLEMENTS } from '../constants';
import reducer, { initialState } from '../reducer';
import {
	getEntitlement,
	getEntitlements,
	getEntitlementsError,
	getEntitlementsQueryStatus,
	getEntitlementsTotal,
	getEntitlementsTotalPages,
} from '../selectors';
import { makeEntitlement } from './fixtures';

const QUERY = { page: 1, per_page: 2 };

function loadedState() {
	return reducer(
		initialState,
		receiveEntitlements( QUERY, {
			items: [ makeEntitlement( 2 ), makeEntitlement( 1 ) ],
			total: 5,
			totalPages: 3,
		} )
	);
}

describe( 'entitlements selectors', () => {
	it( 'return the entitlements of a query in the received order', () => {
		const state = loadedState();
		expect(
			getEntitlements( state, QUERY ).map( ( item ) => item.id )
		).toEqual( [ 2, 1 ] );
	} );

	it( 'return the same array on every call for an unchanged state', () => {
		const state = loadedState();
		const first = getEntitlements( state, QUERY );
		// A new but equivalent query object, as a component builds on render.
		const second = getEntitlements( state, { per_page: 2, page: 1 } );

		expect( second ).toBe( first );
	} );

	it( 'return a new array once the query is received again', () => {
		const state = loadedState();
		const before = getEntitlements( state, QUERY );
		const next = reducer(
			state,
			receiveEntitlements( QUERY, {
				items: [ makeEntitlement( 3 ) ],
				total: 1,
				totalPages: 1,
			} )
		);

		expect( getEntitlements( next, QUERY ) ).not.toBe( before );
		expect(
			getEntitlements( next, QUERY ).map( ( item ) => item.id )
		).toEqual( [ 3 ] );
	} );

	it( 'return the shared empty array for unknown or empty queries', () => {
		const state = loadedState();
		expect( getEntitlements( state, { page: 9 } ) ).toBe(
			EMPTY_ENTITLEMENTS
		);
		expect( getEntitlements( initialState ) ).toBe( EMPTY_ENTITLEMENTS );
	} );

	it( 'return the totals of the query', () => {
		const state = loadedState();
		expect( getEntitlementsTotal( state, QUERY ) ).toBe( 5 );
		expect( getEntitlementsTotalPages( state, QUERY ) ).toBe( 3 );
		expect( getEntitlementsTotal( state, { page: 9 } ) ).toBe( 0 );
	} );

	it( 'report the status and error of a query', () => {
		expect( getEntitlementsQueryStatus( initialState, QUERY ) ).toBe(
			'idle'
		);
		const loading = reducer(
			initialState,
			startEntitlementsQuery( QUERY )
		);
		expect( getEntitlementsQueryStatus( loading, QUERY ) ).toBe(
			'loading'
		);
		expect( getEntitlementsError( loading, QUERY ) ).toBeNull();

		const error = { code: 'rest_no_route', message: 'No route' };
		const failed = reducer(
			loading,
			failEntitlementsQuery( QUERY, error )
		);
		expect( getEntitlementsQueryStatus( failed, QUERY ) ).toBe( 'error' );
		expect( getEntitlementsError( failed, QUERY ) ).toBe( error );
	} );

	it( 'find a known entitlement by id', () => {
		const state = loadedState();
		expect( getEntitlement( state, 2 )?.id ).toBe( 2 );
		expect( getEntitlement( state, 99 ) ).toBeUndefined();
	} );
} );
