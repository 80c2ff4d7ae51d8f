<?php
/**
 * Checks the ledger invariants.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain\Ledger;

use EntitlementLedger\DataStores\LedgerAuditQueries;
use EntitlementLedger\Domain\Entitlements\EntitlementStatus;

/**
 * Verifies the journal, the entitlements' money columns and the report projections against
 * each other (`wp entitlement-ledger verify`, tests). Every check is a set-based query; for
 * each invariant at most MAX_EXAMPLES violations are listed, followed by a note when there are more.
 *
 * Invariants (the `invariant` key of a violation):
 * - entry_line_count: every entry has two or more lines;
 * - entry_balance: an entry's lines sum to zero in its currency;
 * - line_matches_entry: a line's kind and entitlement are its entry's;
 * - line_currency: a line's currency is its entry's; line_without_entry: a line's entry exists;
 * - entitlement_balance / entitlement_earned / entitlement_deferred: deferred_balance,
 *   earned_amount and deferred_amount equal −Σ of the entitlement's deferred_revenue,
 *   earned_revenue, and deferral/adjustment deferred_revenue lines;
 * - entitlement_negative_balance: deferred_balance ≥ 0;
 * - status_balance: redeemed and cancelled entitlements hold no deferred balance;
 * - status_earned: active entitlements have earned nothing;
 * - reversal_target: a reversal reverses an existing entry of the same entitlement and currency,
 *   and only reversals reverse anything;
 * - reversal_mirror: a reversal's lines are exactly the negation of its original's, per account;
 * - reversal_once: no entry is reversed twice; reversal_unique_key: the database enforces it;
 * - daily_projection: el_ledger_daily equals the lines summed by day, currency, the
 *   entitlement's current number, kind and account;
 * - liability_projection: el_liability equals the entitlements summed by number, currency and
 *   day of creation (count of positive balances, sum of balances).
 */
class LedgerVerifier {

	public const MAX_EXAMPLES = 50;

	/**
	 * Constructor.
	 *
	 * @param LedgerAuditQueries $queries Audit SQL.
	 */
	public function __construct( private LedgerAuditQueries $queries ) {
	}

	/**
	 * Every violation found; an empty list when the ledger is sound.
	 *
	 * @return list<array{invariant: string, detail: string}>
	 */
	public function verify(): array {
		$session = $this->queries->tune_session();
		try {
			return $this->check_all();
		} finally {
			$this->queries->restore_session( $session );
		}
	}

	/**
	 * Runs every check.
	 *
	 * @return list<array{invariant: string, detail: string}>
	 */
	private function check_all(): array {
		$violations = array();
		$limit      = self::MAX_EXAMPLES + 1;
		$add        = static function ( string $invariant, array $rows, callable $describe ) use ( &$violations ): void {
			foreach ( array_slice( $rows, 0, self::MAX_EXAMPLES ) as $row ) {
				foreach ( (array) $describe( $row ) as $found => $detail ) {
					$violations[] = array(
						'invariant' => is_string( $found ) ? $found : $invariant,
						'detail'    => $detail,
					);
				}
			}
			if ( count( $rows ) > self::MAX_EXAMPLES ) {
				$violations[] = array(
					'invariant' => $invariant,
					/* translators: %d: number of examples shown. */
					'detail'    => sprintf( __( 'More violations found; only the first %d are listed.', 'entitlement-ledger' ), self::MAX_EXAMPLES ),
				);
			}
		};

		$add( 'entry_balance', $this->queries->broken_entries( $limit ), array( $this, 'describe_entry' ) );
		$add(
			'line_without_entry',
			$this->queries->orphan_lines( $limit ),
			static fn( array $row ): string => sprintf( '%d line(s) reference entry #%d, which does not exist.', $row['line_count'], $row['entry_id'] )
		);
		$add( 'entitlement_balance', $this->queries->broken_entitlements( $limit ), array( $this, 'describe_entitlement' ) );
		$add(
			'reversal_target',
			$this->queries->broken_reversal_references( $limit ),
			static function ( array $row ): string {
				if ( EntryKind::Reversal->value !== $row['kind'] ) {
					return sprintf( 'Entry #%d is a %s entry but references entry #%d as reversed.', $row['id'], $row['kind'], $row['reverses_entry_id'] );
				}
				if ( null === $row['original_id'] ) {
					return sprintf( 'Reversal #%d reverses entry #%s, which does not exist.', $row['id'], $row['reverses_entry_id'] ?? 'null' );
				}
				return sprintf(
					'Reversal #%d (entitlement #%s, %s) reverses entry #%d of entitlement #%s in %s.',
					$row['id'],
					$row['entitlement_id'] ?? 'null',
					$row['currency'],
					$row['original_id'],
					$row['original_entitlement_id'] ?? 'null',
					$row['original_currency']
				);
			}
		);
		$add(
			'reversal_mirror',
			$this->queries->unmirrored_reversals( $limit ),
			static fn( array $row ): string => sprintf( 'Reversal #%d and its original #%d do not cancel out on %s: they sum to %d.', $row['reversal_id'], $row['reverses_entry_id'], $row['account'], $row['net'] )
		);
		$add(
			'reversal_once',
			$this->queries->entries_reversed_twice( $limit ),
			static fn( array $row ): string => sprintf( 'Entry #%d is reversed %d times.', $row['reverses_entry_id'], $row['reversals'] )
		);
		if ( ! $this->queries->has_unique_reversal_key() ) {
			$violations[] = array(
				'invariant' => 'reversal_unique_key',
				'detail'    => 'No unique key on el_ledger_entries.reverses_entry_id: the database would accept a second reversal of an entry.',
			);
		}
		$add(
			'daily_projection',
			$this->queries->daily_differences( $limit ),
			static fn( array $row ): string => sprintf(
				'Daily total %s %s number %d %s/%s is %d; the lines sum to %d.',
				$row['day'],
				$row['currency'],
				$row['number'],
				$row['kind'],
				$row['account'],
				$row['actual'],
				$row['expected']
			)
		);
		$add(
			'liability_projection',
			$this->queries->liability_differences( $limit ),
			static fn( array $row ): string => sprintf(
				'Liability number %d %s deferred on %s holds %d entitlement(s) and %d; the entitlements have %d and %d.',
				$row['number'],
				$row['currency'],
				$row['deferred_on'],
				$row['actual_entitlements'],
				$row['actual_balance'],
				$row['expected_entitlements'],
				$row['expected_balance']
			)
		);
		$add(
			'count_projection',
			$this->queries->count_differences( $limit ),
			static fn( array $row ): string => sprintf(
				'Counts projection for %s, cycle %d, %s, %s%s holds %d; the entitlements number %d.',
				$row['status'],
				$row['number'],
				$row['currency'],
				$row['type'],
				'1' === (string) $row['deleted'] ? ' (deleted)' : '',
				$row['actual'],
				$row['expected']
			)
		);
		return $violations;
	}

