/**
 * Date ranges and calendar periods of the reports, in UTC like the REST API
 * (ISO weeks start on Monday). Days are 'YYYY-MM-DD' strings; a range's `to`
 * is the last day shown (inclusive), sent as `before` = the next midnight.
 */

/**
 * Internal dependencies
 */
import type { ReportInterval, RevenueRow } from '../../api/reports';

export type CalendarInterval = Exclude< ReportInterval, 'cycle' >;

export interface DayRange {
	/** First day, inclusive. */
	from: string;
	/** Last day, inclusive. */
	to: string;
}

export type RangePreset =
	| 'last_30_days'
	| 'month_to_date'
	| 'last_month'
	| 'quarter_to_date'
	| 'last_quarter'
	| 'year_to_date'
	| 'last_year'
	| 'last_12_months'
	| 'custom';

const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * @param day 'YYYY-MM-DD'.
 * @return Whether it is a real calendar day.
 */
export function isDay( day: string ): boolean {
	const match = DAY.exec( day );
	if ( ! match ) {
		return false;
	}
	return toDay( parseDay( day ) ) === day;
}

function parseDay( day: string ): Date {
	const [ , y, m, d ] = DAY.exec( day ) ?? [];
	return new Date( Date.UTC( Number( y ), Number( m ) - 1, Number( d ) ) );
}

function toDay( date: Date ): string {
	return date.toISOString().slice( 0, 10 );
}

/**
 * @param day  'YYYY-MM-DD'.
 * @param days Days to add (negative to go back).
 * @return The day moved.
 */
export function addDays( day: string, days: number ): string {
	return toDay( new Date( parseDay( day ).getTime() + days * DAY_MS ) );
}

function addMonths( day: string, months: number ): string {
	const date = parseDay( day );
	return toDay(
		new Date(
			Date.UTC( date.getUTCFullYear(), date.getUTCMonth() + months, 1 )
		)
	);
}

/**
 * @param date A moment.
 * @return Its UTC day.
 */
export function utcDay( date: Date ): string {
	return toDay( date );
}

/**
 * The first day of the calendar period that holds a day.
 *
 * @param interval Calendar interval.
 * @param day      'YYYY-MM-DD'.
 * @return 'YYYY-MM-DD'.
 */
export function periodStart( interval: CalendarInterval, day: string ): string {
	const startOf = ( months: number ): string => {
		const date = parseDay( day );
		const month = date.getUTCMonth();
		return toDay(
			new Date(
				Date.UTC( date.getUTCFullYear(), month - ( month % months ), 1 )
			)
		);
	};
	switch ( interval ) {
		case 'day':
			return day;
		case 'week':
			// getUTCDay: Sunday 0 … Saturday 6; ISO weeks start on Monday.
			return addDays( day, -( ( parseDay( day ).getUTCDay() + 6 ) % 7 ) );
		case 'month':
			return startOf( 1 );
		case 'quarter':
			return startOf( 3 );
		case 'year':
			return startOf( 12 );
	}
	return day;
}

/**
 * The first day of the next period.
 *
 * @param interval Calendar interval.
 * @param start    First day of a period.
 * @return 'YYYY-MM-DD'.
 */
export function nextPeriodStart(
	interval: CalendarInterval,
	start: string
): string {
	switch ( interval ) {
		case 'day':
			return addDays( start, 1 );
		case 'week':
			return addDays( start, 7 );
		case 'month':
			return addMonths( start, 1 );
		case 'quarter':
			return addMonths( start, 3 );
		case 'year':
			return addMonths( start, 12 );
	}
}

/**
 * The label the REST API gives the period starting on a day: 2026-11-22,
 * 2026-W47, 2026-11, 2026-Q4 or 2026.
 *
 * @param interval Calendar interval.
 * @param start    First day of the period.
 * @return The label.
 */
export function periodLabel(
	interval: CalendarInterval,
	start: string
): string {
	switch ( interval ) {
		case 'day':
			return start;
		case 'week':
			return isoWeekLabel( start );
		case 'month':
			return start.slice( 0, 7 );
		case 'quarter':
			return `${ start.slice( 0, 4 ) }-Q${
				Math.floor( ( Number( start.slice( 5, 7 ) ) - 1 ) / 3 ) + 1
			}`;
		case 'year':
			return start.slice( 0, 4 );
	}
	return start;
}

/**
 * The ISO week of a day: the year and week of the week's Thursday.
 *
 * @param day Any day of the week.
 * @return e.g. 2026-W47.
 */
function isoWeekLabel( day: string ): string {
	const monday = periodStart( 'week', day );
	const thursday = parseDay( addDays( monday, 3 ) );
	const isoYear = thursday.getUTCFullYear();
	const week =
		Math.floor(
			( thursday.getTime() - Date.UTC( isoYear, 0, 1 ) ) / DAY_MS / 7
		) + 1;
	return `${ isoYear }-W${ String( week ).padStart( 2, '0' ) }`;
}

