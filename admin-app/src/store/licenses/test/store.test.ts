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
import type { License } from '../../../api/licenses';
import { receiveLicense, receiveLicenses } from '../actions';
import reducer, { initialState } from '../reducer';
import * as selectors from '../selectors';

jest.mock( '@wordpress/api-fetch', () => ( {
	__esModule: true,
	default: jest.fn(),
} ) );

const mockApiFetch = apiFetch as unknown as jest.Mock;

function makeLicense(
	id: number,
	overrides: Partial< License > = {}
): License {
	return {
		id,
		brand: 'rocket',
		product: 'rocket-pro',
		product_name: 'Rocket Pro',
		customer_email: `c${ id }@example.test`,
		customer_id: null,
		status: 'valid',
		seats: 3,
		seats_used: 1,
		expires_at: '2027-01-01T00:00:00Z',
		key_prefix: 'ABCDEFG' + id,
		source_order_id: null,
		created_at: '2026-01-01T00:00:00Z',
		updated_at: '2026-01-01T00:00:00Z',
		...overrides,
	};
}

const ACTIVE = {
	instance: 'https://one.example',
	active: true,
	uses_seat: true,
	first_seen_at: '2026-01-02T00:00:00Z',
	last_seen_at: '2026-01-03T00:00:00Z',
	activated_at: '2026-01-02T00:00:00Z',
	deactivated_at: null,
};

function listResponse( items: unknown[], total = items.length ): Response {
	return new Response( JSON.stringify( items ), {
		status: 200,
		headers: { 'X-WP-Total': String( total ), 'X-WP-TotalPages': '3' },
	} );
}

function registryWithStore() {
	const registry = createRegistry();
	registry.register( store );
	return registry;
}

beforeEach( () => mockApiFetch.mockReset() );

describe( 'licenses store: reducer and selectors', () => {
	it( 'shares one array between equivalent queries', () => {
		const state = reducer(
			initialState,
			receiveLicenses(
				{ search: 'ann', status: 'valid' },
				{
					items: [ makeLicense( 1 ), makeLicense( 2 ) ],
					total: 2,
					totalPages: 1,
				}
			)
		);
		const first = selectors.getLicenses( state, {
			status: 'valid',
			search: 'ann',
		} );
		expect( first.map( ( l ) => l.id ) ).toEqual( [ 1, 2 ] );
		expect(
			selectors.getLicenses( state, {
				search: 'ann',
				status: 'valid',
				brand: '',
			} )
		).toBe( first );
		expect( selectors.getLicenses( state, { search: 'bob' } ) ).toBe(
			selectors.getLicenses( state, { search: 'carl' } )
		);
	} );

	it( 'keeps a detail’s activations when a list row of the same license arrives', () => {
		let state = reducer(
			initialState,
			receiveLicense(
				makeLicense( 5, {
					activations: [ ACTIVE ],
					links: { customer: null, source_order: null },
				} ),
				true
			)
		);
		expect( selectors.getLicenseStatus( state, 5 ) ).toBe( 'success' );
		state = reducer(
			state,
			receiveLicenses(
				{},
				{
					items: [ makeLicense( 5, { seats_used: 2 } ) ],
					total: 1,
					totalPages: 1,
				}
			)
		);
		expect( selectors.getLicense( state, 5 )?.seats_used ).toBe( 2 );
		expect( selectors.getLicense( state, 5 )?.activations ).toEqual( [
			ACTIVE,
		] );
	} );
} );

