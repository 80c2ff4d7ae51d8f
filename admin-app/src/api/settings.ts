/**
 * Client of `/settings`.
 */

/**
 * Internal dependencies
 */
import { read, write } from './client';

export type DeferredMode = 'percent' | 'fixed';
export type BreakagePolicy = 'on_expiry' | 'none';

/**
 * The plugin settings, as `GET /settings` answers them.
 */
export interface PluginSettings {
	default_deferred_mode: DeferredMode;
	/** Percent (0–100) or amount in store_currency, as a decimal string. */
	default_deferred_value: string;
	/** Months until a new entitlement expires; 0 for never. */
	expiry_months: number;
	breakage_policy: BreakagePolicy;
	account_menu_label: string;
	delete_data_on_uninstall: boolean;
	/** Read-only: the currency of a fixed default amount. */
	readonly store_currency: string;
}

export type SettingsChanges = Partial<
	Omit< PluginSettings, 'store_currency' >
>;

/**
 * `GET /settings`.
 *
 * @return Every setting.
 */
export function fetchSettings(): Promise< PluginSettings > {
	return read< PluginSettings >( '/settings' );
}

/**
 * `POST /settings`: changes the given fields only.
 *
 * @param changes Fields to change.
 * @return Every setting afterwards.
 */
export function saveSettings(
	changes: SettingsChanges
): Promise< PluginSettings > {
	return write< PluginSettings >( 'POST', '/settings', changes );
}