	/**
	 * Row counts of the entitlements, entries and lines checked.
	 *
	 * @return array{entitlements: int, entries: int, lines: int}
	 */
	public function counts(): array {
		return $this->queries->counts();
	}

	/**
	 * Violations of one broken entry.
	 *
	 * @param array<string, string|null> $row Query row.
	 * @return array<string, string>
	 */
	public function describe_entry( array $row ): array {
		$found = array();
		if ( (int) $row['line_count'] < 2 ) {
			$found['entry_line_count'] = sprintf( 'Entry #%d has %d line(s).', $row['id'], $row['line_count'] );
		}
		if ( 0 !== (int) $row['total'] ) {
			$found['entry_balance'] = sprintf( 'Entry #%d does not balance: its %s lines sum to %d.', $row['id'], $row['currency'], $row['total'] );
		}
		if ( (int) $row['foreign_lines'] > 0 ) {
			$found['line_currency'] = sprintf( 'Entry #%d (%s) has %d line(s) in another currency, summing to %d.', $row['id'], $row['currency'], $row['foreign_lines'], $row['foreign_total'] );
		}
		if ( (int) $row['mismatched'] > 0 ) {
			$found['line_matches_entry'] = sprintf( 'Entry #%d has %d line(s) with another kind or entitlement than the entry.', $row['id'], $row['mismatched'] );
		}
		return $found;
	}

	/**
	 * Violations of one inconsistent entitlement (amounts in minor units).
	 *
	 * @param array<string, string|null> $row Query row.
	 * @return array<string, string>
	 */
	public function describe_entitlement( array $row ): array {
		$found = array();
		$id    = (int) $row['id'];
		if ( (int) $row['deferred_balance'] !== (int) $row['ledger_balance'] ) {
			$found['entitlement_balance'] = sprintf( 'Entitlement #%d has deferred_balance %d; its deferred_revenue lines give %d.', $id, $row['deferred_balance'], $row['ledger_balance'] );
		}
		if ( (int) $row['earned_amount'] !== (int) $row['ledger_earned'] ) {
			$found['entitlement_earned'] = sprintf( 'Entitlement #%d has earned_amount %d; its earned_revenue lines give %d.', $id, $row['earned_amount'], $row['ledger_earned'] );
		}
		if ( (int) $row['deferred_amount'] !== (int) $row['ledger_deferred'] ) {
			$found['entitlement_deferred'] = sprintf( 'Entitlement #%d has deferred_amount %d; its deferrals and adjustments give %d.', $id, $row['deferred_amount'], $row['ledger_deferred'] );
		}
		if ( (int) $row['deferred_balance'] < 0 ) {
			$found['entitlement_negative_balance'] = sprintf( 'Entitlement #%d has a negative deferred balance (%d).', $id, $row['deferred_balance'] );
		}
		if ( in_array( $row['status'], array( EntitlementStatus::Redeemed->value, EntitlementStatus::Cancelled->value ), true ) && 0 !== (int) $row['deferred_balance'] ) {
			$found['status_balance'] = sprintf( 'Entitlement #%d is %s but still holds a deferred balance of %d.', $id, $row['status'], $row['deferred_balance'] );
		}
		if ( EntitlementStatus::Active->value === $row['status'] && 0 !== (int) $row['earned_amount'] ) {
			$found['status_earned'] = sprintf( 'Entitlement #%d is active but has earned %d.', $id, $row['earned_amount'] );
		}
		return $found;
	}
}
