/**
 * Smoke test of wp-admin and of the Entitlement Ledger admin app.
 */

/**
 * External dependencies
 */
import path from 'path';

/**
 * Internal dependencies
 */
import { SCREENSHOTS_DIR } from '../../config';
import { openAdminApp } from '../../utils/admin';
import { expect, test } from '../../utils/fixtures';
import { NAMESPACE } from '../../utils/rest';

test.describe( 'wp-admin smoke', () => {
	test( 'the dashboard loads for the saved admin session', async ( {
		page,
	} ) => {
		await page.goto( '/wp-admin/' );
		await expect(
			page.getByRole( 'heading', { name: 'Dashboard', level: 1 } )
		).toBeVisible();
	} );

	test( 'the Circulation screen lists entitlements', async ( {
		page,
		rest,
	} ) => {
		// What the REST API holds decides between the table and the empty
		// state (this also checks the REST helpers and their nonce).
		const response = await rest.raw( {
			path: `${ NAMESPACE }/entitlements`,
			params: { per_page: 1 },
		} );
		expect( response.status() ).toBe( 200 );
		const total = Number( response.headers()[ 'x-wp-total' ] );
		expect( Number.isInteger( total ) ).toBe( true );

		const pageErrors: string[] = [];
		page.on( 'pageerror', ( error ) => pageErrors.push( error.message ) );

		const app = await openAdminApp( page );

		await expect( app.heading ).toBeVisible();
		for ( const tab of [ 'Circulation', 'Gifts', 'Reports', 'Settings' ] ) {
			await expect(
				page.getByRole( 'tab', { name: tab } )
			).toBeVisible();
		}

		// Wait until the list has settled one way or the other.
		await expect( app.list.or( app.errors ).first() ).toBeVisible();
		await expect( app.errors ).toHaveCount( 0 );
		if ( total > 0 ) {
			await expect( app.circulation.getByRole( 'table' ) ).toBeVisible();
			await expect(
				app.circulation.getByRole( 'row' ).nth( 1 )
			).toBeVisible();
		} else {
			await expect(
				app.circulation.getByText( 'No entitlements found.' )
			).toBeVisible();
		}

		expect( pageErrors ).toEqual( [] );

		await page.screenshot( {
			path: path.join( SCREENSHOTS_DIR, 'admin-circulation.png' ),
			fullPage: true,
		} );
	} );

	test( 'a REST error is shown in a notice', async ( { page } ) => {
		await page.route(
			( url ) =>
				decodeURIComponent( url.toString() ).includes(
					'/entitlement-ledger/v1/entitlements'
				),
			( route ) =>
				route.fulfill( {
					status: 403,
					contentType: 'application/json',
					body: JSON.stringify( {
						code: 'el_forbidden',
						message: 'You may not list entitlements.',
						data: { status: 403 },
					} ),
				} )
		);

		const app = await openAdminApp( page );
		// The first page comes preloaded with the screen (no request to fail):
		// a search asks the REST API.
		await page
			.getByRole( 'searchbox', {
				name: 'Search by email, name, order or subscription',
			} )
			.fill( 'nobody' );

		await expect( app.errors ).toContainText(
			'You may not list entitlements.'
		);
		await expect( app.circulation.getByRole( 'table' ) ).toHaveCount( 0 );
	} );
} );
