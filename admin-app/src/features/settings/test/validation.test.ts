/**
 * Internal dependencies
 */
import type { PluginSettings } from '../../../api/settings';
import { getChanges, toDraft, validateDraft } from '../validation';

const SAVED: PluginSettings = {
	default_deferred_mode: 'percent',
	default_deferred_value: '20',
	expiry_months: 24,
	breakage_policy: 'on_expiry',
	account_menu_label: 'Premium gifts',
	delete_data_on_uninstall: false,
	store_currency: 'EUR',
};

describe( 'settings form', () => {
	it( 'starts clean: nothing to send, nothing wrong', () => {
		const draft = toDraft( SAVED );
		expect( getChanges( draft, SAVED ) ).toEqual( {} );
		expect( validateDraft( draft, 'EUR' ) ).toEqual( {} );
		expect( draft ).not.toHaveProperty( 'store_currency' );
	} );

	it( 'sends only what changed, trimmed and typed', () => {
		const draft = {
			...toDraft( SAVED ),
			expiry_months: '12',
			account_menu_label: '  My gifts ',
			breakage_policy: 'none' as const,
		};
		expect( getChanges( draft, SAVED ) ).toEqual( {
			expiry_months: 12,
			account_menu_label: 'My gifts',
			breakage_policy: 'none',
		} );
	} );

	it.each( [
		[ 'percent', '100', true ],
		[ 'percent', '12.5', true ],
		[ 'percent', '100.01', false ],
		[ 'percent', '12.125', false ],
		[ 'percent', 'abc', false ],
		[ 'fixed', '12.50', true ],
		[ 'fixed', '0', false ],
		[ 'fixed', '-1', false ],
	] as const )( 'a %s value of %s is valid: %s', ( mode, value, valid ) => {
		const errors = validateDraft(
			{
				...toDraft( SAVED ),
				default_deferred_mode: mode,
				default_deferred_value: value,
			},
			'EUR'
		);
		expect( errors.default_deferred_value === undefined ).toBe( valid );
	} );

	it( 'names the store currency for a fixed amount, and checks months and the label', () => {
		const errors = validateDraft(
			{
				...toDraft( SAVED ),
				default_deferred_mode: 'fixed',
				default_deferred_value: '0',
				expiry_months: '601',
				account_menu_label: ' ',
			},
			'EUR'
		);
		expect( errors.default_deferred_value ).toContain( 'EUR' );
		expect( errors.expiry_months ).toBeDefined();
		expect( errors.account_menu_label ).toBeDefined();
		expect(
			validateDraft( { ...toDraft( SAVED ), expiry_months: '' }, 'EUR' )
				.expiry_months
		).toBeDefined();
	} );
} );
