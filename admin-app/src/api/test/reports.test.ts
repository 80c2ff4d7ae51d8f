/**
 * Internal dependencies
 */
import { getDownloadName, getReportCsvPath } from '../reports';

describe( 'report CSV downloads', () => {
	it( 'asks for the report on screen as CSV, without the JSON-only comparison', () => {
		expect(
			getReportCsvPath( 'revenue', {
				interval: 'week',
				after: '2026-01-01T00:00:00Z',
				before: '2026-02-01T00:00:00Z',
				compare: 'previous_period',
				currency: '',
			} )
		).toBe(
			'/entitlement-ledger/v1/reports/revenue?after=2026-01-01T00%3A00%3A00Z&before=2026-02-01T00%3A00%3A00Z&format=csv&interval=week'
		);
		expect( getReportCsvPath( 'liability', {} ) ).toBe(
			'/entitlement-ledger/v1/reports/liability?format=csv'
		);
		expect(
			getReportCsvPath( 'liability', { currency: 'EUR', number: 2026 } )
		).toBe(
			'/entitlement-ledger/v1/reports/liability?currency=EUR&format=csv&number=2026'
		);
	} );

	it( 'names the file after Content-Disposition, never with a path', () => {
		expect(
			getDownloadName(
				'attachment; filename="entitlement-ledger-revenue-month-2026-11-22.csv"',
				'x.csv'
			)
		).toBe( 'entitlement-ledger-revenue-month-2026-11-22.csv' );
		expect(
			getDownloadName( 'attachment; filename=../../evil.csv', 'x.csv' )
		).toBe( 'evil.csv' );
		expect( getDownloadName( null, 'fallback.csv' ) ).toBe(
			'fallback.csv'
		);
		expect( getDownloadName( 'inline', 'fallback.csv' ) ).toBe(
			'fallback.csv'
		);
	} );
} );
