/**
 * Internal dependencies
 */
import { cleanQuery } from '../../api/client';
import type { EntitlementQuery } from '../../api/types';
import type { ResourceKind } from './types';

/**
 * A stable key for a query: equivalent queries ({ page: 1, search: '' } and
 * { page: 1 }) share one key whatever their key order.
 *
 * @param query List query.
 * @return The key under which the query's result is stored.
 */
export function getQueryKey( query: EntitlementQuery = {} ): string {
	return JSON.stringify( cleanQuery( query ) );
}

/**
 * The key of an entitlement's related records, or of a cycle's gifts.
 *
 * @param kind What is stored.
 * @param id   Entitlement id (cycle number for gifts).
 * @return The key under which it is stored.
 */
export function getResourceKey( kind: ResourceKind, id: number ): string {
	return `${ kind }:${ id }`;
}
