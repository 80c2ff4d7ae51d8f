<?php
/**
 * Set-based SQL checks of the ledger invariants.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\DataStores;

use EntitlementLedger\Database\Connection;
use EntitlementLedger\Database\Tables;
use EntitlementLedger\Domain\Entitlements\EntitlementStatus;
use EntitlementLedger\Domain\Ledger\Account;
use EntitlementLedger\Domain\Ledger\EntryKind;

/**
 * Each method is one query that returns the rows breaking one group of invariants (at most
 * $limit of them), computed by the database in a few passes over the tables: no query per
 * row, so verifying a million entitlements stays a matter of seconds, not hours.
 */
class LedgerAuditQueries {

	/**
	 * Size allowed to in-memory temporary tables while verifying (256 MB).
	 */
	private const TEMP_TABLE_BYTES = 268435456;

	/**
	 * Constructor.
	 *
	 * @param Connection $db Database access.
	 */
	public function __construct( private Connection $db ) {
	}

	/**
	 * Row counts of the audited tables.
	 *
	 * @return array{entitlements: int, entries: int, lines: int}
	 */
	public function counts(): array {
		$row = $this->results(
			$this->db->prepare(
				'SELECT (SELECT COUNT(*) FROM %i) AS entitlements, (SELECT COUNT(*) FROM %i) AS entries, (SELECT COUNT(*) FROM %i) AS line_count',
				Tables::name( Tables::ENTITLEMENTS ),
				Tables::name( Tables::LEDGER_ENTRIES ),
				Tables::name( Tables::LEDGER_LINES )
			)
		)[0] ?? array();
		return array(
			'entitlements' => (int) ( $row['entitlements'] ?? 0 ),
			'entries'      => (int) ( $row['entries'] ?? 0 ),
			'lines'        => (int) ( $row['line_count'] ?? 0 ),
		);
	}

	/**
	 * Lets this session's GROUP BY temporary tables grow in memory (up to TEMP_TABLE_BYTES)
	 * instead of spilling to disk: with a million entitlements the checks group millions of
	 * lines. Returns the previous values for restore_session().
	 *
	 * @return array{tmp_table_size: int, max_heap_table_size: int}
	 */
	public function tune_session(): array {
		$previous = $this->results( 'SELECT @@SESSION.tmp_table_size AS tmp_table_size, @@SESSION.max_heap_table_size AS max_heap_table_size' )[0] ?? array();
		$previous = array(
			'tmp_table_size'      => (int) ( $previous['tmp_table_size'] ?? 0 ),
			'max_heap_table_size' => (int) ( $previous['max_heap_table_size'] ?? 0 ),
		);
		$size     = max( self::TEMP_TABLE_BYTES, $previous['tmp_table_size'], $previous['max_heap_table_size'] );
		$this->db->query( $this->db->prepare( 'SET SESSION max_heap_table_size = %d, tmp_table_size = %d', $size, $size ) );
		return $previous;
	}

	/**
	 * Restores the session values tune_session() changed.
	 *
	 * @param array{tmp_table_size: int, max_heap_table_size: int} $previous Values before.
	 */
	public function restore_session( array $previous ): void {
		if ( $previous['tmp_table_size'] > 0 && $previous['max_heap_table_size'] > 0 ) {
			$this->db->query( $this->db->prepare( 'SET SESSION max_heap_table_size = %d, tmp_table_size = %d', $previous['max_heap_table_size'], $previous['tmp_table_size'] ) );
		}
	}

