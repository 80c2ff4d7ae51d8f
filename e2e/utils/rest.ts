/**
 * REST helpers for specs: set data up (and read it back) over the REST API
 * as the logged-in admin, with the cookie of the saved session and a nonce.
 */

/**
 * External dependencies
 */
import type { APIRequestContext, APIResponse } from '@playwright/test';

export const NAMESPACE = '/entitlement-ledger/v1';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RestRequest {
	method?: Method;
	/** Route, e.g. `/entitlement-ledger/v1/entitlements`. */
	path: string;
	params?: Record< string, string | number | boolean >;
	data?: unknown;
	headers?: Record< string, string >;
}

export class RestError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		message: string
	) {
		super( `${ status } ${ code }: ${ message }` );
		this.name = 'RestError';
	}
}

/**
 * Builds a `?rest_route=` URL, which works whatever the permalink settings.
 *
 * @param path   REST route.
 * @param params Query arguments.
 * @return URL relative to the site root.
 */
export function restUrl(
	path: string,
	params: RestRequest[ 'params' ] = {}
): string {
	const search = new URLSearchParams( { rest_route: path } );
	for ( const [ key, value ] of Object.entries( params ) ) {
		search.set( key, String( value ) );
	}
	return `/?${ search.toString() }`;
}

/**
 * A REST client bound to a request context that carries the admin session.
 */
export class RestClient {
	private nonce: string | null = null;

	constructor( private readonly request: APIRequestContext ) {}

	/**
	 * The wp_rest nonce of the session (cookie authentication needs it).
	 *
	 * @return The nonce.
	 */
	async getNonce(): Promise< string > {
		if ( this.nonce ) {
			return this.nonce;
		}
		const response = await this.request.get(
			'/wp-admin/admin-ajax.php?action=rest-nonce'
		);
		const text = ( await response.text() ).trim();
		if ( ! response.ok() || ! /^[a-f0-9]{10}$/i.test( text ) ) {
			throw new Error(
				`Could not get a REST nonce (HTTP ${ response.status() }): is the session logged in?`
			);
		}
		this.nonce = text;
		return text;
	}

	/**
	 * Sends a request and returns the raw response.
	 *
	 * @param req Request.
	 * @return Playwright response.
	 */
	async raw( req: RestRequest ): Promise< APIResponse > {
		const nonce = await this.getNonce();
		return this.request.fetch( restUrl( req.path, req.params ), {
			method: req.method ?? 'GET',
			headers: {
				'X-WP-Nonce': nonce,
				Accept: 'application/json',
				...( req.headers ?? {} ),
			},
			...( req.data !== undefined ? { data: req.data } : {} ),
		} );
	}

	/**
	 * Sends a request and parses its JSON body; throws on a REST error.
	 *
	 * @param req Request.
	 * @return Parsed body.
	 */
	async json< T >( req: RestRequest ): Promise< T > {
		const response = await this.raw( req );
		const body: unknown = await response.json().catch( () => null );
		if ( ! response.ok() ) {
			const error = ( body ?? {} ) as {
				code?: string;
				message?: string;
			};
			throw new RestError(
				response.status(),
				error.code ?? 'unknown',
				error.message ?? response.statusText()
			);
		}
		return body as T;
	}

	get< T >( path: string, params?: RestRequest[ 'params' ] ): Promise< T > {
		return this.json< T >( { path, ...( params ? { params } : {} ) } );
	}

	post< T >( path: string, data?: unknown ): Promise< T > {
		return this.json< T >( { method: 'POST', path, data } );
	}
}
