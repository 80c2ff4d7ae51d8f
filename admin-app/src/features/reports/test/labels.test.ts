/**
 * Internal dependencies
 */
import {
	formatAxisAmount,
	formatAxisLabels,
	formatDay,
	formatPeriod,
} from '../labels';

describe( 'period labels', () => {
	it( 'reads the API labels for people', () => {
		expect( formatPeriod( '2026-11', 'month', 'en_US' ) ).toBe(
			'Nov 2026'
		);
		expect( formatPeriod( '2026-11-22', 'day', 'en_GB' ) ).toBe(
			'22 Nov 2026'
		);
		expect( formatPeriod( '2026-W07', 'week', 'en_US' ) ).toBe(
			'Week 7, 2026'
		);
		expect( formatPeriod( '2026-Q4', 'quarter', 'en_US' ) ).toBe(
			'Q4 2026'
		);
		expect( formatPeriod( '2026', 'year', 'en_US' ) ).toBe( '2026' );
		expect( formatPeriod( '2026', 'cycle', 'en_US' ) ).toBe( 'Cycle 2026' );
		expect( formatDay( '2026-01-05', 'de_DE' ) ).toBe( '5. Jan. 2026' );
	} );

	it( 'puts the year on the first axis label and where it changes', () => {
		const months = [ '2025-11', '2025-12', '2026-01', '2026-02' ];
		expect( [
			...formatAxisLabels( months, [ 0, 1, 2, 3 ], 'en_US' ).values(),
		] ).toEqual( [ 'Nov 2025', 'Dec', 'Jan 2026', 'Feb' ] );
		const weeks = [ '2025-W51', '2025-W52', '2026-W01' ];
		expect( [
			...formatAxisLabels( weeks, [ 0, 2 ], 'en_US' ).entries(),
		] ).toEqual( [
			[ 0, 'W51 2025' ],
			[ 2, 'W01 2026' ],
		] );
		expect(
			formatAxisLabels( [ '2026', '2027' ], [ 0, 1 ], 'en_US' ).get( 1 )
		).toBe( '2027' );
		expect(
			formatAxisLabels(
				[ '2026-11-22', '2026-11-23' ],
				[ 0, 1 ],
				'en_GB'
			).get( 1 )
		).toBe( '23 Nov' );
	} );

	it( 'formats axis amounts compactly in the currency', () => {
		expect( formatAxisAmount( 1500, 'USD', 'en_US' ) ).toBe( '$1.5K' );
		expect( formatAxisAmount( 40, 'EUR', 'en_US' ) ).toBe( '€40' );
		expect( formatAxisAmount( 5, 'NOPE', 'en_US' ) ).toBe( '5' );
	} );
} );