	/**
	 * Entries with fewer than two lines, whose lines in the entry's currency do not sum to
	 * zero, with lines in another currency, or with lines that disagree with the entry's kind
	 * or entitlement (the projections are keyed by the lines' copies). One pass over the
	 * entries in primary-key order, each joined to its lines.
	 *
	 * @param int $limit Most rows returned.
	 * @return list<array<string, string|null>> id, currency, line_count, total, foreign_lines, foreign_total, mismatched.
	 */
	public function broken_entries( int $limit ): array {
		return $this->results(
			$this->db->prepare(
				'SELECT e.id, MIN(e.currency) AS currency, COUNT(l.id) AS line_count,
					COALESCE(SUM(CASE WHEN l.currency = e.currency THEN l.amount ELSE 0 END), 0) AS total,
					COALESCE(SUM(l.currency <> e.currency), 0) AS foreign_lines,
					COALESCE(SUM(CASE WHEN l.currency <> e.currency THEN l.amount ELSE 0 END), 0) AS foreign_total,
					COALESCE(SUM(l.kind <> e.kind OR COALESCE(l.entitlement_id, 0) <> COALESCE(e.entitlement_id, 0)), 0) AS mismatched
				FROM %i e
				LEFT JOIN %i l ON l.entry_id = e.id
				GROUP BY e.id
				HAVING line_count < 2 OR total <> 0 OR foreign_lines > 0 OR mismatched > 0
				LIMIT %d',
				Tables::name( Tables::LEDGER_ENTRIES ),
				Tables::name( Tables::LEDGER_LINES ),
				$limit
			)
		);
	}

	/**
	 * Lines whose entry does not exist, per entry id (an anti-join on the lines' entry index).
	 *
	 * @param int $limit Most rows returned.
	 * @return list<array<string, string|null>> entry_id, line_count.
	 */
	public function orphan_lines( int $limit ): array {
		return $this->results(
			$this->db->prepare(
				'SELECT l.entry_id, COUNT(*) AS line_count
				FROM %i l
				LEFT JOIN %i e ON e.id = l.entry_id
				WHERE e.id IS NULL
				GROUP BY l.entry_id
				LIMIT %d',
				Tables::name( Tables::LEDGER_LINES ),
				Tables::name( Tables::LEDGER_ENTRIES ),
				$limit
			)
		);
	}

	/**
	 * Entitlements whose money columns disagree with their journal lines or their status:
	 * deferred_balance ≠ −Σ deferred_revenue, earned_amount ≠ −Σ earned_revenue,
	 * deferred_amount ≠ −Σ deferred_revenue of deferral and adjustment entries, a negative
	 * balance, a balance left on a redeemed or cancelled entitlement, or earnings on an active one.
	 *
	 * @param int $limit Most rows returned.
	 * @return list<array<string, string|null>>
	 */
	public function broken_entitlements( int $limit ): array {
		return $this->results(
			$this->db->prepare(
				'SELECT t.id, t.status, t.deferred_balance, t.earned_amount, t.deferred_amount,
					-COALESCE(s.deferred, 0) AS ledger_balance, -COALESCE(s.earned, 0) AS ledger_earned, -COALESCE(s.deferred_in, 0) AS ledger_deferred
				FROM %i t
				LEFT JOIN (
					SELECT entitlement_id,
						SUM(CASE WHEN account = %s THEN amount ELSE 0 END) AS deferred,
						SUM(CASE WHEN account = %s THEN amount ELSE 0 END) AS earned,
						SUM(CASE WHEN account = %s AND kind IN (%s, %s) THEN amount ELSE 0 END) AS deferred_in
					FROM %i
					GROUP BY entitlement_id
				) s ON s.entitlement_id = t.id
				WHERE t.deferred_balance <> -COALESCE(s.deferred, 0)
					OR t.earned_amount <> -COALESCE(s.earned, 0)
					OR t.deferred_amount <> -COALESCE(s.deferred_in, 0)
					OR t.deferred_balance < 0
					OR (t.status IN (%s, %s) AND t.deferred_balance <> 0)
					OR (t.status = %s AND t.earned_amount <> 0)
				LIMIT %d',
				Tables::name( Tables::ENTITLEMENTS ),
				Account::DeferredRevenue->value,
				Account::EarnedRevenue->value,
				Account::DeferredRevenue->value,
				EntryKind::Deferral->value,
				EntryKind::Adjustment->value,
				Tables::name( Tables::LEDGER_LINES ),
				EntitlementStatus::Redeemed->value,
				EntitlementStatus::Cancelled->value,
				EntitlementStatus::Active->value,
				$limit
			)
		);
	}

