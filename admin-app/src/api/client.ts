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
import type {
	ApiError,
	AuditEntry,
	BatchResult,
	Entitlement,
	EntitlementQuery,
	GiftOption,
	LedgerLine,
	Page,
} from './types';

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

/**
 * A fresh Idempotency-Key: a retried write (a double click, a network retry
 * of the same call) is then answered once by the server.
 *
 * @return A random key.
 */
export function newIdempotencyKey(): string {
	if ( typeof crypto !== 'undefined' && 'randomUUID' in crypto ) {
		return crypto.randomUUID();
	}
	return `${ Date.now().toString( 36 ) }-${ Math.random().toString( 36 ).slice( 2 ) }`;
}

export interface WriteOptions {
	/** Reuse a key to make a retry of the same write safe. */
	idempotencyKey?: string;
}

/**
 * Sends a write (POST, PATCH, DELETE) with an Idempotency-Key.
 *
 * @param method  HTTP method.
 * @param path    Path inside the namespace.
 * @param data    JSON body.
 * @param options Write options.
 * @return The parsed answer; rejects with an ApiError.
 */
export async function write< T >(
	method: 'POST' | 'PATCH' | 'DELETE',
	path: string,
	data: object = {},
	options: WriteOptions = {}
): Promise< T > {
	try {
		return await apiFetch< T >( {
			path: API_NAMESPACE + path,
			method,
			data,
			headers: {
				'Idempotency-Key':
					options.idempotencyKey ?? newIdempotencyKey(),
			},
		} );
	} catch ( error ) {
		throw await toApiError( error );
	}
}

/**
 * Reads one resource.
 *
 * @param path  Path inside the namespace.
 * @param query Query arguments.
 * @return The parsed answer; rejects with an ApiError.
 */
export async function read< T >(
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
 * `GET /entitlements/{id}`: with its edit links.
 *
 * @param id Entitlement id.
 * @return The entitlement.
 */
export function fetchEntitlement( id: number ): Promise< Entitlement > {
	return read< Entitlement >( `/entitlements/${ id }` );
}

/**
 * `GET /ledger?entitlement=`: the journal lines of one entitlement.
 *
 * @param id Entitlement id.
 * @return Up to 100 lines, newest first.
 */
export function fetchEntitlementLedger(
	id: number
): Promise< Page< LedgerLine > > {
	return fetchPage< LedgerLine >( '/ledger', {
		entitlement: id,
		per_page: 100,
	} );
}

/**
 * `GET /audit?object_type=entitlement&object_id=`.
 *
 * @param id Entitlement id.
 * @return Up to 100 entries, newest first.
 */
export function fetchEntitlementAudit(
	id: number
): Promise< Page< AuditEntry > > {
	return fetchPage< AuditEntry >( '/audit', {
		object_type: 'entitlement',
		object_id: id,
		per_page: 100,
	} );
}

/**
 * `GET /gifts?number=`: the gifts of a cycle, for a standard redemption.
 *
 * @param number Entitlement number (cycle).
 * @return The cycle's gifts.
 */
export function fetchCycleGifts(
	number: number
): Promise< Page< GiftOption > > {
	return fetchPage< GiftOption >( '/gifts', {
		number,
		available: true,
		per_page: 100,
	} );
}

export type RedeemRequest =
	{ gift_id: number; note?: string } | { order_id: number; note?: string };

export type EntitlementChange =
	| { action: 'redeem'; body: RedeemRequest }
	| { action: 'cancel' | 'unredeem'; reason: string }
	| { action: 'update'; body: { number: number } }
	| { action: 'delete'; reason: string };

/**
 * Applies one change to one entitlement through its route.
 *
 * @param id      Entitlement id.
 * @param change  The change.
 * @param options Write options.
 * @return The entitlement after the change.
 */
export function changeEntitlement(
	id: number,
	change: EntitlementChange,
	options: WriteOptions = {}
): Promise< Entitlement > {
	switch ( change.action ) {
		case 'redeem':
			return write(
				'POST',
				`/entitlements/${ id }/redeem`,
				change.body,
				options
			);
		case 'cancel':
		case 'unredeem':
			return write(
				'POST',
				`/entitlements/${ id }/${ change.action }`,
				{ reason: change.reason },
				options
			);
		case 'update':
			return write(
				'PATCH',
				`/entitlements/${ id }`,
				change.body,
				options
			);
		case 'delete':
			return write(
				'DELETE',
				`/entitlements/${ id }`,
				{ reason: change.reason },
				options
			);
	}
}

/**
 * `POST /entitlements/batch` (at most 100 items in all).
 *
 * @param body        The batch.
 * @param body.update Changes, each with its id.
 * @param body.delete Deletions, each with its id and reason.
 * @param options     Write options.
 * @return Each item's result or error.
 */
export function batchEntitlements(
	body: {
		update?: Array< { id: number; number?: number } >;
		delete?: Array< { id: number; reason: string } >;
	},
	options: WriteOptions = {}
): Promise< BatchResult > {
	return write< BatchResult >( 'POST', '/entitlements/batch', body, options );
}
