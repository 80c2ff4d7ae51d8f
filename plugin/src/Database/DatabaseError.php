<?php
/**
 * A failed database statement.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Database;

use RuntimeException;

/**
 * Thrown by Connection when MariaDB/MySQL refuses a statement, so a failure can never be
 * ignored half-way through a unit of work (after a deadlock InnoDB has already rolled the
 * whole transaction back; carrying on would commit the rest statement by statement).
 */
final class DatabaseError extends RuntimeException {

	/**
	 * InnoDB chose this transaction as a deadlock victim; the whole unit may be retried.
	 */
	public function is_deadlock(): bool {
		return str_contains( $this->getMessage(), 'Deadlock found' );
	}

	/**
	 * A lock was not granted in time.
	 */
	public function is_lock_timeout(): bool {
		return str_contains( $this->getMessage(), 'Lock wait timeout' );
	}

	/**
	 * A unique key refused the row.
	 */
	public function is_duplicate_key(): bool {
		return str_contains( $this->getMessage(), 'Duplicate entry' );
	}
}
