/**
 * Internal dependencies
 */
import type { Action, State } from './types';

export const initialState: State = {
	settings: null,
	status: 'idle',
	error: null,
	isSaving: false,
	saveError: null,
};

export default function reducer(
	state: State = initialState,
	action: Action
): State {
	switch ( action.type ) {
		case 'START_SETTINGS_FETCH':
			return { ...state, status: 'loading', error: null };
		case 'RECEIVE_SETTINGS':
			// A fetch or a save: either way the server's settings.
			return {
				...state,
				settings: action.settings,
				status: 'success',
				error: null,
				isSaving: false,
				saveError: null,
			};
		case 'FAIL_SETTINGS_FETCH':
			return { ...state, status: 'error', error: action.error };
		case 'START_SETTINGS_SAVE':
			return { ...state, isSaving: true, saveError: null };
		case 'FAIL_SETTINGS_SAVE':
			return { ...state, isSaving: false, saveError: action.error };
		default:
			return state;
	}
}