describe( 'licenses store: resolvers and thunks', () => {
	it( 'lists with the query as REST arguments and reads the totals', async () => {
		mockApiFetch.mockResolvedValue(
			listResponse( [ makeLicense( 1 ) ], 41 )
		);
		const registry = registryWithStore();
		const query = {
			search: 'ELK-ABCD',
			brand: 'rocket',
			orderby: 'expires_at' as const,
			order: 'asc' as const,
			page: 2,
			per_page: 20,
		};
		await registry.resolveSelect( store ).getLicenses( query );
		const path: string = mockApiFetch.mock.calls[ 0 ][ 0 ].path;
		expect( path ).toContain( '/entitlement-ledger/v1/licenses?' );
		expect( path ).toContain( 'search=ELK-ABCD' );
		expect( path ).toContain( 'orderby=expires_at' );
		expect( path ).toContain( 'brand=rocket' );
		expect( registry.select( store ).getLicensesTotal( query ) ).toBe( 41 );
		expect( registry.select( store ).getLicensesTotalPages( query ) ).toBe(
			3
		);
	} );

	it( 'stores a REST error for the screen instead of throwing', async () => {
		mockApiFetch.mockRejectedValue( {
			code: 'el_forbidden',
			message: 'Sorry, you are not allowed.',
			data: { status: 403 },
		} );
		const registry = registryWithStore();
		await registry.resolveSelect( store ).getLicenses( {} );
		expect( registry.select( store ).getLicensesQueryStatus( {} ) ).toBe(
			'error'
		);
		expect( registry.select( store ).getLicensesError( {} )?.message ).toBe(
			'Sorry, you are not allowed.'
		);
		await registry.resolveSelect( store ).getLicense( 9 );
		expect( registry.select( store ).getLicenseError( 9 )?.code ).toBe(
			'el_forbidden'
		);
	} );

	it( 'suspends with an Idempotency-Key, then refreshes the detail and the lists', async () => {
		const registry = registryWithStore();
		mockApiFetch.mockResolvedValueOnce(
			listResponse( [ makeLicense( 3 ) ] )
		);
		await registry.resolveSelect( store ).getLicenses( {} );
		mockApiFetch.mockResolvedValueOnce(
			makeLicense( 3, { activations: [ ACTIVE ] } )
		);
		await registry.resolveSelect( store ).getLicense( 3 );

		mockApiFetch.mockResolvedValueOnce(
			makeLicense( 3, { status: 'suspended' } )
		);
		mockApiFetch.mockResolvedValue(
			makeLicense( 3, { status: 'suspended', activations: [ ACTIVE ] } )
		);
		const changed = await registry
			.dispatch( store )
			.applyLicenseAction( 3, 'suspend', { reason: 'Chargeback' } );
		expect( changed.status ).toBe( 'suspended' );
		const call = mockApiFetch.mock.calls[ 2 ][ 0 ];
		expect( call.path ).toBe( '/entitlement-ledger/v1/licenses/3/suspend' );
		expect( call.method ).toBe( 'POST' );
		expect( call.data ).toEqual( { reason: 'Chargeback' } );
		expect( call.headers[ 'Idempotency-Key' ] ).toMatch( /\S{8,}/ );
		expect( registry.select( store ).getLicense( 3 )?.status ).toBe(
			'suspended'
		);
		expect( registry.select( store ).getLicense( 3 )?.activations ).toEqual(
			[ ACTIVE ]
		);

		mockApiFetch.mockResolvedValue(
			listResponse( [ makeLicense( 3, { status: 'suspended' } ) ] )
		);
		await registry.resolveSelect( store ).getLicenses( {} );
		expect(
			mockApiFetch.mock.calls.some(
				( [ request ] ) =>
					request.path === '/entitlement-ledger/v1/licenses?' ||
					request.path === '/entitlement-ledger/v1/licenses'
			)
		).toBe( true );
		expect(
			mockApiFetch.mock.calls.filter(
				( [ request ] ) =>
					String( request.path ).startsWith(
						'/entitlement-ledger/v1/licenses'
					) && ! request.method
			).length
		).toBeGreaterThanOrEqual( 3 );
	} );

	it( 'deactivates an instance and keeps the answer’s activations', async () => {
		const registry = registryWithStore();
		const after = makeLicense( 4, {
			seats_used: 0,
			activations: [
				{
					...ACTIVE,
					active: false,
					deactivated_at: '2026-02-01T00:00:00Z',
				},
			],
		} );
		mockApiFetch.mockResolvedValueOnce( after );
		await registry
			.dispatch( store )
			.deactivateInstance( 4, 'https://one.example' );
		const call = mockApiFetch.mock.calls[ 0 ][ 0 ];
		expect( call.path ).toBe(
			'/entitlement-ledger/v1/licenses/4/activations/deactivate'
		);
		expect( call.data ).toEqual( { instance: 'https://one.example' } );
		expect(
			registry.select( store ).getLicense( 4 )?.activations?.[ 0 ]?.active
		).toBe( false );
		expect( registry.select( store ).getLicenseStatus( 4 ) ).toBe(
			'success'
		);
	} );

	it( 'rejects a failed action with the REST message and changes nothing', async () => {
		const registry = registryWithStore();
		mockApiFetch.mockImplementation(
			async ( request: { path: string; method?: string } ) => {
				if ( request.method === 'POST' ) {
					throw {
						code: 'el_invalid_transition',
						message: 'Not possible while the license is cancelled.',
						data: { status: 409 },
					};
				}
				return makeLicense( 6, {
					status: 'cancelled',
					activations: [],
				} );
			}
		);
		await registry.resolveSelect( store ).getLicense( 6 );
		await expect(
			registry.dispatch( store ).applyLicenseAction( 6, 'resume' )
		).rejects.toMatchObject( { code: 'el_invalid_transition' } );
		expect( registry.select( store ).getLicense( 6 )?.status ).toBe(
			'cancelled'
		);
	} );
} );
