/**
 * Internal dependencies
 */
import type { ApiError, Entitlement, Page } from '../../api/types';
import type {
	EntitlementQuery,
	FailEntitlementsQueryAction,
	ReceiveEntitlementsAction,
	StartEntitlementsQueryAction,
	ThunkArgs,
} from './types';
import { getQueryKey } from './utils';

export function startEntitlementsQuery(
	query: EntitlementQuery
): StartEntitlementsQueryAction {
	return { type: 'START_ENTITLEMENTS_QUERY', queryKey: getQueryKey( query ) };
}

export function receiveEntitlements(
	query: EntitlementQuery,
	page: Page< Entitlement >
): ReceiveEntitlementsAction {
	return {
		type: 'RECEIVE_ENTITLEMENTS',
		queryKey: getQueryKey( query ),
		page,
	};
}

export function failEntitlementsQuery(
	query: EntitlementQuery,
	error: ApiError
): FailEntitlementsQueryAction {
	return {
		type: 'FAIL_ENTITLEMENTS_QUERY',
		queryKey: getQueryKey( query ),
		error,
	};
}

/**
 * Marks every entitlement list as stale so that mounted lists fetch again
 * (after a write, or from a "Retry" button).
 */
export const invalidateEntitlementQueries =
	() =>
	( { dispatch }: ThunkArgs ): void => {
		dispatch.invalidateResolutionForStoreSelector( 'getEntitlements' );
		dispatch.invalidateResolutionForStoreSelector( 'getEntitlementsTotal' );
		dispatch.invalidateResolutionForStoreSelector(
			'getEntitlementsTotalPages'
		);
	};
