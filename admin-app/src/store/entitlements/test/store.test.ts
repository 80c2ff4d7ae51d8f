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

function listResponse( items: unknown[], total: number ): Response {
	return new Response( JSON.stringify( items ), {
		status: 200,
		headers: {
			'X-WP-Total': String( total ),
			'X-WP-TotalPages': '1',
		},
	} );
}

describe( 'entitlements store (resolvers)', () => {
	it( 'loads a query once through the API client', async () => {
		mockApiFetch.mockImplementation( () =>
			Promise.resolve(
				listResponse(
					[ makeEntitlement( 1 ), makeEntitlement( 2 ) ],
					2
				)
			)
		);
		const registry = createRegistry();
		registry.register( store );
		const query = { page: 1, per_page: 20 };

		const records = await registry
			.resolveSelect( store )
			.getEntitlements( query );
		const total = await registry
			.resolveSelect( store )
			.getEntitlementsTotal( query );

		expect( records.map( ( item ) => item.id ) ).toEqual( [ 1, 2 ] );
		expect( total ).toBe( 2 );
		expect( mockApiFetch ).toHaveBeenCalledTimes( 1 );
		expect(
			registry.select( store ).getEntitlementsQueryStatus( query )
		).toBe( 'success' );
	} );

	it( 'stores a REST error instead of throwing', async () => {
		mockApiFetch.mockImplementation( () =>
			Promise.reject(
				new Response(
					JSON.stringify( {
						code: 'rest_no_route',
						message:
							'No route was found matching the URL and request method.',
						data: { status: 404 },
					} ),
					{ status: 404 }
				)
			)
		);
		const registry = createRegistry();
		registry.register( store );

		await registry.resolveSelect( store ).getEntitlements( {} );

		expect(
			registry.select( store ).getEntitlementsError( {} )
		).toMatchObject( {
			code: 'rest_no_route',
			message: 'No route was found matching the URL and request method.',
			status: 404,
		} );
	} );

	it( 'fetches again after the queries are invalidated', async () => {
		mockApiFetch.mockImplementation( () =>
			Promise.resolve( listResponse( [ makeEntitlement( 1 ) ], 1 ) )
		);
		const registry = createRegistry();
		registry.register( store );

		await registry.resolveSelect( store ).getEntitlements( {} );
		await registry.dispatch( store ).invalidateEntitlementQueries();
		await registry.resolveSelect( store ).getEntitlements( {} );

		expect( mockApiFetch ).toHaveBeenCalledTimes( 2 );
	} );
} );
