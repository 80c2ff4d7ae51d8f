/**
 * Internal dependencies
 */
import type { ApiError } from '../../api/types';
import type { PluginSettings, RequestStatus, State } from './types';

/**
 * @param state Store state.
 * @return The settings (resolved from the REST API), or null until loaded.
 */
export function getSettings( state: State ): PluginSettings | null {
	return state.settings;
}

export function getSettingsStatus( state: State ): RequestStatus {
	return state.status;
}

export function getSettingsError( state: State ): ApiError | null {
	return state.error;
}

export function isSavingSettings( state: State ): boolean {
	return state.isSaving;
}

export function getSaveError( state: State ): ApiError | null {
	return state.saveError;
}
