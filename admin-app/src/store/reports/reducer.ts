/**
 * Internal dependencies
 */
import { EMPTY_REPORT_STATE } from './constants';
import type { Action, State } from './types';

export const initialState: State = { revenue: {}, liability: {} };

export default function reducer(
	state: State = initialState,
	action: Action
): State {
	switch ( action.type ) {
		case 'START_REPORT': {
			const reports = state[ action.report ];
			const previous = reports[ action.queryKey ] ?? EMPTY_REPORT_STATE;
			return {
				...state,
				[ action.report ]: {
					...reports,
					[ action.queryKey ]: {
						...previous,
						status: 'loading',
						error: null,
					},
				},
			};
		}
		case 'RECEIVE_REPORT':
			return {
				...state,
				[ action.report ]: {
					...state[ action.report ],
					[ action.queryKey ]: {
						data: action.data,
						status: 'success',
						error: null,
					},
				},
			};
		case 'FAIL_REPORT': {
			const reports = state[ action.report ];
			const previous = reports[ action.queryKey ] ?? EMPTY_REPORT_STATE;
			return {
				...state,
				[ action.report ]: {
					...reports,
					[ action.queryKey ]: {
						...previous,
						status: 'error',
						error: action.error,
					},
				},
			};
		}
		default:
			return state;
	}
}
