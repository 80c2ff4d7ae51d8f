/**
 * Internal dependencies
 */
import type {
	License,
	LicenseAction,
	LicenseActionInput,
	LicenseQuery,
} from '../../api/licenses';
import type { ApiError, Page } from '../../api/types';

export type QueryStatus = 'idle' | 'loading' | 'success' | 'error';

export interface QueryState {
	readonly ids: readonly number[];
	readonly total: number;
	readonly totalPages: number;
	readonly status: QueryStatus;
	readonly error: ApiError | null;
}

/** Loading state of one license's detail (GET /licenses/{id}). */
export interface DetailState {
	readonly status: QueryStatus;
	readonly error: ApiError | null;
}

export interface State {
	/** Licenses by id, shared by the lists and the detail. */
	readonly licenses: Readonly< Record< number, License > >;
	/** List queries keyed by getQueryKey( query ). */
	readonly queries: Readonly< Record< string, QueryState > >;
	/** Detail requests by license id. */
	readonly details: Readonly< Record< number, DetailState > >;
}

export type Action =
	| { type: 'START_LICENSES_QUERY'; queryKey: string }
	| { type: 'RECEIVE_LICENSES'; queryKey: string; page: Page< License > }
	| { type: 'FAIL_LICENSES_QUERY'; queryKey: string; error: ApiError }
	| { type: 'START_LICENSE'; id: number }
	| { type: 'RECEIVE_LICENSE'; license: License; detail: boolean }
	| { type: 'FAIL_LICENSE'; id: number; error: ApiError };

/**
 * The part of @wordpress/data's thunk arguments our thunks use.
 */
export interface ThunkArgs {
	dispatch: ( ( action: Action ) => void ) & {
		invalidateResolutionForStoreSelector: ( selectorName: string ) => void;
		invalidateResolution: ( selectorName: string, args: unknown[] ) => void;
	};
	resolveSelect: {
		getLicenses: ( query?: LicenseQuery ) => Promise< readonly License[] >;
	};
}

export type { License, LicenseAction, LicenseActionInput, LicenseQuery };
