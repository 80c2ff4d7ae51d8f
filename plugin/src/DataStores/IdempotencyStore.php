<?php
/**
 * SQL for idempotency keys.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\DataStores;

use EntitlementLedger\Database\Connection;
use EntitlementLedger\Database\DatabaseError;
use EntitlementLedger\Database\Tables;

/**
 * Stores the first completed response for a client's Idempotency-Key.
 */
class IdempotencyStore {

	public const CLAIMED   = 'claimed';
	public const EXISTS    = 'exists';
	public const IN_FLIGHT = 'in_flight';

	/**
	 * Seconds to wait for a concurrent request holding the same key before answering 409.
	 */
	private const LOCK_WAIT_SECONDS = 10;

	/**
	 * Constructor.
	 *
	 * @param Connection $db Database access.
	 */
	public function __construct( private Connection $db ) {
	}

	/**
	 * Claims a key inside the caller's transaction. A concurrent holder of the same key
	 * makes this wait (InnoDB locks the unique index entry) until it commits (EXISTS),
	 * rolls back (CLAIMED) or the wait times out (IN_FLIGHT).
	 *
	 * @param string $scope        Client scope.
	 * @param string $key          Idempotency key.
	 * @param string $request_hash Hash of the request.
	 * @param string $now          UTC.
	 */
	public function claim( string $scope, string $key, string $request_hash, string $now ): string {
		$this->db->query( $this->db->prepare( 'SET SESSION innodb_lock_wait_timeout = %d', self::LOCK_WAIT_SECONDS ) );
		try {
			$inserted = $this->db->query(
				$this->db->prepare(
					'INSERT IGNORE INTO %i (scope, idempotency_key, request_hash, created_at) VALUES (%s, %s, %s, %s)',
					Tables::name( Tables::IDEMPOTENCY_KEYS ),
					$scope,
					$key,
					$request_hash,
					$now
				)
			);
		} catch ( DatabaseError $error ) {
			if ( $error->is_lock_timeout() || $error->is_deadlock() ) {
				return self::IN_FLIGHT;
			}
			throw $error;
		} finally {
			$this->db->query( 'SET SESSION innodb_lock_wait_timeout = DEFAULT' );
		}
		return 1 === $inserted ? self::CLAIMED : self::EXISTS;
	}

	/**
	 * The stored row for a key.
	 *
	 * @param string $scope Client scope.
	 * @param string $key   Key.
	 * @return array{request_hash: string, response_status: int, response_body: string|null, response_headers: string|null}|null
	 */
	public function find( string $scope, string $key ): ?array {
		$row = $this->db->get_row(
			$this->db->prepare(
				'SELECT request_hash, response_status, response_body, response_headers FROM %i WHERE scope = %s AND idempotency_key = %s',
				Tables::name( Tables::IDEMPOTENCY_KEYS ),
				$scope,
				$key
			)
		);
		if ( ! is_array( $row ) ) {
			return null;
		}
		return array(
			'request_hash'     => (string) $row['request_hash'],
			'response_status'  => (int) $row['response_status'],
			'response_body'    => null === $row['response_body'] ? null : (string) $row['response_body'],
			'response_headers' => null === $row['response_headers'] ? null : (string) $row['response_headers'],
		);
	}

	/**
	 * Saves the response for a claimed key (same transaction as the work).
	 *
	 * @param string $scope   Client scope.
	 * @param string $key     Key.
	 * @param int    $status  HTTP status.
	 * @param string $body    JSON body.
	 * @param string $headers JSON headers.
	 */
	public function complete( string $scope, string $key, int $status, string $body, string $headers ): void {
		$this->db->update(
			Tables::name( Tables::IDEMPOTENCY_KEYS ),
			array(
				'response_status'  => $status,
				'response_body'    => $body,
				'response_headers' => $headers,
			),
			array(
				'scope'           => $scope,
				'idempotency_key' => $key,
			)
		);
	}

	/**
	 * Deletes keys older than $cutoff; returns how many.
	 *
	 * @param string $cutoff UTC.
	 */
	public function purge_older_than( string $cutoff ): int {
		return (int) $this->db->query( $this->db->prepare( 'DELETE FROM %i WHERE created_at < %s LIMIT 1000', Tables::name( Tables::IDEMPOTENCY_KEYS ), $cutoff ) );
	}
}
