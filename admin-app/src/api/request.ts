/**
 * JSON requests of the gifts, reports and settings clients (reads that are
 * not paged lists, and writes), on top of the typed client's helpers.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { addQueryArgs } from '@wordpress/url';

/**
 * Internal dependencies
 */
import { API_NAMESPACE, cleanQuery } from './client';
import { toApiError } from './errors';

export type WriteMethod = 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * A fresh Idempotency-Key: every write the app sends carries one, so that a
 * retried request (a flaky network, a double click) is applied once.
 *
 * @return A random key.
 */
export function newIdempotencyKey(): string {
	const cryptoApi = globalThis.crypto as Crypto | undefined;
	if ( cryptoApi && typeof cryptoApi.randomUUID === 'function' ) {
		return cryptoApi.randomUUID();
	}
	return `el-${ Date.now().toString( 36 ) }-${ Math.random()
		.toString( 36 )
		.slice( 2, 12 ) }`;
}

/**
 * `GET` a JSON resource of our namespace.
 *
 * @param path  Path inside the namespace, e.g. `/settings`.
 * @param query Query arguments (empty values are dropped).
 * @return The parsed body; rejects with an ApiError.
 */
export async function getJson< T >(
	path: string,
	query: object = {}
): Promise< T > {
	try {
		return await apiFetch< T >( {
			path: addQueryArgs( API_NAMESPACE + path, cleanQuery( query ) ),
		} );
	} catch ( error ) {
		throw await toApiError( error );
	}
}

/**
 * Sends a write with a JSON body and an Idempotency-Key.
 *
 * @param method HTTP method.
 * @param path   Path inside the namespace.
 * @param data   JSON body.
 * @return The parsed body; rejects with an ApiError.
 */
export async function sendJson< T >(
	method: WriteMethod,
	path: string,
	data: object = {}
): Promise< T > {
	try {
		return await apiFetch< T >( {
			path: API_NAMESPACE + path,
			method,
			data,
			headers: { 'Idempotency-Key': newIdempotencyKey() },
		} );
	} catch ( error ) {
		throw await toApiError( error );
	}
}
