<?php
/**
 * Deferred vs earned revenue over time.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain\Reports;

use DateTimeImmutable;
use DateTimeZone;
use EntitlementLedger\DataStores\ReportStore;
use EntitlementLedger\Domain\DomainError;
use EntitlementLedger\Domain\Money\Currency;
use EntitlementLedger\Domain\Money\Money;

/**
 * The movements of the deferred_revenue account per period and currency, read from the
 * daily projection (el_ledger_daily).
 *
 * Semantics (all amounts are decimal strings of the row's currency):
 * - deferred_added   = −(deferral + adjustment lines): value deferred on creation, net of staff adjustments;
 * - recognised       = recognition lines: value recognised as earned on redemption;
 * - broken           = breakage lines: unredeemed value recognised on expiry;
 * - reversed         = reversal lines, net: positive when deferrals are reversed (cancel, refund,
 *                      delete), negative when an undone redemption puts value back into deferral;
 * - closing_deferred = the deferred balance at period_end: −(every deferred_revenue line before
 *                      period_end, including those before `after`).
 * So for every row: closing = previous closing (or the opening) + added − recognised − broken − reversed.
 *
 * Range and periods: the projection has day resolution, so the range [after, before) is widened
 * to whole UTC days: after is rounded down to its day's midnight and before up to the next
 * midnight (a bound already at midnight is kept). Calendar periods are UTC: ISO weeks starting
 * Monday ("2026-W47"), months ("2026-11"), quarters ("2026-Q4"), years ("2026"), days
 * ("2026-11-22"). period_start and period_end (exclusive) are RFC 3339 UTC date-times of the
 * calendar period clipped to the range, so the first and last rows may cover part of a period
 * and closing_deferred is always the balance at the row's period_end. Periods without
 * deferred-revenue activity are omitted (their closing equals the previous row's).
 *
 * Interval "cycle": one row per entitlement number (cycle) and currency with the activity in the
 * range; closing_deferred is that cycle's deferred balance at `before` (now when open), and
 * period_start / period_end are the range's bounds (null when open). Cycles that hold a balance
 * at `before` are listed even without activity in the range.
 *
 * Totals per currency cover the whole range: deferred_added, recognised, broken, reversed,
 * opening_deferred (balance at `after`; "0.00" when open) and closing_deferred (balance at `before`).
 */
class RevenueReport {

	public const INTERVALS = array( 'day', 'week', 'month', 'quarter', 'year', 'cycle' );

	public const COMPARE_PREVIOUS_PERIOD = 'previous_period';
	public const COMPARE_PREVIOUS_YEAR   = 'previous_year';

	/**
	 * Constructor.
	 *
	 * @param ReportStore $store Report SQL.
	 */
	public function __construct( private ReportStore $store ) {
	}

	/**
	 * The report.
	 *
	 * @param string      $interval day|week|month|quarter|year|cycle.
	 * @param string|null $after    UTC 'Y-m-d H:i:s' inclusive, or null for the beginning.
	 * @param string|null $before   UTC 'Y-m-d H:i:s' exclusive, or null for no end.
	 * @param string|null $currency Only this currency.
	 * @return array{rows: list<array<string, string|null>>, totals: array<string, array<string, string>>}
	 * @throws DomainError On an unknown interval, currency or an empty range.
	 */
	public function rows( string $interval, ?string $after, ?string $before, ?string $currency ): array {
		if ( ! in_array( $interval, self::INTERVALS, true ) ) {
			throw DomainError::invalid( 'el_invalid_interval', __( 'interval must be day, week, month, quarter, year or cycle.', 'entitlement-ledger' ), 'interval' );
		}
		$currency = null === $currency || '' === $currency ? null : Currency::from( $currency )->code;
		$from_day = null === $after ? null : self::floor_day( $after, 'after' );
		$to_day   = null === $before ? null : self::ceil_day( $before, 'before' );
		if ( null !== $from_day && null !== $to_day && $from_day >= $to_day ) {
			throw DomainError::invalid( 'el_invalid_range', __( 'after must be earlier than before.', 'entitlement-ledger' ), 'before' );
		}

		return 'cycle' === $interval
			? $this->by_cycle( $from_day, $to_day, $currency )
			: $this->by_period( $interval, $from_day, $to_day, $currency );
	}

