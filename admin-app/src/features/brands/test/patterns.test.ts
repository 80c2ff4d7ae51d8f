/**
 * Internal dependencies
 */
import { brandPage } from '../list';
import { parsePatterns, readWholeNumber, slugify } from '../patterns';

describe( 'brand form helpers', () => {
	it( 'reads instance patterns one per line or comma separated', () => {
		expect(
			parsePatterns( ' localhost\n*.TEST, staging.*\n\nlocalhost ' )
		).toEqual( [ 'localhost', '*.test', 'staging.*' ] );
		expect( parsePatterns( '' ) ).toEqual( [] );
	} );

	it( 'suggests a slug from a name', () => {
		expect( slugify( 'Rocket Plugins!' ) ).toBe( 'rocket-plugins' );
		expect( slugify( 'Café  Déjà' ) ).toBe( 'cafe-deja' );
		expect( slugify( 'x'.repeat( 70 ) ) ).toHaveLength( 64 );
	} );

	it( 'reads whole numbers, empty as null', () => {
		expect( readWholeNumber( ' 12 ' ) ).toBe( 12 );
		expect( readWholeNumber( '' ) ).toBeNull();
		expect( readWholeNumber( '1.5' ) ).toBeNaN();
	} );

	it( 'searches, sorts and pages the brands', () => {
		const brand = ( slug: string, name: string, created: string ) => ( {
			id: 1,
			slug,
			name,
			instance_patterns: [],
			created_at: created,
			updated_at: created,
		} );
		const brands = [
			brand( 'b', 'Beta', '2026-01-02' ),
			brand( 'a', 'Alpha', '2026-01-03' ),
			brand( 'c', 'Gamma', '2026-01-01' ),
		];
		const view = {
			type: 'table' as const,
			page: 1,
			perPage: 2,
			search: '',
			sort: { field: 'name', direction: 'asc' as const },
		};
		const first = brandPage( brands, view );
		expect( first.data.map( ( b ) => b.slug ) ).toEqual( [ 'a', 'b' ] );
		expect( first.paginationInfo ).toEqual( {
			totalItems: 3,
			totalPages: 2,
		} );
		expect(
			brandPage( brands, { ...view, search: 'gam' } ).data.map(
				( b ) => b.slug
			)
		).toEqual( [ 'c' ] );
		expect(
			brandPage( brands, {
				...view,
				sort: { field: 'created_at', direction: 'desc' },
			} ).data[ 0 ]?.slug
		).toBe( 'a' );
	} );
} );
