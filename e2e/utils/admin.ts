/**
 * Page helpers of the Entitlement Ledger admin app.
 */

/**
 * External dependencies
 */
import type { Locator, Page } from '@playwright/test';

export const ADMIN_PAGE_PATH = '/wp-admin/admin.php?page=entitlement-ledger';

export interface AdminApp {
	heading: Locator;
	circulation: Locator;
	/** The list: the table, or the empty state. */
	list: Locator;
	errors: Locator;
}

/**
 * Opens the admin app (on a screen) and returns its landmarks.
 *
 * @param page   Playwright page.
 * @param screen Screen name (the `screen` query argument).
 * @return Locators of the app.
 */
export async function openAdminApp(
	page: Page,
	screen = 'circulation'
): Promise< AdminApp > {
	await page.goto( `${ ADMIN_PAGE_PATH }&screen=${ screen }` );
	const circulation = page.getByRole( 'tabpanel', { name: 'Circulation' } );
	return {
		heading: page.getByRole( 'heading', {
			name: 'Entitlements',
			level: 1,
		} ),
		circulation,
		list: circulation
			.getByRole( 'table' )
			.or( circulation.getByText( 'No entitlements found.' ) ),
		errors: circulation.getByRole( 'alert' ),
	};
}
