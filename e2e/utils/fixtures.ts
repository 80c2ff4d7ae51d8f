/**
 * The `test` of our specs: Playwright's, plus a `rest` client that talks to
 * the REST API as the logged-in admin.
 */

/**
 * External dependencies
 */
import { test as base } from '@playwright/test';

/**
 * Internal dependencies
 */
import { RestClient } from './rest';

export const test = base.extend< { rest: RestClient } >( {
	rest: async ( { request }, provide ) => {
		await provide( new RestClient( request ) );
	},
} );

export { expect } from '@playwright/test';
