/**
 * Typed client of the Entitlement Ledger REST API.
 *
 * Components never call it directly: the data stores' resolvers and thunks
 * do. apiFetch's root URL and nonce middlewares are set up by WordPress
 * (wp-api-fetch) on the admin page.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { __ } from '@wordpress/i18n';
import { addQueryArgs } from '@wordpress/url';

/**
 * Internal dependencies
 */
import { toApiError } from './errors';
import type { ApiError, Entitlement, EntitlementQuery, Page } from './types';

export const API_NAMESPACE = '/entitlement-ledger/v1';

type QueryValue = string | number | boolean | Array< string | number >;

/**
 * Drops empty values so that they are not sent as `?search=`.
 *
 * @param query Query arguments.
 * @return The arguments worth sending, keys sorted.
 */
export function cleanQuery( query: object ): Record< string, QueryValue > {
	const cleaned: Record< string, QueryValue > = {};
	for ( const key of Object.keys( query ).sort() ) {
		const value: unknown = ( query as Record< string, unknown > )[ key ];
		if (
			value === undefined ||
			value === null ||
			value === '' ||
			( Array.isArray( value ) && value.length === 0 )
		) {
			continue;
		}
		if (
			typeof value === 'string' ||
			typeof value === 'number' ||
			typeof value === 'boolean' ||
			Array.isArray( value )
		) {
			cleaned[ key ] = value as QueryValue;
		}
	}
	return cleaned;
}

/**
 * Reads an integer header such as X-WP-Total.
 *
 * @param headers  Response headers.
 * @param name     Header name.
 * @param fallback Value when the header is missing or not a number.
 * @return The header's value.
 */
export function readIntHeader(
	headers: Headers,
	name: string,
	fallback: number
): number {
	const raw = headers.get( name );
	if ( raw === null || ! /^\s*\d+\s*$/.test( raw ) ) {
		return fallback;
	}
	return parseInt( raw, 10 );
}

/**
 * Fetches one page of a collection with its totals.
 *
 * @param path        Collection path inside the namespace, e.g. `/entitlements`.
 * @param query       Query arguments.
 * @param init        Extra fetch options.
 * @param init.signal Aborts the request.
 * @return The items with the totals of X-WP-Total / X-WP-TotalPages; rejects
 *         with an ApiError on any REST or network error.
 */
export async function fetchPage< T >(
	path: string,
	query: object = {},
	init: { signal?: AbortSignal } = {}
): Promise< Page< T > > {
	let response: Response;
	try {
		response = await apiFetch< never, false >( {
			path: addQueryArgs( API_NAMESPACE + path, cleanQuery( query ) ),
			parse: false,
			...( init.signal ? { signal: init.signal } : {} ),
		} );
	} catch ( error ) {
		throw await toApiError( error );
	}

	let items: unknown;
	try {
		items = await response.json();
	} catch {
		items = null;
	}
	if ( ! Array.isArray( items ) ) {
		const error: ApiError = {
			code: 'el_invalid_response',
			message: __(
				'The server did not answer with a valid list.',
				'entitlement-ledger'
			),
			status: response.status,
		};
		throw error;
	}

	const total = readIntHeader( response.headers, 'X-WP-Total', items.length );
	const totalPages = readIntHeader(
		response.headers,
		'X-WP-TotalPages',
		total > 0 ? 1 : 0
	);
	return { items: items as T[], total, totalPages };
}

/**
 * `GET /entitlements`.
 *
 * @param query       Filters, search, sorting and paging.
 * @param init        Extra fetch options.
 * @param init.signal Aborts the request.
 * @return A page of entitlements.
 */
export function fetchEntitlements(
	query: EntitlementQuery = {},
	init: { signal?: AbortSignal } = {}
): Promise< Page< Entitlement > > {
	return fetchPage< Entitlement >( '/entitlements', query, init );
}
