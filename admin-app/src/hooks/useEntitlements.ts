/**
 * WordPress dependencies
 */
import { useDispatch, useSelect } from '@wordpress/data';
import { useCallback } from '@wordpress/element';

/**
 * Internal dependencies
 */
import type { ApiError, Entitlement } from '../api/types';
import { store as entitlementsStore } from '../store/entitlements';
import type { EntitlementQuery, QueryStatus } from '../store/entitlements';

export interface UseEntitlementsResult {
	records: readonly Entitlement[];
	total: number;
	totalPages: number;
	status: QueryStatus;
	isLoading: boolean;
	error: ApiError | null;
	retry: () => void;
}

/**
 * A page of entitlements from the store, loaded on demand.
 *
 * @param query List query (REST arguments).
 * @return The records, totals, loading state and error of the query.
 */
export function useEntitlements(
	query: EntitlementQuery
): UseEntitlementsResult {
	const { records, total, totalPages, status, error } = useSelect(
		( select ) => {
			const selectors = select( entitlementsStore );
			return {
				records: selectors.getEntitlements( query ),
				total: selectors.getEntitlementsTotal( query ),
				totalPages: selectors.getEntitlementsTotalPages( query ),
				status: selectors.getEntitlementsQueryStatus( query ),
				error: selectors.getEntitlementsError( query ),
			};
		},
		[ query ]
	);
	const { invalidateEntitlementQueries } = useDispatch( entitlementsStore );
	const retry = useCallback(
		() => void invalidateEntitlementQueries(),
		[ invalidateEntitlementQueries ]
	);

	return {
		records,
		total,
		totalPages,
		status,
		// Before the resolver starts, the status is still "idle".
		isLoading: status === 'loading' || status === 'idle',
		error,
		retry,
	};
}
