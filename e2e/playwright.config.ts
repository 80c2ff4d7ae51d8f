/**
 * Playwright configuration of the end-to-end tests.
 *
 * Runs against a WordPress site (EL_E2E_BASE_URL, http://localhost:8889 by
 * default) with Debian's Chromium (CHROMIUM_PATH, /usr/bin/chromium): the
 * browsers Playwright downloads are not used. The `setup` project logs in
 * once as the admin and saves the cookies; every spec reuses them.
 */

/**
 * External dependencies
 */
import { defineConfig, devices } from '@playwright/test';
import path from 'path';

/**
 * Internal dependencies
 */
import {
	ADMIN_STORAGE_STATE,
	BASE_URL,
	CHROMIUM_PATH,
	REPO_ROOT,
	TEST_RESULTS_DIR,
} from './config';

const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export default defineConfig( {
	testDir: __dirname,
	outputDir: TEST_RESULTS_DIR,
	fullyParallel: false,
	forbidOnly: !! process.env.CI,
	retries: 0,
	workers: 1,
	timeout: 60_000,
	expect: { timeout: 15_000 },
	reporter: [
		[ 'list' ],
		[
			'html',
			{
				open: 'never',
				outputFolder: path.join( REPO_ROOT, 'playwright-report' ),
			},
		],
	],
	use: {
		baseURL: BASE_URL,
		locale: 'en-US',
		timezoneId: 'UTC',
		viewport: { width: 1440, height: 900 },
		screenshot: 'only-on-failure',
		trace: 'retain-on-failure',
		video: 'off',
		actionTimeout: 15_000,
		navigationTimeout: 30_000,
		launchOptions: {
			executablePath: CHROMIUM_PATH,
			args: CHROMIUM_ARGS,
		},
	},
	projects: [
		{
			name: 'setup',
			testMatch: /global\.setup\.ts$/,
			use: { ...devices[ 'Desktop Chrome' ], channel: undefined },
		},
		{
			name: 'chromium',
			testDir: path.join( __dirname, 'specs' ),
			testMatch: /.*\.spec\.ts$/,
			dependencies: [ 'setup' ],
			use: {
				...devices[ 'Desktop Chrome' ],
				channel: undefined,
				viewport: { width: 1440, height: 900 },
				storageState: ADMIN_STORAGE_STATE,
			},
		},
	],
} );
