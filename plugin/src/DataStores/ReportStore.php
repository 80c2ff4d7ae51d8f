<?php
/**
 * SQL for the reports.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\DataStores;

use EntitlementLedger\Database\Connection;
use EntitlementLedger\Database\Tables;
use EntitlementLedger\Domain\Ledger\Account;
use EntitlementLedger\Domain\Ledger\EntryKind;

/**
 * The only SQL behind the reports. It reads the two projections (el_ledger_daily and
 * el_liability) and never scans the journal, so a report costs the same with ten or ten
 * million journal lines. Every query groups in SQL; the result has one row per group.
 */
class ReportStore {

	/**
	 * Smallest and largest DATE values, used when a bound is open.
	 */
	public const MIN_DAY = '1000-01-01';
	public const MAX_DAY = '9999-12-31';

	/**
	 * The first day of the period a `day` falls in, per interval. Whitelisted SQL: never
	 * built from input. No '%' characters, so they pass through $this->db->prepare() untouched.
	 */
	private const PERIOD_START = array(
		'day'     => 'day',
		'week'    => 'DATE_SUB(day, INTERVAL WEEKDAY(day) DAY)',
		'month'   => 'DATE_SUB(day, INTERVAL DAYOFMONTH(day) - 1 DAY)',
		'quarter' => 'MAKEDATE(YEAR(day), 1) + INTERVAL (QUARTER(day) - 1) QUARTER',
		'year'    => 'MAKEDATE(YEAR(day), 1)',
	);

	/**
	 * Constructor.
	 *
	 * @param Connection $db Database access.
	 */
	public function __construct( private Connection $db ) {
	}

