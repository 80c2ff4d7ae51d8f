/**
 * Internal dependencies
 */
import type { Gift } from '../../../api/gifts';
import { toGiftDraft, toGiftInput, validateGiftDraft } from '../form';
import { formatRedeemed, getGiftState } from '../status';
import { DEFAULT_VIEW, getCycleChoices, viewToQuery } from '../view';

const GIFT: Gift = {
	id: 3,
	number: 2026,
	name: 'Tote bag',
	description: 'Canvas',
	image_id: 9,
	image_url: 'https://example.test/tote.jpg',
	product_id: 12,
	kind: 'predefined',
	active: true,
	stock: 10,
	redeemed_count: 3,
	available: true,
	created_at: '2026-01-01T00:00:00Z',
	updated_at: '2026-01-01T00:00:00Z',
};

describe( 'gift list view', () => {
	it( 'turns the view into the REST query', () => {
		expect( viewToQuery( DEFAULT_VIEW ) ).toEqual( {
			page: 1,
			per_page: 20,
		} );
		expect(
			viewToQuery( {
				...DEFAULT_VIEW,
				page: 2,
				search: 'mug',
				filters: [
					{ field: 'number', operator: 'is', value: 2027 },
					{ field: 'status', operator: 'is', value: 'inactive' },
				],
			} )
		).toEqual( {
			page: 2,
			per_page: 20,
			search: 'mug',
			number: 2027,
			active: false,
		} );
		expect(
			viewToQuery( {
				...DEFAULT_VIEW,
				filters: [ { field: 'number', operator: 'is', value: 'x' } ],
			} )
		).toEqual( {
			page: 1,
			per_page: 20,
		} );
	} );

	it( 'offers the cycles around this year and those on screen', () => {
		expect( getCycleChoices( 2026, [ 2019, 2026 ] ) ).toEqual( [
			2028, 2027, 2026, 2025, 2024, 2019,
		] );
	} );

	it( 'tells why a gift cannot be chosen and counts redemptions', () => {
		expect( getGiftState( GIFT ) ).toBe( 'active' );
		expect( getGiftState( { ...GIFT, available: false } ) ).toBe(
			'out_of_stock'
		);
		expect(
			getGiftState( { ...GIFT, active: false, available: false } )
		).toBe( 'inactive' );
		expect( formatRedeemed( GIFT ) ).toBe( '3 of 10 (7 left)' );
		expect( formatRedeemed( { ...GIFT, redeemed_count: 12 } ) ).toBe(
			'12 of 10 (0 left)'
		);
		expect( formatRedeemed( { ...GIFT, stock: null } ) ).toBe( '3' );
	} );
} );

describe( 'gift editor form', () => {
	it( 'round-trips a gift, with an empty stock meaning no cap', () => {
		expect( toGiftInput( toGiftDraft( GIFT, 2030 ) ) ).toEqual( {
			name: 'Tote bag',
			number: 2026,
			description: 'Canvas',
			product_id: 12,
			image_id: 9,
			kind: 'predefined',
			active: true,
			stock: 10,
		} );
		const fresh = toGiftDraft( undefined, 2030 );
		expect( fresh.number ).toBe( '2030' );
		expect( toGiftInput( fresh ).stock ).toBeNull();
	} );

	it( 'checks the name, the cycle and the stock cap', () => {
		const errors = validateGiftDraft( {
			...toGiftDraft( undefined, 2026 ),
			name: ' ',
			number: '0',
			stock: '-1',
		} );
		expect( Object.keys( errors ).sort() ).toEqual( [
			'name',
			'number',
			'stock',
		] );
		expect(
			validateGiftDraft( { ...toGiftDraft( GIFT, 2026 ), stock: '' } )
		).toEqual( {} );
		expect(
			validateGiftDraft( {
				...toGiftDraft( GIFT, 2026 ),
				number: '10000',
			} ).number
		).toBeDefined();
	} );
} );
