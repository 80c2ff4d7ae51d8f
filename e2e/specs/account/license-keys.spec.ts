/**
 * My Account → License keys: a customer sees the license bought for them, its
 * seats and active instances, and deactivates an instance; another customer
 * sees none of it. Staff find the license by the customer's email.
 *
 * Data is set up over REST as the admin (a brand, a licensed product, a
 * license provisioned for the customer, two instances activated through the
 * public activation route with the key).
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
	logIn,
	NAMESPACE,
	remove,
	runId,
	screenshot,
	type Customer,
} from './helpers';

interface ProvisionedLicense {
	id: number;
	key: string;
	key_prefix: string;
	customer_email: string;
}

test.describe( 'My Account → License keys', () => {
	test.describe.configure( { mode: 'serial' } );

	let adminRequest: APIRequestContext;
	let rest: RestClient;
	let carol: Customer;
	let dan: Customer;
	let carolContext: BrowserContext;
	let danContext: BrowserContext;
	let license: ProvisionedLicense;
	const suffix = runId();
	const brand = `brand-${ suffix }`;

	test.beforeAll( async ( { playwright, browser } ) => {
		adminRequest = await playwright.request.newContext( {
			baseURL: BASE_URL,
			storageState: ADMIN_STORAGE_STATE,
		} );
		rest = adminRest( adminRequest );
		carol = await createCustomer( rest, 'Carol', suffix );
		dan = await createCustomer( rest, 'Dan', suffix );
		await rest.post( `${ NAMESPACE }/brands`, {
			slug: brand,
			name: 'Rocket Tools',
			instance_patterns: [ 'localhost' ],
		} );
		await rest.post( `${ NAMESPACE }/brands/${ brand }/products`, {
			slug: 'rocket-pro',
			name: 'Rocket Pro',
			seats: 3,
			validity_days: 365,
		} );
		license = await rest.post< ProvisionedLicense >(
			`${ NAMESPACE }/licenses`,
			{
				brand,
				product: 'rocket-pro',
				customer_email: carol.email,
			}
		);
		for ( const instance of [
			'https://carol-shop.example',
			'https://carol-blog.example',
		] ) {
			await rest.post(
				`${ NAMESPACE }/licenses/${ license.key }/activate`,
				{ instance }
			);
		}
		carolContext = await logIn( browser, carol );
		danContext = await logIn( browser, dan );
	} );

	test.afterAll( async () => {
		await carolContext?.close();
		await danContext?.close();
		for ( const customer of [ carol, dan ] ) {
			if ( customer ) {
				await remove( rest, {
					path: `/wp/v2/users/${ customer.id }`,
					params: { force: 'true', reassign: 1 },
				} );
			}
		}
		await adminRequest?.dispose();
	} );

	test( 'a customer sees their key and deactivates an instance', async () => {
		const page = await carolContext.newPage();
		const pageErrors: string[] = [];
		page.on( 'pageerror', ( error ) => pageErrors.push( error.message ) );

		await page.goto( '/my-account/' );
		await page.getByRole( 'link', { name: 'License keys' } ).click();
		await expect( page ).toHaveURL( /\/my-account\/license-keys\/?$/ );

		const card = page.getByRole( 'article' ).filter( {
			has: page.getByRole( 'heading', { name: 'Rocket Pro' } ),
		} );
		await expect( card ).toBeVisible();
		await expect(
			card.getByText( `ELK-${ license.key_prefix }-…` )
		).toBeVisible();
		await expect( card.getByText( '2 of 3' ) ).toBeVisible();
		await expect(
			card.getByText( 'Valid', { exact: true } )
		).toBeVisible();
		await screenshot( page, 'license-keys-1' );

		await card
			.getByRole( 'button', {
				name: 'Deactivate https://carol-shop.example',
			} )
			.click();
		await expect( page.getByRole( 'status' ) ).toHaveText(
			'https://carol-shop.example was deactivated; its seat is free.'
		);
		await expect( card.getByText( '1 of 3' ) ).toBeVisible();
		await expect(
			card.getByRole( 'button', {
				name: 'Deactivate https://carol-shop.example',
			} )
		).toHaveCount( 0 );
		await screenshot( page, 'license-keys-2-deactivated' );

		const status = await rest.get< { seats_used: number } >(
			`${ NAMESPACE }/licenses/${ license.key }`
		);
		expect( status.seats_used ).toBe( 1 );
		expect( pageErrors ).toEqual( [] );
		await page.close();
	} );

	test( 'another customer sees none of it', async () => {
		const page = await danContext.newPage();
		await page.goto( '/my-account/license-keys/' );
		await expect(
			page.getByText( 'You have no license keys yet.' )
		).toBeVisible();
		await expect( page.getByText( 'Rocket Pro' ) ).toHaveCount( 0 );
		await page.close();
	} );

	test( 'staff find the license by the customer email', async () => {
		const found = await rest.get< ProvisionedLicense[] >(
			`${ NAMESPACE }/licenses`,
			{ email: carol.email }
		);
		expect( found.map( ( l ) => l.id ) ).toEqual( [ license.id ] );
		expect( found[ 0 ]?.customer_email ).toBe( carol.email );
	} );
} );
