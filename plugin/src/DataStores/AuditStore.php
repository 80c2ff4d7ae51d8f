<?php
/**
 * SQL for the audit log.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\DataStores;

use EntitlementLedger\Database\Connection;
use EntitlementLedger\Database\Tables;

/**
 * Insert-only audit rows, and filtered reads.
 */
class AuditStore {

	/**
	 * Constructor.
	 *
	 * @param Connection $db Database access.
	 */
	public function __construct( private Connection $db ) {
	}

	/**
	 * Inserts a row.
	 *
	 * @param array<string, scalar|null> $row Columns.
	 */
	public function insert( array $row ): void {
		$this->db->insert( Tables::name( Tables::AUDIT_LOG ), $row );
	}

	/**
	 * A page of audit rows, newest first.
	 *
	 * @param array{object_type?: string|null, object_id?: int|null, action?: string|null, actor_type?: string|null, after?: string|null, before?: string|null} $filters Filters.
	 * @param int                                                                                                                                               $page     1-based page.
	 * @param int                                                                                                                                               $per_page Page size.
	 * @return array{items: list<array<string, string|null>>, total: int}
	 */
	public function query( array $filters, int $page, int $per_page ): array {
		[ $where, $args ] = Conditions::where(
			array(
				'object_type' => array( 'object_type = %s', 'strval' ),
				'object_id'   => array( 'object_id = %d', 'intval' ),
				'action'      => array( 'action = %s', 'strval' ),
				'actor_type'  => array( 'actor_type = %s', 'strval' ),
				'after'       => array( 'created_at >= %s', 'strval' ),
				'before'      => array( 'created_at < %s', 'strval' ),
			),
			$filters
		);
		// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- placeholders only.
		$items = $this->db->get_results(
			$this->db->prepare(
				"SELECT * FROM %i WHERE {$where} ORDER BY id DESC LIMIT %d OFFSET %d",
				Tables::name( Tables::AUDIT_LOG ),
				...array_merge( $args, array( $per_page, max( 0, ( $page - 1 ) * $per_page ) ) )
			)
		);
		$total = (int) $this->db->get_var( $this->db->prepare( "SELECT COUNT(*) FROM %i WHERE {$where}", Tables::name( Tables::AUDIT_LOG ), ...$args ) );
		// phpcs:enable
		return array(
			'items' => $items,
			'total' => $total,
		);
	}
}
