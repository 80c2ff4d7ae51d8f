/**
 * Logs in once as the admin through wp-login.php and saves the session for
 * every spec (projects that depend on `setup` reuse ADMIN_STORAGE_STATE).
 */

/**
 * External dependencies
 */
import { expect, test as setup } from '@playwright/test';
import { mkdirSync } from 'fs';
import path from 'path';

/**
 * Internal dependencies
 */
import { ADMIN_PASSWORD, ADMIN_STORAGE_STATE, ADMIN_USER } from './config';

setup( 'log in as the admin', async ( { page } ) => {
	await page.goto( '/wp-login.php' );
	await page.getByLabel( 'Username or Email Address' ).fill( ADMIN_USER );
	await page.getByLabel( 'Password', { exact: true } ).fill( ADMIN_PASSWORD );
	await page.getByRole( 'button', { name: 'Log In' } ).click();

	await expect( page ).toHaveURL( /\/wp-admin\/?/ );
	await expect(
		page.getByRole( 'heading', { name: 'Dashboard', level: 1 } )
	).toBeVisible();

	mkdirSync( path.dirname( ADMIN_STORAGE_STATE ), { recursive: true } );
	await page.context().storageState( { path: ADMIN_STORAGE_STATE } );
} );
