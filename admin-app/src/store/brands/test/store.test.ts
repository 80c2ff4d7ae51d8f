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
import type { Brand, BrandKey } from '../../../api/licenses';
import { initialState } from '../reducer';
import { getBrandKeys } from '../selectors';

jest.mock( '@wordpress/api-fetch', () => ( {
	__esModule: true,
	default: jest.fn(),
} ) );

const mockApiFetch = apiFetch as unknown as jest.Mock;

const BRAND: Brand = {
	id: 1,
	slug: 'rocket',
	name: 'Rocket',
	instance_patterns: [ 'localhost' ],
	created_at: '2026-01-01T00:00:00Z',
	updated_at: '2026-01-01T00:00:00Z',
};

const KEY: BrandKey = {
	id: 7,
	brand: 'rocket',
	name: 'Checkout',
	prefix: 'elb_ABCDEFGH',
	created_at: '2026-01-01T00:00:00Z',
	last_used_at: null,
	revoked_at: null,
	active: true,
};

function listResponse( items: unknown[] ): Response {
	return new Response( JSON.stringify( items ), {
		status: 200,
		headers: {
			'X-WP-Total': String( items.length ),
			'X-WP-TotalPages': '1',
		},
	} );
}

function registryWithStore() {
	const registry = createRegistry();
	registry.register( store );
	return registry;
}

beforeEach( () => mockApiFetch.mockReset() );

describe( 'brands store', () => {
	it( 'loads brands and returns the same array until something changes', async () => {
		mockApiFetch.mockResolvedValue( listResponse( [ BRAND ] ) );
		const registry = registryWithStore();
		const brands = await registry.resolveSelect( store ).getBrands();
		expect( brands ).toEqual( [ BRAND ] );
		expect( registry.select( store ).getBrands() ).toBe( brands );
		expect( registry.select( store ).getBrand( 'rocket' ) ).toEqual(
			BRAND
		);
		expect( getBrandKeys( initialState, 'nope' ) ).toBe(
			getBrandKeys( initialState, 'other' )
		);
	} );

	it( 'creates a brand and edits it in place', async () => {
		const registry = registryWithStore();
		mockApiFetch.mockResolvedValueOnce( listResponse( [] ) );
		await registry.resolveSelect( store ).getBrands();
		mockApiFetch.mockResolvedValueOnce( BRAND );
		await registry
			.dispatch( store )
			.saveBrand( { slug: 'rocket', name: 'Rocket' } );
		expect( mockApiFetch.mock.calls[ 1 ][ 0 ] ).toMatchObject( {
			path: '/entitlement-ledger/v1/brands',
			method: 'POST',
		} );
		mockApiFetch.mockResolvedValueOnce( { ...BRAND, name: 'Rocket Inc.' } );
		await registry
			.dispatch( store )
			.saveBrand( { name: 'Rocket Inc.' }, 'rocket' );
		expect( mockApiFetch.mock.calls[ 2 ][ 0 ] ).toMatchObject( {
			path: '/entitlement-ledger/v1/brands/rocket',
			method: 'PATCH',
		} );
		expect(
			registry
				.select( store )
				.getBrands()
				.map( ( b ) => b.name )
		).toEqual( [ 'Rocket Inc.' ] );
	} );

	it( 'returns a new key’s secret to the caller but never stores it', async () => {
		const registry = registryWithStore();
		mockApiFetch.mockResolvedValueOnce( listResponse( [] ) );
		await registry.resolveSelect( store ).getBrandKeys( 'rocket' );
		mockApiFetch.mockResolvedValueOnce( {
			...KEY,
			key: 'elb_ABCDEFGH_secret',
		} );
		const created = await registry
			.dispatch( store )
			.createBrandKey( 'rocket', 'Checkout' );
		expect( created.key ).toBe( 'elb_ABCDEFGH_secret' );
		const listed = registry.select( store ).getBrandKeys( 'rocket' );
		expect( listed ).toHaveLength( 1 );
		expect( JSON.stringify( listed ) ).not.toContain( 'secret' );

		mockApiFetch.mockResolvedValueOnce( {
			...KEY,
			active: false,
			revoked_at: '2026-02-01T00:00:00Z',
		} );
		await registry.dispatch( store ).revokeBrandKey( 'rocket', 7 );
		expect( mockApiFetch.mock.calls[ 2 ][ 0 ] ).toMatchObject( {
			path: '/entitlement-ledger/v1/brands/rocket/keys/7',
			method: 'DELETE',
		} );
		expect(
			registry.select( store ).getBrandKeys( 'rocket' )[ 0 ]?.active
		).toBe( false );
	} );

	it( 'saves a licensed product under its brand and keeps a load error for the screen', async () => {
		const registry = registryWithStore();
		mockApiFetch.mockRejectedValueOnce( {
			code: 'el_brand_not_found',
			message: 'No brand.',
			data: { status: 404 },
		} );
		await registry.resolveSelect( store ).getBrandProducts( 'rocket' );
		expect(
			registry.select( store ).getBrandProductsError( 'rocket' )?.message
		).toBe( 'No brand.' );
		const product = {
			id: 3,
			brand: 'rocket',
			slug: 'pro',
			name: 'Pro',
			seats: 5,
			validity_days: null,
			wc_product_ids: [ 12 ],
			created_at: '',
		};
		mockApiFetch.mockResolvedValueOnce( product );
		await registry
			.dispatch( store )
			.saveBrandProduct( 'rocket', { seats: 5 }, 'pro' );
		expect( mockApiFetch.mock.calls[ 1 ][ 0 ] ).toMatchObject( {
			path: '/entitlement-ledger/v1/brands/rocket/products/pro',
			method: 'PATCH',
			data: { seats: 5 },
		} );
		expect( registry.select( store ).getBrandProducts( 'rocket' ) ).toEqual(
			[ product ]
		);
	} );
} );
