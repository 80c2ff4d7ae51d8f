<?php
/**
 * SQL for the entitlements table.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\DataStores;

use EntitlementLedger\Database\Connection;
use EntitlementLedger\Database\DatabaseError;
use EntitlementLedger\Database\Tables;
use EntitlementLedger\Domain\Entitlements\Entitlement;
use EntitlementLedger\Domain\Entitlements\EntitlementStatus;
use EntitlementLedger\Domain\Entitlements\Redemption;
use EntitlementLedger\Domain\Money\Currency;

/**
 * The only code that reads or writes el_entitlements.
 */
class EntitlementStore {

	/**
	 * Columns a caller may set through update().
	 */
	private const WRITABLE = array(
		'number',
		'status',
		'expires_at',
		'starts_at',
		'meta',
		'notes',
		'redemption_method',
		'redemption_gift_id',
		'redemption_order_id',
		'redemption_note',
		'redeemed_at',
		'redeemed_by',
		'deleted_at',
		'deleted_reason',
		'customer_email',
		'customer_name',
		'customer_id',
	);

	/**
	 * Constructor.
	 *
	 * @param Connection $db Database access.
	 */
	public function __construct( private Connection $db ) {
	}

	/**
	 * Inserts a row; returns the new id, or 0 when the source key already exists.
	 *
	 * @param array<string, scalar|null> $row Column values.
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
	 * One entitlement, deleted or not.
	 *
	 * @param int $id Id.
	 */
	public function find( int $id ): ?Entitlement {
		$row = $this->db->get_row( $this->db->prepare( 'SELECT * FROM %i WHERE id = %d', $this->table(), $id ) );
		return is_array( $row ) ? $this->hydrate( $row ) : null;
	}

	/**
	 * One entitlement, row-locked until the transaction ends. Call inside Transaction::run().
	 *
	 * @param int $id Id.
	 */
	public function find_for_update( int $id ): ?Entitlement {
		$row = $this->db->get_row( $this->db->prepare( 'SELECT * FROM %i WHERE id = %d FOR UPDATE', $this->table(), $id ) );
		return is_array( $row ) ? $this->hydrate( $row ) : null;
	}

	/**
	 * The entitlement created for a source key (order item and cycle), if any.
	 *
	 * @param string $source_key Key.
	 */
	public function find_by_source_key( string $source_key ): ?Entitlement {
		$row = $this->db->get_row( $this->db->prepare( 'SELECT * FROM %i WHERE source_key = %s', $this->table(), $source_key ) );
		return is_array( $row ) ? $this->hydrate( $row ) : null;
	}

	/**
	 * Updates columns of one row.
	 *
	 * @param int                        $id      Id.
	 * @param array<string, scalar|null> $changes Column values; only WRITABLE columns.
	 * @param string                     $now     Timestamp for updated_at.
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
	 * Adds to the money columns, which only the ledger changes.
	 *
	 * @param int    $id              Id.
	 * @param int    $balance_delta   Change of deferred_balance.
	 * @param int    $earned_delta    Change of earned_amount.
	 * @param int    $deferred_delta  Change of deferred_amount.
	 * @param string $now             Timestamp for updated_at.
	 */
	public function add_amounts( int $id, int $balance_delta, int $earned_delta, int $deferred_delta, string $now ): void {
		$this->db->query(
			$this->db->prepare(
				'UPDATE %i SET deferred_balance = deferred_balance + %d, earned_amount = earned_amount + %d, deferred_amount = deferred_amount + %d, updated_at = %s WHERE id = %d',
				$this->table(),
				$balance_delta,
				$earned_delta,
				$deferred_delta,
				$now,
				$id
			)
		);
	}

	/**
	 * Moves an entitlement between buckets of the counts projection (status, cycle,
	 * currency, type, deleted) after a change; one statement, rows in key order.
	 *
	 * @param Entitlement|null $before State before (null for a new entitlement).
	 * @param Entitlement      $after  State after.
	 */
	public function recount( ?Entitlement $before, Entitlement $after ): void {
		$deltas = array();
		if ( null !== $before ) {
			$deltas[ self::bucket( $before ) ] = -1;
		}
		$key            = self::bucket( $after );
		$deltas[ $key ] = ( $deltas[ $key ] ?? 0 ) + 1;
		$deltas         = array_filter( $deltas );
		if ( array() === $deltas ) {
			return;
		}
		ksort( $deltas, SORT_STRING );
		$args = array( Tables::name( Tables::ENTITLEMENT_COUNTS ) );
		foreach ( $deltas as $bucket => $delta ) {
			[ $status, $number, $currency, $type, $deleted ] = explode( '|', $bucket );
			array_push( $args, $status, (int) $number, $currency, $type, (int) $deleted, $delta );
		}
		$values = implode( ', ', array_fill( 0, count( $deltas ), '(%s, %d, %s, %s, %d, %d)' ) );
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- placeholders only.
		$sql = "INSERT INTO %i (status, number, currency, type, deleted, entitlements) VALUES {$values} ON DUPLICATE KEY UPDATE entitlements = entitlements + VALUES(entitlements)";
		$this->db->query( $this->db->prepare( $sql, ...$args ) );
	}

