/**
 * Helpers of the My Account specs: data set up over REST as the admin, and
 * customers logged in once each through wp-login.php in their own context.
 */

/**
 * External dependencies
 */
import {
	expect,
	type APIRequestContext,
	type Browser,
	type BrowserContext,
	type Page,
} from '@playwright/test';
import path from 'path';

/**
 * Internal dependencies
 */
import { BASE_URL, SCREENSHOTS_DIR } from '../../config';
import { NAMESPACE, RestClient, RestError } from '../../utils/rest';

export const PASSWORD = 'e2e-Password-1';

export interface Customer {
	id: number;
	username: string;
	email: string;
}

export interface Gift {
	id: number;
	name: string;
}

export interface Entitlement {
	id: number;
	number: number;
	status: string;
	redemption: { order_id: number | null; gift_id: number | null } | null;
}

/**
 * A unique suffix for this run's users (the site may keep earlier runs' data).
 *
 * @return Suffix.
 */
export function runId(): string {
	return `${ Date.now().toString( 36 ) }${ Math.floor( Math.random() * 1296 )
		.toString( 36 )
		.padStart( 2, '0' ) }`;
}

/**
 * Creates a customer account.
 *
 * @param rest   Admin REST client.
 * @param name   First name.
 * @param suffix Run id.
 * @return The customer.
 */
export async function createCustomer(
	rest: RestClient,
	name: string,
	suffix: string
): Promise< Customer > {
	const username = `${ name.toLowerCase() }-${ suffix }`;
	const email = `${ username }@example.test`;
	const user = await rest.post< { id: number } >( '/wp/v2/users', {
		username,
		email,
		password: PASSWORD,
		first_name: name,
		last_name: 'Reader',
		name: `${ name } Reader`,
		roles: [ 'customer' ],
	} );
	return { id: user.id, username, email };
}

/**
 * Creates a simple product to ship as a gift: through WooCommerce's REST API,
 * or as a plain `product` post where that API is missing (the stand-in).
 *
 * @param rest Admin REST client.
 * @param name Product name.
 * @return Product id.
 */
export async function createGiftProduct(
	rest: RestClient,
	name: string
): Promise< number > {
	const response = await rest.raw( {
		method: 'POST',
		path: '/wc/v3/products',
		data: { name, type: 'simple', regular_price: '0', status: 'publish' },
	} );
	if ( response.ok() ) {
		return ( ( await response.json() ) as { id: number } ).id;
	}
	expect( response.status(), 'only a missing WooCommerce REST API' ).toBe(
		404
	);
	const post = await rest.post< { id: number } >( '/wp/v2/product', {
		title: name,
		status: 'publish',
	} );
	return post.id;
}

/**
 * Deletes what a spec created; ignores what is already gone.
 *
 * @param rest           Admin REST client.
 * @param request        Request of the cleanup (path and params).
 * @param request.path   Route.
 * @param request.params Query arguments.
 */
export async function remove(
	rest: RestClient,
	request: { path: string; params?: Record< string, string | number > }
): Promise< void > {
	try {
		// POST with _method: the web server here answers DELETE on "/" itself.
		await rest.json( {
			method: 'POST',
			path: request.path,
			params: { ...( request.params ?? {} ), _method: 'DELETE' },
		} );
	} catch ( error ) {
		if ( ! ( error instanceof RestError ) ) {
			throw error;
		}
		console.warn( `cleanup: ${ error.message }` );
	}
}

/**
 * An admin REST client outside a test (beforeAll/afterAll).
 *
 * @param request A request context with the admin's saved session.
 * @return Client.
 */
export function adminRest( request: APIRequestContext ): RestClient {
	return new RestClient( request );
}

/**
 * Logs a customer in through wp-login.php in a fresh context.
 *
 * @param browser  Browser.
 * @param customer Customer.
 * @return The logged-in context.
 */
export async function logIn(
	browser: Browser,
	customer: Customer
): Promise< BrowserContext > {
	const context = await browser.newContext( {
		baseURL: BASE_URL,
		storageState: { cookies: [], origins: [] },
	} );
	const page = await context.newPage();
	await page.goto( '/wp-login.php' );
	await page
		.getByLabel( 'Username or Email Address' )
		.fill( customer.username );
	await page.getByLabel( 'Password', { exact: true } ).fill( PASSWORD );
	await page.getByRole( 'button', { name: 'Log In' } ).click();
	await expect( page ).not.toHaveURL( /wp-login\.php/ );
	await page.close();
	return context;
}

/**
 * Opens My Account, then Premium gifts from its navigation.
 *
 * @param page Page of a logged-in customer.
 */
export async function openPremiumGifts( page: Page ): Promise< void > {
	await page.goto( '/my-account/' );
	await page.getByRole( 'link', { name: 'Premium gifts' } ).click();
	await expect( page ).toHaveURL( /\/my-account\/premium-gifts\/?$/ );
}

/**
 * Saves a screenshot as test-results/screenshots/account-<name>.png: the whole
 * page from its top, or (for a modal dialog) what the viewport shows.
 *
 * @param page     Page.
 * @param name     Step name.
 * @param fullPage Whole page (true) or the viewport.
 */
export async function screenshot(
	page: Page,
	name: string,
	fullPage = true
): Promise< void > {
	if ( fullPage ) {
		// The admin bar is fixed: from a scrolled page it would land mid-image.
		await page.evaluate( () => window.scrollTo( 0, 0 ) );
	}
	await page.screenshot( {
		path: path.join( SCREENSHOTS_DIR, `account-${ name }.png` ),
		fullPage,
	} );
}

export { NAMESPACE };
