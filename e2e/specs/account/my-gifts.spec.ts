/**
 * My Account → Premium gifts: a customer picks a gift, confirms and sees the
 * fulfilment order; another customer can neither see nor redeem it; the form
 * also works without JavaScript.
 *
 * Data is set up over REST as the admin (a fresh pair of customers, gifts of
 * this year's cycle with a product each, one entitlement per customer); each
 * customer logs in once through wp-login.php in a context of their own.
 */

/**
 * External dependencies
 */
import type { APIRequestContext, BrowserContext } from '@playwright/test';

/**
 * Internal dependencies
 */
import { ADMIN_STORAGE_STATE, BASE_URL } from '../../config';
import { expect, test } from '../../utils/fixtures';
import type { RestClient } from '../../utils/rest';
import {
	adminRest,
	createCustomer,
	createGiftProduct,
	logIn,
	NAMESPACE,
	openPremiumGifts,
	remove,
	runId,
	screenshot,
	type Customer,
	type Entitlement,
	type Gift,
} from './helpers';

const CYCLE = new Date().getFullYear();

test.describe( 'My Account → Premium gifts', () => {
	test.describe.configure( { mode: 'serial' } );

	let adminRequest: APIRequestContext;
	let rest: RestClient;
	let alice: Customer;
	let bob: Customer;
	let aliceContext: BrowserContext;
	let bobContext: BrowserContext;
	let products: number[] = [];
	let gifts: Gift[] = [];
	let alicesEntitlement: Entitlement;
	let bobsEntitlement: Entitlement;
	let pageId = 0;

	test.beforeAll( async ( { playwright, browser } ) => {
		adminRequest = await playwright.request.newContext( {
			baseURL: BASE_URL,
			storageState: ADMIN_STORAGE_STATE,
		} );
		rest = adminRest( adminRequest );
		const suffix = runId();
		alice = await createCustomer( rest, 'Alice', suffix );
		bob = await createCustomer( rest, 'Bob', suffix );

		const catalogue = [
			{
				name: 'Canvas tote bag',
				description: 'A sturdy tote with the masthead.',
			},
			{
				name: 'Enamel pin',
				description:
					'A small pin with the logo, for your bag or jacket.',
			},
		];
		for ( const item of catalogue ) {
			const productId = await createGiftProduct(
				rest,
				`${ item.name } (gift)`
			);
			products.push( productId );
			gifts.push(
				await rest.post< Gift >( `${ NAMESPACE }/gifts`, {
					number: CYCLE,
					name: item.name,
					description: item.description,
					product_id: productId,
				} )
			);
		}
		const entitle = ( customer: Customer ) =>
			rest.post< Entitlement >( `${ NAMESPACE }/entitlements`, {
				customer_id: customer.id,
				number: CYCLE,
				deferred_amount: '25.00',
				currency: 'USD',
			} );
		alicesEntitlement = await entitle( alice );
		bobsEntitlement = await entitle( bob );

		aliceContext = await logIn( browser, alice );
		bobContext = await logIn( browser, bob );
	} );

	test.afterAll( async () => {
		await aliceContext?.close();
		await bobContext?.close();
		for ( const entitlement of [ alicesEntitlement, bobsEntitlement ] ) {
			if ( entitlement ) {
				await remove( rest, {
					path: `${ NAMESPACE }/entitlements/${ entitlement.id }`,
					params: { reason: 'e2e cleanup' },
				} );
			}
		}
		for ( const gift of gifts ) {
			await remove( rest, { path: `${ NAMESPACE }/gifts/${ gift.id }` } );
		}
		for ( const customer of [ alice, bob ] ) {
			if ( customer ) {
				await remove( rest, {
					path: `/wp/v2/users/${ customer.id }`,
					params: { force: 'true', reassign: 1 },
				} );
			}
		}
		for ( const product of products ) {
			await remove( rest, {
				path: `/wp/v2/product/${ product }`,
				params: { force: 'true' },
			} );
		}
		if ( pageId ) {
			await remove( rest, {
				path: `/wp/v2/pages/${ pageId }`,
				params: { force: 'true' },
			} );
		}
		products = [];
		gifts = [];
		await adminRequest?.dispose();
	} );

	test( 'a customer picks a gift, confirms, and sees the fulfilment order', async () => {
		const page = await aliceContext.newPage();
		const pageErrors: string[] = [];
		page.on( 'pageerror', ( error ) => pageErrors.push( error.message ) );

		await openPremiumGifts( page );
		await expect(
			page.getByRole( 'heading', { name: `Cycle ${ CYCLE }` } )
		).toBeVisible();
		const card = page.getByRole( 'article', {
			name: `Premium gift #${ alicesEntitlement.id }`,
		} );
		await expect( card ).toBeVisible();
		await expect( card.getByText( 'Unredeemed' ) ).toBeVisible();
		await expect(
			page.getByRole( 'article', {
				name: `Premium gift #${ bobsEntitlement.id }`,
			} )
		).toHaveCount( 0 );
		await screenshot( page, '1-premium-gifts' );

		await card
			.getByRole( 'radio', { name: 'Canvas tote bag', exact: true } )
			.check();
		await screenshot( page, '2-gift-chosen' );
		await card.getByRole( 'button', { name: /^Redeem/ } ).click();

		const dialog = page.getByRole( 'alertdialog', {
			name: 'Redeem this gift?',
		} );
		await expect( dialog ).toBeVisible();
		await expect( dialog ).toContainText(
			`You are choosing Canvas tote bag for cycle ${ CYCLE }.`
		);
		await expect(
			dialog.getByRole( 'button', { name: 'Cancel' } )
		).toBeFocused();
		await screenshot( page, '3-confirm', false );

		// Cancel first: nothing happens, focus goes back to Redeem.
		await dialog.getByRole( 'button', { name: 'Cancel' } ).click();
		await expect( dialog ).toBeHidden();
		await expect(
			card.getByRole( 'button', { name: /^Redeem/ } )
		).toBeFocused();

		await card.getByRole( 'button', { name: /^Redeem/ } ).click();
		await dialog.getByRole( 'button', { name: 'Confirm' } ).click();
		await expect( dialog ).toBeHidden();

		await expect(
			card.getByText( 'Redeemed', { exact: true } )
		).toBeVisible();
		const redeemed = await rest.get< Entitlement >(
			`${ NAMESPACE }/entitlements/${ alicesEntitlement.id }`
		);
		expect( redeemed.status ).toBe( 'redeemed' );
		expect( redeemed.redemption?.gift_id ).toBe( gifts[ 0 ]?.id );
		const orderId = redeemed.redemption?.order_id;
		expect( orderId ).toBeTruthy();
		const mine = await page.request.get(
			`/?rest_route=${ NAMESPACE }/me/entitlements`,
			{
				headers: {
					'X-WP-Nonce':
						( await page
							.locator( '[data-el-nonce]' )
							.getAttribute( 'data-el-nonce' ) ) ?? '',
				},
			}
		);
		const [ listed ] = ( await mine.json() ) as Array< {
			fulfilment_order: { number: string; status_label: string };
		} >;
		const orderNumber = listed?.fulfilment_order.number ?? '';
		expect( orderNumber ).not.toBe( '' );

		await expect( card ).toContainText( 'Canvas tote bag' );
		await expect( card ).toContainText( `Order #${ orderNumber }` );
		await expect( card ).toContainText(
			listed?.fulfilment_order.status_label ?? ''
		);
		await expect( card.getByRole( 'radio' ) ).toHaveCount( 0 );
		await expect(
			page.getByRole( 'status' ).filter( { hasText: 'You chose' } )
		).toHaveText(
			`You chose Canvas tote bag. It ships with order #${ orderNumber } (${ listed?.fulfilment_order.status_label }).`
		);
		await screenshot( page, '4-redeemed' );

		// The server renders the same state.
		await page.reload();
		await expect(
			card.getByText( 'Redeemed', { exact: true } )
		).toBeVisible();
		await expect( card ).toContainText( `Order #${ orderNumber }` );
		await expect(
			card.getByRole( 'link', { name: `Order #${ orderNumber }` } )
		).toHaveAttribute(
			'href',
			new RegExp( `/view-order/${ orderId }/?$` )
		);
		await screenshot( page, '5-redeemed-after-reload' );
		expect( pageErrors ).toEqual( [] );
		await page.close();
	} );

	test( 'another customer can neither see nor redeem it', async () => {
		const page = await bobContext.newPage();
		await openPremiumGifts( page );

		await expect(
			page.getByRole( 'article', {
				name: `Premium gift #${ bobsEntitlement.id }`,
			} )
		).toBeVisible();
		await expect(
			page.getByRole( 'article', {
				name: `Premium gift #${ alicesEntitlement.id }`,
			} )
		).toHaveCount( 0 );
		await expect(
			page.getByRole( 'radio', { name: 'Canvas tote bag', exact: true } )
		).toBeVisible(); // His own choice…
		await expect( page.getByText( /Order #/ ) ).toHaveCount( 0 ); // …but not her order.
		await screenshot( page, '6-other-customer' );

		const nonce =
			( await page
				.locator( '[data-el-nonce]' )
				.getAttribute( 'data-el-nonce' ) ) ?? '';
		expect( nonce ).toMatch( /^[0-9a-f]{10}$/ );
		const attempt = await page.request.post(
			`/?rest_route=${ NAMESPACE }/me/entitlements/${ alicesEntitlement.id }/redeem`,
			{
				headers: {
					'X-WP-Nonce': nonce,
					'Idempotency-Key': `e2e-${ runId() }`,
				},
				data: { gift_id: gifts[ 1 ]?.id },
			}
		);
		expect( attempt.status() ).toBe( 404 );
		expect( ( ( await attempt.json() ) as { code: string } ).code ).toBe(
			'el_entitlement_not_found'
		);
		await page.close();
	} );

	test( 'without JavaScript the form redeems and says so', async ( {
		browser,
	} ) => {
		const context = await browser.newContext( {
			baseURL: BASE_URL,
			javaScriptEnabled: false,
			storageState: await bobContext.storageState(),
		} );
		const page = await context.newPage();
		await openPremiumGifts( page );
		const card = page.getByRole( 'article', {
			name: `Premium gift #${ bobsEntitlement.id }`,
		} );
		await card
			.getByRole( 'radio', { name: 'Enamel pin', exact: true } )
			.check();
		await card.getByRole( 'button', { name: /^Redeem/ } ).click();

		await expect( page ).toHaveURL( /el-notice=1/ );
		await expect(
			page.getByRole( 'status' ).filter( { hasText: 'Thank you!' } )
		).toContainText(
			/Thank you! You chose Enamel pin\. It ships with order #\d+\./
		);
		await expect(
			card.getByText( 'Redeemed', { exact: true } )
		).toBeVisible();
		await screenshot( page, '7-no-javascript' );
		await context.close();
	} );

	test( 'the block works on any page a site owner puts it on', async ( {
		browser,
	} ) => {
		const created = await rest.post< { id: number; link: string } >(
			'/wp/v2/pages',
			{
				title: 'Your gifts',
				status: 'publish',
				content: '<!-- wp:entitlement-ledger/my-gifts /-->',
			}
		);
		pageId = created.id;

		const page = await bobContext.newPage();
		await page.goto( created.link );
		const card = page.getByRole( 'article', {
			name: `Premium gift #${ bobsEntitlement.id }`,
		} );
		await expect(
			card.getByText( 'Redeemed', { exact: true } )
		).toBeVisible();
		await expect( card ).toContainText( 'Enamel pin' );
		await expect(
			page.getByRole( 'article', {
				name: `Premium gift #${ alicesEntitlement.id }`,
			} )
		).toHaveCount( 0 );
		await screenshot( page, '8-block-on-a-page' );
		await page.close();

		const visitor = await browser.newContext( {
			baseURL: BASE_URL,
			storageState: { cookies: [], origins: [] },
		} );
		const anonymous = await visitor.newPage();
		await anonymous.goto( created.link );
		await expect(
			anonymous.getByRole( 'link', {
				name: 'Log in to see your premium gifts.',
			} )
		).toBeVisible();
		await expect( anonymous.getByRole( 'article' ) ).toHaveCount( 0 );
		await screenshot( anonymous, '9-block-logged-out' );
		await visitor.close();
	} );
} );
