/**
 * Helpers of the admin screen specs: a Circulation Manager of this run,
 * logged in once in its own browser context.
 */

/**
 * External dependencies
 */
import {
	expect,
	type Browser,
	type BrowserContext,
	type Page,
} from '@playwright/test';
import path from 'path';

/**
 * Internal dependencies
 */
import { SCREENSHOTS_DIR } from '../../config';
import { ADMIN_PAGE_PATH } from '../../utils/admin';
import type { RestClient } from '../../utils/rest';
import { logIn, PASSWORD, type Customer } from '../account/helpers';

/**
 * Creates a user with the Circulation Manager role.
 *
 * @param rest   Admin REST client.
 * @param suffix Run id.
 * @return The user (same shape as a customer, for logIn()).
 */
export async function createCirculationManager(
	rest: RestClient,
	suffix: string
): Promise< Customer > {
	const username = `circulation-${ suffix }`;
	const email = `${ username }@example.test`;
	const user = await rest.post< { id: number } >( '/wp/v2/users', {
		username,
		email,
		password: PASSWORD,
		name: 'Circe Manager',
		roles: [ 'el_circulation_manager' ],
	} );
	return { id: user.id, username, email };
}

/**
 * Logs a staff member in through wp-login.php in a fresh context.
 *
 * @param browser Browser.
 * @param user    The user.
 * @return The logged-in context.
 */
export function logInStaff(
	browser: Browser,
	user: Customer
): Promise< BrowserContext > {
	return logIn( browser, user );
}

/**
 * Opens a screen of the admin app and waits for its tab panel.
 *
 * @param page   Page.
 * @param screen Screen name and tab title.
 * @param title  Tab title.
 */
export async function openScreen(
	page: Page,
	screen: string,
	title: string
): Promise< void > {
	await page.goto( `${ ADMIN_PAGE_PATH }&screen=${ screen }` );
	await expect( page.getByRole( 'tabpanel', { name: title } ) ).toBeVisible();
}

/**
 * Saves test-results/screenshots/admin-<name>.png.
 *
 * @param page     Page.
 * @param name     Screen and state.
 * @param fullPage Whole page (true) or the viewport (a modal).
 */
export async function screenshot(
	page: Page,
	name: string,
	fullPage = true
): Promise< void > {
	if ( fullPage ) {
		await page.evaluate( () => window.scrollTo( 0, 0 ) );
	}
	await page.screenshot( {
		path: path.join( SCREENSHOTS_DIR, `admin-${ name }.png` ),
		fullPage,
	} );
}
