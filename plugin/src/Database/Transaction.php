<?php
/**
 * Database transactions that nest.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Database;

use Throwable;

/**
 * Runs work in one InnoDB transaction. A nested call runs under a savepoint inside the
 * outer transaction, so a failing inner unit (one batch item, one redemption inside an
 * idempotent request) undoes exactly its own writes and nothing else.
 */
final class Transaction {

	private int $depth = 0;

	/**
	 * Runs $work atomically; any exception rolls its writes back and is rethrown.
	 *
	 * @template T
	 * @param callable(): T $work The work.
	 * @return T
	 */
	public function run( callable $work ): mixed {
		global $wpdb;
		$outer     = 0 === $this->depth;
		$savepoint = 'el_sp_' . $this->depth;
		$begin     = $outer ? 'START TRANSACTION' : "SAVEPOINT {$savepoint}";
		$commit    = $outer ? 'COMMIT' : "RELEASE SAVEPOINT {$savepoint}";
		$rollback  = $outer ? 'ROLLBACK' : "ROLLBACK TO SAVEPOINT {$savepoint}";
		// phpcs:disable WordPress.DB.PreparedSQL.NotPrepared -- fixed statements with an internal savepoint name.
		$wpdb->query( $begin );
		++$this->depth;
		try {
			$result = $work();
			--$this->depth;
			$wpdb->query( $commit );
			return $result;
		} catch ( Throwable $error ) {
			--$this->depth;
			$wpdb->query( $rollback );
			throw $error;
		}
		// phpcs:enable
	}

	/**
	 * Whether a transaction is open.
	 */
	public function active(): bool {
		return $this->depth > 0;
	}
}
