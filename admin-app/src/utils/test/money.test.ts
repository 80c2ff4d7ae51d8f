/**
 * Internal dependencies
 */
import { formatMoney, getPageLocale, toBcp47 } from '../money';

// Intl separates amount and symbol with a no-break space in many locales.
const normalise = ( value: string ) => value.replace( /[\u00a0\u202f]/g, ' ' );

describe( 'formatMoney', () => {
	it( 'formats a decimal string in US dollars for en-US', () => {
		expect( formatMoney( '12.50', 'USD', 'en-US' ) ).toBe( '$12.50' );
	} );

	it( 'pads to the currency minor units', () => {
		expect( formatMoney( '3', 'EUR', 'en-US' ) ).toBe( '€3.00' );
		expect( formatMoney( '1000', 'JPY', 'en-US' ) ).toBe( '¥1,000' );
	} );

	it( 'uses the separators and symbol position of the locale', () => {
		expect( normalise( formatMoney( '1234.5', 'EUR', 'de-DE' ) ) ).toBe(
			'1.234,50 €'
		);
	} );

	it( 'accepts WordPress locales', () => {
		expect( normalise( formatMoney( '1234.5', 'EUR', 'de_DE' ) ) ).toBe(
			'1.234,50 €'
		);
		expect(
			normalise( formatMoney( '1234.5', 'EUR', 'de_DE_formal' ) )
		).toBe( '1.234,50 €' );
	} );

	it( 'formats negative amounts', () => {
		expect( formatMoney( '-7.25', 'USD', 'en-US' ) ).toBe( '-$7.25' );
	} );

	it( 'keeps the full precision of large amounts', () => {
		// As a float, 12345678901234567.89 would print …568.00.
		expect( formatMoney( '12345678901234567.89', 'USD', 'en-US' ) ).toBe(
			'$12,345,678,901,234,567.89'
		);
	} );

	it( 'accepts a lower-case currency code', () => {
		expect( formatMoney( '1', 'usd', 'en-US' ) ).toBe( '$1.00' );
	} );

	it( 'falls back to the raw text for an invalid amount', () => {
		expect( formatMoney( 'abc', 'USD', 'en-US' ) ).toBe( 'abc USD' );
		expect( formatMoney( '1e3', 'USD', 'en-US' ) ).toBe( '1e3 USD' );
	} );

	it( 'falls back to the raw text for an invalid currency code', () => {
		expect( formatMoney( '5.00', 'DOLLARS', 'en-US' ) ).toBe(
			'5.00 DOLLARS'
		);
	} );

	it( 'defaults to the locale of the page', () => {
		document.documentElement.lang = 'fr-FR';
		try {
			expect( normalise( formatMoney( '1234.5', 'EUR' ) ) ).toBe(
				'1 234,50 €'
			);
		} finally {
			document.documentElement.lang = '';
		}
	} );
} );

describe( 'toBcp47', () => {
	it.each( [
		[ 'en_US', 'en-US' ],
		[ 'pt_BR_formal', 'pt-BR' ],
		[ 'de-DE', 'de-DE' ],
		[ 'fr', 'fr' ],
		[ '', undefined ],
		[ undefined, undefined ],
	] )( '%p → %p', ( input, expected ) => {
		expect( toBcp47( input ) ).toBe( expected );
	} );
} );

describe( 'getPageLocale', () => {
	it( 'reads <html lang>', () => {
		document.documentElement.lang = 'nl-NL';
		try {
			expect( getPageLocale() ).toBe( 'nl-NL' );
		} finally {
			document.documentElement.lang = '';
		}
	} );

	it( 'is undefined without <html lang>', () => {
		document.documentElement.lang = '';
		expect( getPageLocale() ).toBeUndefined();
	} );
} );
