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
		$savepoint = 'el_sp_' . $this->depth;
		$wpdb->query( 0 === $this->depth ? 'START TRANSACTION' : "SAVEPOINT {$savepoint}" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- internal name.
		++$this->depth;
		try {
			$result = $work();
			--$this->depth;
			$wpdb->query( 0 === $this->depth ? 'COMMIT' : "RELEASE SAVEPOINT {$savepoint}" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- internal name.
			return $result;
		} catch ( Throwable $error ) {
			--$this->depth;
			$wpdb->query( 0 === $this->depth ? 'ROLLBACK' : "ROLLBACK TO SAVEPOINT {$savepoint}" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- internal name.
			throw $error;
		}
	}

	/**
	 * Whether a transaction is open.
	 */
	public function active(): bool {
		return $this->depth > 0;
	}
}
