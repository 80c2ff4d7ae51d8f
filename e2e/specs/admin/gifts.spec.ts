/**
 * Gifts screen, as a Circulation Manager: the catalogue, creating a gift
 * with the product search, deactivating it, and a REST error.
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
	createGiftProduct,
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

interface Gift {
	id: number;
	name: string;
	number: number;
	product_id: number | null;
	stock: number | null;
	active: boolean;
}

test.describe( 'Gifts screen', () => {
	const suffix = runId();
	const productName = `E2E mug ${ suffix }`;
	const giftName = `E2E gift ${ suffix }`;
	// A cycle of its own, so the list can be filtered down to this run.
	const cycle = 3000 + Math.floor( Math.random() * 5000 );
	let productId = 0;
	let manager: Customer;
	let context: BrowserContext;
	let page: Page;

	test.beforeAll( async ( { browser, request } ) => {
		const rest = adminRest( request );
		productId = await createGiftProduct( rest, productName );
		manager = await createCirculationManager( rest, suffix );
		context = await logInStaff( browser, manager );
		page = await context.newPage();
	} );

	test.afterAll( async ( { request } ) => {
		await context?.close();
		const rest = adminRest( request );
		const gifts = await rest.get< Gift[] >( `${ NAMESPACE }/gifts`, {
			number: cycle,
		} );
		for ( const gift of gifts ) {
			await remove( rest, { path: `${ NAMESPACE }/gifts/${ gift.id }` } );
		}
		await remove( rest, {
			path: `/wp/v2/product/${ productId }`,
			params: { force: 'true' },
		} );
		if ( manager ) {
			await remove( rest, {
				path: `/wp/v2/users/${ manager.id }`,
				params: { force: 'true', reassign: 1 },
			} );
		}
	} );

	test( 'a Circulation Manager creates a gift with the product search, then deactivates it', async ( {
		rest,
	} ) => {
		const pageErrors: string[] = [];
		page.on( 'pageerror', ( error ) => pageErrors.push( error.message ) );

		await openScreen( page, 'gifts', 'Gifts' );
		const panel = page.getByRole( 'tabpanel', { name: 'Gifts' } );
		await expect(
			panel
				.getByRole( 'table' )
				.or( panel.getByText( 'No gifts found.' ) )
		).toBeVisible();
		await screenshot( page, 'gifts-list' );

		await panel.getByRole( 'button', { name: 'Add gift' } ).first().click();
		const dialog = page.getByRole( 'dialog', { name: 'Add a gift' } );
		await expect( dialog ).toBeVisible();
		await expect( dialog.getByLabel( 'Name' ) ).toBeFocused();

		// Saving an empty form shows what is missing and sends nothing.
		await dialog.getByRole( 'button', { name: 'Add gift' } ).click();
		await expect(
			dialog.getByText( 'Give the gift a name.' )
		).toBeVisible();
		await expect( dialog.getByLabel( 'Name' ) ).toBeFocused();

		await dialog.getByLabel( 'Name' ).fill( giftName );
		await dialog
			.getByLabel( 'Cycle (entitlement number)' )
			.fill( String( cycle ) );
		const product = dialog.getByRole( 'combobox', {
			name: 'WooCommerce product',
		} );
		await product.fill( `mug ${ suffix }` );
		await dialog
			.getByRole( 'option', { name: new RegExp( productName ) } )
			.click();
		await dialog.getByLabel( 'Stock cap' ).fill( '5' );
		await dialog
			.getByLabel( 'Description' )
			.fill( 'A mug for the e2e run.' );
		await screenshot( page, 'gifts-editor', false );
		await dialog.getByRole( 'button', { name: 'Add gift' } ).click();

		await expect( dialog ).toBeHidden();
		await expect(
			panel.getByText( `“${ giftName }” was added to cycle ${ cycle }.` )
		).toBeVisible();

		const [ saved ] = await rest.get< Gift[] >( `${ NAMESPACE }/gifts`, {
			number: cycle,
		} );
		expect( saved ).toMatchObject( {
			name: giftName,
			number: cycle,
			product_id: productId,
			stock: 5,
			active: true,
		} );

		// Filter the list to the new cycle.
		await panel
			.getByRole( 'searchbox', { name: 'Search gifts' } )
			.fill( giftName );
		const row = panel.getByRole( 'row', { name: new RegExp( giftName ) } );
		await expect( row ).toBeVisible();
		await expect( row ).toContainText( productName );
		await expect( row ).toContainText( '0 of 5 (5 left)' );
		await expect( row ).toContainText( 'Active' );
		await screenshot( page, 'gifts-created' );

		await row.getByRole( 'button', { name: 'Actions' } ).click();
		await page.getByRole( 'menuitem', { name: 'Deactivate' } ).click();
		await expect(
			panel.getByText( `“${ giftName }” was deactivated` )
		).toBeVisible();
		await expect( row ).toContainText( 'Inactive' );
		const [ deactivated ] = await rest.get< Gift[] >(
			`${ NAMESPACE }/gifts`,
			{
				number: cycle,
			}
		);
		expect( deactivated?.active ).toBe( false );

		// Editing keeps the product and shows the redemptions so far.
		await row.getByRole( 'button', { name: 'Edit' } ).click();
		const editor = page.getByRole( 'dialog', {
			name: `Edit “${ giftName }”`,
		} );
		await expect( editor.getByText( 'Redeemed so far' ) ).toBeVisible();
		await expect(
			editor.getByRole( 'combobox', { name: 'WooCommerce product' } )
		).toHaveValue( new RegExp( productName ) );
		await editor.getByRole( 'button', { name: 'Cancel' } ).click();
		await expect( editor ).toBeHidden();

		expect( pageErrors ).toEqual( [] );
	} );

	test( 'a REST error of the list is shown with its message', async () => {
		await page.route(
			( url ) =>
				decodeURIComponent( url.toString() ).includes(
					'/entitlement-ledger/v1/gifts'
				),
			( route ) =>
				route.fulfill( {
					status: 403,
					contentType: 'application/json',
					body: JSON.stringify( {
						code: 'el_forbidden',
						message: 'You may not list gifts.',
						data: { status: 403 },
					} ),
				} )
		);
		await openScreen( page, 'gifts', 'Gifts' );
		const panel = page.getByRole( 'tabpanel', { name: 'Gifts' } );
		await expect( panel.getByRole( 'alert' ) ).toContainText(
			'You may not list gifts.'
		);
		await expect(
			panel.getByText( 'The gifts could not be loaded.' )
		).toBeVisible();
		await screenshot( page, 'gifts-error' );
		await page.unrouteAll();
	} );
} );
