/**
 * Display labels of report periods and amounts.
 */

/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { ReportInterval } from '../../api/reports';
import { getPageLocale, toBcp47 } from '../../utils/money';

const MONTHS = /^(\d{4})-(\d{2})$/;
const DAYS = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEKS = /^(\d{4})-W(\d{2})$/;
const QUARTERS = /^(\d{4})-Q([1-4])$/;

function utcFormat( options: Intl.DateTimeFormatOptions, locale?: string ) {
	return new Intl.DateTimeFormat( toBcp47( locale ) ?? getPageLocale(), {
		timeZone: 'UTC',
		...options,
	} );
}

/**
 * A period label of the REST API for people: "Nov 2026", "22 Nov 2026",
 * "Week 47, 2026", "Q4 2026", "2026", "Cycle 2026".
 *
 * @param period   Label from the API.
 * @param interval Interval of the report.
 * @param locale   Locale; defaults to the page's.
 * @return The label to show.
 */
export function formatPeriod(
	period: string,
	interval: ReportInterval,
	locale?: string
): string {
	if ( interval === 'cycle' ) {
		return sprintf(
			/* translators: %s: entitlement number (cycle), e.g. 2026. */ __(
				'Cycle %s',
				'entitlement-ledger'
			),
			period
		);
	}
	let match = DAYS.exec( period );
	if ( match ) {
		return utcFormat(
			{ day: 'numeric', month: 'short', year: 'numeric' },
			locale
		).format(
			new Date(
				Date.UTC(
					Number( match[ 1 ] ),
					Number( match[ 2 ] ) - 1,
					Number( match[ 3 ] )
				)
			)
		);
	}
	match = MONTHS.exec( period );
	if ( match ) {
		return utcFormat( { month: 'short', year: 'numeric' }, locale ).format(
			new Date(
				Date.UTC( Number( match[ 1 ] ), Number( match[ 2 ] ) - 1, 1 )
			)
		);
	}
	match = WEEKS.exec( period );
	if ( match ) {
		return sprintf(
			/* translators: 1: ISO week number, 2: year. */ __(
				'Week %1$d, %2$s',
				'entitlement-ledger'
			),
			Number( match[ 2 ] ),
			match[ 1 ] ?? ''
		);
	}
	match = QUARTERS.exec( period );
	if ( match ) {
		return sprintf(
			/* translators: 1: quarter number (1-4), 2: year. */ __(
				'Q%1$s %2$s',
				'entitlement-ledger'
			),
			match[ 2 ] ?? '',
			match[ 1 ] ?? ''
		);
	}
	return period;
}

/**
 * Short axis labels for the periods drawn under the chart: "Nov", "W47",
 * "Q4", "22 Nov", with the year on the first label and wherever the year
 * changes ("Dec 2025", "Jan 2026", "Feb", …), so that "Dec 25" is never
 * mistaken for a day.
 *
 * @param periods Period labels from the API, in order.
 * @param indexes Indexes of the labels drawn.
 * @param locale  Locale; defaults to the page's.
 * @return Label by index.
 */
export function formatAxisLabels(
	periods: readonly string[],
	indexes: readonly number[],
	locale?: string
): Map< number, string > {
	const labels = new Map< number, string >();
	let lastYear = '';
	for ( const index of indexes ) {
		const period = periods[ index ] ?? '';
		const calendar = /^\d{4}-/.test( period );
		const year = calendar ? period.slice( 0, 4 ) : '';
		const withYear = calendar && year !== lastYear;
		lastYear = year;
		labels.set( index, shortLabel( period, withYear, locale ) );
	}
	return labels;
}

function shortLabel(
	period: string,
	withYear: boolean,
	locale?: string
): string {
	const year = withYear ? { year: 'numeric' as const } : {};
	let match = DAYS.exec( period );
	if ( match ) {
		return utcFormat(
			{ day: 'numeric', month: 'short', ...year },
			locale
		).format(
			new Date(
				Date.UTC(
					Number( match[ 1 ] ),
					Number( match[ 2 ] ) - 1,
					Number( match[ 3 ] )
				)
			)
		);
	}
	match = MONTHS.exec( period );
	if ( match ) {
		return utcFormat( { month: 'short', ...year }, locale ).format(
			new Date(
				Date.UTC( Number( match[ 1 ] ), Number( match[ 2 ] ) - 1, 1 )
			)
		);
	}
	if ( WEEKS.test( period ) || QUARTERS.test( period ) ) {
		return (
			period.slice( 5 ) + ( withYear ? ` ${ period.slice( 0, 4 ) }` : '' )
		);
	}
	return period;
}

/**
 * A day for people: "22 Nov 2026".
 *
 * @param day    'YYYY-MM-DD'.
 * @param locale Locale; defaults to the page's.
 * @return The date.
 */
export function formatDay( day: string, locale?: string ): string {
	return DAYS.test( day ) ? formatPeriod( day, 'day', locale ) : day;
}

/**
 * An axis amount, compact: "$1.2K", "€300".
 *
 * @param value    Amount.
 * @param currency ISO 4217 code.
 * @param locale   Locale; defaults to the page's.
 * @return The label.
 */
export function formatAxisAmount(
	value: number,
	currency: string,
	locale?: string
): string {
	try {
		return new Intl.NumberFormat( toBcp47( locale ) ?? getPageLocale(), {
			style: 'currency',
			currency,
			notation: 'compact',
			minimumFractionDigits: 0,
			maximumFractionDigits: 1,
		} ).format( value );
	} catch {
		return String( value );
	}
}
