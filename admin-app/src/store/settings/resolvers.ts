/**
 * Internal dependencies
 */
import { fetchSettings } from '../../api/settings';
import { toApiError } from '../../api/errors';
import {
	failSettingsFetch,
	receiveSettings,
	startSettingsFetch,
} from './actions';
import type { ThunkArgs } from './types';

/**
 * Loads the settings. Errors are stored (getSettingsError), not thrown.
 */
export const getSettings =
	() =>
	async ( { dispatch }: ThunkArgs ): Promise< void > => {
		dispatch( startSettingsFetch() );
		try {
			dispatch( receiveSettings( await fetchSettings() ) );
		} catch ( error ) {
			dispatch( failSettingsFetch( await toApiError( error ) ) );
		}
	};
