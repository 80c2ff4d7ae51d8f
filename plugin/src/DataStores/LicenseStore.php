<?php
/**
 * SQL for licenses.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\DataStores;

use EntitlementLedger\Database\Connection;
use EntitlementLedger\Database\DatabaseError;
use EntitlementLedger\Database\Tables;
use EntitlementLedger\Domain\Licenses\License;
use EntitlementLedger\Domain\Licenses\LicenseStatus;

/**
 * The only code that reads or writes el_licenses. Reads join the key's lookup and the brand
 * and product slugs, which every presentation needs.
 */
class LicenseStore {

	private const WRITABLE = array( 'status', 'seats', 'expires_at', 'customer_id' );

	/**
	 * Constructor.
	 *
	 * @param Connection $db Database access.
	 */
	public function __construct( private Connection $db ) {
	}

	/**
	 * Inserts a license; returns its id, or 0 when its source key already exists.
	 *
	 * @param array<string, scalar|null> $row Columns.
	 */
	public function insert( array $row ): int {
		try {
			return $this->db->insert( $this->table(), $row );
		} catch ( DatabaseError $error ) {
			if ( $error->is_duplicate_key() && isset( $row['source_key'] ) ) {
				return 0;
			}
			throw $error;
		}
	}

	/**
	 * One license.
	 *
	 * @param int $id Id.
	 */
	public function find( int $id ): ?License {
		$rows = $this->select( 'l.id = %d', array( $id ), 'l.id', 1, 0 );
		return $rows[0] ?? null;
	}

	/**
	 * Locks a license's row until the transaction ends, then reads it. The lock is taken on
	 * the license row alone (a locking read of the join would also lock the brand and
	 * product rows and queue every activation of the brand behind each other).
	 *
	 * @param int $id Id.
	 */
	public function find_for_update( int $id ): ?License {
		if ( null === $this->db->get_var( $this->db->prepare( 'SELECT id FROM %i WHERE id = %d FOR UPDATE', $this->table(), $id ) ) ) {
			return null;
		}
		return $this->find( $id );
	}

	/**
	 * The license created for a source key (order item), if any.
	 *
	 * @param string $source_key Key.
	 */
	public function find_by_source_key( string $source_key ): ?License {
		$rows = $this->select( 'l.source_key = %s', array( $source_key ), 'l.id', 1, 0 );
		return $rows[0] ?? null;
	}

	/**
	 * Every license a key unlocks.
	 *
	 * @param int $key_id Key.
	 * @return list<License>
	 */
	public function for_key( int $key_id ): array {
		return $this->select( 'l.license_key_id = %d', array( $key_id ), 'l.id', 100, 0 );
	}

	/**
	 * Licenses sold by an order.
	 *
	 * @param int $order_id Order.
	 * @return list<License>
	 */
	public function for_order( int $order_id ): array {
		return $this->select( 'l.source_order_id = %d', array( $order_id ), 'l.id', 500, 0 );
	}

	/**
	 * A customer's licenses (by WordPress user or email).
	 *
	 * @param int    $user_id User.
	 * @param string $email   Email.
	 * @return list<License>
	 */
	public function for_customer( int $user_id, string $email ): array {
		return $this->select( '(l.customer_id = %d OR l.customer_email = %s)', array( $user_id, $email ), 'l.id DESC', 200, 0 );
	}

	/**
	 * Licenses, filtered and paged.
	 *
	 * `search` is a prefix of the customer's email or of the key's lookup (both indexed: an
	 * index range on customer_email, and the key ids whose unique lookup starts with it).
	 *
	 * @param array{brand_id?: int|null, brand?: string|null, email?: string|null, product?: string|null, status?: string|null, key_prefix?: string|null, search?: string|null} $filters  Filters.
	 * @param int                                                                                                                                                               $page     1-based.
	 * @param int                                                                                                                                                               $per_page Page size.
	 * @param string                                                                                                                                                            $orderby  id|created_at|expires_at|customer_email.
	 * @param string                                                                                                                                                            $order    asc|desc.
	 * @return array{items: list<License>, total: int}
	 */
	public function query( array $filters, int $page, int $per_page, string $orderby = 'id', string $order = 'desc' ): array {
		$clauses = array( '1 = 1' );
		$args    = array();
		foreach (
			array(
				'brand_id'   => 'l.brand_id = %d',
				'brand'      => 'b.slug = %s',
				'email'      => 'l.customer_email = %s',
				'product'    => 'p.slug = %s',
				'status'     => 'l.status = %s',
				'key_prefix' => 'k.lookup = %s',
			) as $filter => $clause
		) {
			if ( isset( $filters[ $filter ] ) && '' !== $filters[ $filter ] ) {
				$clauses[] = $clause;
				$args[]    = $filters[ $filter ];
			}
		}
		$search = isset( $filters['search'] ) ? trim( (string) $filters['search'] ) : '';
		if ( '' !== $search ) {
			$lookup    = self::lookup_prefix( $search );
			$clauses[] = '' === $lookup
				? 'l.customer_email LIKE %s'
				: '(l.customer_email LIKE %s OR l.license_key_id IN (SELECT sk.id FROM ' . Tables::name( Tables::LICENSE_KEYS ) . ' sk WHERE sk.lookup LIKE %s))';
			$args[]    = $this->db->esc_like( strtolower( $search ) ) . '%';
			if ( '' !== $lookup ) {
				$args[] = $lookup . '%';
			}
		}
		$where     = implode( ' AND ', $clauses );
		$direction = 'asc' === strtolower( $order ) ? 'ASC' : 'DESC';
		$order_by  = match ( $orderby ) {
			'expires_at'     => "l.expires_at {$direction}, l.id {$direction}",
			'customer_email' => "l.customer_email {$direction}, l.id {$direction}",
			default          => "l.id {$direction}",
		};
		$items = $this->select( $where, $args, $order_by, $per_page, max( 0, ( $page - 1 ) * $per_page ) );
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- placeholders only.
		$total = (int) $this->db->get_var( $this->db->prepare( "SELECT COUNT(*) FROM %i l JOIN %i k ON k.id = l.license_key_id JOIN %i b ON b.id = l.brand_id JOIN %i p ON p.id = l.product_id WHERE {$where}", $this->table(), Tables::name( Tables::LICENSE_KEYS ), Tables::name( Tables::BRANDS ), Tables::name( Tables::LICENSED_PRODUCTS ), ...$args ) );
		return array(
			'items' => $items,
			'total' => $total,
		);
	}

