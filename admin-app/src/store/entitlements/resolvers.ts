/**
 * Internal dependencies
 */
import { fetchEntitlements } from '../../api/client';
import {
	failEntitlementsQuery,
	receiveEntitlements,
	startEntitlementsQuery,
} from './actions';
import type { EntitlementQuery, ThunkArgs } from './types';
import { toApiError } from '../../api/errors';

/**
 * Loads a page of entitlements. Errors are stored (getEntitlementsError)
 * rather than thrown, so that the UI can show the REST message.
 *
 * @param query List query.
 */
export const getEntitlements =
	( query: EntitlementQuery = {} ) =>
	async ( { dispatch }: ThunkArgs ): Promise< void > => {
		dispatch( startEntitlementsQuery( query ) );
		try {
			const page = await fetchEntitlements( query );
			dispatch( receiveEntitlements( query, page ) );
		} catch ( error ) {
			dispatch(
				failEntitlementsQuery( query, await toApiError( error ) )
			);
		}
	};

/**
 * The totals come with the list: resolving them resolves the list (once,
 * whichever selector a component calls first).
 *
 * @param query List query.
 */
export const getEntitlementsTotal =
	( query: EntitlementQuery = {} ) =>
	async ( { resolveSelect }: ThunkArgs ): Promise< void > => {
		await resolveSelect.getEntitlements( query );
	};

export const getEntitlementsTotalPages = getEntitlementsTotal;
