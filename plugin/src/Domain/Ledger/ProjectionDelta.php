<?php
/**
 * Changes to the report projections made by one operation.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain\Ledger;

/**
 * Collects the changes an operation makes to el_ledger_daily and el_liability so they are
 * written once, at the end, with rows in primary-key order. Concurrent operations then
 * lock shared projection rows in the same order and cannot deadlock on them.
 */
final class ProjectionDelta {

	/**
	 * Amounts by "day|currency|number|kind|account".
	 *
	 * @var array<string, int>
	 */
	private array $daily = array();

	/**
	 * [entitlements, balance] by "number|currency|deferred_on".
	 *
	 * @var array<string, array{0: int, 1: int}>
	 */
	private array $liability = array();

	/**
	 * Adds journal lines to a day's totals.
	 *
	 * @param string             $day      'Y-m-d'.
	 * @param string             $currency Currency.
	 * @param int                $number   Cycle.
	 * @param string             $kind     Entry kind.
	 * @param array<string, int> $lines    Amount by account.
	 */
	public function add_daily( string $day, string $currency, int $number, string $kind, array $lines ): void {
		foreach ( $lines as $account => $amount ) {
			$key                 = implode( '|', array( $day, $currency, sprintf( '%05d', $number ), $kind, $account ) );
			$this->daily[ $key ] = ( $this->daily[ $key ] ?? 0 ) + $amount;
		}
	}

	/**
	 * Adds to a liability bucket.
	 *
	 * @param int    $number        Cycle.
	 * @param string $currency      Currency.
	 * @param string $deferred_on   'Y-m-d'.
	 * @param int    $count_delta   Change in entitlements holding a balance.
	 * @param int    $balance_delta Change in deferred balance.
	 */
	public function add_liability( int $number, string $currency, string $deferred_on, int $count_delta, int $balance_delta ): void {
		$key                     = implode( '|', array( sprintf( '%05d', $number ), $currency, $deferred_on ) );
		$current                 = $this->liability[ $key ] ?? array( 0, 0 );
		$this->liability[ $key ] = array( $current[0] + $count_delta, $current[1] + $balance_delta );
	}

	/**
	 * Daily rows in key order, zero changes dropped.
	 *
	 * @return list<array{day: string, currency: string, number: int, kind: string, account: string, amount: int}>
	 */
	public function daily_rows(): array {
		$rows = array_filter( $this->daily );
		ksort( $rows, SORT_STRING );
		$out = array();
		foreach ( $rows as $key => $amount ) {
			[ $day, $currency, $number, $kind, $account ] = explode( '|', $key );
			$out[]                                        = array(
				'day'      => $day,
				'currency' => $currency,
				'number'   => (int) $number,
				'kind'     => $kind,
				'account'  => $account,
				'amount'   => $amount,
			);
		}
		return $out;
	}

	/**
	 * Liability rows in key order, zero changes dropped.
	 *
	 * @return list<array{number: int, currency: string, deferred_on: string, entitlements: int, deferred_balance: int}>
	 */
	public function liability_rows(): array {
		$rows = array_filter( $this->liability, static fn( array $delta ): bool => 0 !== $delta[0] || 0 !== $delta[1] );
		ksort( $rows, SORT_STRING );
		$out = array();
		foreach ( $rows as $key => [ $count, $balance ] ) {
			[ $number, $currency, $deferred_on ] = explode( '|', $key );
			$out[]                               = array(
				'number'           => (int) $number,
				'currency'         => $currency,
				'deferred_on'      => $deferred_on,
				'entitlements'     => $count,
				'deferred_balance' => $balance,
			);
		}
		return $out;
	}
}
