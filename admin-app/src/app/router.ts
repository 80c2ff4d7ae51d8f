/**
 * WordPress dependencies
 */
import { useEffect, useState } from '@wordpress/element';
import { addQueryArgs, getQueryArgs, removeQueryArgs } from '@wordpress/url';

/**
 * The app's location lives in query arguments of
 * admin.php?page=entitlement-ledger (`screen`, `entitlement`, `subscription`,
 * `customer`, `email`, `license`, `brand`), so that a reload, the Back button or a shared link
 * opens the same place.
 */
export type Route = Record< string, string >;

const EVENT = 'el-admin-navigate';
const ROUTE_KEYS = [
	'screen',
	'entitlement',
	'subscription',
	'customer',
	'email',
	'license',
	'brand',
];

/**
 * @param url A URL.
 * @return The route arguments of that URL.
 */
export function readRoute( url: string = window.location.href ): Route {
	const args = getQueryArgs( url ) as Record< string, unknown >;
	const route: Route = {};
	for ( const key of ROUTE_KEYS ) {
		const value = args[ key ];
		if ( typeof value === 'string' && value !== '' ) {
			route[ key ] = value;
		}
	}
	return route;
}

/**
 * The URL of a route: the current page's URL with the route arguments
 * replaced.
 *
 * @param route Route arguments; others are dropped.
 * @param url   Base URL.
 * @return URL.
 */
export function routeUrl(
	route: Route,
	url: string = window.location.href
): string {
	return addQueryArgs( removeQueryArgs( url, ...ROUTE_KEYS ), route );
}

/**
 * Goes to a route without reloading (a history entry, so Back returns).
 *
 * @param route   Route arguments.
 * @param replace Replace the current entry instead.
 */
export function navigate( route: Route, replace = false ): void {
	const url = routeUrl( route );
	if ( replace ) {
		window.history.replaceState( window.history.state, '', url );
	} else {
		window.history.pushState( window.history.state, '', url );
	}
	window.dispatchEvent( new Event( EVENT ) );
}

/**
 * The current route, updated on navigate() and on Back/Forward.
 *
 * @return Route arguments.
 */
export function useRoute(): Route {
	const [ route, setRoute ] = useState< Route >( () => readRoute() );
	useEffect( () => {
		const update = () => setRoute( readRoute() );
		window.addEventListener( 'popstate', update );
		window.addEventListener( EVENT, update );
		return () => {
			window.removeEventListener( 'popstate', update );
			window.removeEventListener( EVENT, update );
		};
	}, [] );
	return route;
}
