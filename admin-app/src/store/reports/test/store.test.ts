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
import type { RevenueQuery } from '../../../api/reports';

jest.mock( '@wordpress/api-fetch', () => ( {
	__esModule: true,
	default: jest.fn(),
} ) );

const mockApiFetch = apiFetch as unknown as jest.Mock;

const QUERY: RevenueQuery = {
	interval: 'month',
	after: '2026-01-01T00:00:00Z',
	before: '2026-02-01T00:00:00Z',
	compare: 'previous_period',
};

const REPORT = {
	rows: [],
	totals: {},
	previous: {
		after: '2025-12-01T00:00:00Z',
		before: '2026-01-01T00:00:00Z',
		totals: {},
	},
};

describe( 'reports store', () => {
	it( 'loads each report once per query and keeps its state', async () => {
		mockApiFetch.mockResolvedValue( REPORT );
		const registry = createRegistry();
		registry.register( store );

		expect(
			registry.select( store ).getRevenueReport( QUERY ).status
		).toBe( 'idle' );
		await registry.resolveSelect( store ).getRevenueReport( QUERY );
		await registry.resolveSelect( store ).getRevenueReport( { ...QUERY } );

		const state = registry.select( store ).getRevenueReport( QUERY );
		expect( state.status ).toBe( 'success' );
		expect( state.data ).toEqual( REPORT );
		expect( mockApiFetch ).toHaveBeenCalledTimes( 1 );
		expect( mockApiFetch.mock.calls[ 0 ][ 0 ].path ).toBe(
			'/entitlement-ledger/v1/reports/revenue?after=2026-01-01T00%3A00%3A00Z&before=2026-02-01T00%3A00%3A00Z&compare=previous_period&interval=month'
		);
		expect( registry.select( store ).getRevenueReport( QUERY ) ).toBe(
			state
		);
	} );

	it( 'stores an error, and fetches again after invalidateReports', async () => {
		mockApiFetch.mockRejectedValueOnce( {
			code: 'el_invalid_range',
			message: 'after must be earlier than before.',
			data: { status: 400 },
		} );
		const registry = createRegistry();
		registry.register( store );

		await registry.resolveSelect( store ).getLiabilityReport( {} );
		expect(
			registry.select( store ).getLiabilityReport( {} ).error?.message
		).toBe( 'after must be earlier than before.' );

		mockApiFetch.mockResolvedValueOnce( { rows: [], totals: {} } );
		registry.dispatch( store ).invalidateReports();
		await registry.resolveSelect( store ).getLiabilityReport( {} );
		const state = registry.select( store ).getLiabilityReport( {} );
		expect( state.status ).toBe( 'success' );
		expect( state.error ).toBeNull();
		expect( mockApiFetch ).toHaveBeenCalledTimes( 2 );
	} );
} );
