/**
 * External dependencies
 */
import type { View } from '@wordpress/dataviews';

/**
 * WordPress dependencies
 */
import { useCallback, useState } from '@wordpress/element';

/**
 * Internal dependencies
 */
import { getBootData } from '../utils/boot';

/**
 * The storage key of a saved view: per WordPress user on this site, so that
 * people sharing a browser keep their own.
 *
 * @param name   View name, e.g. "circulation".
 * @param userId WordPress user id.
 * @return Key.
 */
export function savedViewKey( name: string, userId: number ): string {
	return `entitlement-ledger:view:${ name }:${ userId }`;
}

/**
 * What is not saved: where the person was (page) and what they looked for
 * (search) belong to one visit; columns, sort, filters, page size and density
 * are the settings.
 */
const NOT_SAVED = [ 'page', 'search' ];

/**
 * Reads a saved view over the default; the page and the search always start
 * from the default's.
 *
 * @param key      Storage key.
 * @param fallback Default view.
 * @return The view.
 */
export function readSavedView( key: string, fallback: View ): View {
	try {
		const raw = window.localStorage.getItem( key );
		const saved: unknown = raw ? JSON.parse( raw ) : null;
		if ( ! saved || typeof saved !== 'object' ) {
			return fallback;
		}
		const merged: Record< string, unknown > = { ...fallback };
		for ( const [ name, value ] of Object.entries( saved ) ) {
			if ( ! NOT_SAVED.includes( name ) ) {
				merged[ name ] = value;
			}
		}
		return merged as unknown as View;
	} catch {
		return fallback;
	}
}

/**
 * View state kept in the browser's local storage for the current user: the
 * columns, sort, filters, page size and density the person chose come back
 * on their next visit.
 *
 * @param name     View name.
 * @param fallback Default view.
 * @return The view, its setter, and a reset to the default.
 */
export function useSavedView(
	name: string,
	fallback: View
): [ View, ( view: View ) => void, () => void ] {
	const key = savedViewKey( name, getBootData().userId );
	const [ view, setViewState ] = useState< View >( () =>
		readSavedView( key, fallback )
	);
	const setView = useCallback(
		( next: View ) => {
			setViewState( next );
			try {
				const saved: Record< string, unknown > = { ...next };
				for ( const field of NOT_SAVED ) {
					delete saved[ field ];
				}
				window.localStorage.setItem( key, JSON.stringify( saved ) );
			} catch {
				// Storage full or disabled: the view still works for this visit.
			}
		},
		[ key ]
	);
	const reset = useCallback( () => {
		setViewState( fallback );
		try {
			window.localStorage.removeItem( key );
		} catch {
			// Nothing saved.
		}
	}, [ key, fallback ] );
	return [ view, setView, reset ];
}
