<?php
/**
 * SQL for licensed products.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\DataStores;

use EntitlementLedger\Database\Connection;
use EntitlementLedger\Database\DatabaseError;
use EntitlementLedger\Database\Tables;
use EntitlementLedger\Domain\Licenses\LicensedProduct;

/**
 * The only code that reads or writes el_licensed_products.
 */
class LicensedProductStore {

	/**
	 * Constructor.
	 *
	 * @param Connection $db Database access.
	 */
	public function __construct( private Connection $db ) {
	}

	/**
	 * Inserts a product; returns its id, or 0 when the brand already has the slug.
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
	 * Changes a product's columns (name, seats, validity_days, wc_product_ids).
	 *
	 * @param int                        $id      Product.
	 * @param array<string, scalar|null> $changes Columns.
	 * @param string                     $now     updated_at.
	 */
	public function update( int $id, array $changes, string $now ): void {
		$changes = array_intersect_key( $changes, array_flip( array( 'name', 'seats', 'validity_days', 'wc_product_ids' ) ) );
		if ( array() === $changes ) {
			return;
		}
		$changes['updated_at'] = $now;
		$this->db->update( $this->table(), $changes, array( 'id' => $id ) );
	}

	/**
	 * A product of a brand by slug.
	 *
	 * @param int    $brand_id Brand.
	 * @param string $slug     Slug.
	 */
	public function find_by_slug( int $brand_id, string $slug ): ?LicensedProduct {
		$row = $this->db->get_row( $this->db->prepare( 'SELECT * FROM %i WHERE brand_id = %d AND slug = %s', $this->table(), $brand_id, $slug ) );
		return is_array( $row ) ? self::hydrate( $row ) : null;
	}

	/**
	 * A product by id.
	 *
	 * @param int $id Id.
	 */
	public function find( int $id ): ?LicensedProduct {
		$row = $this->db->get_row( $this->db->prepare( 'SELECT * FROM %i WHERE id = %d', $this->table(), $id ) );
		return is_array( $row ) ? self::hydrate( $row ) : null;
	}

	/**
	 * A brand's products.
	 *
	 * @param int $brand_id Brand.
	 * @return list<LicensedProduct>
	 */
	public function for_brand( int $brand_id ): array {
		$rows = $this->db->get_results( $this->db->prepare( 'SELECT * FROM %i WHERE brand_id = %d ORDER BY name ASC, id ASC LIMIT 1000', $this->table(), $brand_id ) );
		return array_values( array_map( array( self::class, 'hydrate' ), $rows ) );
	}

	/**
	 * The licensed products a WooCommerce product is mapped to.
	 *
	 * @param int $wc_product_id WooCommerce product id.
	 * @return list<LicensedProduct>
	 */
	public function for_wc_product( int $wc_product_id ): array {
		$rows = $this->db->get_results(
			$this->db->prepare( 'SELECT * FROM %i WHERE FIND_IN_SET(%s, wc_product_ids) > 0 ORDER BY id ASC', $this->table(), (string) $wc_product_id )
		);
		return array_values( array_map( array( self::class, 'hydrate' ), $rows ) );
	}

	/**
	 * Row to entity.
	 *
	 * @param array<string, string|null> $row Row.
	 */
	private static function hydrate( array $row ): LicensedProduct {
		$ids = array_values( array_map( 'intval', array_filter( explode( ',', (string) $row['wc_product_ids'] ) ) ) );
		return new LicensedProduct(
			(int) $row['id'],
			(int) $row['brand_id'],
			(string) $row['slug'],
			(string) $row['name'],
			(int) $row['seats'],
			null === $row['validity_days'] ? null : (int) $row['validity_days'],
			$ids,
			(string) $row['created_at'],
			(string) $row['updated_at']
		);
	}

	/**
	 * Table name.
	 */
	private function table(): string {
		return Tables::name( Tables::LICENSED_PRODUCTS );
	}
}
