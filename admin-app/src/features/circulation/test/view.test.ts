/**
 * WordPress dependencies
 */
import { addQueryArgs } from '@wordpress/url';

/**
 * Internal dependencies
 */
import { cleanQuery } from '../../../api/client';
import { dateRange, DEFAULT_VIEW, viewToQuery } from '../view';

describe( 'viewToQuery', () => {
	it( 'turns the default view into page, size and sort arguments', () => {
		expect( viewToQuery( DEFAULT_VIEW ) ).toEqual( {
			page: 1,
			per_page: 20,
			orderby: 'created_at',
			order: 'desc',
		} );
	} );

	it( 'passes the search and the status and number filters', () => {
		expect(
			viewToQuery( {
				...DEFAULT_VIEW,
				page: 3,
				search: 'reader@example.com',
				filters: [
					{ field: 'status', operator: 'isAny', value: [ 'active' ] },
					{ field: 'number', operator: 'is', value: '2026' },
				],
			} )
		).toMatchObject( {
			page: 3,
			search: 'reader@example.com',
			status: [ 'active' ],
			number: 2026,
		} );
	} );

	it( 'drops unknown statuses and fields the API cannot sort by', () => {
		const query = viewToQuery( {
			...DEFAULT_VIEW,
			sort: { field: 'earned_amount', direction: 'asc' },
			filters: [ { field: 'status', operator: 'is', value: 'bogus' } ],
		} );
		expect( query.status ).toBeUndefined();
		expect( query.orderby ).toBeUndefined();
		expect( query.order ).toBeUndefined();
	} );
} );

describe( 'viewToQuery: scope and filters', () => {
	it( 'limits the list to a subscription, a customer or an email', () => {
		expect(
			viewToQuery( DEFAULT_VIEW, { kind: 'subscription', id: 12 } )
		).toMatchObject( { subscription: 12 } );
		expect(
			viewToQuery( DEFAULT_VIEW, { kind: 'customer', id: 5 } )
		).toMatchObject( { customer: 5 } );
		expect(
			viewToQuery( DEFAULT_VIEW, { kind: 'email', email: 'a@b.test' } )
		).toMatchObject( { email: 'a@b.test' } );
	} );

	it( 'passes several statuses, the currency and the type', () => {
		expect(
			viewToQuery( {
				...DEFAULT_VIEW,
				filters: [
					{
						field: 'status',
						operator: 'isAny',
						value: [ 'active', 'redeemed', 'bogus' ],
					},
					{ field: 'currency', operator: 'is', value: 'EUR' },
					{ field: 'currency', operator: 'is', value: 'eur;' },
					{ field: 'type', operator: 'is', value: 'premium_gift' },
				],
			} )
		).toMatchObject( {
			status: [ 'active', 'redeemed' ],
			currency: 'EUR',
			type: 'premium_gift',
		} );
	} );
} );

describe( 'dateRange', () => {
	it( 'turns day operators into after/before in UTC', () => {
		expect( dateRange( 'on', '2026-03-05' ) ).toEqual( {
			after: '2026-03-05T00:00:00Z',
			before: '2026-03-06T00:00:00Z',
		} );
		expect(
			dateRange( 'between', [ '2026-01-01', '2026-01-31' ] )
		).toEqual( {
			after: '2026-01-01T00:00:00Z',
			before: '2026-02-01T00:00:00Z',
		} );
		expect( dateRange( 'after', '2026-12-31' ) ).toEqual( {
			after: '2027-01-01T00:00:00Z',
		} );
		expect( dateRange( 'before', '2026-12-31' ) ).toEqual( {
			before: '2026-12-31T00:00:00Z',
		} );
	} );

	it( 'ignores incomplete or invalid dates', () => {
		expect( dateRange( 'on', '' ) ).toEqual( {} );
		expect( dateRange( 'between', [ 'nope' ] ) ).toEqual( {} );
		expect( dateRange( 'inThePast', 3 ) ).toEqual( {} );
	} );
} );

describe( 'the default view', () => {
	it( 'asks for the request the admin page preloads (AdminPage::PRELOAD_PATHS)', () => {
		expect(
			addQueryArgs(
				'/entitlement-ledger/v1/entitlements',
				cleanQuery( viewToQuery( DEFAULT_VIEW ) )
			)
		).toBe(
			'/entitlement-ledger/v1/entitlements?order=desc&orderby=created_at&page=1&per_page=20'
		);
	} );
} );
