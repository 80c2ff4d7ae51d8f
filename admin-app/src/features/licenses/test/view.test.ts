/**
 * Internal dependencies
 */
import { getAllowedActions } from '../labels';
import { renewalExpiry } from '../renewal';
import { DEFAULT_VIEW, viewToQuery } from '../view';
import { canOpenScreen } from '../../../app/access';

describe( 'license list view', () => {
	it( 'turns the default view into the newest licenses first', () => {
		expect( viewToQuery( DEFAULT_VIEW ) ).toEqual( {
			page: 1,
			per_page: 20,
			orderby: 'created_at',
			order: 'desc',
		} );
	} );

	it( 'sends the search, the filters and a sortable column only', () => {
		expect(
			viewToQuery( {
				...DEFAULT_VIEW,
				search: '  ann@ ',
				filters: [
					{ field: 'brand', operator: 'is', value: 'rocket' },
					{ field: 'product', operator: 'is', value: 'rocket-pro' },
					{ field: 'status', operator: 'is', value: 'suspended' },
					{ field: 'status', operator: 'is', value: 'bogus' },
				],
				sort: { field: 'customer_email', direction: 'asc' },
			} )
		).toMatchObject( {
			search: 'ann@',
			brand: 'rocket',
			product: 'rocket-pro',
			status: 'suspended',
			orderby: 'customer_email',
			order: 'asc',
		} );
		expect(
			viewToQuery( {
				...DEFAULT_VIEW,
				sort: { field: 'seats', direction: 'asc' },
			} ).orderby
		).toBeUndefined();
	} );

	it( 'offers only the actions the status allows', () => {
		expect( getAllowedActions( 'valid' ) ).toEqual( [
			'suspend',
			'renew',
			'cancel',
		] );
		expect( getAllowedActions( 'suspended' ) ).toContain( 'resume' );
		expect( getAllowedActions( 'cancelled' ) ).toEqual( [] );
	} );

	it( 'renews to the end of the picked day, or leaves it to the product', () => {
		expect( renewalExpiry( '2027-03-01' ) ).toBe( '2027-03-01T23:59:59Z' );
		expect( renewalExpiry( '' ) ).toBeNull();
	} );
} );

describe( 'screens by capability', () => {
	const none = {
		manageEntitlements: false,
		viewReports: false,
		manageSettings: false,
		manageLicenses: false,
	};
	const ALL = [
		'circulation',
		'gifts',
		'reports',
		'licenses',
		'brands',
		'settings',
	];
	const names = ( caps: Partial< typeof none > ) =>
		ALL.filter( ( name ) => canOpenScreen( name, { ...none, ...caps } ) );

	it( 'shows the license screens only to license staff, and Settings only to its capability', () => {
		expect(
			names( { manageEntitlements: true, viewReports: true } )
		).toEqual( [ 'circulation', 'gifts', 'reports' ] );
		expect( names( { manageLicenses: true } ) ).toEqual( [
			'licenses',
			'brands',
		] );
		expect(
			canOpenScreen( 'unknown', { ...none, manageEntitlements: true } )
		).toBe( false );
		expect(
			names( {
				manageEntitlements: true,
				viewReports: true,
				manageSettings: true,
				manageLicenses: true,
			} )
		).toEqual( [
			'circulation',
			'gifts',
			'reports',
			'licenses',
			'brands',
			'settings',
		] );
	} );
} );
