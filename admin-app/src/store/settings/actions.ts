/**
 * Internal dependencies
 */
import { saveSettings as postSettings } from '../../api/settings';
import { toApiError } from '../../api/errors';
import type { ApiError } from '../../api/types';
import type {
	Action,
	PluginSettings,
	SettingsChanges,
	ThunkArgs,
} from './types';

export function startSettingsFetch(): Action {
	return { type: 'START_SETTINGS_FETCH' };
}

export function receiveSettings( settings: PluginSettings ): Action {
	return { type: 'RECEIVE_SETTINGS', settings };
}

export function failSettingsFetch( error: ApiError ): Action {
	return { type: 'FAIL_SETTINGS_FETCH', error };
}

/**
 * Saves changed settings. The error is stored (getSaveError) and thrown, so
 * that the form can stay open with the server's message.
 *
 * @param changes Fields to change.
 * @return Every setting afterwards.
 */
export const saveSettings =
	( changes: SettingsChanges ) =>
	async ( { dispatch }: ThunkArgs ): Promise< PluginSettings > => {
		dispatch( { type: 'START_SETTINGS_SAVE' } );
		try {
			const settings = await postSettings( changes );
			dispatch( receiveSettings( settings ) );
			return settings;
		} catch ( caught ) {
			const error = await toApiError( caught );
			dispatch( { type: 'FAIL_SETTINGS_SAVE', error } );
			throw error;
		}
	};

/**
 * Loads the settings again (a "Retry" button).
 */
export const invalidateSettings =
	() =>
	( { dispatch }: ThunkArgs ): void => {
		dispatch.invalidateResolutionForStoreSelector( 'getSettings' );
	};
