<?php
/**
 * SQL for the journal and its projections.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\DataStores;

use EntitlementLedger\Database\Tables;

/**
 * The only code that touches el_ledger_entries, el_ledger_lines, el_ledger_daily and el_liability.
 * Entries and lines are insert-only: this class has no UPDATE or DELETE for them.
 */
class LedgerStore {

	/**
	 * Inserts an entry and its lines; returns the entry id.
	 *
	 * @param array{kind: string, entitlement_id: int|null, reverses_entry_id: int|null, currency: string, memo: string, created_at: string, created_by: int|null, request_id: string} $entry Entry columns.
	 * @param array<string, int>                                                                                                                                                       $lines Amount by account.
	 * @throws \RuntimeException When the entry was already reversed (unique reverses_entry_id).
	 */
	public function insert_entry( array $entry, array $lines ): int {
		global $wpdb;
		$suppress = $wpdb->suppress_errors( true );
		$ok       = $wpdb->insert( Tables::name( Tables::LEDGER_ENTRIES ), $entry );
		$wpdb->suppress_errors( $suppress );
		if ( false === $ok ) {
			throw new \RuntimeException( 'Could not write a journal entry: ' . esc_html( (string) $wpdb->last_error ) );
		}
		$entry_id = (int) $wpdb->insert_id;

		$values = array();
		$args   = array( Tables::name( Tables::LEDGER_LINES ) );
		foreach ( $lines as $account => $amount ) {
			$values[] = '(%d, %d, %s, %s, %d, %s, %s)';
			array_push( $args, $entry_id, (int) $entry['entitlement_id'], $entry['kind'], $account, $amount, $entry['currency'], $entry['created_at'] );
		}
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- placeholders only.
		$sql = 'INSERT INTO %i (entry_id, entitlement_id, kind, account, amount, currency, created_at) VALUES ' . implode( ', ', $values );
		$wpdb->query( $wpdb->prepare( $sql, ...$args ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- prepared here.
		return $entry_id;
	}

	/**
	 * Adds an entry's lines to the daily totals the revenue report reads.
	 *
	 * @param string             $day      'Y-m-d'.
	 * @param string             $currency Currency.
	 * @param int                $number   Cycle of the entitlement.
	 * @param string             $kind     Entry kind.
	 * @param array<string, int> $lines    Amount by account.
	 */
	public function add_to_daily( string $day, string $currency, int $number, string $kind, array $lines ): void {
		global $wpdb;
		$values = array();
		$args   = array( Tables::name( Tables::LEDGER_DAILY ) );
		foreach ( $lines as $account => $amount ) {
			$values[] = '(%s, %s, %d, %s, %s, %d)';
			array_push( $args, $day, $currency, $number, $kind, $account, $amount );
		}
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- placeholders only.
		$sql = 'INSERT INTO %i (day, currency, number, kind, account, amount) VALUES ' . implode( ', ', $values ) . ' ON DUPLICATE KEY UPDATE amount = amount + VALUES(amount)';
		$wpdb->query( $wpdb->prepare( $sql, ...$args ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- prepared here.
	}

	/**
	 * Moves an entitlement's share of the daily totals from one cycle to another.
	 *
	 * @param int    $entitlement_id Entitlement.
	 * @param string $currency       Its currency.
	 * @param int    $from_number    Old cycle.
	 * @param int    $to_number      New cycle.
	 */
	public function move_daily( int $entitlement_id, string $currency, int $from_number, int $to_number ): void {
		global $wpdb;
		$sums        = $wpdb->get_results(
			$wpdb->prepare(
				'SELECT DATE(created_at) AS day, kind, account, SUM(amount) AS amount FROM %i WHERE entitlement_id = %d GROUP BY DATE(created_at), kind, account',
				Tables::name( Tables::LEDGER_LINES ),
				$entitlement_id
			),
			ARRAY_A
		);
		$by_day_kind = array();
		foreach ( $sums as $sum ) {
			$by_day_kind[ $sum['day'] . '|' . $sum['kind'] ][ (string) $sum['account'] ] = (int) $sum['amount'];
		}
		foreach ( $by_day_kind as $day_kind => $lines ) {
			[ $day, $kind ] = explode( '|', $day_kind );
			$this->add_to_daily( $day, $currency, $from_number, $kind, array_map( static fn( int $amount ): int => -$amount, $lines ) );
			$this->add_to_daily( $day, $currency, $to_number, $kind, $lines );
		}
	}

	/**
	 * Adds to the liability totals (by cycle, currency and deferral day).
	 *
	 * @param int    $number        Cycle.
	 * @param string $currency      Currency.
	 * @param string $deferred_on   'Y-m-d' the entitlement was created.
	 * @param int    $count_delta   Change in entitlements holding a balance.
	 * @param int    $balance_delta Change in deferred balance.
	 */
	public function add_to_liability( int $number, string $currency, string $deferred_on, int $count_delta, int $balance_delta ): void {
		global $wpdb;
		if ( 0 === $count_delta && 0 === $balance_delta ) {
			return;
		}
		$wpdb->query(
			$wpdb->prepare(
				'INSERT INTO %i (number, currency, deferred_on, entitlements, deferred_balance) VALUES (%d, %s, %s, %d, %d)
				ON DUPLICATE KEY UPDATE entitlements = entitlements + VALUES(entitlements), deferred_balance = deferred_balance + VALUES(deferred_balance)',
				Tables::name( Tables::LIABILITY ),
				$number,
				$currency,
				$deferred_on,
				$count_delta,
				$balance_delta
			)
		);
	}

	/**
	 * Entries of an entitlement that no later entry reverses, newest first.
	 *
	 * @param int          $entitlement_id Entitlement.
	 * @param list<string> $kinds          Kinds to include.
	 * @return list<array{id: int, kind: string, currency: string, lines: array<string, int>}>
	 */
	public function unreversed_entries( int $entitlement_id, array $kinds ): array {
		global $wpdb;
		$entries = Tables::name( Tables::LEDGER_ENTRIES );
		$in      = implode( ', ', array_fill( 0, count( $kinds ), '%s' ) );
		// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- placeholders only.
		$rows = $wpdb->get_results(
			$wpdb->prepare(
				"SELECT e.id, e.kind, e.currency, l.account, l.amount FROM %i e
				JOIN %i l ON l.entry_id = e.id
				LEFT JOIN %i r ON r.reverses_entry_id = e.id
				WHERE e.entitlement_id = %d AND e.kind IN ({$in}) AND r.id IS NULL
				ORDER BY e.id DESC, l.id ASC",
				$entries,
				Tables::name( Tables::LEDGER_LINES ),
				$entries,
				$entitlement_id,
				...$kinds
			),
			ARRAY_A
		);
		// phpcs:enable
		$grouped = array();
		foreach ( $rows as $row ) {
			$id = (int) $row['id'];
			if ( ! isset( $grouped[ $id ] ) ) {
				$grouped[ $id ] = array(
					'id'       => $id,
					'kind'     => (string) $row['kind'],
					'currency' => (string) $row['currency'],
					'lines'    => array(),
				);
			}
			$grouped[ $id ]['lines'][ (string) $row['account'] ] = (int) $row['amount'];
		}
		return array_values( $grouped );
	}

	/**
	 * Journal lines with their entry's data, filtered and paged.
	 *
	 * @param array{entitlement?: int|null, account?: string|null, kind?: string|null, currency?: string|null, after?: string|null, before?: string|null} $filters Filters.
	 * @param int                                                                                                                                         $page     1-based page.
	 * @param int                                                                                                                                         $per_page Page size.
	 * @return array{items: list<array<string, string|null>>, total: int}
	 */
	public function lines( array $filters, int $page, int $per_page ): array {
		global $wpdb;
		$clauses = array( '1=1' );
		$args    = array();
		$columns = array(
			'entitlement' => array( 'l.entitlement_id = %d', 'intval' ),
			'account'     => array( 'l.account = %s', 'strval' ),
			'kind'        => array( 'l.kind = %s', 'strval' ),
			'currency'    => array( 'l.currency = %s', 'strval' ),
			'after'       => array( 'l.created_at >= %s', 'strval' ),
			'before'      => array( 'l.created_at < %s', 'strval' ),
		);
		foreach ( $columns as $filter => [ $clause, $cast ] ) {
			if ( isset( $filters[ $filter ] ) ) {
				$clauses[] = $clause;
				$args[]    = $cast( $filters[ $filter ] );
			}
		}
		$where = implode( ' AND ', $clauses );
		// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- placeholders only.
		$items = $wpdb->get_results(
			$wpdb->prepare(
				"SELECT l.id, l.entry_id, l.entitlement_id, l.kind, l.account, l.amount, l.currency, e.memo, e.reverses_entry_id, l.created_at, e.created_by
				FROM %i l JOIN %i e ON e.id = l.entry_id WHERE {$where} ORDER BY l.id DESC LIMIT %d OFFSET %d",
				Tables::name( Tables::LEDGER_LINES ),
				Tables::name( Tables::LEDGER_ENTRIES ),
				...array_merge( $args, array( $per_page, max( 0, ( $page - 1 ) * $per_page ) ) )
			),
			ARRAY_A
		);
		$total = (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM %i l WHERE {$where}", Tables::name( Tables::LEDGER_LINES ), ...$args ) );
		// phpcs:enable
		return array(
			'items' => $items,
			'total' => $total,
		);
	}
}
