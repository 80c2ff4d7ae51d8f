/**
 * Internal dependencies
 */
import { linearScale, niceStep, visibleLabelIndexes } from '../scale';

describe( 'chart scale', () => {
	it.each( [
		[ 0.7, 1 ],
		[ 1.3, 2 ],
		[ 2.2, 2.5 ],
		[ 3, 5 ],
		[ 7, 10 ],
		[ 230, 250 ],
		[ 0.013, 0.02 ],
	] )( 'rounds a step of %s to %s', ( rough, nice ) => {
		expect( niceStep( rough ) ).toBeCloseTo( nice, 10 );
	} );

	it( 'holds the largest value with round ticks from 0', () => {
		expect( linearScale( [ 37.5, 0, 12.5 ] ) ).toEqual( {
			max: 40,
			ticks: [ 0, 10, 20, 30, 40 ],
		} );
		expect( linearScale( [ 1234.56 ] ) ).toEqual( {
			max: 1500,
			ticks: [ 0, 500, 1000, 1500 ],
		} );
		expect( linearScale( [ 0.3 ] ).ticks ).toEqual( [ 0, 0.1, 0.2, 0.3 ] );
	} );

	it( 'has an axis for no data and ignores negative values', () => {
		expect( linearScale( [] ) ).toEqual( { max: 1, ticks: [ 0, 1 ] } );
		expect( linearScale( [ -20, 0 ] ) ).toEqual( {
			max: 1,
			ticks: [ 0, 1 ],
		} );
		expect( linearScale( [ -20, 8 ] ).max ).toBe( 8 );
	} );

	it( 'thins category labels to what fits', () => {
		expect( visibleLabelIndexes( 12, 20 ) ).toHaveLength( 12 );
		expect( visibleLabelIndexes( 52, 13 ) ).toEqual( [
			0, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48,
		] );
		expect( visibleLabelIndexes( 0, 10 ) ).toEqual( [] );
	} );
} );