	/**
	 * Rebuilds the counts projection from the entitlements (migration, bulk seeding, repair).
	 */
	public function rebuild_counts(): void {
		$counts = Tables::name( Tables::ENTITLEMENT_COUNTS );
		$this->db->query( $this->db->prepare( 'DELETE FROM %i', $counts ) );
		$this->db->query(
			$this->db->prepare(
				'INSERT INTO %i (status, number, currency, type, deleted, entitlements)
				SELECT status, number, currency, type, deleted_at IS NOT NULL, COUNT(*) FROM %i GROUP BY status, number, currency, type, deleted_at IS NOT NULL',
				$counts,
				$this->table()
			)
		);
	}

	/**
	 * The counts bucket of an entitlement, as a sortable key.
	 *
	 * @param Entitlement $entitlement Entitlement.
	 */
	private static function bucket( Entitlement $entitlement ): string {
		return implode( '|', array( $entitlement->status->value, sprintf( '%05d', $entitlement->number ), $entitlement->currency->code, $entitlement->type, $entitlement->is_deleted() ? '1' : '0' ) );
	}

	/**
	 * A page of entitlements and the total matching the filters.
	 *
	 * @param EntitlementQuery $query Filters.
	 * @return array{items: list<Entitlement>, total: int}
	 */
	public function query( EntitlementQuery $query ): array {
		[ $where, $args ] = $this->where( $query );
		$column           = EntitlementQuery::ORDERBY_COLUMNS[ $query->orderby ] ?? 'id';
		$direction        = 'asc' === $query->order ? 'ASC' : 'DESC';
		$offset           = max( 0, ( $query->page - 1 ) * $query->per_page );

		$order_sql = 'id' === $column ? "id {$direction}" : "{$column} {$direction}, id {$direction}";
		// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- $where holds placeholders only; $order_sql comes from a whitelist.
		$rows  = $this->db->get_results(
			$this->db->prepare( "SELECT * FROM %i WHERE {$where} ORDER BY {$order_sql} LIMIT %d OFFSET %d", $this->table(), ...array_merge( $args, array( $query->per_page, $offset ) ) )
		);
		$total = $this->counted_total( $query ) ?? (int) $this->db->get_var( $this->db->prepare( "SELECT COUNT(*) FROM %i WHERE {$where}", $this->table(), ...$args ) );
		// phpcs:enable

		return array(
			'items' => array_values( array_map( array( $this, 'hydrate' ), $rows ) ),
			'total' => $total,
		);
	}

	/**
	 * The total from the counts projection when the filters are only its dimensions (the
	 * common unfiltered and status/cycle views, which would otherwise COUNT a million rows);
	 * null when a selective filter makes a COUNT on an index cheap anyway.
	 *
	 * @param EntitlementQuery $query Filters.
	 */
	private function counted_total( EntitlementQuery $query ): ?int {
		$selective = array( $query->customer, $query->email, $query->subscription, $query->order_id, $query->search, $query->after, $query->before );
		if ( array() !== array_filter( $selective, static fn( $value ): bool => null !== $value && '' !== $value ) ) {
			return null;
		}
		$clauses = array(
			'deleted' => array(
				'exclude' => 'deleted = 0',
				'only'    => 'deleted = 1',
			)[ $query->deleted ] ?? '1=1',
		);
		$args    = array();
		foreach ( array(
			'number'   => array( '%d', $query->number ),
			'currency' => array( '%s', $query->currency ),
			'type'     => array( '%s', $query->type ),
		) as $column => [ $format, $value ] ) {
			if ( null !== $value ) {
				$clauses[] = "{$column} = {$format}";
				$args[]    = $value;
			}
		}
		if ( array() !== $query->statuses ) {
			$clauses[] = 'status IN (' . implode( ', ', array_fill( 0, count( $query->statuses ), '%s' ) ) . ')';
			array_push( $args, ...$query->statuses );
		}
		$where = implode( ' AND ', $clauses );
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- placeholders only.
		return (int) $this->db->get_var( $this->db->prepare( "SELECT COALESCE(SUM(entitlements), 0) FROM %i WHERE {$where}", Tables::name( Tables::ENTITLEMENT_COUNTS ), ...$args ) );
	}

	/**
	 * Ids of active entitlements past their expiry, oldest first.
	 *
	 * @param string $now   UTC now.
	 * @param int    $limit Batch size.
	 * @return list<int>
	 */
	public function ids_due_to_expire( string $now, int $limit ): array {
		$ids = $this->db->get_col(
			$this->db->prepare(
				'SELECT id FROM %i WHERE status = %s AND expires_at IS NOT NULL AND expires_at <= %s AND deleted_at IS NULL ORDER BY expires_at LIMIT %d',
				$this->table(),
				EntitlementStatus::Active->value,
				$now,
				$limit
			)
		);
		return array_values( array_map( 'intval', $ids ) );
	}