	/**
	 * Reversal entries without an existing original, with an original of another entitlement
	 * or currency, and other entries that claim to reverse something.
	 *
	 * @param int $limit Most rows returned.
	 * @return list<array<string, string|null>>
	 */
	public function broken_reversal_references( int $limit ): array {
		return $this->results(
			$this->db->prepare(
				'SELECT r.id, r.kind, r.entitlement_id, r.reverses_entry_id, r.currency,
					o.id AS original_id, o.entitlement_id AS original_entitlement_id, o.currency AS original_currency
				FROM %i r
				LEFT JOIN %i o ON o.id = r.reverses_entry_id
				WHERE (r.kind = %s AND (o.id IS NULL OR NOT (o.entitlement_id <=> r.entitlement_id) OR o.currency <> r.currency))
					OR (r.kind <> %s AND r.reverses_entry_id IS NOT NULL)
				LIMIT %d',
				Tables::name( Tables::LEDGER_ENTRIES ),
				Tables::name( Tables::LEDGER_ENTRIES ),
				EntryKind::Reversal->value,
				EntryKind::Reversal->value,
				$limit
			)
		);
	}

	/**
	 * Reversals whose lines are not exactly the negation of their original's, per account:
	 * the reversal's and the original's lines, summed per account, must cancel out.
	 *
	 * @param int $limit Most rows returned.
	 * @return list<array<string, string|null>>
	 */
	public function unmirrored_reversals( int $limit ): array {
		$entries = Tables::name( Tables::LEDGER_ENTRIES );
		$lines   = Tables::name( Tables::LEDGER_LINES );
		return $this->results(
			$this->db->prepare(
				'SELECT x.reversal_id, x.reverses_entry_id, x.account, SUM(x.amount) AS net
				FROM (
					SELECT r.id AS reversal_id, r.reverses_entry_id, l.account, l.amount
					FROM %i r JOIN %i l ON l.entry_id = r.id
					WHERE r.kind = %s AND r.reverses_entry_id IS NOT NULL
					UNION ALL
					SELECT r.id, r.reverses_entry_id, l.account, l.amount
					FROM %i r JOIN %i l ON l.entry_id = r.reverses_entry_id
					WHERE r.kind = %s AND r.reverses_entry_id IS NOT NULL
				) x
				GROUP BY x.reversal_id, x.reverses_entry_id, x.account
				HAVING net <> 0
				LIMIT %d',
				$entries,
				$lines,
				EntryKind::Reversal->value,
				$entries,
				$lines,
				EntryKind::Reversal->value,
				$limit
			)
		);
	}

	/**
	 * Entries reversed more than once.
	 *
	 * @param int $limit Most rows returned.
	 * @return list<array<string, string|null>>
	 */
	public function entries_reversed_twice( int $limit ): array {
		return $this->results(
			$this->db->prepare(
				'SELECT reverses_entry_id, COUNT(*) AS reversals FROM %i
				WHERE reverses_entry_id IS NOT NULL
				GROUP BY reverses_entry_id
				HAVING COUNT(*) > 1
				LIMIT %d',
				Tables::name( Tables::LEDGER_ENTRIES ),
				$limit
			)
		);
	}

	/**
	 * Whether a unique index covers exactly reverses_entry_id, so the database itself refuses
	 * a second reversal of an entry.
	 */
	public function has_unique_reversal_key(): bool {
		$indexes = $this->results( $this->db->prepare( 'SHOW INDEX FROM %i', Tables::name( Tables::LEDGER_ENTRIES ) ) );
		$columns = array();
		foreach ( $indexes as $index ) {
			if ( 0 === (int) $index['Non_unique'] ) {
				$columns[ (string) $index['Key_name'] ][] = (string) $index['Column_name'];
			}
		}
		return in_array( array( 'reverses_entry_id' ), array_values( $columns ), true );
	}

