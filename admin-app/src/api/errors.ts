/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { ApiError } from './types';

function isRecord( value: unknown ): value is Record< string, unknown > {
	return typeof value === 'object' && value !== null;
}

/*
 * Duck-typed rather than `instanceof Response`: the Response may come from
 * another realm (an iframe, a test environment).
 */
function isResponse( value: unknown ): value is Response {
	return (
		isRecord( value ) &&
		typeof value.status === 'number' &&
		typeof value.json === 'function' &&
		isRecord( value.headers )
	);
}

/**
 * Turns whatever apiFetch rejected with into an ApiError.
 *
 * With `parse: false` apiFetch rejects with the raw `Response` of a non-2xx
 * answer; otherwise with the parsed `WP_Error` body (`{ code, message,
 * data: { status } }`) or a `{ code, message }` object for network failures.
 *
 * @param error The rejection reason.
 * @return A normalised error whose message can be shown to the user.
 */
export async function toApiError( error: unknown ): Promise< ApiError > {
	if ( isResponse( error ) ) {
		let body: unknown = null;
		try {
			body = await error.json();
		} catch {
			body = null;
		}
		const parsed = isRecord( body ) ? normaliseBody( body ) : null;
		return {
			code: parsed?.code ?? 'el_http_error',
			message:
				parsed?.message ??
				__(
					'The server answered with an unexpected error.',
					'entitlement-ledger'
				),
			status: error.status,
			data: parsed?.data,
		};
	}
	if ( isRecord( error ) ) {
		const parsed = normaliseBody( error );
		if ( parsed ) {
			return parsed;
		}
	}
	if ( error instanceof Error && error.message ) {
		return { code: 'el_client_error', message: error.message };
	}
	return {
		code: 'el_unknown_error',
		message: __( 'An unknown error occurred.', 'entitlement-ledger' ),
	};
}

function normaliseBody( body: Record< string, unknown > ): ApiError | null {
	const { code, message, data } = body;
	if ( typeof message !== 'string' || message === '' ) {
		return null;
	}
	const status =
		isRecord( data ) && typeof data.status === 'number'
			? data.status
			: undefined;
	return {
		code: typeof code === 'string' ? code : 'el_unknown_error',
		message,
		...( status !== undefined ? { status } : {} ),
		...( data !== undefined ? { data } : {} ),
	};
}
