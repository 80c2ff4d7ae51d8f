<?php
/**
 * SQL for brand API keys.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\DataStores;

use EntitlementLedger\Database\Connection;
use EntitlementLedger\Database\Tables;
use EntitlementLedger\Domain\Licenses\BrandApiKey;

/**
 * The only code that reads or writes el_brand_api_keys (hashed; never the key itself).
 */
class BrandApiKeyStore {

	/**
	 * How often last_used_at is written at most: a write per request would make every
	 * brand call a write.
	 */
	private const TOUCH_INTERVAL_SECONDS = 60;

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
	 * A key by id.
	 *
	 * @param int $id Id.
	 */
	public function find( int $id ): ?BrandApiKey {
		$row = $this->db->get_row( $this->db->prepare( 'SELECT * FROM %i WHERE id = %d', $this->table(), $id ) );
		return is_array( $row ) ? self::hydrate( $row ) : null;
	}

	/**
	 * A key by its public lookup part.
	 *
	 * @param string $lookup Lookup.
	 */
	public function find_by_lookup( string $lookup ): ?BrandApiKey {
		$row = $this->db->get_row( $this->db->prepare( 'SELECT * FROM %i WHERE lookup = %s', $this->table(), $lookup ) );
		return is_array( $row ) ? self::hydrate( $row ) : null;
	}

	/**
	 * A brand's keys, newest first.
	 *
	 * @param int $brand_id Brand.
	 * @return list<BrandApiKey>
	 */
	public function for_brand( int $brand_id ): array {
		$rows = $this->db->get_results( $this->db->prepare( 'SELECT * FROM %i WHERE brand_id = %d ORDER BY id DESC LIMIT 500', $this->table(), $brand_id ) );
		return array_values( array_map( array( self::class, 'hydrate' ), $rows ) );
	}

	/**
	 * Revokes a key; returns whether it was live (one conditional statement).
	 *
	 * @param int    $id  Key.
	 * @param string $now UTC.
	 */
	public function revoke( int $id, string $now ): bool {
		return 1 === $this->db->query( $this->db->prepare( 'UPDATE %i SET revoked_at = %s WHERE id = %d AND revoked_at IS NULL', $this->table(), $now, $id ) );
	}

	/**
	 * Records a use, at most once a minute.
	 *
	 * @param int $id  Key.
	 * @param int $now Unix time.
	 */
	public function touch( int $id, int $now ): void {
		$this->db->query(
			$this->db->prepare(
				'UPDATE %i SET last_used_at = %s WHERE id = %d AND (last_used_at IS NULL OR last_used_at < %s)',
				$this->table(),
				gmdate( 'Y-m-d H:i:s', $now ),
				$id,
				gmdate( 'Y-m-d H:i:s', $now - self::TOUCH_INTERVAL_SECONDS )
			)
		);
	}

	/**
	 * Row to entity.
	 *
	 * @param array<string, string|null> $row Row.
	 */
	private static function hydrate( array $row ): BrandApiKey {
		return new BrandApiKey(
			(int) $row['id'],
			(int) $row['brand_id'],
			(string) $row['name'],
			(string) $row['lookup'],
			(string) $row['secret_hash'],
			null === $row['created_by'] ? null : (int) $row['created_by'],
			(string) $row['created_at'],
			$row['last_used_at'],
			$row['revoked_at']
		);
	}

	/**
	 * Table name.
	 */
	private function table(): string {
		return Tables::name( Tables::BRAND_API_KEYS );
	}
}
