/**
 * Settings of the end-to-end tests, from the environment.
 */

/**
 * External dependencies
 */
import path from 'path';

export const BASE_URL = (
	process.env.EL_E2E_BASE_URL || 'http://localhost:8889'
).replace( /\/+$/, '' );

export const ADMIN_USER = process.env.EL_E2E_ADMIN_USER || 'admin';
export const ADMIN_PASSWORD = process.env.EL_E2E_ADMIN_PASSWORD || 'password';

/** Where the setup project saves the logged-in admin's cookies. */
export const ADMIN_STORAGE_STATE = path.join(
	__dirname,
	'.auth',
	'admin.json'
);

/** Repository root, for artifacts under test-results/. */
export const REPO_ROOT = path.join( __dirname, '..' );

export const TEST_RESULTS_DIR = path.join( REPO_ROOT, 'test-results' );

export const SCREENSHOTS_DIR = path.join( TEST_RESULTS_DIR, 'screenshots' );

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
