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
 * A short axis label: the day and month, the month, "W47", "Q4", the year.
 *
 * @param period Label from the API (a cycle number stays as it is).
 * @param locale Locale; defaults to the page's.
 * @return The short label.
 */
export function formatPeriodShort( period: string, locale?: string ): string {
	let match = DAYS.exec( period );
	if ( match ) {
		return utcFormat( { day: 'numeric', month: 'short' }, locale ).format(
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
		return utcFormat( { month: 'short', year: '2-digit' }, locale ).format(
			new Date(
				Date.UTC( Number( match[ 1 ] ), Number( match[ 2 ] ) - 1, 1 )
			)
		);
	}
	if ( WEEKS.test( period ) || QUARTERS.test( period ) ) {
		return period.slice( 5 ) + ' ' + period.slice( 2, 4 );
	}
	return period;
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
			maximumFractionDigits: 1,
		} ).format( value );
	} catch {
		return String( value );
	}
}
