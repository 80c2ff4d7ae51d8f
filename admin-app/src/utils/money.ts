/**
 * Money formatting.
 *
 * The API carries amounts as decimal strings ("12.50") with an ISO 4217
 * currency. They are formatted from the string itself (never through a
 * float), so that large or precise amounts print exactly.
 */

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Turns a WordPress locale (`de_DE`, `pt_BR_formal`) into a BCP 47 tag.
 *
 * @param locale WordPress or BCP 47 locale.
 * @return A BCP 47 tag Intl accepts, or undefined for the runtime default.
 */
export function toBcp47( locale: string | undefined ): string | undefined {
	if ( ! locale ) {
		return undefined;
	}
	const parts = locale
		.replace( /_/g, '-' )
		.split( '-' )
		// WordPress variants such as de_DE_formal are no BCP 47 subtags.
		.filter( ( part ) => ! /^(formal|informal)$/i.test( part ) );
	for ( const tag of [ parts.join( '-' ), parts[ 0 ] ?? '' ] ) {
		try {
			const canonical = Intl.getCanonicalLocales( tag )[ 0 ];
			if ( canonical ) {
				return canonical;
			}
		} catch {
			// Try the language alone.
		}
	}
	return undefined;
}

/**
 * The locale of the current admin page (`<html lang="…">`).
 *
 * @return BCP 47 tag or undefined.
 */
export function getPageLocale(): string | undefined {
	if ( typeof document === 'undefined' ) {
		return undefined;
	}
	return toBcp47( document.documentElement.lang || undefined );
}

const formatters = new Map< string, Intl.NumberFormat >();

function getFormatter(
	currency: string,
	locale: string | undefined
): Intl.NumberFormat {
	const key = `${ locale ?? '' }|${ currency }`;
	let formatter = formatters.get( key );
	if ( ! formatter ) {
		formatter = new Intl.NumberFormat( locale, {
			style: 'currency',
			currency,
		} );
		formatters.set( key, formatter );
	}
	return formatter;
}

/**
 * Formats a decimal amount in a currency for display.
 *
 * @param amount   Decimal string, e.g. "12.50" or "-3".
 * @param currency ISO 4217 code, e.g. "EUR".
 * @param locale   BCP 47 or WordPress locale; defaults to the page's.
 * @return The localised amount, e.g. "€12.50" or "12,50 €"; when the amount
 *         or the currency is not valid, the raw "amount currency" text.
 */
export function formatMoney(
	amount: string,
	currency: string,
	locale: string | undefined = getPageLocale()
): string {
	const trimmed = amount.trim();
	const code = currency.trim().toUpperCase();
	if ( ! DECIMAL.test( trimmed ) || ! /^[A-Z]{3}$/.test( code ) ) {
		return `${ amount } ${ currency }`.trim();
	}
	try {
		// A numeric string keeps its full precision (Intl.NumberFormat v3).
		return getFormatter( code, toBcp47( locale ) ).format(
			trimmed as Intl.StringNumericLiteral
		);
	} catch {
		return `${ trimmed } ${ code }`;
	}
}
