/**
 * Internal dependencies
 */
import type {
	ApiError,
	Entitlement,
	EntitlementQuery,
	Page,
} from '../../api/types';

export type QueryStatus = 'idle' | 'loading' | 'success' | 'error';

/**
 * What the store knows about one list query (one page of one filter set).
 */
export interface QueryState {
	readonly ids: readonly number[];
	readonly total: number;
	readonly totalPages: number;
	readonly status: QueryStatus;
	readonly error: ApiError | null;
}

export interface State {
	/** Entitlements by id, shared by every query. */
	readonly items: Readonly< Record< number, Entitlement > >;
	/** Query results keyed by getQueryKey( query ). */
	readonly queries: Readonly< Record< string, QueryState > >;
}

export interface StartEntitlementsQueryAction {
	type: 'START_ENTITLEMENTS_QUERY';
	queryKey: string;
}

export interface ReceiveEntitlementsAction {
	type: 'RECEIVE_ENTITLEMENTS';
	queryKey: string;
	page: Page< Entitlement >;
}

export interface FailEntitlementsQueryAction {
	type: 'FAIL_ENTITLEMENTS_QUERY';
	queryKey: string;
	error: ApiError;
}

export type Action =
	| StartEntitlementsQueryAction
	| ReceiveEntitlementsAction
	| FailEntitlementsQueryAction;

/**
 * The part of @wordpress/data's thunk arguments our thunks use. Typed here
 * rather than from the store descriptor to avoid a circular type.
 */
export interface ThunkArgs {
	dispatch: ( ( action: Action ) => void ) & {
		invalidateResolutionForStoreSelector: ( selectorName: string ) => void;
	};
	resolveSelect: {
		getEntitlements: (
			query?: EntitlementQuery
		) => Promise< readonly Entitlement[] >;
	};
}

export type { EntitlementQuery };