	/**
	 * The range a report range is compared with, in whole UTC days like the report itself:
	 * previous_period is the range of the same number of days that ends where this one
	 * starts; previous_year is the same days a year earlier (29 February → 1 March).
	 *
	 * @param string $compare previous_period|previous_year.
	 * @param string $after   UTC 'Y-m-d H:i:s' inclusive.
	 * @param string $before  UTC 'Y-m-d H:i:s' exclusive.
	 * @return array{after: string, before: string} UTC 'Y-m-d H:i:s' midnights.
	 * @throws DomainError On an unknown comparison, a bad date or an empty range.
	 */
	public function comparison_range( string $compare, string $after, string $before ): array {
		$utc  = new DateTimeZone( 'UTC' );
		$from = new DateTimeImmutable( self::floor_day( $after, 'after' ), $utc );
		$to   = new DateTimeImmutable( self::ceil_day( $before, 'before' ), $utc );
		if ( $from >= $to ) {
			throw DomainError::invalid( 'el_invalid_range', __( 'after must be earlier than before.', 'entitlement-ledger' ), 'before' );
		}
		if ( self::COMPARE_PREVIOUS_PERIOD === $compare ) {
			$days = (int) $from->diff( $to )->days;
			return array(
				'after'  => $from->modify( "-{$days} days" )->format( 'Y-m-d H:i:s' ),
				'before' => $from->format( 'Y-m-d H:i:s' ),
			);
		}
		if ( self::COMPARE_PREVIOUS_YEAR === $compare ) {
			return array(
				'after'  => $from->modify( '-1 year' )->format( 'Y-m-d H:i:s' ),
				'before' => $to->modify( '-1 year' )->format( 'Y-m-d H:i:s' ),
			);
		}
		throw DomainError::invalid( 'el_invalid_compare', __( 'compare must be previous_period or previous_year.', 'entitlement-ledger' ), 'compare' );
	}

	/**
	 * Rows per calendar period.
	 *
	 * @param string      $interval Calendar interval.
	 * @param string|null $from_day First day, or null.
	 * @param string|null $to_day   Day after the last, or null.
	 * @param string|null $currency Currency filter.
	 * @return array{rows: list<array<string, string|null>>, totals: array<string, array<string, string>>}
	 */
	private function by_period( string $interval, ?string $from_day, ?string $to_day, ?string $currency ): array {
		$opening = null === $from_day ? array() : $this->store->deferred_sum_before( $from_day, $currency );
		$groups  = $this->store->deferred_activity_by_period( $interval, $from_day ?? ReportStore::MIN_DAY, $to_day ?? ReportStore::MAX_DAY, $currency );

		$running = $opening;
		$totals  = array();
		foreach ( $opening as $code => $sum ) {
			$totals[ $code ] = self::empty_total( $sum );
		}
		$rows = array();
		foreach ( $groups as $group ) {
			$code = $group['currency'];
			if ( 0 === $group['added'] && 0 === $group['recognised'] && 0 === $group['broken'] && 0 === $group['reversed'] && 0 === $group['net'] ) {
				continue;
			}
			$running[ $code ] = ( $running[ $code ] ?? 0 ) + $group['net'];
			$totals[ $code ]  = self::add_to_total( $totals[ $code ] ?? self::empty_total( 0 ), $group );

			[ $label, $start, $end ] = self::period( $interval, $group['period_start'] );
			$money                   = Currency::from( $code );
			$rows[]                  = array(
				'period'           => $label,
				'period_start'     => self::to_api( null === $from_day ? $start : max( $start, $from_day ) ),
				'period_end'       => self::to_api( null === $to_day ? $end : min( $end, $to_day ) ),
				'currency'         => $code,
				'deferred_added'   => Money::format( -$group['added'], $money ),
				'recognised'       => Money::format( $group['recognised'], $money ),
				'broken'           => Money::format( $group['broken'], $money ),
				'reversed'         => Money::format( $group['reversed'], $money ),
				'closing_deferred' => Money::format( -$running[ $code ], $money ),
			);
		}
		return array(
			'rows'   => $rows,
			'totals' => self::format_totals( $totals ),
		);
	}

