/**
 * Internal dependencies
 */
import type { PluginSettings, SettingsChanges } from '../../api/settings';
import type { ApiError } from '../../api/types';

export type RequestStatus = 'idle' | 'loading' | 'success' | 'error';

export interface State {
	readonly settings: PluginSettings | null;
	readonly status: RequestStatus;
	readonly error: ApiError | null;
	readonly isSaving: boolean;
	readonly saveError: ApiError | null;
}

export type Action =
	| { type: 'START_SETTINGS_FETCH' }
	| { type: 'RECEIVE_SETTINGS'; settings: PluginSettings }
	| { type: 'FAIL_SETTINGS_FETCH'; error: ApiError }
	| { type: 'START_SETTINGS_SAVE' }
	| { type: 'FAIL_SETTINGS_SAVE'; error: ApiError };

export interface ThunkArgs {
	dispatch: ( ( action: Action ) => void ) & {
		invalidateResolutionForStoreSelector: ( selectorName: string ) => void;
	};
}

export type { PluginSettings, SettingsChanges };
