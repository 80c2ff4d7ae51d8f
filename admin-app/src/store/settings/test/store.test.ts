/**
 * @jest-environment node
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { createRegistry } from '@wordpress/data';

/**
 * Internal dependencies
 */
import { store } from '..';
import type { PluginSettings } from '../../../api/settings';

jest.mock( '@wordpress/api-fetch', () => ( {
	__esModule: true,
	default: jest.fn(),
} ) );

const mockApiFetch = apiFetch as unknown as jest.Mock;

const SETTINGS: PluginSettings = {
	default_deferred_mode: 'percent',
	default_deferred_value: '20',
	expiry_months: 24,
	breakage_policy: 'on_expiry',
	account_menu_label: 'Premium gifts',
	delete_data_on_uninstall: false,
	store_currency: 'USD',
};

function registryWithStore() {
	const registry = createRegistry();
	registry.register( store );
	return registry;
}

describe( 'settings store', () => {
	it( 'resolves the settings from GET /settings', async () => {
		mockApiFetch.mockResolvedValue( SETTINGS );
		const registry = registryWithStore();

		expect( registry.select( store ).getSettings() ).toBeNull();
		const settings = await registry.resolveSelect( store ).getSettings();

		expect( settings ).toEqual( SETTINGS );
		expect( registry.select( store ).getSettingsStatus() ).toBe(
			'success'
		);
		expect( mockApiFetch.mock.calls[ 0 ][ 0 ].path ).toBe(
			'/entitlement-ledger/v1/settings'
		);
	} );

	it( 'saves changes and takes the server’s answer', async () => {
		mockApiFetch.mockResolvedValueOnce( SETTINGS );
		const registry = registryWithStore();
		await registry.resolveSelect( store ).getSettings();

		mockApiFetch.mockResolvedValueOnce( {
			...SETTINGS,
			expiry_months: 12,
		} );
		const saving = registry
			.dispatch( store )
			.saveSettings( { expiry_months: 12 } );
		expect( registry.select( store ).isSavingSettings() ).toBe( true );
		await saving;

		expect( mockApiFetch.mock.calls[ 1 ][ 0 ] ).toMatchObject( {
			path: '/entitlement-ledger/v1/settings',
			method: 'POST',
			data: { expiry_months: 12 },
		} );
		expect( registry.select( store ).getSettings()?.expiry_months ).toBe(
			12
		);
		expect( registry.select( store ).isSavingSettings() ).toBe( false );
	} );

	it( 'keeps the saved settings and stores the error when a save is refused', async () => {
		mockApiFetch.mockResolvedValueOnce( SETTINGS );
		const registry = registryWithStore();
		await registry.resolveSelect( store ).getSettings();

		mockApiFetch.mockRejectedValueOnce(
			new Response(
				JSON.stringify( {
					code: 'el_invalid_deferred_value',
					message: 'The default deferred percent must be…',
					data: { status: 400 },
				} ),
				{ status: 400 }
			)
		);
		await expect(
			registry
				.dispatch( store )
				.saveSettings( { default_deferred_value: '150' } )
		).rejects.toMatchObject( {
			code: 'el_invalid_deferred_value',
		} );
		expect( registry.select( store ).getSettings() ).toEqual( SETTINGS );
		expect( registry.select( store ).getSaveError()?.status ).toBe( 400 );
		expect( registry.select( store ).isSavingSettings() ).toBe( false );
	} );

	it( 'stores a load error and loads again after invalidateSettings', async () => {
		mockApiFetch.mockRejectedValueOnce( {
			code: 'el_forbidden',
			message: 'You are not allowed to do this.',
			data: { status: 403 },
		} );
		const registry = registryWithStore();
		await registry.resolveSelect( store ).getSettings();
		expect( registry.select( store ).getSettingsError()?.message ).toBe(
			'You are not allowed to do this.'
		);

		mockApiFetch.mockResolvedValueOnce( SETTINGS );
		registry.dispatch( store ).invalidateSettings();
		await registry.resolveSelect( store ).getSettings();
		expect( registry.select( store ).getSettings() ).toEqual( SETTINGS );
	} );
} );
