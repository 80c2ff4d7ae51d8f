/**
 * From purchase to gift: a customer buys the premium product through the
 * classic checkout with Cash on delivery, the paid order creates their
 * entitlement, and they redeem it on My Account → Premium gifts.
 *
 * The premium product comes from WooCommerce's REST API (`wc/v3`, with the
 * `_el_*` settings in `meta_data`) where there is one; the WooCommerce
 * stand-in has no such API and no way to set product meta over REST, so there
 * the spec uses an existing premium product named EL_E2E_PREMIUM_PRODUCT
 * ("Premium annual subscription", the dev site's demo product, by default)
 * and is skipped when the site has none.
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
const PREMIUM_PRODUCT_NAME =
	process.env.EL_E2E_PREMIUM_PRODUCT || 'Premium annual subscription';

interface PremiumProduct {
	id: number;
	/** Whether this spec created it (and deletes it afterwards). */
	created: boolean;
}

/**
 * A premium product: created through WooCommerce's REST API, or found by name.
 *
 * @param rest Admin REST client.
 * @return The product, or null when this site offers neither.
 */
async function premiumProduct(
	rest: RestClient
): Promise< PremiumProduct | null > {
	const response = await rest.raw( {
		method: 'POST',
		path: '/wc/v3/products',
		data: {
			name: `Premium subscription ${ runId() }`,
			type: 'simple',
			regular_price: '60.00',
			status: 'publish',
			meta_data: [
				{ key: '_el_premium', value: 'yes' },
				{ key: '_el_deferred_mode', value: 'percent' },
				{ key: '_el_deferred_value', value: '25' },
				{ key: '_el_cycles', value: '1' },
			],
		},
	} );
	if ( response.ok() ) {
		return {
			id: ( ( await response.json() ) as { id: number } ).id,
			created: true,
		};
	}
	const found = await rest.get<
		Array< { id: number; title: { rendered: string } } >
	>( '/wp/v2/product', {
		search: PREMIUM_PRODUCT_NAME,
		status: 'publish',
		per_page: 20,
	} );
	const match = found.find(
		( product ) => product.title.rendered === PREMIUM_PRODUCT_NAME
	);
	return match ? { id: match.id, created: false } : null;
}

test.describe( 'Premium purchase → gift', () => {
	test.describe.configure( { mode: 'serial' } );

	let adminRequest: APIRequestContext;
	let rest: RestClient;
	let product: PremiumProduct | null = null;
	let giftProduct = 0;
	let gift: Gift | undefined;
	let carol: Customer | undefined;
	let context: BrowserContext | undefined;

	test.beforeAll( async ( { playwright } ) => {
		adminRequest = await playwright.request.newContext( {
			baseURL: BASE_URL,
			storageState: ADMIN_STORAGE_STATE,
		} );
		rest = adminRest( adminRequest );
		product = await premiumProduct( rest );
	} );

	test.afterAll( async () => {
		await context?.close();
		if ( carol ) {
			const entitlements = await rest.get< Entitlement[] >(
				`${ NAMESPACE }/entitlements`,
				{ customer: carol.id, per_page: 100 }
			);
			for ( const entitlement of entitlements ) {
				await remove( rest, {
					path: `${ NAMESPACE }/entitlements/${ entitlement.id }`,
					params: { reason: 'e2e cleanup' },
				} );
			}
			await remove( rest, {
				path: `/wp/v2/users/${ carol.id }`,
				params: { force: 'true', reassign: 1 },
			} );
		}
		if ( gift ) {
			await remove( rest, { path: `${ NAMESPACE }/gifts/${ gift.id }` } );
		}
		if ( giftProduct ) {
			await remove( rest, {
				path: `/wp/v2/product/${ giftProduct }`,
				params: { force: 'true' },
			} );
		}
		if ( product?.created ) {
			await remove( rest, {
				path: `/wc/v3/products/${ product.id }`,
				params: { force: 'true' },
			} );
		}
		await adminRequest?.dispose();
	} );

	test( 'buy with Cash on delivery, then choose the gift', async ( {
		browser,
	} ) => {
		test.skip(
			! product,
			`No premium product: this site has no WooCommerce REST API to create one and no product named "${ PREMIUM_PRODUCT_NAME }".`
		);
		const premium = product as PremiumProduct;

		giftProduct = await createGiftProduct( rest, 'Enamel pin (gift)' );
		gift = await rest.post< Gift >( `${ NAMESPACE }/gifts`, {
			number: CYCLE,
			name: 'Enamel pin',
			description: 'A small pin with the logo, for your bag or jacket.',
			product_id: giftProduct,
		} );
		carol = await createCustomer( rest, 'Carol', runId() );
		context = await logIn( browser, carol );
		const page = await context.newPage();

		// Cart → checkout with Cash on delivery.
		await page.goto( `/?add-to-cart=${ premium.id }&quantity=1` );
		await page.goto( '/checkout/' );
		await page.getByLabel( 'Billing first name' ).fill( 'Carol' );
		await page.getByLabel( 'Billing last name' ).fill( 'Reader' );
		await page
			.getByLabel( 'Billing country / region' )
			.selectOption( 'US' );
		await page
			.getByLabel( 'Billing street address' )
			.fill( '1 Library Lane' );
		await page.getByLabel( 'Billing town / city' ).fill( 'Springfield' );
		await page.getByLabel( 'Billing postcode / ZIP' ).fill( '12345' );
		await page.getByLabel( 'Billing phone' ).fill( '555-0100' );
		await page.getByLabel( 'Billing email address' ).fill( carol.email );
		await page.getByRole( 'radio', { name: 'Cash on delivery' } ).check();
		await screenshot( page, 'checkout-1-cash-on-delivery' );
		await page.getByRole( 'button', { name: 'Place order' } ).click();

		await expect(
			page.getByText( 'Thank you. Your order has been received.' )
		).toBeVisible();
		await screenshot( page, 'checkout-2-order-received' );

		// The processing order created the entitlement.
		const [ entitlement, ...more ] = await rest.get< Entitlement[] >(
			`${ NAMESPACE }/entitlements`,
			{ customer: carol.id }
		);
		expect( more ).toEqual( [] );
		expect( entitlement?.status ).toBe( 'active' );
		expect( entitlement?.number ).toBe( CYCLE );
		const id = entitlement?.id ?? 0;

		await openPremiumGifts( page );
		const card = page.getByRole( 'article', {
			name: `Premium gift #${ id }`,
		} );
		await expect( card.getByText( 'Unredeemed' ) ).toBeVisible();
		await card
			.getByRole( 'radio', { name: 'Enamel pin', exact: true } )
			.check();
		await card.getByRole( 'button', { name: /^Redeem/ } ).click();
		await page
			.getByRole( 'alertdialog', { name: 'Redeem this gift?' } )
			.getByRole( 'button', { name: 'Confirm' } )
			.click();

		await expect(
			card.getByText( 'Redeemed', { exact: true } )
		).toBeVisible();
		const redeemed = await rest.get< Entitlement >(
			`${ NAMESPACE }/entitlements/${ id }`
		);
		expect( redeemed.redemption?.gift_id ).toBe( gift.id );
		await expect( card ).toContainText(
			`Order #${ redeemed.redemption?.order_id }`
		);
		await screenshot( page, 'checkout-3-gift-redeemed' );
	} );
} );
