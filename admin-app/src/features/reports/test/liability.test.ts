/**
 * Internal dependencies
 */
import type { LiabilityRow } from '../../../api/reports';
import { addDecimals, pivotLiability } from '../liability';

function row(
	number: number,
	bucket: LiabilityRow[ 'age_bucket' ],
	currency: string,
	count: number,
	balance: string
): LiabilityRow {
	return {
		number,
		age_bucket: bucket,
		currency,
		entitlements: count,
		deferred_balance: balance,
	};
}

describe( 'liability pivot', () => {
	it( 'adds decimal strings exactly', () => {
		expect( addDecimals( '0.10', '0.20' ) ).toBe( '0.30' );
		expect( addDecimals( '99999999999999.99', '0.01' ) ).toBe(
			'100000000000000.00'
		);
		expect( addDecimals( '5', '1.005' ) ).toBe( '6.005' );
		expect( addDecimals( '-2.50', '1.00' ) ).toBe( '-1.50' );
		expect( addDecimals( '1234', '-1234' ) ).toBe( '0' );
	} );

	it( 'puts one currency in cycles (newest first) by age bucket, with totals', () => {
		const pivot = pivotLiability(
			[
				row( 2025, '365+', 'USD', 2, '40.00' ),
				row( 2026, '0-90', 'USD', 3, '37.50' ),
				row( 2026, '91-180', 'USD', 1, '12.50' ),
				row( 2026, '0-90', 'EUR', 9, '900.00' ),
			],
			'USD'
		);
		expect( pivot.cycles ).toEqual( [ 2026, 2025 ] );
		expect( pivot.cells.get( '2026|0-90' ) ).toEqual( {
			entitlements: 3,
			balance: '37.50',
		} );
		expect( pivot.cells.get( '2025|0-90' ) ).toBeUndefined();
		expect( pivot.byCycle.get( 2026 ) ).toEqual( {
			entitlements: 4,
			balance: '50.00',
		} );
		expect( pivot.byBucket.get( '365+' ) ).toEqual( {
			entitlements: 2,
			balance: '40.00',
		} );
		expect( pivotLiability( [], 'USD' ).cycles ).toEqual( [] );
	} );
} );