export interface Period {
	label: string;
	/** First day (clipped to the range). */
	start: string;
}

/**
 * Every period of a range, so that periods without activity show as zero
 * (the REST API leaves them out).
 *
 * @param interval Calendar interval.
 * @param range    Days shown.
 * @param max      Most periods to return.
 * @return The periods, or null when there would be more than max.
 */
export function periodsOfRange(
	interval: CalendarInterval,
	range: DayRange,
	max = 400
): Period[] | null {
	const periods: Period[] = [];
	let start = periodStart( interval, range.from );
	while ( start <= range.to ) {
		if ( periods.length >= max ) {
			return null;
		}
		periods.push( {
			label: periodLabel( interval, start ),
			start: start < range.from ? range.from : start,
		} );
		start = nextPeriodStart( interval, start );
	}
	return periods;
}

export interface SeriesPoint {
	label: string;
	deferred: number;
	earned: number;
	breakage: number;
	/** The row behind the point, when the period had activity. */
	row: RevenueRow | null;
}

/**
 * The chart's points: one per period of the range in one currency, zero
 * where the report has no row (for cycle: the report's rows as they come).
 *
 * @param rows     Report rows (every currency).
 * @param interval Interval of the report.
 * @param range    Days shown.
 * @param currency Currency shown.
 * @return The points, oldest first.
 */
export function buildSeries(
	rows: readonly RevenueRow[],
	interval: ReportInterval,
	range: DayRange,
	currency: string
): SeriesPoint[] {
	const own = rows.filter( ( row ) => row.currency === currency );
	const point = (
		label: string,
		row: RevenueRow | undefined
	): SeriesPoint => ( {
		label,
		deferred: row ? Number( row.deferred_added ) : 0,
		earned: row ? Number( row.recognised ) : 0,
		breakage: row ? Number( row.broken ) : 0,
		row: row ?? null,
	} );
	if ( interval === 'cycle' ) {
		return own.map( ( row ) => point( row.period, row ) );
	}
	const periods = periodsOfRange( interval, range );
	if ( ! periods ) {
		return own.map( ( row ) => point( row.period, row ) );
	}
	const byLabel = new Map( own.map( ( row ) => [ row.period, row ] ) );
	return periods.map( ( period ) =>
		point( period.label, byLabel.get( period.label ) )
	);
}

/**
 * The range of a preset, relative to today (UTC).
 *
 * @param preset Preset.
 * @param today  'YYYY-MM-DD'.
 * @return The days, or null for custom.
 */
export function presetRange(
	preset: RangePreset,
	today: string
): DayRange | null {
	switch ( preset ) {
		case 'last_30_days':
			return { from: addDays( today, -29 ), to: today };
		case 'month_to_date':
			return { from: periodStart( 'month', today ), to: today };
		case 'last_month': {
			const thisMonth = periodStart( 'month', today );
			return {
				from: addMonths( thisMonth, -1 ),
				to: addDays( thisMonth, -1 ),
			};
		}
		case 'quarter_to_date':
			return { from: periodStart( 'quarter', today ), to: today };
		case 'last_quarter': {
			const thisQuarter = periodStart( 'quarter', today );
			return {
				from: addMonths( thisQuarter, -3 ),
				to: addDays( thisQuarter, -1 ),
			};
		}
		case 'year_to_date':
			return { from: periodStart( 'year', today ), to: today };
		case 'last_year': {
			const thisYear = periodStart( 'year', today );
			return {
				from: addMonths( thisYear, -12 ),
				to: addDays( thisYear, -1 ),
			};
		}
		case 'last_12_months':
			return {
				from: addMonths( periodStart( 'month', today ), -11 ),
				to: today,
			};
		case 'custom':
			return null;
	}
}

/**
 * The REST arguments of a range: after = the first midnight, before = the
 * midnight after the last day.
 *
 * @param range Days shown.
 * @return RFC 3339 UTC bounds.
 */
export function rangeToQuery( range: DayRange ): {
	after: string;
	before: string;
} {
	return {
		after: `${ range.from }T00:00:00Z`,
		before: `${ addDays( range.to, 1 ) }T00:00:00Z`,
	};
}

/**
 * @param range Days shown.
 * @return Whether both ends are days and the range is not reversed.
 */
export function isValidRange( range: DayRange ): boolean {
	return isDay( range.from ) && isDay( range.to ) && range.from <= range.to;
}

/**
 * A change between two amounts, in percent.
 *
 * @param current  Decimal string.
 * @param previous Decimal string.
 * @return The change (e.g. 12.5 for +12.5 %), or null when there is nothing to compare with.
 */
export function percentChange(
	current: string,
	previous: string
): number | null {
	const now = Number( current );
	const before = Number( previous );
	if (
		! Number.isFinite( now ) ||
		! Number.isFinite( before ) ||
		before === 0
	) {
		return null;
	}
	return ( ( now - before ) / Math.abs( before ) ) * 100;
}
