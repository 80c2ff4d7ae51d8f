/**
 * External dependencies
 */
import type { View } from '@wordpress/dataviews';

/**
 * Internal dependencies
 */
import { readSavedView, savedViewKey } from '../useSavedView';

const DEFAULT: View = {
	type: 'table',
	page: 1,
	perPage: 20,
	search: '',
	filters: [],
	fields: [ 'id' ],
};

describe( 'saved views', () => {
	beforeEach( () => window.localStorage.clear() );

	it( 'are kept per user', () => {
		expect( savedViewKey( 'circulation', 3 ) ).not.toBe(
			savedViewKey( 'circulation', 4 )
		);
	} );

	it( 'restore settings but not the page or the search', () => {
		window.localStorage.setItem(
			'k',
			JSON.stringify( {
				perPage: 50,
				page: 7,
				search: 'old',
				filters: [
					{ field: 'status', operator: 'isAny', value: [ 'active' ] },
				],
			} )
		);
		const view = readSavedView( 'k', DEFAULT );
		expect( view.perPage ).toBe( 50 );
		expect( view.page ).toBe( 1 );
		expect( view.search ).toBe( '' );
		expect( view.filters ).toHaveLength( 1 );
	} );

	it( 'fall back to the default on broken storage', () => {
		window.localStorage.setItem( 'k', '{not json' );
		expect( readSavedView( 'k', DEFAULT ) ).toBe( DEFAULT );
		expect( readSavedView( 'missing', DEFAULT ) ).toBe( DEFAULT );
	} );
} );