	/**
	 * Rows per entitlement number.
	 *
	 * @param string|null $from_day First day, or null.
	 * @param string|null $to_day   Day after the last, or null.
	 * @param string|null $currency Currency filter.
	 * @return array{rows: list<array<string, string|null>>, totals: array<string, array<string, string>>}
	 */
	private function by_cycle( ?string $from_day, ?string $to_day, ?string $currency ): array {
		$groups = $this->store->deferred_activity_by_cycle( $from_day ?? ReportStore::MIN_DAY, $to_day ?? ReportStore::MAX_DAY, $currency );
		$totals = array();
		$rows   = array();
		foreach ( $groups as $group ) {
			$code                        = $group['currency'];
			$totals[ $code ]             = self::add_to_total( $totals[ $code ] ?? self::empty_total( 0 ), $group );
			$totals[ $code ]['opening'] += $group['sum_before'];
			if ( 0 === $group['added'] && 0 === $group['recognised'] && 0 === $group['broken'] && 0 === $group['reversed'] && 0 === $group['net'] && 0 === $group['sum_to'] ) {
				continue;
			}
			$money  = Currency::from( $code );
			$rows[] = array(
				'period'           => (string) $group['number'],
				'period_start'     => self::to_api( $from_day ),
				'period_end'       => self::to_api( $to_day ),
				'currency'         => $code,
				'deferred_added'   => Money::format( -$group['added'], $money ),
				'recognised'       => Money::format( $group['recognised'], $money ),
				'broken'           => Money::format( $group['broken'], $money ),
				'reversed'         => Money::format( $group['reversed'], $money ),
				'closing_deferred' => Money::format( -$group['sum_to'], $money ),
			);
		}
		return array(
			'rows'   => $rows,
			'totals' => self::format_totals( $totals ),
		);
	}

	/**
	 * The label, first day and day after the last of the calendar period starting on $start.
	 *
	 * @param string $interval Calendar interval.
	 * @param string $start    'Y-m-d' first day of the period (as grouped in SQL).
	 * @return array{0: string, 1: string, 2: string}
	 */
	private static function period( string $interval, string $start ): array {
		$date = new DateTimeImmutable( $start, new DateTimeZone( 'UTC' ) );
		return match ( $interval ) {
			'day'     => array( $date->format( 'Y-m-d' ), $start, $date->modify( '+1 day' )->format( 'Y-m-d' ) ),
			'week'    => array( $date->format( 'o-\WW' ), $start, $date->modify( '+7 days' )->format( 'Y-m-d' ) ),
			'month'   => array( $date->format( 'Y-m' ), $start, $date->modify( '+1 month' )->format( 'Y-m-d' ) ),
			'quarter' => array( $date->format( 'Y' ) . '-Q' . (int) ceil( (int) $date->format( 'n' ) / 3 ), $start, $date->modify( '+3 months' )->format( 'Y-m-d' ) ),
			default   => array( $date->format( 'Y' ), $start, $date->modify( '+1 year' )->format( 'Y-m-d' ) ),
		};
	}

	/**
	 * A zeroed total in minor units.
	 *
	 * @param int $opening_sum Sum of the deferred_revenue lines before the range.
	 * @return array{added: int, recognised: int, broken: int, reversed: int, opening: int, net: int}
	 */
	private static function empty_total( int $opening_sum ): array {
		return array(
			'added'      => 0,
			'recognised' => 0,
			'broken'     => 0,
			'reversed'   => 0,
			'opening'    => $opening_sum,
			'net'        => 0,
		);
	}

