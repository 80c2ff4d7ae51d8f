/**
 * The Circulation screen as a Circulation Manager: list, filters, search,
 * per-subscription and per-customer views, the detail page, every action and
 * a bulk action; and that a customer cannot open it. Data is set up over REST
 * as the admin; screenshots go to test-results/screenshots/admin-circulation-*.
 */

/**
 * External dependencies
 */
import type {
	APIRequestContext,
	BrowserContext,
	Locator,
	Page,
} from '@playwright/test';
import path from 'path';

/**
 * Internal dependencies
 */
import { ADMIN_STORAGE_STATE, BASE_URL, SCREENSHOTS_DIR } from '../../config';
import { ADMIN_PAGE_PATH } from '../../utils/admin';
import { expect, test } from '../../utils/fixtures';
import type { RestClient } from '../../utils/rest';
import {
	adminRest,
	createCustomer,
	createGiftProduct,
	logIn,
	NAMESPACE,
	PASSWORD,
	remove,
	runId,
	type Customer,
} from '../account/helpers';

interface Entitlement {
	id: number;
	number: number;
	status: string;
	deleted_at: string | null;
	redemption: { order_id: number | null; method: string } | null;
}

async function shot( page: Page, name: string ): Promise< void > {
	await page.evaluate( () => window.scrollTo( 0, 0 ) );
	await page.screenshot( {
		path: path.join( SCREENSHOTS_DIR, `admin-circulation-${ name }.png` ),
		fullPage: true,
	} );
}

async function modalShot( page: Page, name: string ): Promise< void > {
	await page.screenshot( {
		path: path.join( SCREENSHOTS_DIR, `admin-circulation-${ name }.png` ),
	} );
}

