<?php
/**
 * SQL for brands.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\DataStores;

use EntitlementLedger\Database\Connection;
use EntitlementLedger\Database\DatabaseError;
use EntitlementLedger\Database\Tables;
use EntitlementLedger\Domain\Licenses\Brand;

/**
 * The only code that reads or writes el_brands.
 */
class BrandStore {

	/**
	 * Constructor.
	 *
	 * @param Connection $db Database access.
	 */
	public function __construct( private Connection $db ) {
	}

	/**
	 * Inserts a brand; returns its id, or 0 when the slug is taken.
	 *
	 * @param array<string, scalar|null> $row Columns.
	 */
	public function insert( array $row ): int {
		try {
			return $this->db->insert( $this->table(), $row );
		} catch ( DatabaseError $error ) {
			if ( $error->is_duplicate_key() ) {
				return 0;
			}
			throw $error;
		}
	}

	/**
	 * Updates a brand.
	 *
	 * @param int                        $id      Id.
	 * @param array<string, scalar|null> $changes name, instance_patterns.
	 * @param string                     $now     updated_at.
	 */
	public function update( int $id, array $changes, string $now ): void {
		$changes = array_intersect_key( $changes, array_flip( array( 'name', 'instance_patterns' ) ) );
		if ( array() === $changes ) {
			return;
		}
		$changes['updated_at'] = $now;
		$this->db->update( $this->table(), $changes, array( 'id' => $id ) );
	}

	/**
	 * A brand by slug.
	 *
	 * @param string $slug Slug.
	 */
	public function find_by_slug( string $slug ): ?Brand {
		$row = $this->db->get_row( $this->db->prepare( 'SELECT * FROM %i WHERE slug = %s', $this->table(), $slug ) );
		return is_array( $row ) ? self::hydrate( $row ) : null;
	}

	/**
	 * A brand by id.
	 *
	 * @param int $id Id.
	 */
	public function find( int $id ): ?Brand {
		$row = $this->db->get_row( $this->db->prepare( 'SELECT * FROM %i WHERE id = %d', $this->table(), $id ) );
		return is_array( $row ) ? self::hydrate( $row ) : null;
	}

	/**
	 * Brands by name, optionally only one.
	 *
	 * @param int|null $only_id Only this brand (a brand key's scope).
	 * @return list<Brand>
	 */
	public function all( ?int $only_id = null ): array {
		$sql  = null === $only_id
			? $this->db->prepare( 'SELECT * FROM %i ORDER BY name ASC, id ASC LIMIT 1000', $this->table() )
			: $this->db->prepare( 'SELECT * FROM %i WHERE id = %d', $this->table(), $only_id );
		$rows = $this->db->get_results( $sql );
		return array_values( array_map( array( self::class, 'hydrate' ), $rows ) );
	}

	/**
	 * Row to entity.
	 *
	 * @param array<string, string|null> $row Row.
	 */
	private static function hydrate( array $row ): Brand {
		$patterns = array_values( array_filter( explode( "\n", (string) $row['instance_patterns'] ), static fn( string $p ): bool => '' !== $p ) );
		return new Brand( (int) $row['id'], (string) $row['slug'], (string) $row['name'], $patterns, (string) $row['created_at'], (string) $row['updated_at'] );
	}

	/**
	 * Table name.
	 */
	private function table(): string {
		return Tables::name( Tables::BRANDS );
	}
}
