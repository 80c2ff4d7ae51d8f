/**
 * Internal dependencies
 */
import { DEFAULT_VIEW, viewToQuery } from '../view';

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
