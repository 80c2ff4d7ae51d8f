/**
 * @jest-environment node
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import { cleanQuery, fetchEntitlements, readIntHeader } from '../client';
import type { Entitlement } from '../types';

jest.mock( '@wordpress/api-fetch', () => ( {
	__esModule: true,
	default: jest.fn(),
} ) );

const mockApiFetch = apiFetch as unknown as jest.Mock;

const ENTITLEMENT: Entitlement = {
	id: 7,
	customer_email: 'reader@example.com',
	number: 2026,
	status: 'active',
	deferred_amount: '12.50',
	earned_amount: '0.00',
	currency: 'EUR',
	created_at: '2026-01-02T03:04:05',
};

function jsonResponse(
	body: unknown,
	status = 200,
	headers: Record< string, string > = {}
): Response {
	return new Response( JSON.stringify( body ), {
		status,
		headers: { 'Content-Type': 'application/json', ...headers },
	} );
}

function requestedPath(): string {
	const [ options ] = mockApiFetch.mock.calls[ 0 ] as [
		{ path: string; parse?: boolean },
	];
	return options.path;
}

describe( 'fetchEntitlements', () => {
	it( 'asks for the raw response and reads the totals from the headers', async () => {
		mockApiFetch.mockResolvedValue(
			jsonResponse( [ ENTITLEMENT ], 200, {
				'X-WP-Total': '41',
				'X-WP-TotalPages': '3',
			} )
		);

		const page = await fetchEntitlements( { page: 2, per_page: 20 } );

		expect( mockApiFetch ).toHaveBeenCalledTimes( 1 );
		expect( mockApiFetch.mock.calls[ 0 ][ 0 ] ).toMatchObject( {
			parse: false,
		} );
		expect( page ).toEqual( {
			items: [ ENTITLEMENT ],
			total: 41,
			totalPages: 3,
		} );
	} );

	it( 'sends the query arguments to GET /entitlements', async () => {
		mockApiFetch.mockResolvedValue( jsonResponse( [] ) );

		await fetchEntitlements( {
			search: 'reader',
			status: [ 'active' ],
			number: 2026,
			orderby: 'created_at',
			order: 'desc',
			page: 1,
			per_page: 20,
		} );

		const url = new URL( requestedPath(), 'http://example.test' );
		expect( url.pathname ).toBe( '/entitlement-ledger/v1/entitlements' );
		expect( Object.fromEntries( url.searchParams ) ).toEqual( {
			search: 'reader',
			'status[0]': 'active',
			number: '2026',
			orderby: 'created_at',
			order: 'desc',
			page: '1',
			per_page: '20',
		} );
	} );

	it( 'leaves out empty query arguments', async () => {
		mockApiFetch.mockResolvedValue( jsonResponse( [] ) );

		await fetchEntitlements( { search: '', page: 1 } );

		expect( requestedPath() ).toBe(
			'/entitlement-ledger/v1/entitlements?page=1'
		);
	} );

	it( 'falls back to the item count without total headers', async () => {
		mockApiFetch.mockResolvedValue(
			jsonResponse( [ ENTITLEMENT, { ...ENTITLEMENT, id: 8 } ] )
		);

		const page = await fetchEntitlements();

		expect( page.total ).toBe( 2 );
		expect( page.totalPages ).toBe( 1 );
	} );

	it( 'rejects with the REST error of a non-2xx response', async () => {
		// With parse: false, apiFetch rejects with the raw Response.
		mockApiFetch.mockRejectedValue(
			jsonResponse(
				{
					code: 'rest_forbidden',
					message: 'Sorry, you are not allowed to do that.',
					data: { status: 403 },
				},
				403
			)
		);

		await expect( fetchEntitlements() ).rejects.toEqual( {
			code: 'rest_forbidden',
			message: 'Sorry, you are not allowed to do that.',
			status: 403,
			data: { status: 403 },
		} );
	} );

	it( 'rejects with a readable error on a network failure', async () => {
		mockApiFetch.mockRejectedValue( {
			code: 'fetch_error',
			message: 'Could not get a valid response from the server.',
		} );

		await expect( fetchEntitlements() ).rejects.toEqual( {
			code: 'fetch_error',
			message: 'Could not get a valid response from the server.',
		} );
	} );

	it( 'rejects when the body is not a list', async () => {
		mockApiFetch.mockResolvedValue( jsonResponse( { id: 1 } ) );

		await expect( fetchEntitlements() ).rejects.toMatchObject( {
			code: 'el_invalid_response',
		} );
	} );
} );

describe( 'readIntHeader', () => {
	it( 'parses integers and ignores anything else', () => {
		const headers = new Headers( {
			'X-WP-Total': '12',
			'X-Bad': '12abc',
		} );
		expect( readIntHeader( headers, 'X-WP-Total', 0 ) ).toBe( 12 );
		expect( readIntHeader( headers, 'x-wp-total', 0 ) ).toBe( 12 );
		expect( readIntHeader( headers, 'X-Bad', 5 ) ).toBe( 5 );
		expect( readIntHeader( headers, 'X-Missing', 9 ) ).toBe( 9 );
	} );
} );

describe( 'cleanQuery', () => {
	it( 'drops empty values and sorts the keys', () => {
		expect(
			Object.keys(
				cleanQuery( {
					status: 'active',
					search: '',
					page: 1,
					email: undefined,
					after: null,
				} )
			)
		).toEqual( [ 'page', 'status' ] );
	} );
} );
