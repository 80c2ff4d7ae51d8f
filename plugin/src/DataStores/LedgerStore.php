<?php
/**
 * SQL for the journal and its projections.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\DataStores;

use EntitlementLedger\Database\Connection;
use EntitlementLedger\Database\Tables;
use EntitlementLedger\Domain\Ledger\ProjectionDelta;

/**
 * The only code that touches el_ledger_entries, el_ledger_lines, el_ledger_daily and el_liability.
 * Entries and lines are insert-only: this class has no UPDATE or DELETE for them.
 */
class LedgerStore {

	/**
	 * Constructor.
	 *
	 * @param Connection $db Database access.
	 */
	public function __construct( private Connection $db ) {
	}

	/**
	 * Inserts an entry and its lines; returns the entry id.
	 *
	 * @param array{kind: string, entitlement_id: int|null, reverses_entry_id: int|null, currency: string, memo: string, created_at: string, created_by: int|null, request_id: string} $entry Entry columns.
	 * @param array<string, int>                                                                                                                                                       $lines Amount by account.
	 * @throws \EntitlementLedger\Database\DatabaseError When the entry was already reversed (unique reverses_entry_id).
	 */
	public function insert_entry( array $entry, array $lines ): int {
		$entry_id = $this->db->insert( Tables::name( Tables::LEDGER_ENTRIES ), $entry );

		$values = array();
		$args   = array( Tables::name( Tables::LEDGER_LINES ) );
		foreach ( $lines as $account => $amount ) {
			$values[] = '(%d, %d, %s, %s, %d, %s, %s)';
			array_push( $args, $entry_id, (int) $entry['entitlement_id'], $entry['kind'], $account, $amount, $entry['currency'], $entry['created_at'] );
		}
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- placeholders only.
		$sql = 'INSERT INTO %i (entry_id, entitlement_id, kind, account, amount, currency, created_at) VALUES ' . implode( ', ', $values );
		$this->db->query( $this->db->prepare( $sql, ...$args ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- prepared here.
		return $entry_id;
	}

	/**
	 * Writes projection changes: daily totals, then liability totals, each in one statement
	 * with rows in primary-key order (see ProjectionDelta).
	 *
	 * @param ProjectionDelta $delta Changes.
	 */
	public function apply( ProjectionDelta $delta ): void {
		$daily = $delta->daily_rows();
		if ( array() !== $daily ) {
			$args = array( Tables::name( Tables::LEDGER_DAILY ) );
			foreach ( $daily as $row ) {
				array_push( $args, $row['day'], $row['currency'], $row['number'], $row['kind'], $row['account'], $row['amount'] );
			}
			$values = implode( ', ', array_fill( 0, count( $daily ), '(%s, %s, %d, %s, %s, %d)' ) );
			// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- placeholders only.
			$sql = "INSERT INTO %i (day, currency, number, kind, account, amount) VALUES {$values} ON DUPLICATE KEY UPDATE amount = amount + VALUES(amount)";
			$this->db->query( $this->db->prepare( $sql, ...$args ) );
		}
		$liability = $delta->liability_rows();
		if ( array() !== $liability ) {
			$args = array( Tables::name( Tables::LIABILITY ) );
			foreach ( $liability as $row ) {
				array_push( $args, $row['number'], $row['currency'], $row['deferred_on'], $row['entitlements'], $row['deferred_balance'] );
			}
			$values = implode( ', ', array_fill( 0, count( $liability ), '(%d, %s, %s, %d, %d)' ) );
			// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- placeholders only.
			$sql = "INSERT INTO %i (number, currency, deferred_on, entitlements, deferred_balance) VALUES {$values} ON DUPLICATE KEY UPDATE entitlements = entitlements + VALUES(entitlements), deferred_balance = deferred_balance + VALUES(deferred_balance)";
			$this->db->query( $this->db->prepare( $sql, ...$args ) );
		}
	}

	/**
	 * An entitlement's journal lines summed by day, kind and account (to move them when its cycle changes).
	 *
	 * @param int $entitlement_id Entitlement.
	 * @return list<array{day: string, kind: string, account: string, amount: int}>
	 */
	public function daily_sums_of( int $entitlement_id ): array {
		$rows = $this->db->get_results(
			$this->db->prepare(
				'SELECT DATE(created_at) AS day, kind, account, SUM(amount) AS amount FROM %i WHERE entitlement_id = %d GROUP BY DATE(created_at), kind, account',
				Tables::name( Tables::LEDGER_LINES ),
				$entitlement_id
			)
		);
		return array_map(
			static fn( array $row ): array => array(
				'day'     => (string) $row['day'],
				'kind'    => (string) $row['kind'],
				'account' => (string) $row['account'],
				'amount'  => (int) $row['amount'],
			),
			$rows
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
		$entries = Tables::name( Tables::LEDGER_ENTRIES );
		$in      = implode( ', ', array_fill( 0, count( $kinds ), '%s' ) );
		// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- placeholders only.
		$rows = $this->db->get_results(
			$this->db->prepare(
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
			)
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
		[ $where, $args ] = Conditions::where(
			array(
				'entitlement' => array( 'l.entitlement_id = %d', 'intval' ),
				'account'     => array( 'l.account = %s', 'strval' ),
				'kind'        => array( 'l.kind = %s', 'strval' ),
				'currency'    => array( 'l.currency = %s', 'strval' ),
				'after'       => array( 'l.created_at >= %s', 'strval' ),
				'before'      => array( 'l.created_at < %s', 'strval' ),
			),
			$filters
		);
		// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- placeholders only.
		$items = $this->db->get_results(
			$this->db->prepare(
				"SELECT l.id, l.entry_id, l.entitlement_id, l.kind, l.account, l.amount, l.currency, e.memo, e.reverses_entry_id, l.created_at, e.created_by
				FROM %i l JOIN %i e ON e.id = l.entry_id WHERE {$where} ORDER BY l.id DESC LIMIT %d OFFSET %d",
				Tables::name( Tables::LEDGER_LINES ),
				Tables::name( Tables::LEDGER_ENTRIES ),
				...array_merge( $args, array( $per_page, max( 0, ( $page - 1 ) * $per_page ) ) )
			)
		);
		$total = (int) $this->db->get_var( $this->db->prepare( "SELECT COUNT(*) FROM %i l WHERE {$where}", Tables::name( Tables::LEDGER_LINES ), ...$args ) );
		// phpcs:enable
		return array(
			'items' => $items,
			'total' => $total,
		);
	}
}
