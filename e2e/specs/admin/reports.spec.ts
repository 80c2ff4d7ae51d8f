/**
 * Reports screen, as a Circulation Manager: the revenue report with its
 * chart, summary and table, the liability by cycle and age, the currency
 * switcher, and both CSV downloads (their content checked).
 */

/**
 * External dependencies
 */
import type { BrowserContext, Download, Page } from '@playwright/test';
import { readFile } from 'fs/promises';

/**
 * Internal dependencies
 */
import { expect, test } from '../../utils/fixtures';
import { NAMESPACE } from '../../utils/rest';
import { adminRest, remove, runId, type Customer } from '../account/helpers';
import {
	createCirculationManager,
	logInStaff,
	openScreen,
	screenshot,
} from './staff';

const REVENUE_HEADER =
	'period,period_start,period_end,currency,deferred_added,recognised,broken,reversed,closing_deferred';
const LIABILITY_HEADER =
	'number,age_bucket,currency,entitlements,deferred_balance';

async function csvOf( download: Download ): Promise< string[] > {
	const file = await download.path();
	return ( await readFile( file, 'utf8' ) ).trimEnd().split( '\r\n' );
}

test.describe( 'Reports screen', () => {
	const suffix = runId();
	// A cycle of its own, so this run's rows can be found in the CSV.
	const cycle = 3000 + Math.floor( Math.random() * 5000 );
	const created: number[] = [];
	let manager: Customer;
	let context: BrowserContext;
	let page: Page;

	test.beforeAll( async ( { browser, request } ) => {
		const rest = adminRest( request );
		for ( const [ amount, currency ] of [
			[ '12.50', 'USD' ],
			[ '40.00', 'EUR' ],
		] ) {
			const entitlement = await rest.post< { id: number } >(
				`${ NAMESPACE }/entitlements`,
				{
					customer_email: `reports-${ suffix }@example.test`,
					number: cycle,
					deferred_amount: amount,
					currency,
				}
			);
			created.push( entitlement.id );
		}
		manager = await createCirculationManager( rest, suffix );
		context = await logInStaff( browser, manager );
		page = await context.newPage();
	} );

	test.afterAll( async ( { request } ) => {
		await context?.close();
		const rest = adminRest( request );
		for ( const id of created ) {
			await remove( rest, {
				path: `${ NAMESPACE }/entitlements/${ id }`,
				params: { reason: 'e2e cleanup' },
			} );
		}
		if ( manager ) {
			await remove( rest, {
				path: `/wp/v2/users/${ manager.id }`,
				params: { force: 'true', reassign: 1 },
			} );
		}
	} );

	test( 'the revenue report shows this month’s deferral and downloads as CSV', async () => {
		const pageErrors: string[] = [];
		page.on( 'pageerror', ( error ) => pageErrors.push( error.message ) );
		await openScreen( page, 'reports', 'Reports' );
		const panel = page.getByRole( 'tabpanel', { name: 'Reports' } );
		const revenue = panel.getByRole( 'region', {
			name: 'Deferred and earned income',
		} );

		const table = revenue.getByRole( 'table', {
			name: /Deferred and earned income by period, USD/,
		} );
		await expect( table ).toBeVisible();
		await expect(
			revenue.getByRole( 'list', { name: 'Summary' } )
		).toContainText( 'Deferred' );
		await expect(
			revenue.locator( '.el-revenue-chart svg rect' ).first()
		).toBeAttached();
		await expect( table.locator( 'tfoot' ) ).toContainText( '$' );
		await screenshot( page, 'reports-revenue' );

		const [ download ] = await Promise.all( [
			page.waitForEvent( 'download' ),
			revenue
				.getByRole( 'button', { name: 'Download revenue CSV' } )
				.click(),
		] );
		expect( download.suggestedFilename() ).toMatch(
			/^entitlement-ledger-revenue-month-\d{4}-\d{2}-\d{2}\.csv$/
		);
		const lines = await csvOf( download );
		expect( lines[ 0 ] ).toBe( REVENUE_HEADER );
		const month = new Date().toISOString().slice( 0, 7 );
		const usd = lines.find(
			( line ) =>
				line.startsWith( `${ month },` ) && line.includes( ',USD,' )
		);
		const eur = lines.find(
			( line ) =>
				line.startsWith( `${ month },` ) && line.includes( ',EUR,' )
		);
		expect( usd, lines.join( '\n' ) ).toBeDefined();
		expect( eur, lines.join( '\n' ) ).toBeDefined();
		// deferred_added of this month includes this run's entitlement.
		expect( Number( usd?.split( ',' )[ 4 ] ) ).toBeGreaterThanOrEqual(
			12.5
		);
		expect( Number( eur?.split( ',' )[ 4 ] ) ).toBeGreaterThanOrEqual( 40 );

		// Other intervals, and the currency switcher.
		await panel.getByLabel( 'Interval' ).selectOption( 'cycle' );
		await expect(
			table.getByRole( 'rowheader', { name: `Cycle ${ cycle }` } )
		).toBeVisible();
		await panel.getByLabel( 'Interval' ).selectOption( 'week' );
		await expect(
			table
				.getByRole( 'rowheader', { name: /^Week \d+, \d{4}$/ } )
				.first()
		).toBeVisible();
		await panel.getByLabel( 'Currency' ).selectOption( 'EUR' );
		await expect(
			revenue
				.getByRole( 'table', {
					name: /Deferred and earned income by period, EUR/,
				} )
				.locator( 'tfoot' )
		).toContainText( '€' );
		await screenshot( page, 'reports-revenue-weeks-eur' );

		expect( pageErrors ).toEqual( [] );
	} );

	test( 'the liability report lists this run’s cycle and downloads as CSV', async () => {
		await openScreen( page, 'reports', 'Reports' );
		const panel = page.getByRole( 'tabpanel', { name: 'Reports' } );
		const liability = panel.getByRole( 'region', { name: /Liability/ } );
		const table = liability.getByRole( 'table', {
			name: /by cycle and age, USD/,
		} );
		const row = table.getByRole( 'row', {
			name: new RegExp( `^${ cycle }` ),
		} );
		await expect( row ).toBeVisible();
		await expect( row ).toContainText( '$12.50' );
		await expect( row ).toContainText( '1 entitlement' );
		await liability.scrollIntoViewIfNeeded();
		await screenshot( page, 'reports-liability' );

		const [ download ] = await Promise.all( [
			page.waitForEvent( 'download' ),
			liability
				.getByRole( 'button', { name: 'Download liability CSV' } )
				.click(),
		] );
		const lines = await csvOf( download );
		expect( lines[ 0 ] ).toBe( LIABILITY_HEADER );
		expect( lines ).toContain( `${ cycle },0-90,USD,1,12.50` );
		expect( lines ).toContain( `${ cycle },0-90,EUR,1,40.00` );
	} );

	test( 'a custom range with nothing in it shows the empty state', async () => {
		await openScreen( page, 'reports', 'Reports' );
		const panel = page.getByRole( 'tabpanel', { name: 'Reports' } );
		await panel.getByLabel( 'Date range' ).selectOption( 'custom' );
		await panel.getByLabel( 'From' ).fill( '2001-01-01' );
		await panel.getByLabel( 'To' ).fill( '2001-03-31' );
		await expect(
			panel.getByText( 'No deferred or earned income in this range.' )
		).toBeVisible();
		await screenshot( page, 'reports-empty' );
	} );

	test( 'a REST error of a report is shown with its message', async () => {
		await page.route(
			( url ) =>
				decodeURIComponent( url.toString() ).includes(
					'/entitlement-ledger/v1/reports/revenue'
				),
			( route ) =>
				route.fulfill( {
					status: 400,
					contentType: 'application/json',
					body: JSON.stringify( {
						code: 'el_invalid_range',
						message: 'after must be earlier than before.',
						data: { status: 400 },
					} ),
				} )
		);
		await openScreen( page, 'reports', 'Reports' );
		const panel = page.getByRole( 'tabpanel', { name: 'Reports' } );
		await expect( panel.getByRole( 'alert' ).first() ).toContainText(
			'after must be earlier than before.'
		);
		await page.unrouteAll();
	} );
} );
