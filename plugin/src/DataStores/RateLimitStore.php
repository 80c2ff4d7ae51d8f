<?php
/**
 * SQL for rate limit counters.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\DataStores;

use EntitlementLedger\Database\Connection;
use EntitlementLedger\Database\Tables;

/**
 * Fixed-window counters in el_rate_limits, one row per bucket, counted by one atomic upsert.
 */
class RateLimitStore {

	/**
	 * Constructor.
	 *
	 * @param Connection $db Database access.
	 */
	public function __construct( private Connection $db ) {
	}

	/**
	 * Counts a hit in a bucket's current window; returns the hits of the window so far
	 * (this one included). A new window restarts the count in the same statement.
	 *
	 * @param string $bucket       Bucket (40 characters at most).
	 * @param int    $window_start Unix time the window started.
	 */
	public function hit( string $bucket, int $window_start ): int {
		// MariaDB evaluates the assignments left to right: hits reads the old window_start.
		$this->db->query(
			$this->db->prepare(
				'INSERT INTO %i (bucket, window_start, hits) VALUES (%s, %d, 1)
				ON DUPLICATE KEY UPDATE hits = IF(window_start = VALUES(window_start), hits + 1, 1), window_start = VALUES(window_start)',
				$this->table(),
				$bucket,
				$window_start
			)
		);
		return (int) $this->db->get_var( $this->db->prepare( 'SELECT hits FROM %i WHERE bucket = %s', $this->table(), $bucket ) );
	}

	/**
	 * Counts a hit in several buckets at once (one upsert, one read); returns the hits of
	 * the current window per bucket, in the order given.
	 *
	 * @param list<string> $buckets      Buckets.
	 * @param int          $window_start Unix time the window started.
	 * @return array<string, int>
	 */
	public function hit_many( array $buckets, int $window_start ): array {
		$values = implode( ', ', array_fill( 0, count( $buckets ), '(%s, %d, 1)' ) );
		$args   = array();
		foreach ( $buckets as $bucket ) {
			$args[] = $bucket;
			$args[] = $window_start;
		}
		// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- placeholders only.
		$this->db->query(
			$this->db->prepare(
				"INSERT INTO %i (bucket, window_start, hits) VALUES {$values}
				ON DUPLICATE KEY UPDATE hits = IF(window_start = VALUES(window_start), hits + 1, 1), window_start = VALUES(window_start)",
				$this->table(),
				...$args
			)
		);
		$in   = implode( ', ', array_fill( 0, count( $buckets ), '%s' ) );
		$rows = $this->db->get_results( $this->db->prepare( "SELECT bucket, hits FROM %i WHERE bucket IN ({$in})", $this->table(), ...$buckets ) );
		// phpcs:enable
		$hits = array_fill_keys( $buckets, 0 );
		foreach ( $rows as $row ) {
			$hits[ (string) $row['bucket'] ] = (int) $row['hits'];
		}
		return $hits;
	}

	/**
	 * Deletes counters of windows that ended before $cutoff.
	 *
	 * @param int $cutoff Unix time.
	 */
	public function purge_before( int $cutoff ): int {
		return $this->db->query( $this->db->prepare( 'DELETE FROM %i WHERE window_start < %d LIMIT 5000', $this->table(), $cutoff ) );
	}

	/**
	 * Table name.
	 */
	private function table(): string {
		return Tables::name( Tables::RATE_LIMITS );
	}
}