test.describe( 'Circulation screen', () => {
	test.describe.configure( { mode: 'serial' } );

	let adminRequest: APIRequestContext;
	let rest: RestClient;
	let manager: Customer;
	let reader: Customer;
	let managerContext: BrowserContext;
	let page: Page;
	let productId = 0;
	let giftId = 0;
	const entitlements: Entitlement[] = [];
	// A cycle of its own, so earlier runs' data never matches.
	const cycle = 3000 + Math.floor( Math.random() * 5000 );
	const subscription = 900000 + Math.floor( Math.random() * 90000 );
	const suffix = runId();

	test.beforeAll( async ( { playwright, browser } ) => {
		adminRequest = await playwright.request.newContext( {
			baseURL: BASE_URL,
			storageState: ADMIN_STORAGE_STATE,
		} );
		rest = adminRest( adminRequest );
		reader = await createCustomer( rest, 'Reader', suffix );
		const username = `circulation-${ suffix }`;
		const user = await rest.post< { id: number } >( '/wp/v2/users', {
			username,
			email: `${ username }@example.test`,
			password: PASSWORD,
			name: 'Casey Circulation',
			roles: [ 'el_circulation_manager' ],
		} );
		manager = {
			id: user.id,
			username,
			email: `${ username }@example.test`,
		};
		productId = await createGiftProduct( rest, `Almanac ${ suffix }` );
		giftId = (
			await rest.post< { id: number } >( `${ NAMESPACE }/gifts`, {
				number: cycle,
				name: `Almanac ${ cycle }`,
				product_id: productId,
			} )
		).id;
		for ( const [ amount, currency ] of [
			[ '25.00', 'USD' ],
			[ '30.00', 'USD' ],
			[ '1500', 'JPY' ],
			[ '12.50', 'EUR' ],
			[ '40.00', 'USD' ],
		] ) {
			entitlements.push(
				await rest.post< Entitlement >( `${ NAMESPACE }/entitlements`, {
					customer_id: reader.id,
					subscription_id: subscription,
					number: cycle,
					deferred_amount: amount,
					currency,
				} )
			);
		}
		managerContext = await logIn( browser, manager );
		page = await managerContext.newPage();
	} );

	test.afterAll( async () => {
		await managerContext?.close();
		for ( const entitlement of entitlements ) {
			await remove( rest, {
				path: `${ NAMESPACE }/entitlements/${ entitlement.id }`,
				params: { reason: 'e2e cleanup' },
			} );
		}
		if ( giftId ) {
			await remove( rest, { path: `${ NAMESPACE }/gifts/${ giftId }` } );
		}
		for ( const user of [ manager, reader ] ) {
			if ( user ) {
				await remove( rest, {
					path: `/wp/v2/users/${ user.id }`,
					params: { force: 'true', reassign: 1 },
				} );
			}
		}
		await adminRequest?.dispose();
	} );

	const rows = ( scope: Page | Locator ) =>
		scope.getByRole( 'table' ).getByRole( 'row' );
	const snack = ( text: string ) =>
		page.getByTestId( 'snackbar' ).filter( { hasText: text } ).first();
	const rowOf = ( id: number ) =>
		page
			.getByRole( 'row' )
			.filter( { hasText: `#${ id }` } )
			.first();

	test( 'lists, searches and filters entitlements, with the total', async () => {
		await page.setViewportSize( { width: 1400, height: 900 } );
		await page.goto( `${ ADMIN_PAGE_PATH }&screen=circulation` );
		await expect(
			page.getByRole( 'heading', { name: 'Entitlements', level: 1 } )
		).toBeVisible();
		await expect( rows( page ).nth( 1 ) ).toBeVisible();
		await expect( page.getByText( /^\d[\d,]* Items?$/ ) ).toBeVisible();

		// No column runs past the card at 1400 px.
		const overflow = await page.evaluate( () => {
			const card = document.querySelector( '.el-circulation' );
			const table = card?.querySelector( 'table' );
			return card && table
				? table.getBoundingClientRect().right -
						card.getBoundingClientRect().right
				: null;
		} );
		expect( overflow ).not.toBeNull();
		expect( overflow as number ).toBeLessThanOrEqual( 1 );
		await shot( page, '1-list' );

		await page
			.getByRole( 'searchbox', {
				name: 'Search by email, name, order or subscription',
			} )
			.fill( reader.email );
		await expect( rows( page ) ).toHaveCount( entitlements.length + 1 );
		await expect(
			page.getByText( '5 Items', { exact: true } )
		).toBeVisible();
		// Money in its own currency.
		await expect( page.getByText( '¥1,500' ).first() ).toBeVisible();
		await expect( page.getByText( '€12.50' ).first() ).toBeVisible();
		await shot( page, '2-search' );

		// The status filter (primary, always shown).
		await page
			.locator( '.dataviews-filters__summary-chip', {
				hasText: 'Status',
			} )
			.click();
		await page.getByRole( 'option', { name: 'Unredeemed' } ).click();
		await page.keyboard.press( 'Escape' );
		await expect(
			page.getByText( '5 Items', { exact: true } )
		).toBeVisible();
		await shot( page, '3-filtered' );
	} );

	test( 'opens the per-subscription and per-customer views', async () => {
		await page.goto(
			`${ ADMIN_PAGE_PATH }&screen=circulation&subscription=${ subscription }`
		);
		await expect(
			page.getByRole( 'heading', {
				name: `Subscription #${ subscription }`,
			} )
		).toBeVisible();
		await expect( rows( page ) ).toHaveCount( entitlements.length + 1 );
		await shot( page, '4-subscription' );

		await rows( page )
			.nth( 1 )
			.getByRole( 'button', {
				name: `All entitlements of ${ reader.email }`,
			} )
			.click();
		await expect(
			page.getByRole( 'heading', { name: `Customer ${ reader.email }` } )
		).toBeVisible();
		await expect( page ).toHaveURL(
			new RegExp( `customer=${ reader.id }` )
		);
		await expect( rows( page ) ).toHaveCount( entitlements.length + 1 );
	} );

	test( 'opens a detail and redeems with a gift of the cycle, then undoes it from the notice', async () => {
		const [ first ] = entitlements as [ Entitlement ];
		await page.goto(
			`${ ADMIN_PAGE_PATH }&screen=circulation&subscription=${ subscription }`
		);
		await rowOf( first.id )
			.getByRole( 'button', { name: `#${ first.id }` } )
			.click();
		await expect(
			page.getByRole( 'heading', {
				name: new RegExp( `Entitlement #${ first.id }` ),
			} )
		).toBeVisible();
		await expect(
			page.getByRole( 'heading', { name: 'Ledger' } )
		).toBeVisible();
		await expect(
			page.getByRole( 'cell', { name: 'Deferred revenue' } )
		).toBeVisible();
		await expect(
			page
				.getByRole( 'listitem' )
				.filter( { hasText: /Created\s+by user #\d+/ } )
		).toBeVisible();
		await shot( page, '5-detail' );

		await page
			.getByRole( 'button', { name: 'Redeem', exact: true } )
			.click();
		const dialog = page.getByRole( 'dialog', {
			name: `Redeem entitlement #${ first.id }`,
		} );
		await expect( dialog ).toBeVisible();
		await dialog
			.getByRole( 'combobox', { name: `Gift of cycle ${ cycle }` } )
			.selectOption( { label: `Almanac ${ cycle }` } );
		await modalShot( page, '6-redeem-modal' );
		await dialog.getByRole( 'button', { name: 'Redeem' } ).click();
		await expect( dialog ).toBeHidden();
		const snackbar = snack( `Entitlement #${ first.id } redeemed.` );
		await expect( snackbar ).toBeVisible();
		await expect(
			page.locator( '.el-detail__title .el-status' )
		).toHaveText( 'Redeemed' );
		await expect(
			page.getByRole( 'cell', { name: 'Earned revenue' } ).first()
		).toBeVisible();
		await shot( page, '7-redeemed' );

		const redeemed = await rest.get< Entitlement >(
			`${ NAMESPACE }/entitlements/${ first.id }`
		);
		expect( redeemed.status ).toBe( 'redeemed' );
		expect( redeemed.redemption?.order_id ).toBeGreaterThan( 0 );
		first.redemption = redeemed.redemption;

		await page
			.getByTestId( 'snackbar' )
			.getByRole( 'button', { name: 'Undo', exact: true } )
			.click();
		await expect(
			snack( `Redemption of #${ first.id } undone.` )
		).toBeVisible();
		await expect(
			page.locator( '.el-detail__title .el-status' )
		).toHaveText( 'Unredeemed' );
		expect(
			(
				await rest.get< Entitlement >(
					`${ NAMESPACE }/entitlements/${ first.id }`
				)
			).status
		).toBe( 'active' );
	} );

	test( 'custom redemption validates the order id, then undo redemption', async () => {
		const order = entitlements[ 0 ]?.redemption?.order_id ?? 0;
		const second = entitlements[ 1 ] as Entitlement;
		await page.goto(
			`${ ADMIN_PAGE_PATH }&screen=circulation&entitlement=${ second.id }`
		);
		await page
			.getByRole( 'button', { name: 'Redeem', exact: true } )
			.click();
		const dialog = page.getByRole( 'dialog' );
		await dialog.getByRole( 'radio', { name: /Custom/ } ).check();
		const orderField = dialog.getByRole( 'textbox', { name: 'Order ID' } );
		await expect( orderField )
			.toBeFocused( { timeout: 1 } )
			.catch( () => undefined );
		await orderField.fill( 'abc' );
		await expect(
			dialog.getByText( 'An order ID is a whole number' )
		).toBeVisible();
		await expect(
			dialog.getByRole( 'button', { name: 'Redeem' } )
		).toBeDisabled();
		// An order that does not exist: the server's message is shown.
		await orderField.fill( '987654321' );
		await dialog.getByRole( 'button', { name: 'Redeem' } ).click();
		await expect( dialog.getByRole( 'alert' ) ).toBeVisible();
		await modalShot( page, '8-custom-redeem-error' );
		await orderField.fill( String( order ) );
		await dialog
			.getByRole( 'textbox', { name: 'Note' } )
			.fill( 'Handed over at the fair' );
		await dialog.getByRole( 'button', { name: 'Redeem' } ).click();
		await expect( dialog ).toBeHidden();
		await expect(
			page.getByText( 'Handed over at the fair' )
		).toBeVisible();

		await page.getByRole( 'button', { name: 'Undo redemption' } ).click();
		const undo = page.getByRole( 'dialog', {
			name: `Undo redemption of #${ second.id }`,
		} );
		await undo
			.getByRole( 'textbox', { name: 'Reason' } )
			.fill( 'Wrong reader' );
		await undo.getByRole( 'button', { name: 'Undo redemption' } ).click();
		await expect( undo ).toBeHidden();
		await expect(
			page.locator( '.el-detail__title .el-status' )
		).toHaveText( 'Unredeemed' );
	} );

	test( 'changes the number, cancels and deletes from the detail', async () => {
		const [ , , third, fourth ] = entitlements as Entitlement[];
		await page.goto(
			`${ ADMIN_PAGE_PATH }&screen=circulation&entitlement=${ third?.id }`
		);
		await page.getByRole( 'button', { name: 'Change number' } ).click();
		const renumber = page.getByRole( 'dialog', {
			name: 'Change entitlement number',
		} );
		await renumber
			.getByRole( 'spinbutton', { name: 'New entitlement number' } )
			.fill( String( cycle + 1 ) );
		await renumber.getByRole( 'button', { name: 'Change number' } ).click();
		await expect(
			snack(
				`Entitlement #${ third?.id } moved to number ${ cycle + 1 }.`
			)
		).toBeVisible();
		await expect(
			page.locator( '.el-detail__summary' ).first()
		).toContainText( String( cycle + 1 ) );

		await page
			.getByRole( 'button', { name: 'Cancel', exact: true } )
			.click();
		const cancel = page.getByRole( 'dialog', {
			name: `Cancel entitlement #${ third?.id }`,
		} );
		await expect(
			cancel.getByRole( 'button', { name: 'Cancel entitlement' } )
		).toBeDisabled();
		await cancel
			.getByRole( 'textbox', { name: 'Reason' } )
			.fill( 'Refunded by phone' );
		await modalShot( page, '9-cancel-modal' );
		await cancel
			.getByRole( 'button', { name: 'Cancel entitlement' } )
			.click();
		await expect( cancel ).toBeHidden();
		await expect(
			page.locator( '.el-detail__title .el-status' ).first()
		).toHaveText( 'Cancelled' );

		await page.goto(
			`${ ADMIN_PAGE_PATH }&screen=circulation&entitlement=${ fourth?.id }`
		);
		await page.getByRole( 'button', { name: 'Delete' } ).click();
		const del = page.getByRole( 'dialog', {
			name: `Delete entitlement #${ fourth?.id }`,
		} );
		await del
			.getByRole( 'textbox', { name: 'Reason' } )
			.fill( 'Duplicate' );
		await del.getByRole( 'button', { name: 'Delete' } ).click();
		await expect(
			snack( `Entitlement #${ fourth?.id } deleted.` )
		).toBeVisible();
		await expect(
			page.getByText( 'Deleted', { exact: true } )
		).toBeVisible();
		await shot( page, '10-after-actions' );

		const deleted = await rest.get< Entitlement >(
			`${ NAMESPACE }/entitlements/${ fourth?.id }`
		);
		expect( deleted.deleted_at ).not.toBeNull();
	} );

	test( 'bulk: changes the number of a selection with progress, then exports it', async () => {
		await page.goto(
			`${ ADMIN_PAGE_PATH }&screen=circulation&subscription=${ subscription }`
		);
		const ids = [
			entitlements[ 0 ]?.id,
			entitlements[ 1 ]?.id,
			entitlements[ 4 ]?.id,
		] as number[];
		for ( const id of ids ) {
			await rowOf( id ).getByRole( 'checkbox' ).check();
		}
		await page
			.getByRole( 'button', { name: 'Change number' } )
			.first()
			.click();
		const dialog = page.getByRole( 'dialog', {
			name: 'Change entitlement number',
		} );
		await expect(
			dialog.getByText( '3 entitlements selected.' )
		).toBeVisible();
		await dialog
			.getByRole( 'spinbutton', { name: 'New entitlement number' } )
			.fill( String( cycle + 2 ) );
		await dialog.getByRole( 'button', { name: 'Change number' } ).click();
		await expect(
			snack( `3 entitlements moved to number ${ cycle + 2 }.` )
		).toBeVisible();
		await shot( page, '11-bulk-done' );
		for ( const id of ids ) {
			expect(
				(
					await rest.get< Entitlement >(
						`${ NAMESPACE }/entitlements/${ id }`
					)
				).number
			).toBe( cycle + 2 );
		}

		for ( const id of ids.slice( 0, 2 ) ) {
			await rowOf( id ).getByRole( 'checkbox' ).check();
		}
		const download = page.waitForEvent( 'download' );
		await page
			.getByRole( 'button', { name: 'Export CSV' } )
			.first()
			.click();
		const file = await ( await download ).path();
		const csv = require( 'fs' ).readFileSync( file, 'utf8' ) as string;
		expect( csv.split( '\r\n' )[ 0 ] ).toContain( 'id,customer_email' );
		expect( csv ).toContain( `${ ids[ 0 ] },${ reader.email }` );
	} );

	test( 'shows loading, empty and error states', async () => {
		const search = page.getByRole( 'searchbox', {
			name: 'Search by email, name, order or subscription',
		} );
		await page.goto(
			`${ ADMIN_PAGE_PATH }&screen=circulation&subscription=${ subscription }`
		);
		await expect( rows( page ).nth( 1 ) ).toBeVisible();

		// Loading: the answer is held back until the screenshot is taken.
		let release: () => void = () => {};
		const held = new Promise< void >(
			( resolve ) => ( release = resolve )
		);
		await page.route(
			( url ) =>
				decodeURIComponent( url.toString() ).includes( 'zzz-loading' ),
			async ( route ) => {
				await held;
				await route.continue();
			}
		);
		await search.fill( 'zzz-loading' );
		// DataViews keeps the last rows, dimmed and inert, while it loads.
		await expect( page.getByRole( 'table' ) ).toHaveAttribute(
			'aria-busy',
			'true'
		);
		await shot( page, '13-loading' );
		release();
		await expect(
			page.getByText( 'No entitlements found.' )
		).toBeVisible();
		await shot( page, '14-empty' );

		await page.route(
			( url ) =>
				decodeURIComponent( url.toString() ).includes( 'zzz-error' ),
			( route ) =>
				route.fulfill( {
					status: 500,
					contentType: 'application/json',
					body: JSON.stringify( {
						code: 'el_internal',
						message: 'The database is not reachable right now.',
						data: { status: 500 },
					} ),
				} )
		);
		await search.fill( 'zzz-error' );
		await expect( page.getByRole( 'alert' ).first() ).toContainText(
			'The database is not reachable right now.'
		);
		await expect(
			page.getByRole( 'button', { name: 'Retry' } )
		).toBeVisible();
		await shot( page, '15-error' );
		await page.unrouteAll();
	} );

	test( 'a customer cannot open the screens', async ( { browser } ) => {
		const context = await logIn( browser, reader );
		const customerPage = await context.newPage();
		const response = await customerPage.goto(
			`${ ADMIN_PAGE_PATH }&screen=circulation`
		);
		expect( response?.status() ).toBe( 403 );
		await expect(
			customerPage.locator( '#entitlement-ledger-admin' )
		).toHaveCount( 0 );
		const api = await customerPage.request.get(
			`/?rest_route=${ encodeURIComponent( `${ NAMESPACE }/entitlements` ) }`
		);
		expect( api.status() ).toBe( 401 );
		await customerPage.screenshot( {
			path: path.join(
				SCREENSHOTS_DIR,
				'admin-circulation-12-customer-denied.png'
			),
		} );
		await context.close();
	} );
} );
