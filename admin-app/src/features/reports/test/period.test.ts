/**
 * Internal dependencies
 */
import type { RevenueRow } from '../../../api/reports';
import {
	addDays,
	buildSeries,
	isValidRange,
	nextPeriodStart,
	percentChange,
	periodLabel,
	periodStart,
	periodsOfRange,
	presetRange,
	rangeToQuery,
} from '../period';

function row(
	period: string,
	currency: string,
	deferred: string,
	earned = '0.00'
): RevenueRow {
	return {
		period,
		period_start: null,
		period_end: null,
		currency,
		deferred_added: deferred,
		recognised: earned,
		broken: '0.00',
		reversed: '0.00',
		closing_deferred: '0.00',
	};
}

describe( 'calendar periods (UTC, ISO weeks)', () => {
	it.each( [
		[ 'day', '2026-11-22', '2026-11-22', '2026-11-22' ],
		[ 'week', '2026-11-22', '2026-11-16', '2026-W47' ],
		[ 'week', '2026-11-16', '2026-11-16', '2026-W47' ],
		// 1 January 2027 is a Friday: its ISO week is the last of 2026.
		[ 'week', '2027-01-01', '2026-12-28', '2026-W53' ],
		[ 'week', '2025-12-31', '2025-12-29', '2026-W01' ],
		[ 'month', '2026-02-28', '2026-02-01', '2026-02' ],
		[ 'quarter', '2026-11-22', '2026-10-01', '2026-Q4' ],
		[ 'quarter', '2026-03-31', '2026-01-01', '2026-Q1' ],
		[ 'year', '2026-11-22', '2026-01-01', '2026' ],
	] as const )(
		'%s of %s starts %s, labelled %s like the REST API',
		( interval, day, start, label ) => {
			expect( periodStart( interval, day ) ).toBe( start );
			expect( periodLabel( interval, start ) ).toBe( label );
		}
	);

	it( 'steps to the next period across month and year ends', () => {
		expect( nextPeriodStart( 'month', '2026-01-01' ) ).toBe( '2026-02-01' );
		expect( nextPeriodStart( 'quarter', '2026-10-01' ) ).toBe(
			'2027-01-01'
		);
		expect( nextPeriodStart( 'week', '2026-12-28' ) ).toBe( '2027-01-04' );
		expect( nextPeriodStart( 'day', '2024-02-28' ) ).toBe( '2024-02-29' );
		expect( addDays( '2026-03-01', -1 ) ).toBe( '2026-02-28' );
	} );

	it( 'lists every period of a range, the first clipped to the range', () => {
		expect(
			periodsOfRange( 'month', { from: '2026-01-15', to: '2026-03-02' } )
		).toEqual( [
			{ label: '2026-01', start: '2026-01-15' },
			{ label: '2026-02', start: '2026-02-01' },
			{ label: '2026-03', start: '2026-03-01' },
		] );
		expect(
			periodsOfRange(
				'day',
				{ from: '2020-01-01', to: '2026-01-01' },
				400
			)
		).toBeNull();
	} );
} );

describe( 'buildSeries', () => {
	const rows = [
		row( '2026-02', 'USD', '30.00', '130.00' ),
		row( '2026-02', 'EUR', '40.00' ),
		row( '2026-04', 'USD', '5.50' ),
	];

	it( 'fills periods without activity with zeros, in one currency', () => {
		const series = buildSeries(
			rows,
			'month',
			{ from: '2026-01-01', to: '2026-04-30' },
			'USD'
		);
		expect(
			series.map( ( point ) => [
				point.label,
				point.deferred,
				point.earned,
			] )
		).toEqual( [
			[ '2026-01', 0, 0 ],
			[ '2026-02', 30, 130 ],
			[ '2026-03', 0, 0 ],
			[ '2026-04', 5.5, 0 ],
		] );
		expect( series[ 1 ]?.row ).toBe( rows[ 0 ] );
		expect( series[ 0 ]?.row ).toBeNull();
	} );

	it( 'takes cycle rows as they are', () => {
		const cycles = buildSeries(
			[ row( '2026', 'USD', '10.00' ), row( '2027', 'USD', '20.00' ) ],
			'cycle',
			{ from: '2026-01-01', to: '2026-12-31' },
			'USD'
		);
		expect( cycles.map( ( point ) => point.label ) ).toEqual( [
			'2026',
			'2027',
		] );
	} );
} );

describe( 'ranges', () => {
	const today = '2026-11-22';

	it.each( [
		[ 'last_30_days', '2026-10-24', '2026-11-22' ],
		[ 'month_to_date', '2026-11-01', '2026-11-22' ],
		[ 'last_month', '2026-10-01', '2026-10-31' ],
		[ 'quarter_to_date', '2026-10-01', '2026-11-22' ],
		[ 'last_quarter', '2026-07-01', '2026-09-30' ],
		[ 'year_to_date', '2026-01-01', '2026-11-22' ],
		[ 'last_year', '2025-01-01', '2025-12-31' ],
		[ 'last_12_months', '2025-12-01', '2026-11-22' ],
	] as const )( '%s is %s to %s', ( preset, from, to ) => {
		expect( presetRange( preset, today ) ).toEqual( { from, to } );
	} );

	it( 'sends the last day as the next midnight (before is exclusive)', () => {
		expect(
			rangeToQuery( { from: '2026-02-01', to: '2026-02-28' } )
		).toEqual( {
			after: '2026-02-01T00:00:00Z',
			before: '2026-03-01T00:00:00Z',
		} );
		expect( presetRange( 'custom', today ) ).toBeNull();
	} );

	it( 'refuses reversed ranges and days that do not exist', () => {
		expect( isValidRange( { from: '2026-02-01', to: '2026-02-01' } ) ).toBe(
			true
		);
		expect( isValidRange( { from: '2026-03-01', to: '2026-02-01' } ) ).toBe(
			false
		);
		expect( isValidRange( { from: '2026-02-30', to: '2026-03-01' } ) ).toBe(
			false
		);
		expect( isValidRange( { from: '', to: '2026-03-01' } ) ).toBe( false );
	} );
} );

describe( 'percentChange', () => {
	it( 'compares with the previous amount, and has nothing to say about a zero', () => {
		expect( percentChange( '150.00', '100.00' ) ).toBe( 50 );
		expect( percentChange( '50.00', '100.00' ) ).toBe( -50 );
		expect( percentChange( '10.00', '0.00' ) ).toBeNull();
		expect( percentChange( '-5.00', '-10.00' ) ).toBe( 50 );
	} );
} );
