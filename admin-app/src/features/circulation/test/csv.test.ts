/**
 * Internal dependencies
 */
import { csvCell, entitlementsCsv } from '../csv';
import { makeEntitlement } from '../../../store/entitlements/test/fixtures';

describe( 'CSV export', () => {
	it( 'quotes cells with commas, quotes and line breaks', () => {
		expect( csvCell( 'a,b' ) ).toBe( '"a,b"' );
		expect( csvCell( 'say "hi"' ) ).toBe( '"say ""hi"""' );
		expect( csvCell( 'two\nlines' ) ).toBe( '"two\nlines"' );
		expect( csvCell( null ) ).toBe( '' );
	} );

	it( 'neutralises spreadsheet formulas but keeps negative amounts', () => {
		expect( csvCell( '=HYPERLINK("x")' ) ).toBe( '"\'=HYPERLINK(""x"")"' );
		expect( csvCell( '@SUM(A1)' ) ).toBe( "'@SUM(A1)" );
		expect( csvCell( '+1+1' ) ).toBe( "'+1+1" );
		expect( csvCell( '-2.50' ) ).toBe( '-2.50' );
	} );

	it( 'writes a header row and one row per entitlement', () => {
		const csv = entitlementsCsv( [
			makeEntitlement( 7, {
				customer_email: 'a@example.test',
				currency: 'JPY',
				deferred_amount: '1500',
				redemption: {
					method: 'custom',
					gift_id: null,
					order_id: 345,
					note: '',
					redeemed_at: '2026-01-02T00:00:00Z',
					redeemed_by: 1,
				},
			} ),
		] );
		const [ header, row, end ] = csv.split( '\r\n' );
		expect( header ).toBe(
			'id,customer_email,customer_name,subscription_id,source_order_id,type,number,status,currency,deferred_amount,earned_amount,redemption_order_id,created_at'
		);
		expect( row ).toBe(
			'7,a@example.test,,,,,2026,active,JPY,1500,0.00,345,2026-01-01T00:00:00'
		);
		expect( end ).toBe( '' );
	} );
} );