	/**
	 * The key lookup a search term can be the start of: "ELK-7KQ2" or "7kq2" → "7KQ2"; ''
	 * when the term cannot start a lookup (an email, say).
	 *
	 * @param string $search Search term.
	 */
	public static function lookup_prefix( string $search ): string {
		$term = strtoupper( $search );
		if ( str_starts_with( $term, 'ELK-' ) ) {
			$term = substr( $term, 4 );
		}
		$term = explode( '-', $term, 2 )[0];
		return 1 === preg_match( '/^[0-9A-Z]{1,8}$/D', $term ) ? $term : '';
	}

	/**
	 * Updates columns of one license.
	 *
	 * @param int                        $id      Id.
	 * @param array<string, scalar|null> $changes Columns (WRITABLE only).
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
	 * Ids of valid licenses past their expiry.
	 *
	 * @param string $now   UTC.
	 * @param int    $limit Batch size.
	 * @return list<int>
	 */
	public function ids_due_to_expire( string $now, int $limit ): array {
		$ids = $this->db->get_col(
			$this->db->prepare( 'SELECT id FROM %i WHERE status = %s AND expires_at IS NOT NULL AND expires_at <= %s ORDER BY expires_at ASC LIMIT %d', $this->table(), LicenseStatus::Valid->value, $now, $limit )
		);
		return array_values( array_map( 'intval', $ids ) );
	}

	/**
	 * Licenses with their joins.
	 *
	 * @param string           $where    Condition with placeholders.
	 * @param list<int|string> $args     Values.
	 * @param string           $order_by Order (a constant expression).
	 * @param int              $limit    Limit.
	 * @param int              $offset   Offset.
	 * @return list<License>
	 */
	private function select( string $where, array $args, string $order_by, int $limit, int $offset ): array {
		// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- placeholders and constants only.
		$rows = $this->db->get_results(
			$this->db->prepare(
				"SELECT l.*, k.lookup AS key_lookup, b.slug AS brand_slug, p.slug AS product_slug, p.name AS product_name
				FROM %i l JOIN %i k ON k.id = l.license_key_id JOIN %i b ON b.id = l.brand_id JOIN %i p ON p.id = l.product_id
				WHERE {$where} ORDER BY {$order_by} LIMIT %d OFFSET %d",
				$this->table(),
				Tables::name( Tables::LICENSE_KEYS ),
				Tables::name( Tables::BRANDS ),
				Tables::name( Tables::LICENSED_PRODUCTS ),
				...array_merge( $args, array( $limit, $offset ) )
			)
		);
		// phpcs:enable
		return array_values( array_map( array( self::class, 'hydrate' ), $rows ) );
	}

	/**
	 * Row to entity.
	 *
	 * @param array<string, string|null> $row Row.
	 */
	private static function hydrate( array $row ): License {
		return new License(
			(int) $row['id'],
			(int) $row['brand_id'],
			(int) $row['product_id'],
			(int) $row['license_key_id'],
			(string) $row['customer_email'],
			null === $row['customer_id'] ? null : (int) $row['customer_id'],
			LicenseStatus::from( (string) $row['status'] ),
			(int) $row['seats'],
			$row['expires_at'],
			null === $row['source_order_id'] ? null : (int) $row['source_order_id'],
			(string) $row['created_at'],
			(string) $row['updated_at'],
			(string) $row['key_lookup'],
			(string) $row['brand_slug'],
			(string) $row['product_slug'],
			(string) $row['product_name']
		);
	}

	/**
	 * Table name.
	 */
	private function table(): string {
		return Tables::name( Tables::LICENSES );
	}
}
