/**
 * Internal dependencies
 */
import type {
	ApiError,
	AuditEntry,
	Entitlement,
	EntitlementQuery,
	GiftOption,
	LedgerLine,
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

/**
 * What the store holds for one entitlement's related records (its detail,
 * ledger lines, audit entries) or a cycle's gifts, keyed by getResourceKey().
 */
export interface ResourceState {
	readonly status: QueryStatus;
	readonly error: ApiError | null;
	readonly data: unknown;
}

export type ResourceKind = 'detail' | 'ledger' | 'audit' | 'gifts';

export interface State {
	/** Entitlements by id, shared by every query. */
	readonly items: Readonly< Record< number, Entitlement > >;
	/** Query results keyed by getQueryKey( query ). */
	readonly queries: Readonly< Record< string, QueryState > >;
	/** Related records keyed by getResourceKey( kind, id ). */
	readonly resources: Readonly< Record< string, ResourceState > >;
}

export interface ReceiveEntitlementAction {
	type: 'RECEIVE_ENTITLEMENT';
	entitlement: Entitlement;
}

export interface StartResourceAction {
	type: 'START_RESOURCE';
	key: string;
}

export interface ReceiveResourceAction {
	type: 'RECEIVE_RESOURCE';
	key: string;
	data: unknown;
}

export interface FailResourceAction {
	type: 'FAIL_RESOURCE';
	key: string;
	error: ApiError;
}

export type ResourceData = {
	detail: Entitlement;
	ledger: readonly LedgerLine[];
	audit: readonly AuditEntry[];
	gifts: readonly GiftOption[];
};

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
	| FailEntitlementsQueryAction
	| ReceiveEntitlementAction
	| StartResourceAction
	| ReceiveResourceAction
	| FailResourceAction;

/**
 * The part of @wordpress/data's thunk arguments our thunks use. Typed here
 * rather than from the store descriptor to avoid a circular type.
 */
export interface ThunkArgs {
	dispatch: ( ( action: Action ) => void ) & {
		invalidateResolutionForStoreSelector: ( selectorName: string ) => void;
		invalidateResolution: ( selectorName: string, args: unknown[] ) => void;
	};
	resolveSelect: {
		getEntitlements: (
			query?: EntitlementQuery
		) => Promise< readonly Entitlement[] >;
	};
}

export type { EntitlementQuery };
