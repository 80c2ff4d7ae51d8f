/**
 * Licenses and Brands screens, as a shop manager (who has el_manage_licenses):
 * find a license by email, open it, deactivate an instance, suspend and
 * resume; create a brand and an API key (the secret shown once), revoke it.
 * A Circulation Manager is not offered the screens.
 */

/**
 * External dependencies
 */
import type { BrowserContext, Page } from '@playwright/test';

/**
 * Internal dependencies
 */
import { expect, test } from '../../utils/fixtures';
import { NAMESPACE } from '../../utils/rest';
import {
	adminRest,
	PASSWORD,
	remove,
	runId,
	type Customer,
} from '../account/helpers';
import {
	createCirculationManager,
	logInStaff,
	openScreen,
	screenshot,
} from './staff';

interface ProvisionedLicense {
	id: number;
	key: string;
	key_prefix: string;
}

function snackbar( page: Page, text: string | RegExp ) {
	return page.getByTestId( 'snackbar' ).filter( { hasText: text } );
}

test.describe( 'Licenses and Brands screens', () => {
	test.describe.configure( { mode: 'serial' } );

	const suffix = runId();
	const brand = `e2e-${ suffix }`;
	const email = `lic-${ suffix }@example.test`;
	const newBrand = `Nebula ${ suffix }`;
	let license: ProvisionedLicense;
	let staff: Customer;
	let manager: Customer;
	let context: BrowserContext;
	let page: Page;
	const pageErrors: string[] = [];

	test.beforeAll( async ( { browser, request } ) => {
		const rest = adminRest( request );
		await rest.post( `${ NAMESPACE }/brands`, {
			slug: brand,
			name: `Rocket ${ suffix }`,
			instance_patterns: [ 'localhost', '*.test' ],
		} );
		await rest.post( `${ NAMESPACE }/brands/${ brand }/products`, {
			slug: 'rocket-pro',
			name: 'Rocket Pro',
			seats: 3,
			validity_days: 365,
		} );
		license = await rest.post< ProvisionedLicense >(
			`${ NAMESPACE }/licenses`,
			{ brand, product: 'rocket-pro', customer_email: email }
		);
		for ( const instance of [
			'https://shop.example',
			'https://blog.example',
			'localhost',
		] ) {
			await rest.post(
				`${ NAMESPACE }/licenses/${ license.key }/activate`,
				{ instance }
			);
		}
		const username = `licstaff-${ suffix }`;
		const user = await rest.post< { id: number } >( '/wp/v2/users', {
			username,
			email: `${ username }@example.test`,
			password: PASSWORD,
			name: 'Lena Licenses',
			roles: [ 'shop_manager' ],
		} );
		staff = { id: user.id, username, email: `${ username }@example.test` };
		manager = await createCirculationManager( rest, `lic${ suffix }` );
		context = await logInStaff( browser, staff );
		page = await context.newPage();
		page.on( 'pageerror', ( error ) => pageErrors.push( error.message ) );
	} );

	test.afterAll( async ( { request } ) => {
		await context?.close();
		const rest = adminRest( request );
		for ( const user of [ staff, manager ] ) {
			if ( user ) {
				await remove( rest, {
					path: `/wp/v2/users/${ user.id }`,
					params: { force: 'true', reassign: 1 },
				} );
			}
		}
	} );

	test( 'staff find a license by email, deactivate an instance, suspend and resume it', async ( {
		rest,
	} ) => {
		await openScreen( page, 'licenses', 'Licenses' );
		const panel = page.getByRole( 'tabpanel', { name: 'Licenses' } );
		await expect( panel.getByRole( 'table' ) ).toBeVisible();
		await screenshot( page, 'licenses-list' );

		await panel
			.getByRole( 'searchbox', { name: 'Search by email or key' } )
			.fill( email );
		const row = panel.getByRole( 'row' ).filter( { hasText: email } );
		await expect( row ).toHaveCount( 1 );
		await expect( row ).toContainText( `ELK-${ license.key_prefix }` );
		await expect( row ).toContainText( '2 of 3' );
		await expect(
			panel.getByText( '1 license', { exact: true } )
		).toBeVisible();
		await screenshot( page, 'licenses-search' );

		// The key prefix finds it too.
		await panel
			.getByRole( 'searchbox', { name: 'Search by email or key' } )
			.fill( `ELK-${ license.key_prefix.slice( 0, 6 ) }` );
		await expect(
			panel.getByRole( 'row' ).filter( { hasText: email } )
		).toHaveCount( 1 );
		await panel
			.getByRole( 'button', { name: `ELK-${ license.key_prefix }-…` } )
			.click();

		await expect( page ).toHaveURL(
			new RegExp( `license=${ license.id }` )
		);
		await expect(
			panel.getByRole( 'heading', { name: /ELK-.*Valid/ } )
		).toBeVisible();
		const activations = panel.getByRole( 'table' );
		await expect( activations.getByRole( 'row' ) ).toHaveCount( 4 );
		await expect(
			activations.getByRole( 'row', { name: /localhost/ } )
		).toContainText( 'Free (brand pattern)' );
		await screenshot( page, 'license-detail' );

		await activations
			.getByRole( 'button', { name: 'Deactivate https://shop.example' } )
			.click();
		const confirm = page.getByRole( 'dialog', {
			name: 'Deactivate instance',
		} );
		await expect( confirm ).toContainText( 'https://shop.example' );
		await screenshot( page, 'license-deactivate-modal', false );
		await confirm.getByRole( 'button', { name: 'Deactivate' } ).click();
		await expect(
			snackbar( page, '“https://shop.example” deactivated.' )
		).toBeVisible();
		await expect(
			activations.getByRole( 'row', { name: /shop\.example/ } )
		).toContainText( 'Deactivated' );
		await expect( panel.getByText( '1 of 3' ) ).toBeVisible();

		await panel.getByRole( 'button', { name: 'Suspend' } ).click();
		const suspend = page.getByRole( 'dialog', { name: 'Suspend license' } );
		await expect(
			suspend.getByRole( 'textbox', { name: 'Reason' } )
		).toBeFocused();
		await suspend
			.getByRole( 'textbox', { name: 'Reason' } )
			.fill( 'Chargeback under review' );
		await screenshot( page, 'license-suspend-modal', false );
		await suspend.getByRole( 'button', { name: 'Suspend' } ).click();
		await expect(
			panel.getByRole( 'heading', { name: /Suspended/ } )
		).toBeVisible();
		await expect(
			snackbar( page, /License ELK-.* suspended\./ )
		).toBeVisible();
		await screenshot( page, 'license-suspended' );

		await panel.getByRole( 'button', { name: 'Resume' } ).click();
		await page
			.getByRole( 'dialog', { name: 'Resume license' } )
			.getByRole( 'button', { name: 'Resume' } )
			.click();
		await expect(
			panel.getByRole( 'heading', { name: /Valid/ } )
		).toBeVisible();

		const stored = await rest.get< { status: string; seats_used: number } >(
			`${ NAMESPACE }/licenses/${ license.id }`
		);
		expect( stored ).toMatchObject( { status: 'valid', seats_used: 1 } );

		// A filter that matches nothing shows the empty state.
		await openScreen( page, 'licenses', 'Licenses' );
		await panel
			.getByRole( 'searchbox', { name: 'Search by email or key' } )
			.fill( `nobody-${ suffix }@example.test` );
		await expect( panel.getByText( 'No licenses match.' ) ).toBeVisible();
		await screenshot( page, 'licenses-empty' );
	} );

	test( 'staff create a brand and an API key shown once, then revoke it', async ( {
		rest,
	} ) => {
		await openScreen( page, 'brands', 'Brands' );
		const panel = page.getByRole( 'tabpanel', { name: 'Brands' } );
		await expect( panel.getByRole( 'table' ) ).toBeVisible();
		await screenshot( page, 'brands-list' );

		await panel.getByRole( 'button', { name: 'Add brand' } ).click();
		const editor = page.getByRole( 'dialog', { name: 'Add brand' } );
		await editor.getByRole( 'textbox', { name: 'Name' } ).fill( newBrand );
		await expect(
			editor.getByRole( 'textbox', { name: 'Slug' } )
		).toHaveValue( `nebula-${ suffix }` );
		await editor
			.getByRole( 'textbox', { name: 'Free instance patterns' } )
			.fill( 'localhost\nstaging.*' );
		await screenshot( page, 'brand-editor', false );
		await editor.getByRole( 'button', { name: 'Create brand' } ).click();
		await expect( page ).toHaveURL(
			new RegExp( `brand=nebula-${ suffix }` )
		);
		await expect(
			panel.getByRole( 'heading', { name: new RegExp( newBrand ) } )
		).toBeVisible();
		await expect(
			panel.getByText( 'No licensed products yet', { exact: false } )
		).toBeVisible();

		await panel
			.getByRole( 'button', { name: 'Add licensed product' } )
			.click();
		const product = page.getByRole( 'dialog', {
			name: 'Add licensed product',
		} );
		await product
			.getByRole( 'textbox', { name: 'Name' } )
			.fill( 'Nebula Pro' );
		await product.getByRole( 'spinbutton', { name: 'Seats' } ).fill( '5' );
		await screenshot( page, 'brand-product-editor', false );
		await product.getByRole( 'button', { name: 'Add product' } ).click();
		await expect(
			panel.getByRole( 'row', { name: /Nebula Pro/ } )
		).toContainText( '365 days' );

		await panel.getByRole( 'button', { name: 'Create API key' } ).click();
		const create = page.getByRole( 'dialog', { name: 'Create API key' } );
		await create
			.getByRole( 'textbox', { name: 'What it is for' } )
			.fill( 'Checkout server' );
		await create.getByRole( 'button', { name: 'Create key' } ).click();

		const secret = page.getByRole( 'dialog', {
			name: 'Copy the API key now',
		} );
		await expect( secret ).toContainText(
			'only time the full key is shown'
		);
		const key = await secret
			.getByRole( 'textbox', { name: 'API key' } )
			.inputValue();
		expect( key ).toMatch( /^elb_\S{20,}$/ );
		await expect(
			secret.getByRole( 'button', { name: 'Copy key' } )
		).toBeVisible();
		await screenshot( page, 'brand-key-secret', false );
		await secret
			.getByRole( 'button', { name: 'I have stored the key' } )
			.click();

		const keyRow = panel
			.getByRole( 'row' )
			.filter( { hasText: 'Checkout server' } );
		const prefix = ( await keyRow.locator( 'code' ).innerText() ).replace(
			'…',
			''
		);
		expect( key.startsWith( prefix ) ).toBe( true );

		// After a reload only the prefix is left.
		await page.reload();
		await expect( keyRow ).toContainText( 'Active' );
		await expect( page.getByText( key ) ).toHaveCount( 0 );
		expect( await page.content() ).not.toContain( key );
		await screenshot( page, 'brand-detail' );

		await keyRow
			.getByRole( 'button', { name: `Revoke ${ prefix }` } )
			.click();
		const revoke = page.getByRole( 'dialog', { name: 'Revoke API key' } );
		await screenshot( page, 'brand-key-revoke-modal', false );
		await revoke.getByRole( 'button', { name: 'Revoke' } ).click();
		await expect( keyRow ).toContainText( 'Revoked' );
		await expect(
			snackbar( page, `API key ${ prefix } revoked.` )
		).toBeVisible();

		// The revoked key no longer opens the brand's licenses.
		const refused = await page.request.get(
			`/?rest_route=${ encodeURIComponent( `${ NAMESPACE }/licenses` ) }`,
			{ headers: { Authorization: `Bearer ${ key }` } }
		);
		expect( refused.status() ).toBe( 401 );

		const keys = await rest.get< Array< { active: boolean } > >(
			`${ NAMESPACE }/brands/nebula-${ suffix }/keys`
		);
		expect( keys.map( ( k ) => k.active ) ).toEqual( [ false ] );
		expect( pageErrors ).toEqual( [] );
	} );

	test( 'a Circulation Manager is not offered the license screens', async ( {
		browser,
	} ) => {
		const managerContext = await logInStaff( browser, manager );
		const managerPage = await managerContext.newPage();
		await openScreen( managerPage, 'circulation', 'Circulation' );
		const tabs = managerPage.getByRole( 'tablist' );
		await expect(
			tabs.getByRole( 'tab', { name: 'Circulation' } )
		).toBeVisible();
		await expect(
			tabs.getByRole( 'tab', { name: 'Licenses' } )
		).toHaveCount( 0 );
		await expect( tabs.getByRole( 'tab', { name: 'Brands' } ) ).toHaveCount(
			0
		);
		await expect(
			tabs.getByRole( 'tab', { name: 'Settings' } )
		).toHaveCount( 0 );

		// A link to the screen falls back to Circulation.
		await managerPage.goto(
			`/wp-admin/admin.php?page=entitlement-ledger&screen=licenses`
		);
		await expect(
			managerPage.getByRole( 'tabpanel', { name: 'Circulation' } )
		).toBeVisible();
		await expect( managerPage.getByText( 'ELK-' ) ).toHaveCount( 0 );
		await screenshot( managerPage, 'licenses-circulation-manager' );
		await managerContext.close();
	} );
} );
