<?php
/**
 * SQL for license keys.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\DataStores;

use EntitlementLedger\Database\Connection;
use EntitlementLedger\Database\Tables;

/**
 * The only code that reads or writes el_license_keys (hashed keys; never the key itself).
 */
class LicenseKeyStore {

	/**
	 * Constructor.
	 *
	 * @param Connection $db Database access.
	 */
	public function __construct( private Connection $db ) {
	}

	/**
	 * Inserts a key; returns its id.
	 *
	 * @param array<string, scalar|null> $row Columns.
	 */
	public function insert( array $row ): int {
		return $this->db->insert( $this->table(), $row );
	}

	/**
	 * A key row by its public lookup part.
	 *
	 * @param string $lookup Lookup.
	 * @return array{id: int, brand_id: int, customer_email: string, lookup: string, secret_hash: string}|null
	 */
	public function find_by_lookup( string $lookup ): ?array {
		$row = $this->db->get_row( $this->db->prepare( 'SELECT id, brand_id, customer_email, lookup, secret_hash FROM %i WHERE lookup = %s', $this->table(), $lookup ) );
		if ( null === $row ) {
			return null;
		}
		return array(
			'id'             => (int) $row['id'],
			'brand_id'       => (int) $row['brand_id'],
			'customer_email' => (string) $row['customer_email'],
			'lookup'         => (string) $row['lookup'],
			'secret_hash'    => (string) $row['secret_hash'],
		);
	}

	/**
	 * The customer's key of a brand (the oldest, if there are several), locked, so that
	 * provisioning for the same customer waits for the first provisioning's key.
	 *
	 * @param int    $brand_id Brand.
	 * @param string $email    Customer email.
	 * @return array{id: int, lookup: string}|null
	 */
	public function find_for_customer( int $brand_id, string $email ): ?array {
		$row = $this->db->get_row(
			$this->db->prepare( 'SELECT id, lookup FROM %i WHERE brand_id = %d AND customer_email = %s ORDER BY id ASC LIMIT 1 FOR UPDATE', $this->table(), $brand_id, $email )
		);
		return null === $row ? null : array(
			'id'     => (int) $row['id'],
			'lookup' => (string) $row['lookup'],
		);
	}

	/**
	 * Table name.
	 */
	private function table(): string {
		return Tables::name( Tables::LICENSE_KEYS );
	}
}