	/**
	 * The WHERE clause (with placeholders) and its arguments.
	 *
	 * @param EntitlementQuery $query Filters.
	 * @return array{0: string, 1: list<scalar>}
	 */
	private function where( EntitlementQuery $query ): array {
		$clauses = array();
		$args    = array();

		$clauses[] = match ( $query->deleted ) {
			'only'    => 'deleted_at IS NOT NULL',
			'include' => '1=1',
			default   => 'deleted_at IS NULL',
		};
		$exact = array(
			'customer_id'     => array( '%d', $query->customer ),
			'customer_email'  => array( '%s', $query->email ),
			'subscription_id' => array( '%d', $query->subscription ),
			'type'            => array( '%s', $query->type ),
			'number'          => array( '%d', $query->number ),
			'currency'        => array( '%s', $query->currency ),
		);
		foreach ( $exact as $column => [ $format, $value ] ) {
			if ( null !== $value ) {
				$clauses[] = "{$column} = {$format}";
				$args[]    = $value;
			}
		}
		if ( null !== $query->order_id ) {
			$clauses[] = '(source_order_id = %d OR redemption_order_id = %d)';
			array_push( $args, $query->order_id, $query->order_id );
		}
		if ( array() !== $query->statuses ) {
			$clauses[] = 'status IN (' . implode( ', ', array_fill( 0, count( $query->statuses ), '%s' ) ) . ')';
			array_push( $args, ...$query->statuses );
		}
		if ( null !== $query->after ) {
			$clauses[] = 'created_at >= %s';
			$args[]    = $query->after;
		}
		if ( null !== $query->before ) {
			$clauses[] = 'created_at < %s';
			$args[]    = $query->before;
		}
		if ( null !== $query->search && '' !== $query->search ) {
			if ( ctype_digit( $query->search ) ) {
				$clauses[] = '(id = %d OR source_order_id = %d OR subscription_id = %d OR redemption_order_id = %d)';
				array_push( $args, ...array_fill( 0, 4, (int) $query->search ) );
			} else {
				$like      = $this->db->esc_like( $query->search ) . '%';
				$clauses[] = '(customer_email LIKE %s OR customer_name LIKE %s)';
				array_push( $args, $like, $like );
			}
		}
		return array( implode( ' AND ', $clauses ), $args );
	}

	/**
	 * The entity for a row this request just inserted, without reading it back.
	 *
	 * @param int                        $id  The new id.
	 * @param array<string, scalar|null> $row The inserted columns.
	 */
	public function hydrate_new( int $id, array $row ): Entitlement {
		$columns = array_fill_keys( array( 'redemption_method', 'redemption_gift_id', 'redemption_order_id', 'redemption_note', 'redeemed_at', 'redeemed_by', 'deleted_at', 'deleted_reason' ), null );
		$strings = array_map( static fn( $value ): ?string => null === $value ? null : (string) $value, $row );
		return $this->hydrate( array( 'id' => (string) $id ) + $strings + $columns );
	}

	/**
	 * Row to entity.
	 *
	 * @param array<string, string|null> $row Database row.
	 */
	public function hydrate( array $row ): Entitlement {
		$redemption = null;
		if ( null !== $row['redemption_method'] && null !== $row['redeemed_at'] ) {
			$redemption = new Redemption(
				(string) $row['redemption_method'],
				self::int_or_null( $row['redemption_gift_id'] ),
				self::int_or_null( $row['redemption_order_id'] ),
				(string) $row['redemption_note'],
				(string) $row['redeemed_at'],
				self::int_or_null( $row['redeemed_by'] )
			);
		}
		$meta = null === $row['meta'] ? array() : json_decode( (string) $row['meta'], true );

		return new Entitlement(
			(int) $row['id'],
			self::int_or_null( $row['customer_id'] ),
			(string) $row['customer_email'],
			(string) $row['customer_name'],
			self::int_or_null( $row['subscription_id'] ),
			self::int_or_null( $row['source_order_id'] ),
			self::int_or_null( $row['source_order_item_id'] ),
			(string) $row['type'],
			(int) $row['number'],
			EntitlementStatus::from( (string) $row['status'] ),
			Currency::from( $row['currency'] ),
			(int) $row['deferred_amount'],
			(int) $row['earned_amount'],
			(int) $row['deferred_balance'],
			$row['starts_at'],
			$row['expires_at'],
			$redemption,
			is_array( $meta ) ? $meta : array(),
			(string) $row['notes'],
			(string) $row['created_at'],
			(string) $row['updated_at'],
			$row['deleted_at'],
			$row['deleted_reason']
		);
	}

	/**
	 * Nullable integer column.
	 *
	 * @param string|null $value Column value.
	 */
	private static function int_or_null( ?string $value ): ?int {
		return null === $value ? null : (int) $value;
	}

	/**
	 * Table name.
	 */
	private function table(): string {
		return Tables::name( Tables::ENTITLEMENTS );
	}
}
