/**
 * @jest-environment node
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { createRegistry } from '@wordpress/data';

/**
 * Internal dependencies
 */
import { store } from '..';
import { makeEntitlement } from './fixtures';

jest.mock( '@wordpress/api-fetch', () => ( {
	__esModule: true,
	default: jest.fn(),
} ) );

const mockApiFetch = apiFetch as unknown as jest.Mock;

function registry() {
	const r = createRegistry();
	r.register( store );
	return r;
}

function listResponse( items: unknown[] ): Response {
	return new Response( JSON.stringify( items ), {
		status: 200,
		headers: { 'X-WP-Total': String( items.length ) },
	} );
}

describe( 'applyEntitlementChange', () => {
	it( 'posts the change with an Idempotency-Key, stores the result and refreshes the lists', async () => {
		const r = registry();
		mockApiFetch.mockResolvedValueOnce(
			listResponse( [ makeEntitlement( 4 ) ] )
		);
		await r.resolveSelect( store ).getEntitlements( {} );
		mockApiFetch.mockResolvedValueOnce(
			makeEntitlement( 4, { status: 'cancelled' } )
		);

		const result = await r
			.dispatch( store )
			.applyEntitlementChange(
				4,
				{ action: 'cancel', reason: 'Refunded' },
				'key-1'
			);

		expect( result.status ).toBe( 'cancelled' );
		expect( mockApiFetch.mock.calls[ 1 ][ 0 ] ).toMatchObject( {
			path: '/entitlement-ledger/v1/entitlements/4/cancel',
			method: 'POST',
			data: { reason: 'Refunded' },
			headers: { 'Idempotency-Key': 'key-1' },
		} );
		expect( r.select( store ).getEntitlement( 4 )?.status ).toBe(
			'cancelled'
		);
		// The list was invalidated: reading it again fetches it again.
		mockApiFetch.mockResolvedValueOnce( listResponse( [] ) );
		await r.resolveSelect( store ).getEntitlements( {} );
		expect( mockApiFetch ).toHaveBeenCalledTimes( 3 );
	} );

	it( 'rejects with the REST error message and changes nothing', async () => {
		const r = registry();
		mockApiFetch.mockRejectedValueOnce( {
			code: 'el_not_redeemable',
			message: 'Only an unredeemed entitlement can be redeemed.',
			data: { status: 409 },
		} );
		await expect(
			r.dispatch( store ).applyEntitlementChange( 9, {
				action: 'redeem',
				body: { order_id: 1 },
			} )
		).rejects.toMatchObject( {
			code: 'el_not_redeemable',
			message: 'Only an unredeemed entitlement can be redeemed.',
		} );
		expect( r.select( store ).getEntitlement( 9 ) ).toBeUndefined();
		// Without a key from the form, a fresh one is sent.
		expect(
			mockApiFetch.mock.calls[ 0 ][ 0 ].headers[ 'Idempotency-Key' ]
		).toMatch( /\S{8,}/ );
	} );
} );

describe( 'applyBulkChange', () => {
	it( 'renumbers through the batch route in chunks of 100, reporting progress and per-item errors', async () => {
		const r = registry();
		mockApiFetch.mockImplementation( ( { data } ) =>
			Promise.resolve( {
				create: [],
				delete: [],
				update: data.update.map( ( item: { id: number } ) =>
					item.id === 150
						? {
								id: 150,
								error: {
									code: 'el_entitlement_deleted',
									message: 'Deleted.',
								},
							}
						: makeEntitlement( item.id, { number: 2030 } )
				),
			} )
		);
		const ids = Array.from( { length: 230 }, ( _, i ) => i + 1 );
		const progress: number[] = [];

		const outcome = await r
			.dispatch( store )
			.applyBulkChange(
				ids,
				{ action: 'renumber', number: 2030 },
				( n ) => progress.push( n )
			);

		expect( mockApiFetch ).toHaveBeenCalledTimes( 3 );
		expect(
			mockApiFetch.mock.calls.map(
				( [ call ] ) => call.data.update.length
			)
		).toEqual( [ 100, 100, 30 ] );
		expect( mockApiFetch.mock.calls[ 0 ][ 0 ].path ).toBe(
			'/entitlement-ledger/v1/entitlements/batch'
		);
		const keys = new Set(
			mockApiFetch.mock.calls.map(
				( [ call ] ) => call.headers[ 'Idempotency-Key' ]
			)
		);
		expect( keys.size ).toBe( 3 );
		expect( progress ).toEqual( [ 100, 200, 230 ] );
		expect( outcome.done ).toHaveLength( 229 );
		expect( outcome.failed ).toEqual( [
			{ id: 150, message: 'Deleted.' },
		] );
		expect( r.select( store ).getEntitlement( 1 )?.number ).toBe( 2030 );
	} );

	it( 'cancels one by one and collects failures', async () => {
		const r = registry();
		mockApiFetch.mockImplementation( ( { path } ) =>
			path.includes( '/2/' )
				? Promise.reject( {
						code: 'el_not_cancellable',
						message: 'Already redeemed.',
					} )
				: Promise.resolve(
						makeEntitlement( Number( path.split( '/' )[ 3 ] ), {
							status: 'cancelled',
						} )
					)
		);
		const outcome = await r
			.dispatch( store )
			.applyBulkChange( [ 1, 2, 3 ], { action: 'cancel', reason: 'x' } );

		expect( mockApiFetch ).toHaveBeenCalledTimes( 3 );
		expect( outcome.done.sort() ).toEqual( [ 1, 3 ] );
		expect( outcome.failed ).toEqual( [
			{ id: 2, message: 'Already redeemed.' },
		] );
	} );
} );

describe( 'detail resolvers', () => {
	it( 'load the ledger lines and audit entries of one entitlement', async () => {
		const r = registry();
		mockApiFetch.mockImplementation( ( { path } ) =>
			Promise.resolve(
				listResponse(
					path.includes( '/ledger' )
						? [ { id: 1, account: 'deferred_revenue' } ]
						: [ { id: 2, action: 'entitlement.created' } ]
				)
			)
		);

		const ledger = await r.resolveSelect( store ).getEntitlementLedger( 8 );
		const audit = await r.resolveSelect( store ).getEntitlementAudit( 8 );

		expect( ledger ).toEqual( [ { id: 1, account: 'deferred_revenue' } ] );
		expect( audit ).toEqual( [ { id: 2, action: 'entitlement.created' } ] );
		const paths = mockApiFetch.mock.calls.map( ( [ call ] ) => call.path );
		expect( paths[ 0 ] ).toContain( '/ledger?entitlement=8' );
		expect( paths[ 1 ] ).toContain( 'object_id=8' );
		expect( paths[ 1 ] ).toContain( 'object_type=entitlement' );
		// Stable empty value before loading, stable value after.
		expect( r.select( store ).getEntitlementLedger( 99 ) ).toBe(
			r.select( store ).getEntitlementLedger( 98 )
		);
	} );

	it( 'store a failed detail request with its message', async () => {
		const r = registry();
		mockApiFetch.mockRejectedValue( {
			code: 'el_not_found',
			message: 'No such entitlement.',
			data: { status: 404 },
		} );
		await r.resolveSelect( store ).getEntitlementDetail( 77 );
		expect( r.select( store ).getResourceStatus( 'detail', 77 ) ).toBe(
			'error'
		);
		expect( r.select( store ).getResourceError( 'detail', 77 ) ).toEqual(
			expect.objectContaining( { message: 'No such entitlement.' } )
		);
	} );
} );