	/**
	 * Sum of every deferred_revenue line per currency on days before $before_day
	 * (debits positive, so the deferred balance is the negation).
	 *
	 * @param string      $before_day 'Y-m-d', exclusive.
	 * @param string|null $currency   Only this currency.
	 * @return array<string, int> Sum by currency code.
	 */
	public function deferred_sum_before( string $before_day, ?string $currency ): array {
		$rows = $this->db->get_results(
			$this->db->prepare(
				'SELECT currency, SUM(amount) AS amount FROM %i
				WHERE account = %s AND day < %s AND (%s = \'\' OR currency = %s)
				GROUP BY currency',
				Tables::name( Tables::LEDGER_DAILY ),
				Account::DeferredRevenue->value,
				$before_day,
				(string) $currency,
				(string) $currency
			)
		);
		$sums = array();
		foreach ( $rows as $row ) {
			$sums[ (string) $row['currency'] ] = (int) $row['amount'];
		}
		return $sums;
	}

	/**
	 * Deferred-revenue activity per calendar period and currency on days in [$from_day, $to_day).
	 *
	 * @param string      $interval day|week|month|quarter|year.
	 * @param string      $from_day 'Y-m-d', inclusive.
	 * @param string      $to_day   'Y-m-d', exclusive.
	 * @param string|null $currency Only this currency.
	 * @return list<array{period_start: string, currency: string, added: int, recognised: int, broken: int, reversed: int, net: int}>
	 *         Raw line sums (debits positive), ordered by period then currency.
	 * @throws \InvalidArgumentException On an unknown interval.
	 */
	public function deferred_activity_by_period( string $interval, string $from_day, string $to_day, ?string $currency ): array {
		if ( ! isset( self::PERIOD_START[ $interval ] ) ) {
			throw new \InvalidArgumentException( 'Unknown report interval.' );
		}
		$period              = self::PERIOD_START[ $interval ];
		[ $sums, $sum_args ] = self::kind_sums();
		// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- $period and the sum columns are whitelisted SQL; values are placeholders.
		$rows = $this->db->get_results(
			$this->db->prepare(
				"SELECT {$period} AS period_start, currency, {$sums}
				FROM %i
				WHERE account = %s AND day >= %s AND day < %s AND (%s = '' OR currency = %s)
				GROUP BY period_start, currency
				ORDER BY period_start ASC, currency ASC",
				...array_merge(
					$sum_args,
					array(
						Tables::name( Tables::LEDGER_DAILY ),
						Account::DeferredRevenue->value,
						$from_day,
						$to_day,
						(string) $currency,
						(string) $currency,
					)
				)
			)
		);
		// phpcs:enable
		return array_values(
			array_map(
				static fn( array $row ): array => array(
					'period_start' => substr( (string) $row['period_start'], 0, 10 ),
					'currency'     => (string) $row['currency'],
					'added'        => (int) $row['added'],
					'recognised'   => (int) $row['recognised'],
					'broken'       => (int) $row['broken'],
					'reversed'     => (int) $row['reversed'],
					'net'          => (int) $row['net'],
				),
				$rows
			)
		);
	}

	/**
	 * Deferred-revenue activity per entitlement number (cycle) and currency: the sums of the
	 * days in [$from_day, $to_day), and the sum of every line before $from_day and before $to_day.
	 *
	 * @param string      $from_day 'Y-m-d', inclusive.
	 * @param string      $to_day   'Y-m-d', exclusive.
	 * @param string|null $currency Only this currency.
	 * @return list<array{number: int, currency: string, added: int, recognised: int, broken: int, reversed: int, net: int, sum_before: int, sum_to: int}>
	 *         Raw line sums (debits positive), ordered by number then currency.
	 */
	public function deferred_activity_by_cycle( string $from_day, string $to_day, ?string $currency ): array {
		[ $sums, $sum_args ] = self::kind_sums( $from_day );
		// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the sum columns are whitelisted SQL; values are placeholders.
		$rows = $this->db->get_results(
			$this->db->prepare(
				"SELECT number, currency, {$sums},
					SUM(CASE WHEN day < %s THEN amount ELSE 0 END) AS sum_before,
					SUM(amount) AS sum_to
				FROM %i
				WHERE account = %s AND day < %s AND (%s = '' OR currency = %s)
				GROUP BY number, currency
				ORDER BY number ASC, currency ASC",
				...array_merge(
					$sum_args,
					array(
						$from_day,
						Tables::name( Tables::LEDGER_DAILY ),
						Account::DeferredRevenue->value,
						$to_day,
						(string) $currency,
						(string) $currency,
					)
				)
			)
		);
		// phpcs:enable
		return array_values(
			array_map(
				static fn( array $row ): array => array(
					'number'     => (int) $row['number'],
					'currency'   => (string) $row['currency'],
					'added'      => (int) $row['added'],
					'recognised' => (int) $row['recognised'],
					'broken'     => (int) $row['broken'],
					'reversed'   => (int) $row['reversed'],
					'net'        => (int) $row['net'],
					'sum_before' => (int) $row['sum_before'],
					'sum_to'     => (int) $row['sum_to'],
				),
				$rows
			)
		);
	}

	/**
	 * The liability projection grouped by number, age bucket and currency, skipping groups
	 * that hold nothing. Ages are whole days from deferred_on to $as_of_day.
	 *
	 * @param string      $as_of_day 'Y-m-d' ages are measured at.
	 * @param string|null $currency  Only this currency.
	 * @param int|null    $number    Only this cycle.
	 * @return list<array{number: int, age_bucket: string, currency: string, entitlements: int, deferred_balance: int}>
	 *         Ordered by number descending, bucket (youngest first), currency.
	 */
	public function liability_by_age( string $as_of_day, ?string $currency, ?int $number ): array {
		$rows = $this->db->get_results(
			$this->db->prepare(
				"SELECT number,
					CASE
						WHEN DATEDIFF(%s, deferred_on) <= 90 THEN '0-90'
						WHEN DATEDIFF(%s, deferred_on) <= 180 THEN '91-180'
						WHEN DATEDIFF(%s, deferred_on) <= 365 THEN '181-365'
						ELSE '365+'
					END AS age_bucket,
					currency,
					SUM(entitlements) AS entitlements,
					SUM(deferred_balance) AS deferred_balance
				FROM %i
				WHERE (entitlements <> 0 OR deferred_balance <> 0)
					AND (%s = '' OR currency = %s)
					AND (%d = 0 OR number = %d)
				GROUP BY number, age_bucket, currency
				HAVING SUM(entitlements) > 0 OR SUM(deferred_balance) <> 0
				ORDER BY number DESC, FIELD(age_bucket, '0-90', '91-180', '181-365', '365+') ASC, currency ASC",
				$as_of_day,
				$as_of_day,
				$as_of_day,
				Tables::name( Tables::LIABILITY ),
				(string) $currency,
				(string) $currency,
				(int) $number,
				(int) $number
			)
		);
		return array_values(
			array_map(
				static fn( array $row ): array => array(
					'number'           => (int) $row['number'],
					'age_bucket'       => (string) $row['age_bucket'],
					'currency'         => (string) $row['currency'],
					'entitlements'     => (int) $row['entitlements'],
					'deferred_balance' => (int) $row['deferred_balance'],
				),
				$rows
			)
		);
	}

	/**
	 * The per-kind sum columns and their placeholder values, in order. With $from_day, only
	 * days on or after it count.
	 *
	 * @param string|null $from_day 'Y-m-d' lower bound of the sums, or null for none.
	 * @return array{0: string, 1: list<string>}
	 */
	private static function kind_sums( ?string $from_day = null ): array {
		$and  = null === $from_day ? '' : 'day >= %s AND ';
		$net  = null === $from_day ? 'amount' : 'CASE WHEN day >= %s THEN amount ELSE 0 END';
		$sql  = "SUM(CASE WHEN {$and}kind IN (%s, %s) THEN amount ELSE 0 END) AS added,
			SUM(CASE WHEN {$and}kind = %s THEN amount ELSE 0 END) AS recognised,
			SUM(CASE WHEN {$and}kind = %s THEN amount ELSE 0 END) AS broken,
			SUM(CASE WHEN {$and}kind = %s THEN amount ELSE 0 END) AS reversed,
			SUM({$net}) AS net";
		$args = array();
		$sums = array(
			array( EntryKind::Deferral->value, EntryKind::Adjustment->value ),
			array( EntryKind::Recognition->value ),
			array( EntryKind::Breakage->value ),
			array( EntryKind::Reversal->value ),
			array(),
		);
		foreach ( $sums as $kinds ) {
			if ( null !== $from_day ) {
				$args[] = $from_day;
			}
			array_push( $args, ...$kinds );
		}
		return array( $sql, $args );
	}
}
