<?php
/**
 * Database transactions that nest and survive deadlocks.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Database;

use Throwable;

/**
 * Runs work in one InnoDB transaction. A nested call runs under a savepoint inside the
 * outer transaction, so a failing inner unit (one batch item, one redemption inside an
 * idempotent request) undoes exactly its own writes and nothing else.
 *
 * When InnoDB picks the transaction as a deadlock victim it has already rolled ALL of it
 * back; the transaction is then doomed: no further nested unit runs, nothing is committed,
 * and the outermost unit is retried from the start a few times before the error surfaces.
 */
final class Transaction {

	private const MAX_ATTEMPTS = 5;

	private int $depth = 0;

	private bool $doomed = false;

	/**
	 * Work to run once the outermost transaction has committed.
	 *
	 * @var list<callable(): void>
	 */
	private array $after_commit = array();

	/**
	 * Constructor.
	 *
	 * @param Connection $db Database access.
	 */
	public function __construct( private Connection $db ) {
	}

	/**
	 * Runs $work atomically; any exception rolls its writes back and is rethrown.
	 *
	 * @template T
	 * @param callable(): T $work The work.
	 * @return T
	 */
	public function run( callable $work ): mixed {
		if ( $this->depth > 0 ) {
			return $this->run_nested( $work );
		}
		for ( $attempt = 1; ; $attempt++ ) {
			try {
				return $this->run_outer( $work );
			} catch ( DatabaseError $error ) {
				if ( ! $error->is_deadlock() || $attempt >= self::MAX_ATTEMPTS ) {
					throw $error;
				}
				usleep( wp_rand( 5000, 50000 ) * $attempt );
			}
		}
	}

	/**
	 * Runs $callback after the outermost transaction commits (at once when none is open);
	 * dropped on rollback. For side effects outside the database, such as public actions
	 * that send email, which must not fire for work that is rolled back or retried.
	 *
	 * @param callable(): void $callback Callback.
	 */
	public function after_commit( callable $callback ): void {
		if ( 0 === $this->depth ) {
			$callback();
			return;
		}
		$this->after_commit[] = $callback;
	}

	/**
	 * One attempt of the outermost unit.
	 *
	 * @template T
	 * @param callable(): T $work The work.
	 * @return T
	 */
	private function run_outer( callable $work ): mixed {
		// READ COMMITTED: a unit that waited for a row lock then reads the latest committed
		// journal, not an older snapshot; and new projection rows take no gap locks that would
		// queue unrelated writers behind a long transaction (REPEATABLE READ does both).
		$this->db->query( 'SET TRANSACTION ISOLATION LEVEL READ COMMITTED' );
		$this->db->query( 'START TRANSACTION' );
		$this->depth  = 1;
		$this->doomed = false;
		try {
			$result = $work();
			if ( $this->doomed ) { // @phpstan-ignore if.alwaysFalse (nested units set it while $work runs)
				throw self::deadlock();
			}
			$this->db->query( 'COMMIT' );
		} catch ( Throwable $error ) {
			$this->db->query( 'ROLLBACK' );
			throw $error;
		} finally {
			$this->depth        = 0;
			$this->doomed       = false;
			$callbacks          = $this->after_commit;
			$this->after_commit = array();
		}
		foreach ( $callbacks as $callback ) {
			$callback();
		}
		return $result;
	}

	/**
	 * A unit inside the open transaction, under a savepoint. On failure its writes and
	 * its after-commit callbacks are dropped; a deadlock dooms the whole transaction.
	 *
	 * @template T
	 * @param callable(): T $work The work.
	 * @return T
	 */
	private function run_nested( callable $work ): mixed {
		if ( $this->doomed ) {
			throw self::deadlock();
		}
		$savepoint = 'el_sp_' . $this->depth;
		$pending   = count( $this->after_commit );
		$this->db->query( "SAVEPOINT {$savepoint}" );
		++$this->depth;
		try {
			$result = $work();
			$this->db->query( "RELEASE SAVEPOINT {$savepoint}" );
			return $result;
		} catch ( Throwable $error ) {
			$this->after_commit = array_slice( $this->after_commit, 0, $pending );
			if ( $error instanceof DatabaseError && $error->is_deadlock() ) {
				$this->doomed = true;
			} elseif ( ! $this->doomed ) {
				$this->db->query( "ROLLBACK TO SAVEPOINT {$savepoint}" );
			}
			throw $error;
		} finally {
			--$this->depth;
		}
	}

	/**
	 * The error a doomed transaction reports.
	 */
	private static function deadlock(): DatabaseError {
		return new DatabaseError( 'Deadlock found: the transaction was rolled back by the database.' );
	}
}
