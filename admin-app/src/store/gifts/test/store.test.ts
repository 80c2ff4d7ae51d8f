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
import type { Gift } from '../../../api/gifts';
import reducer, { initialState } from '../reducer';
import * as selectors from '../selectors';
import { receiveGifts } from '../actions';

jest.mock( '@wordpress/api-fetch', () => ( {
	__esModule: true,
	default: jest.fn(),
} ) );

const mockApiFetch = apiFetch as unknown as jest.Mock;

function makeGift( id: number, overrides: Partial< Gift > = {} ): Gift {
	return {
		id,
		number: 2026,
		name: `Gift ${ id }`,
		description: '',
		image_id: null,
		image_url: null,
		product_id: null,
		kind: 'predefined',
		active: true,
		stock: null,
		redeemed_count: 0,
		available: true,
		created_at: '2026-01-01T00:00:00Z',
		updated_at: '2026-01-01T00:00:00Z',
		...overrides,
	};
}

function listResponse( items: unknown[], total = items.length ): Response {
	return new Response( JSON.stringify( items ), {
		status: 200,
		headers: { 'X-WP-Total': String( total ), 'X-WP-TotalPages': '1' },
	} );
}

function registryWithStore() {
	const registry = createRegistry();
	registry.register( store );
	return registry;
}

describe( 'gifts store: reducer and selectors', () => {
	it( 'returns the same array for equivalent queries and keeps items shared', () => {
		const state = reducer(
			initialState,
			receiveGifts(
				{ number: 2026, search: '' },
				{
					items: [ makeGift( 1 ), makeGift( 2 ) ],
					total: 2,
					totalPages: 1,
				}
			)
		);
		const first = selectors.getGifts( state, { number: 2026 } );
		const second = selectors.getGifts( state, {
			search: '',
			number: 2026,
		} );
		expect( first.map( ( gift ) => gift.id ) ).toEqual( [ 1, 2 ] );
		expect( second ).toBe( first );
		expect( selectors.getGiftsTotal( state, { number: 2026 } ) ).toBe( 2 );
		expect( selectors.getGift( state, 2 )?.name ).toBe( 'Gift 2' );
	} );

	it( 'answers a shared empty array and idle status for unknown queries', () => {
		expect( selectors.getGifts( initialState, { number: 1 } ) ).toBe(
			selectors.getGifts( initialState, { number: 2 } )
		);
		expect( selectors.getGiftsQueryStatus( initialState, {} ) ).toBe(
			'idle'
		);
		expect( selectors.getGiftsError( initialState, {} ) ).toBeNull();
	} );
} );

describe( 'gifts store: resolvers and thunks', () => {
	it( 'loads gifts with the filters as query arguments', async () => {
		mockApiFetch.mockResolvedValue( listResponse( [ makeGift( 7 ) ], 11 ) );
		const registry = registryWithStore();

		const gifts = await registry
			.resolveSelect( store )
			.getGifts( { number: 2026, active: false } );

		expect( gifts.map( ( gift ) => gift.id ) ).toEqual( [ 7 ] );
		expect(
			registry
				.select( store )
				.getGiftsTotal( { number: 2026, active: false } )
		).toBe( 11 );
		expect( mockApiFetch.mock.calls[ 0 ][ 0 ].path ).toBe(
			'/entitlement-ledger/v1/gifts?active=false&number=2026'
		);
	} );

	it( 'stores a REST error with its message', async () => {
		mockApiFetch.mockRejectedValue(
			new Response(
				JSON.stringify( {
					code: 'el_forbidden',
					message: 'Not yours.',
					data: { status: 403 },
				} ),
				{
					status: 403,
				}
			)
		);
		const registry = registryWithStore();

		await registry.resolveSelect( store ).getGifts( {} );

		expect( registry.select( store ).getGiftsQueryStatus( {} ) ).toBe(
			'error'
		);
		expect( registry.select( store ).getGiftsError( {} ) ).toMatchObject( {
			code: 'el_forbidden',
			message: 'Not yours.',
			status: 403,
		} );
	} );

	it( 'creates a gift with an Idempotency-Key, stores it and refreshes the lists', async () => {
		mockApiFetch.mockResolvedValueOnce( listResponse( [ makeGift( 1 ) ] ) );
		const registry = registryWithStore();
		await registry.resolveSelect( store ).getGifts( {} );

		mockApiFetch.mockResolvedValueOnce( makeGift( 2, { name: 'Mug' } ) );
		mockApiFetch.mockResolvedValueOnce(
			listResponse( [ makeGift( 1 ), makeGift( 2, { name: 'Mug' } ) ] )
		);
		const saved = await registry
			.dispatch( store )
			.saveGift( { name: 'Mug', number: 2026 } );

		expect( saved.id ).toBe( 2 );
		const request = mockApiFetch.mock.calls[ 1 ][ 0 ];
		expect( request ).toMatchObject( {
			path: '/entitlement-ledger/v1/gifts',
			method: 'POST',
			data: { name: 'Mug', number: 2026 },
		} );
		expect( request.headers[ 'Idempotency-Key' ] ).toMatch( /\S{8,}/ );
		expect( registry.select( store ).getGift( 2 )?.name ).toBe( 'Mug' );

		const refreshed = await registry.resolveSelect( store ).getGifts( {} );
		expect( refreshed.map( ( gift ) => gift.id ) ).toEqual( [ 1, 2 ] );
		expect( mockApiFetch ).toHaveBeenCalledTimes( 3 );
	} );

	it( 'deactivates with a PATCH of active only, and rejects with the REST error', async () => {
		mockApiFetch.mockResolvedValueOnce( makeGift( 4, { active: false } ) );
		const registry = registryWithStore();
		await registry.dispatch( store ).setGiftActive( 4, false );
		expect( mockApiFetch.mock.calls[ 0 ][ 0 ] ).toMatchObject( {
			path: '/entitlement-ledger/v1/gifts/4',
			method: 'PATCH',
			data: { active: false },
		} );

		mockApiFetch.mockRejectedValueOnce( {
			code: 'el_gift_not_found',
			message: 'No gift with that id.',
			data: { status: 404 },
		} );
		await expect(
			registry.dispatch( store ).setGiftActive( 99, false )
		).rejects.toMatchObject( {
			code: 'el_gift_not_found',
			message: 'No gift with that id.',
		} );
	} );

	it( 'searches products and remembers them by id', async () => {
		mockApiFetch.mockResolvedValue(
			listResponse( [
				{
					id: 5,
					name: 'Mug',
					type: 'simple',
					parent_id: null,
					sku: 'M',
					status: 'publish',
					image_id: null,
					image_url: null,
				},
			] )
		);
		const registry = registryWithStore();

		const found = await registry
			.resolveSelect( store )
			.getProducts( { search: 'mug', per_page: 20 } );

		expect( found.map( ( product ) => product.name ) ).toEqual( [ 'Mug' ] );
		expect( registry.select( store ).getProduct( 5 )?.sku ).toBe( 'M' );
		expect( mockApiFetch.mock.calls[ 0 ][ 0 ].path ).toBe(
			'/entitlement-ledger/v1/products?per_page=20&search=mug'
		);
	} );
} );
