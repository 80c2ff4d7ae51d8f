/**
 * Checks of the settings form, before the server's (which has the last word).
 */

/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { PluginSettings, SettingsChanges } from '../../api/settings';

export type SettingsDraft = Omit<
	PluginSettings,
	'store_currency' | 'expiry_months'
> & {
	/** As typed, so that an empty field can be told apart from 0. */
	expiry_months: string;
};

export type DraftErrors = Partial< Record< keyof SettingsDraft, string > >;

/**
 * @param settings Settings from the server.
 * @return The form's values.
 */
export function toDraft( settings: PluginSettings ): SettingsDraft {
	const { store_currency: storeCurrency, ...rest } = settings;
	void storeCurrency;
	return { ...rest, expiry_months: String( settings.expiry_months ) };
}

/**
 * Problems of a draft, by field.
 *
 * @param draft    Form values.
 * @param currency Store currency (for a fixed amount).
 * @return Messages by field; empty when the draft can be saved.
 */
export function validateDraft(
	draft: SettingsDraft,
	currency: string
): DraftErrors {
	const errors: DraftErrors = {};
	const value = draft.default_deferred_value.trim();
	if ( draft.default_deferred_mode === 'percent' ) {
		if (
			! /^\d{1,3}(\.\d{1,2})?$/.test( value ) ||
			Number( value ) > 100
		) {
			errors.default_deferred_value = __(
				'Enter a percent from 0 to 100 with at most two decimals, such as 20 or 12.5.',
				'entitlement-ledger'
			);
		}
	} else if (
		! /^\d{1,16}(\.\d{1,3})?$/.test( value ) ||
		Number( value ) <= 0
	) {
		errors.default_deferred_value = sprintf(
			/* translators: %s: currency code. */
			__(
				'Enter an amount in %s greater than zero, such as 12.50.',
				'entitlement-ledger'
			),
			currency
		);
	}
	const months = draft.expiry_months.trim();
	if ( ! /^\d{1,3}$/.test( months ) || Number( months ) > 600 ) {
		errors.expiry_months = __(
			'Enter a whole number of months from 0 (never) to 600.',
			'entitlement-ledger'
		);
	}
	const label = draft.account_menu_label.trim();
	if ( label === '' || label.length > 60 ) {
		errors.account_menu_label = __(
			'Enter a label of 1 to 60 characters.',
			'entitlement-ledger'
		);
	}
	return errors;
}

/**
 * The fields of a draft that differ from the saved settings.
 *
 * @param draft Form values.
 * @param saved Settings from the server.
 * @return What to send (nothing when unchanged).
 */
export function getChanges(
	draft: SettingsDraft,
	saved: PluginSettings
): SettingsChanges {
	const changes: SettingsChanges = {};
	if ( draft.default_deferred_mode !== saved.default_deferred_mode ) {
		changes.default_deferred_mode = draft.default_deferred_mode;
	}
	if (
		draft.default_deferred_value.trim() !== saved.default_deferred_value
	) {
		changes.default_deferred_value = draft.default_deferred_value.trim();
	}
	if ( Number( draft.expiry_months ) !== saved.expiry_months ) {
		changes.expiry_months = Number( draft.expiry_months );
	}
	if ( draft.breakage_policy !== saved.breakage_policy ) {
		changes.breakage_policy = draft.breakage_policy;
	}
	if ( draft.account_menu_label.trim() !== saved.account_menu_label ) {
		changes.account_menu_label = draft.account_menu_label.trim();
	}
	if ( draft.delete_data_on_uninstall !== saved.delete_data_on_uninstall ) {
		changes.delete_data_on_uninstall = draft.delete_data_on_uninstall;
	}
	return changes;
}