	/**
	 * Adds a group's sums to a total.
	 *
	 * @param array{added: int, recognised: int, broken: int, reversed: int, opening: int, net: int} $total Total so far.
	 * @param array{added: int, recognised: int, broken: int, reversed: int, net: int}               $group Group.
	 * @return array{added: int, recognised: int, broken: int, reversed: int, opening: int, net: int}
	 */
	private static function add_to_total( array $total, array $group ): array {
		foreach ( array( 'added', 'recognised', 'broken', 'reversed', 'net' ) as $key ) {
			$total[ $key ] += $group[ $key ];
		}
		return $total;
	}

	/**
	 * Totals as decimal strings, by currency code (sorted).
	 *
	 * @param array<string, array{added: int, recognised: int, broken: int, reversed: int, opening: int, net: int}> $totals Totals in line sums.
	 * @return array<string, array<string, string>>
	 */
	private static function format_totals( array $totals ): array {
		ksort( $totals );
		$formatted = array();
		foreach ( $totals as $code => $total ) {
			$money              = Currency::from( $code );
			$formatted[ $code ] = array(
				'deferred_added'   => Money::format( -$total['added'], $money ),
				'recognised'       => Money::format( $total['recognised'], $money ),
				'broken'           => Money::format( $total['broken'], $money ),
				'reversed'         => Money::format( $total['reversed'], $money ),
				'opening_deferred' => Money::format( -$total['opening'], $money ),
				'closing_deferred' => Money::format( -( $total['opening'] + $total['net'] ), $money ),
			);
		}
		return $formatted;
	}

	/**
	 * The day of a timestamp ('Y-m-d').
	 *
	 * @param string $stored UTC 'Y-m-d H:i:s' (or 'Y-m-d').
	 * @param string $param  Parameter name for the error.
	 * @throws DomainError When not a date.
	 */
	private static function floor_day( string $stored, string $param ): string {
		return self::parse( $stored, $param )->format( 'Y-m-d' );
	}

	/**
	 * The first midnight at or after a timestamp ('Y-m-d').
	 *
	 * @param string $stored UTC 'Y-m-d H:i:s' (or 'Y-m-d').
	 * @param string $param  Parameter name for the error.
	 * @throws DomainError When not a date.
	 */
	private static function ceil_day( string $stored, string $param ): string {
		$date = self::parse( $stored, $param );
		$day  = $date->setTime( 0, 0 );
		return ( $day < $date ? $day->modify( '+1 day' ) : $day )->format( 'Y-m-d' );
	}

	/**
	 * Parses a stored UTC timestamp.
	 *
	 * @param string $stored UTC 'Y-m-d H:i:s' (or 'Y-m-d').
	 * @param string $param  Parameter name for the error.
	 * @throws DomainError When not a date.
	 */
	private static function parse( string $stored, string $param ): DateTimeImmutable {
		$utc  = new DateTimeZone( 'UTC' );
		$date = DateTimeImmutable::createFromFormat( '!Y-m-d H:i:s', $stored, $utc );
		if ( false === $date ) {
			$date = DateTimeImmutable::createFromFormat( '!Y-m-d', $stored, $utc );
		}
		if ( false === $date || (int) $date->format( 'Y' ) < 1000 ) {
			/* translators: %s: parameter name. */
			throw DomainError::invalid( 'el_invalid_date', sprintf( __( '%s must be a date-time.', 'entitlement-ledger' ), $param ), $param );
		}
		return $date;
	}

	/**
	 * A day as an RFC 3339 UTC midnight, or null.
	 *
	 * @param string|null $day 'Y-m-d'.
	 */
	private static function to_api( ?string $day ): ?string {
		return null === $day ? null : $day . 'T00:00:00Z';
	}
}
