<?php
/**
 * SQL for license activations.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\DataStores;

use EntitlementLedger\Database\Connection;
use EntitlementLedger\Database\Tables;
use EntitlementLedger\Domain\Licenses\Activation;

/**
 * The only code that reads or writes el_license_activations. Callers hold the license's row
 * lock while they count and add seats.
 */
class ActivationStore {

	/**
	 * Constructor.
	 *
	 * @param Connection $db Database access.
	 */
	public function __construct( private Connection $db ) {
	}

	/**
	 * The activation of an instance on a license, active or not.
	 *
	 * @param int    $license_id License.
	 * @param string $instance   Instance.
	 */
	public function find( int $license_id, string $instance ): ?Activation {
		$row = $this->db->get_row( $this->db->prepare( 'SELECT * FROM %i WHERE license_id = %d AND instance = %s', $this->table(), $license_id, $instance ) );
		return is_array( $row ) ? self::hydrate( $row ) : null;
	}

	/**
	 * Active activations that use a seat.
	 *
	 * @param int $license_id License.
	 */
	public function seats_in_use( int $license_id ): int {
		return (int) $this->db->get_var( $this->db->prepare( 'SELECT COUNT(*) FROM %i WHERE license_id = %d AND deactivated_at IS NULL AND uses_seat = 1', $this->table(), $license_id ) );
	}

	/**
	 * Seats in use per license.
	 *
	 * @param list<int> $license_ids Licenses.
	 * @return array<int, int>
	 */
	public function seats_in_use_by_license( array $license_ids ): array {
		if ( array() === $license_ids ) {
			return array();
		}
		$placeholders = implode( ', ', array_fill( 0, count( $license_ids ), '%d' ) );
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- placeholders only.
		$rows   = $this->db->get_results( $this->db->prepare( "SELECT license_id, COUNT(*) AS used FROM %i WHERE license_id IN ({$placeholders}) AND deactivated_at IS NULL AND uses_seat = 1 GROUP BY license_id", $this->table(), ...$license_ids ) );
		$counts = array_fill_keys( $license_ids, 0 );
		foreach ( $rows as $row ) {
			$counts[ (int) $row['license_id'] ] = (int) $row['used'];
		}
		return $counts;
	}

	/**
	 * Active activations of licenses.
	 *
	 * @param list<int> $license_ids Licenses.
	 * @return list<Activation>
	 */
	public function active_for( array $license_ids ): array {
		if ( array() === $license_ids ) {
			return array();
		}
		$placeholders = implode( ', ', array_fill( 0, count( $license_ids ), '%d' ) );
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- placeholders only.
		$rows = $this->db->get_results( $this->db->prepare( "SELECT * FROM %i WHERE license_id IN ({$placeholders}) AND deactivated_at IS NULL ORDER BY id ASC LIMIT 1000", $this->table(), ...$license_ids ) );
		return array_values( array_map( array( self::class, 'hydrate' ), $rows ) );
	}

	/**
	 * A license's activations, active ones first, then the most recently seen (staff's detail).
	 *
	 * @param int $license_id License.
	 * @param int $limit      Most rows.
	 * @return list<Activation>
	 */
	public function for_license( int $license_id, int $limit ): array {
		$rows = $this->db->get_results( $this->db->prepare( 'SELECT * FROM %i WHERE license_id = %d ORDER BY deactivated_at IS NULL DESC, last_seen_at DESC, id DESC LIMIT %d', $this->table(), $license_id, $limit ) );
		return array_values( array_map( array( self::class, 'hydrate' ), $rows ) );
	}

	/**
	 * Adds an activation; returns its id.
	 *
	 * @param int    $license_id License.
	 * @param string $instance   Instance.
	 * @param bool   $uses_seat  Whether it takes a seat.
	 * @param string $now        UTC.
	 */
	public function insert( int $license_id, string $instance, bool $uses_seat, string $now ): int {
		return $this->db->insert(
			$this->table(),
			array(
				'license_id'    => $license_id,
				'instance'      => $instance,
				'uses_seat'     => $uses_seat ? 1 : 0,
				'first_seen_at' => $now,
				'last_seen_at'  => $now,
				'activated_at'  => $now,
			)
		);
	}

	/**
	 * Makes a deactivated activation active again.
	 *
	 * @param int    $id        Activation.
	 * @param bool   $uses_seat Whether it takes a seat.
	 * @param string $now       UTC.
	 */
	public function reactivate( int $id, bool $uses_seat, string $now ): void {
		$this->db->update(
			$this->table(),
			array(
				'uses_seat'      => $uses_seat ? 1 : 0,
				'deactivated_at' => null,
				'activated_at'   => $now,
				'last_seen_at'   => $now,
			),
			array( 'id' => $id )
		);
	}

	/**
	 * Records that an instance was seen.
	 *
	 * @param int    $id  Activation.
	 * @param string $now UTC.
	 */
	public function touch( int $id, string $now ): void {
		$this->db->update( $this->table(), array( 'last_seen_at' => $now ), array( 'id' => $id ) );
	}

	/**
	 * Deactivates an active activation; returns whether it was active (one conditional statement).
	 *
	 * @param int    $id  Activation.
	 * @param string $now UTC.
	 */
	public function deactivate( int $id, string $now ): bool {
		return 1 === $this->db->query( $this->db->prepare( 'UPDATE %i SET deactivated_at = %s WHERE id = %d AND deactivated_at IS NULL', $this->table(), $now, $id ) );
	}

	/**
	 * One activation by id.
	 *
	 * @param int $id Id.
	 */
	public function find_by_id( int $id ): ?Activation {
		$row = $this->db->get_row( $this->db->prepare( 'SELECT * FROM %i WHERE id = %d', $this->table(), $id ) );
		return is_array( $row ) ? self::hydrate( $row ) : null;
	}

	/**
	 * Row to entity.
	 *
	 * @param array<string, string|null> $row Row.
	 */
	private static function hydrate( array $row ): Activation {
		return new Activation(
			(int) $row['id'],
			(int) $row['license_id'],
			(string) $row['instance'],
			'1' === (string) $row['uses_seat'],
			(string) $row['first_seen_at'],
			(string) $row['last_seen_at'],
			(string) $row['activated_at'],
			$row['deactivated_at']
		);
	}

	/**
	 * Table name.
	 */
	private function table(): string {
		return Tables::name( Tables::ACTIVATIONS );
	}
}
