/**
 * Settings screen: an administrator changes settings (and sees a bad value
 * refused), a Circulation Manager is not offered the screen.
 */

/**
 * Internal dependencies
 */
import { expect, test } from '../../utils/fixtures';
import { NAMESPACE } from '../../utils/rest';
import { adminRest, remove, runId } from '../account/helpers';
import {
	createCirculationManager,
	logInStaff,
	openScreen,
	screenshot,
} from './staff';

interface Settings {
	store_currency?: string;
	expiry_months: number;
	account_menu_label: string;
	default_deferred_mode: string;
	default_deferred_value: string;
	breakage_policy: string;
	delete_data_on_uninstall: boolean;
}

test.describe( 'Settings screen', () => {
	let original: Settings;

	test.beforeAll( async ( { request } ) => {
		original = await adminRest( request ).get< Settings >(
			`${ NAMESPACE }/settings`
		);
	} );

	test.afterAll( async ( { request } ) => {
		// Everything but the read-only store currency, as it was.
		const restore: Partial< Settings > & { store_currency?: string } = {
			...original,
		};
		delete restore.store_currency;
		await adminRest( request ).post( `${ NAMESPACE }/settings`, restore );
	} );

	test( 'an administrator saves settings', async ( { page, rest } ) => {
		await openScreen( page, 'settings', 'Settings' );
		const panel = page.getByRole( 'tabpanel', { name: 'Settings' } );
		const months = panel.getByLabel( 'Entitlements expire after (months)' );
		await expect( months ).toHaveValue( String( original.expiry_months ) );
		await screenshot( page, 'settings' );

		// A percent over 100 is refused before anything is sent.
		await panel.getByLabel( 'Rule' ).selectOption( 'percent' );
		await panel.getByLabel( 'Percent' ).fill( '150' );
		await panel.getByRole( 'button', { name: 'Save settings' } ).click();
		await expect(
			panel.getByText( /Enter a percent from 0 to 100/ )
		).toBeVisible();
		await expect( panel.getByLabel( 'Percent' ) ).toBeFocused();
		await screenshot( page, 'settings-invalid' );
		await panel.getByLabel( 'Percent' ).fill( '25' );

		const next = original.expiry_months === 18 ? 19 : 18;
		await months.fill( String( next ) );
		await panel.getByLabel( 'Menu label' ).fill( 'My premium gifts' );
		await panel.getByLabel( 'Keep its value deferred' ).check();
		await panel.getByRole( 'button', { name: 'Save settings' } ).click();
		await expect( panel.getByRole( 'status' ).first() ).toContainText(
			'Settings saved.'
		);
		await screenshot( page, 'settings-saved' );

		const saved = await rest.get< Settings >( `${ NAMESPACE }/settings` );
		expect( saved ).toMatchObject( {
			expiry_months: next,
			account_menu_label: 'My premium gifts',
			default_deferred_mode: 'percent',
			default_deferred_value: '25',
			breakage_policy: 'none',
		} );

		// The account page uses the new label.
		await page.goto( '/my-account/' );
		await expect(
			page.getByRole( 'link', { name: 'My premium gifts' } )
		).toBeVisible();
	} );

	test( 'a Circulation Manager is not offered the Settings screen', async ( {
		browser,
		request,
	} ) => {
		const rest = adminRest( request );
		const manager = await createCirculationManager( rest, runId() );
		const context = await logInStaff( browser, manager );
		try {
			const page = await context.newPage();
			// A link to Settings opens the first screen the manager may use.
			await openScreen( page, 'settings', 'Circulation' );
			await expect(
				page
					.getByRole( 'tablist' )
					.getByRole( 'tab', { name: 'Settings' } )
			).toHaveCount( 0 );
			await expect(
				page.getByRole( 'button', { name: 'Save settings' } )
			).toHaveCount( 0 );
		} finally {
			await context.close();
			await remove( rest, {
				path: `/wp/v2/users/${ manager.id }`,
				params: { force: 'true', reassign: 1 },
			} );
		}
	} );
} );
