/**
 * Internal dependencies
 */
import { cleanQuery } from '../../api/client';

/**
 * A stable key for a query: equivalent queries share one key whatever their
 * key order and empty values.
 *
 * @param query Query arguments.
 * @return The key under which the query's result is stored.
 */
export function getQueryKey( query: object = {} ): string {
	return JSON.stringify( cleanQuery( query ) );
}
