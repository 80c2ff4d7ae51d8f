<?php
/**
 * SQL for the gift catalogue.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\DataStores;

use EntitlementLedger\Database\Connection;
use EntitlementLedger\Database\Tables;
use EntitlementLedger\Domain\Gifts\Gift;

/**
 * The only code that reads or writes el_gifts.
 */
class GiftStore {

	private const WRITABLE = array( 'number', 'name', 'description', 'image_id', 'product_id', 'kind', 'active', 'stock', 'deleted_at' );

	/**
	 * Constructor.
	 *
	 * @param Connection $db Database access.
	 */
	public function __construct( private Connection $db ) {
	}

	/**
	 * Inserts a gift; returns its id.
	 *
	 * @param array<string, scalar|null> $row Columns.
	 */
	public function insert( array $row ): int {
		return $this->db->insert( $this->table(), $row );
	}

	/**
	 * One gift.
	 *
	 * @param int $id Id.
	 */
	public function find( int $id ): ?Gift {
		$row = $this->db->get_row( $this->db->prepare( 'SELECT * FROM %i WHERE id = %d', $this->table(), $id ) );
		return is_array( $row ) ? $this->hydrate( $row ) : null;
	}

	/**
	 * Updates columns.
	 *
	 * @param int                        $id      Id.
	 * @param array<string, scalar|null> $changes Columns.
	 * @param string                     $now     updated_at.
	 */
	public function update( int $id, array $changes, string $now ): void {
		$changes = array_intersect_key( $changes, array_flip( self::WRITABLE ) );
		if ( array() === $changes ) {
			return;
		}
		$changes['updated_at'] = $now;
		$this->db->update( $this->table(), $changes, array( 'id' => $id ) );
	}

	/**
	 * Takes one unit of stock in a single conditional statement, so a cap holds under concurrency.
	 * Returns false when the gift is unavailable or sold out.
	 *
	 * @param int $id Gift id.
	 */
	public function claim( int $id ): bool {
		$updated = $this->db->query(
			$this->db->prepare(
				'UPDATE %i SET redeemed_count = redeemed_count + 1 WHERE id = %d AND active = 1 AND deleted_at IS NULL AND (stock IS NULL OR redeemed_count < stock)',
				$this->table(),
				$id
			)
		);
		return 1 === $updated;
	}

	/**
	 * Gives one unit back (undo of a redemption).
	 *
	 * @param int $id Gift id.
	 */
	public function release( int $id ): void {
		$this->db->query( $this->db->prepare( 'UPDATE %i SET redeemed_count = redeemed_count - 1 WHERE id = %d AND redeemed_count > 0', $this->table(), $id ) );
	}

	/**
	 * Gifts, filtered and paged.
	 *
	 * @param array{number?: int|null, active?: bool|null, available?: bool|null, search?: string|null} $filters Filters.
	 * @param int                                                                                       $page     1-based.
	 * @param int                                                                                       $per_page Page size.
	 * @return array{items: list<Gift>, total: int}
	 */
	public function query( array $filters, int $page, int $per_page ): array {
		$clauses = array( 'deleted_at IS NULL' );
		$args    = array();
		if ( isset( $filters['number'] ) ) {
			$clauses[] = 'number = %d';
			$args[]    = $filters['number'];
		}
		if ( isset( $filters['active'] ) ) {
			$clauses[] = 'active = %d';
			$args[]    = $filters['active'] ? 1 : 0;
		}
		if ( ! empty( $filters['available'] ) ) {
			$clauses[] = 'active = 1 AND (stock IS NULL OR redeemed_count < stock)';
		}
		if ( isset( $filters['search'] ) && '' !== $filters['search'] ) {
			$clauses[] = 'name LIKE %s';
			$args[]    = '%' . $this->db->esc_like( $filters['search'] ) . '%';
		}
		$where = implode( ' AND ', $clauses );
		// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- placeholders only.
		$rows  = $this->db->get_results(
			$this->db->prepare(
				"SELECT * FROM %i WHERE {$where} ORDER BY number DESC, name ASC, id ASC LIMIT %d OFFSET %d",
				$this->table(),
				...array_merge( $args, array( $per_page, max( 0, ( $page - 1 ) * $per_page ) ) )
			)
		);
		$total = (int) $this->db->get_var( $this->db->prepare( "SELECT COUNT(*) FROM %i WHERE {$where}", $this->table(), ...$args ) );
		// phpcs:enable
		return array(
			'items' => array_values( array_map( array( $this, 'hydrate' ), $rows ) ),
			'total' => $total,
		);
	}

	/**
	 * Row to entity.
	 *
	 * @param array<string, string|null> $row Row.
	 */
	private function hydrate( array $row ): Gift {
		return new Gift(
			(int) $row['id'],
			(int) $row['number'],
			(string) $row['name'],
			(string) $row['description'],
			null === $row['image_id'] ? null : (int) $row['image_id'],
			null === $row['product_id'] ? null : (int) $row['product_id'],
			(string) $row['kind'],
			'1' === (string) $row['active'],
			null === $row['stock'] ? null : (int) $row['stock'],
			(int) $row['redeemed_count'],
			(string) $row['created_at'],
			(string) $row['updated_at'],
			$row['deleted_at']
		);
	}

	/**
	 * Table name.
	 */
	private function table(): string {
		return Tables::name( Tables::GIFTS );
	}
}