	/**
	 * Daily totals that differ from the journal lines aggregated by UTC day, currency,
	 * the entitlement's current number, kind and account (lines of an entitlement that does
	 * not exist count under number 0).
	 *
	 * @param int $limit Most rows returned.
	 * @return list<array<string, string|null>>
	 */
	public function daily_differences( int $limit ): array {
		return $this->results(
			$this->db->prepare(
				'SELECT x.day, x.currency, x.number, x.kind, x.account, SUM(x.expected) AS expected, SUM(x.actual) AS actual
				FROM (
					SELECT DATE(l.created_at) AS day, l.currency, COALESCE(t.number, 0) AS number, l.kind, l.account, SUM(l.amount) AS expected, 0 AS actual
					FROM %i l
					LEFT JOIN %i t ON t.id = l.entitlement_id
					GROUP BY DATE(l.created_at), l.currency, COALESCE(t.number, 0), l.kind, l.account
					UNION ALL
					SELECT day, currency, number, kind, account, 0, amount
					FROM %i
				) x
				GROUP BY x.day, x.currency, x.number, x.kind, x.account
				HAVING expected <> actual
				LIMIT %d',
				Tables::name( Tables::LEDGER_LINES ),
				Tables::name( Tables::ENTITLEMENTS ),
				Tables::name( Tables::LEDGER_DAILY ),
				$limit
			)
		);
	}

	/**
	 * Liability totals that differ from the entitlements aggregated by number, currency and
	 * day of creation (count of positive balances, sum of balances). Rows that are zero on
	 * both sides never show up.
	 *
	 * @param int $limit Most rows returned.
	 * @return list<array<string, string|null>>
	 */
	public function liability_differences( int $limit ): array {
		return $this->results(
			$this->db->prepare(
				'SELECT x.number, x.currency, x.deferred_on,
					SUM(x.expected_entitlements) AS expected_entitlements, SUM(x.expected_balance) AS expected_balance,
					SUM(x.actual_entitlements) AS actual_entitlements, SUM(x.actual_balance) AS actual_balance
				FROM (
					SELECT number, currency, DATE(created_at) AS deferred_on,
						SUM(deferred_balance > 0) AS expected_entitlements, SUM(deferred_balance) AS expected_balance,
						0 AS actual_entitlements, 0 AS actual_balance
					FROM %i
					GROUP BY number, currency, DATE(created_at)
					UNION ALL
					SELECT number, currency, deferred_on, 0, 0, entitlements, deferred_balance
					FROM %i
				) x
				GROUP BY x.number, x.currency, x.deferred_on
				HAVING expected_entitlements <> actual_entitlements OR expected_balance <> actual_balance
				LIMIT %d',
				Tables::name( Tables::ENTITLEMENTS ),
				Tables::name( Tables::LIABILITY ),
				$limit
			)
		);
	}

	/**
	 * Buckets of the counts projection (el_entitlement_counts) that differ from the
	 * entitlements grouped by status, cycle, currency, type and deleted.
	 *
	 * @param int $limit Most rows returned.
	 * @return list<array<string, string|null>>
	 */
	public function count_differences( int $limit ): array {
		return $this->results(
			$this->db->prepare(
				'SELECT x.status, x.number, x.currency, x.type, x.deleted, SUM(x.expected) AS expected, SUM(x.actual) AS actual
				FROM (
					SELECT status, number, currency, type, deleted_at IS NOT NULL AS deleted, COUNT(*) AS expected, 0 AS actual
					FROM %i GROUP BY status, number, currency, type, deleted_at IS NOT NULL
					UNION ALL
					SELECT status, number, currency, type, deleted, 0, entitlements FROM %i
				) x
				GROUP BY x.status, x.number, x.currency, x.type, x.deleted
				HAVING expected <> actual
				LIMIT %d',
				Tables::name( Tables::ENTITLEMENTS ),
				Tables::name( Tables::ENTITLEMENT_COUNTS ),
				$limit
			)
		);
	}

	/**
	 * Runs a prepared query. A failing check must never pass for a clean ledger, so a
	 * database error is an exception (Connection throws), not an empty result.
	 *
	 * @param string $sql Prepared SQL.
	 * @return list<array<string, string|null>>
	 */
	private function results( string $sql ): array {
		return $this->db->get_results( $sql );
	}
}
