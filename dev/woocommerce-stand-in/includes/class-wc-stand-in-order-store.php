<?php
/**
 * Stand-in order store (not a WooCommerce class): orders and refunds in HPOS-style tables
 * (wc_orders, wc_order_addresses, wc_order_operational_data, wc_orders_meta). Like HPOS without
 * sync, each order id is reserved by a placeholder post of type shop_order_placehold, so ids never
 * collide with posts and order notes (comments) hang off that post.
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

/**
 * Order and refund persistence and queries.
 */
class WC_Stand_In_Order_Store extends WC_Stand_In_Meta_Store {

	/** @var string[] Meta keys holding refund props or trash state. */
	public $internal_meta_keys = array( '_refund_amount', '_refund_reason', '_refunded_by', '_refunded_payment', '_wp_trash_meta_status', '_wp_trash_meta_time' );

	/** @var string[] Refund prop => meta key. */
	protected $refund_props = array(
		'amount'           => '_refund_amount',
		'reason'           => '_refund_reason',
		'refunded_by'      => '_refunded_by',
		'refunded_payment' => '_refunded_payment',
	);

	/**
	 * Table name.
	 *
	 * @param string $name orders, meta, addresses or operational.
	 * @return string
	 */
	public static function table( $name ) {
		global $wpdb;
		$tables = array( 'orders' => 'wc_orders', 'meta' => 'wc_orders_meta', 'addresses' => 'wc_order_addresses', 'operational' => 'wc_order_operational_data' );
		return $wpdb->prefix . $tables[ $name ];
	}

	/**
	 * Creates an order or refund; fires woocommerce_new_order for orders.
	 *
	 * @param WC_Abstract_Order $order Order.
	 * @throws Exception When the id cannot be reserved.
	 */
	public function create( &$order ) {
		$order->set_version( WC_VERSION );
		$order->set_currency( $order->get_currency( 'edit' ) ? $order->get_currency( 'edit' ) : get_woocommerce_currency() );
		if ( ! $order->get_date_created( 'edit' ) ) {
			$order->set_date_created( time() );
		}
		$order->set_date_modified( time() );
		if ( ! $order->get_status( 'edit' ) ) {
			$order->set_status( $order->get_status() );
		}
		if ( $order instanceof WC_Order && '' === $order->get_order_key( 'edit' ) ) {
			$order->set_order_key( wc_generate_order_key() );
		}
		$id = wp_insert_post( array( 'post_type' => 'shop_order_placehold', 'post_status' => 'draft', 'post_parent' => $order->get_parent_id( 'edit' ), 'post_title' => 'Order placeholder' ), true );
		if ( is_wp_error( $id ) ) {
			throw new Exception( $id->get_error_message() );
		}
		$order->set_id( $id );
		$this->write( $order );
		$order->save_meta_data();
		$order->apply_changes();
		if ( 'shop_order' === $order->get_type() ) {
			do_action( 'woocommerce_new_order', $id, $order );
		}
	}

	/**
	 * Updates an order; fires woocommerce_update_order like HPOS (not when trashing or untrashing), or
	 * woocommerce_update_order_refund for a refund.
	 *
	 * @param WC_Abstract_Order $order Order.
	 */
	public function update( &$order ) {
		global $wpdb;
		$previous = WC_Stand_In_Status::remove_prefix( (string) $wpdb->get_var( $wpdb->prepare( 'SELECT status FROM ' . self::table( 'orders' ) . ' WHERE id = %d', $order->get_id() ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		$changes  = $order->get_changes();
		if ( null === $order->get_date_created( 'edit' ) ) {
			$order->set_date_created( time() );
		}
		$order->set_version( WC_VERSION );
		$order->set_date_modified( time() );
		$this->write( $order );
		$order->save_meta_data();
		$order->apply_changes();
		if ( 'shop_order_refund' === $order->get_type() ) {
			do_action( 'woocommerce_update_order_refund', $order->get_id(), $order );
			return;
		}
		if ( ! empty( $changes['status'] ) && in_array( 'trash', array( $changes['status'], $previous ), true ) ) {
			return;
		}
		if ( ! empty( $changes['status'] ) && in_array( $previous, array( 'auto-draft', 'draft', 'checkout-draft' ), true ) ) {
			do_action( 'woocommerce_new_order', $order->get_id(), $order );
			return;
		}
		do_action( 'woocommerce_update_order', $order->get_id(), $order );
	}

	/**
	 * Writes the order's rows.
	 *
	 * @param WC_Abstract_Order $order Order.
	 */
	protected function write( $order ) {
		global $wpdb;
		$id     = $order->get_id();
		$get    = function ( $prop ) use ( $order ) {
			return is_callable( array( $order, "get_$prop" ) ) ? $order->{"get_$prop"}( 'edit' ) : null;
		};
		$status = $order->get_status( 'edit' );
		$wpdb->replace(
			self::table( 'orders' ),
			array(
				'id'                   => $id,
				'status'               => wc_is_order_status( 'wc-' . $status ) ? 'wc-' . $status : $status,
				'currency'             => $get( 'currency' ),
				'type'                 => $order->get_type(),
				'tax_amount'           => (float) $get( 'cart_tax' ),
				'total_amount'         => (float) $get( 'total' ),
				'customer_id'          => (int) $get( 'customer_id' ),
				'billing_email'        => $get( 'billing_email' ),
				'date_created_gmt'     => self::gmt( $get( 'date_created' ) ),
				'date_updated_gmt'     => self::gmt( $get( 'date_modified' ) ),
				'parent_order_id'      => (int) $get( 'parent_id' ),
				'payment_method'       => $get( 'payment_method' ),
				'payment_method_title' => $get( 'payment_method_title' ),
				'transaction_id'       => $get( 'transaction_id' ),
				'ip_address'           => $get( 'customer_ip_address' ),
				'user_agent'           => $get( 'customer_user_agent' ),
				'customer_note'        => $get( 'customer_note' ),
			)
		);
		$wpdb->replace(
			self::table( 'operational' ),
			array(
				'order_id'                    => $id,
				'created_via'                 => $get( 'created_via' ),
				'woocommerce_version'         => $get( 'version' ),
				'prices_include_tax'          => (int) $get( 'prices_include_tax' ),
				'coupon_usages_are_counted'   => (int) $get( 'recorded_coupon_usage_counts' ),
				'download_permission_granted' => (int) $get( 'download_permissions_granted' ),
				'cart_hash'                   => $get( 'cart_hash' ),
				'new_order_email_sent'        => (int) $get( 'new_order_email_sent' ),
				'order_key'                   => $get( 'order_key' ),
				'order_stock_reduced'         => (int) $get( 'order_stock_reduced' ),
				'date_paid_gmt'               => self::gmt( $get( 'date_paid' ) ),
				'date_completed_gmt'          => self::gmt( $get( 'date_completed' ) ),
				'shipping_tax_amount'         => (float) $get( 'shipping_tax' ),
				'shipping_total_amount'       => (float) $get( 'shipping_total' ),
				'discount_tax_amount'         => (float) $get( 'discount_tax' ),
				'discount_total_amount'       => (float) $get( 'discount_total' ),
				'recorded_sales'              => (int) $get( 'recorded_sales' ),
			)
		);
		foreach ( $order instanceof WC_Order ? array( 'billing', 'shipping' ) : array() as $type ) {
			$address = array( 'order_id' => $id, 'address_type' => $type );
			foreach ( WC_Stand_In_Customer_Store::$address_fields as $field ) {
				$address[ $field ] = $get( "{$type}_{$field}" );
			}
			$wpdb->replace( self::table( 'addresses' ), $address );
		}
		foreach ( $order instanceof WC_Order_Refund ? $this->refund_props : array() as $prop => $key ) {
			$this->set_internal_meta( $id, $key, $get( $prop ) );
		}
	}

	/**
	 * Replaces one internal meta value.
	 *
	 * @param int    $id    Order id.
	 * @param string $key   Key.
	 * @param mixed  $value Value.
	 */
	protected function set_internal_meta( $id, $key, $value ) {
		global $wpdb;
		$wpdb->delete( self::table( 'meta' ), array( 'order_id' => $id, 'meta_key' => $key ) ); // phpcs:ignore WordPress.DB.SlowDBQuery
		$wpdb->insert( self::table( 'meta' ), array( 'order_id' => $id, 'meta_key' => $key, 'meta_value' => maybe_serialize( is_bool( $value ) ? wc_bool_to_string( $value ) : $value ) ) ); // phpcs:ignore WordPress.DB.SlowDBQuery
	}

	/**
	 * Order type of an id, or null.
	 *
	 * @param int $id Order id.
	 * @return string|null
	 */
	public static function get_order_type( $id ) {
		global $wpdb;
		return $wpdb->get_var( $wpdb->prepare( 'SELECT type FROM ' . self::table( 'orders' ) . ' WHERE id = %d', $id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
	}

	/**
	 * Reads an order or refund.
	 *
	 * @param WC_Abstract_Order $order Order with its id set.
	 * @throws Exception When it does not exist.
	 */
	public function read( &$order ) {
		global $wpdb;
		$order->set_defaults();
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT o.*, op.created_via, op.woocommerce_version, op.prices_include_tax, op.coupon_usages_are_counted, op.download_permission_granted, op.cart_hash, op.new_order_email_sent, op.order_key, op.order_stock_reduced, op.date_paid_gmt, op.date_completed_gmt, op.shipping_tax_amount, op.shipping_total_amount, op.discount_tax_amount, op.discount_total_amount, op.recorded_sales FROM ' . self::table( 'orders' ) . ' o LEFT JOIN ' . self::table( 'operational' ) . ' op ON op.order_id = o.id WHERE o.id = %d', $order->get_id() ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		if ( ! $row || $row->type !== $order->get_type() ) {
			throw new Exception( __( 'Invalid order.', 'woocommerce' ) );
		}
		$props = array(
			'parent_id'                    => $row->parent_order_id,
			'status'                       => WC_Stand_In_Status::remove_prefix( $row->status ),
			'currency'                     => $row->currency,
			'version'                      => $row->woocommerce_version,
			'prices_include_tax'           => $row->prices_include_tax,
			'date_created'                 => self::ts( $row->date_created_gmt ),
			'date_modified'                => self::ts( $row->date_updated_gmt ),
			'discount_total'               => $row->discount_total_amount,
			'discount_tax'                 => $row->discount_tax_amount,
			'shipping_total'               => $row->shipping_total_amount,
			'shipping_tax'                 => $row->shipping_tax_amount,
			'cart_tax'                     => $row->tax_amount,
			'total'                        => $row->total_amount,
			'customer_id'                  => $row->customer_id,
			'order_key'                    => $row->order_key,
			'payment_method'               => $row->payment_method,
			'payment_method_title'         => $row->payment_method_title,
			'transaction_id'               => $row->transaction_id,
			'customer_ip_address'          => $row->ip_address,
			'customer_user_agent'          => $row->user_agent,
			'created_via'                  => $row->created_via,
			'customer_note'                => $row->customer_note,
			'date_completed'               => self::ts( $row->date_completed_gmt ),
			'date_paid'                    => self::ts( $row->date_paid_gmt ),
			'cart_hash'                    => $row->cart_hash,
			'order_stock_reduced'          => $row->order_stock_reduced,
			'download_permissions_granted' => $row->download_permission_granted,
			'new_order_email_sent'         => $row->new_order_email_sent,
			'recorded_sales'               => $row->recorded_sales,
			'recorded_coupon_usage_counts' => $row->coupon_usages_are_counted,
		);
		$addresses = $wpdb->get_results( $wpdb->prepare( 'SELECT * FROM ' . self::table( 'addresses' ) . ' WHERE order_id = %d', $order->get_id() ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		foreach ( $addresses as $address ) {
			foreach ( array_diff_key( $address, array_flip( array( 'id', 'order_id', 'address_type' ) ) ) as $field => $value ) {
				$props[ $address['address_type'] . '_' . $field ] = $value;
			}
		}
		foreach ( $order instanceof WC_Order_Refund ? $this->refund_props : array() as $prop => $key ) {
			$props[ $prop ] = maybe_unserialize( $wpdb->get_var( $wpdb->prepare( 'SELECT meta_value FROM ' . self::table( 'meta' ) . ' WHERE order_id = %d AND meta_key = %s ORDER BY id DESC LIMIT 1', $order->get_id(), $key ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		}
		$order->set_props( $props );
		$order->set_object_read( true );
	}

	/**
	 * Trashes an order, or deletes it with its items, refunds, meta and notes.
	 *
	 * @param WC_Abstract_Order $order Order.
	 * @param array             $args  force_delete.
	 */
	public function delete( &$order, $args = array() ) {
		global $wpdb;
		$id         = $order->get_id();
		$order_type = $order->get_type();
		if ( empty( $args['force_delete'] ) && 'shop_order' === $order_type ) {
			do_action( 'woocommerce_before_trash_order', $id, $order );
			$this->set_internal_meta( $id, '_wp_trash_meta_status', 'wc-' . $order->get_status( 'edit' ) );
			$this->set_internal_meta( $id, '_wp_trash_meta_time', time() );
			$wpdb->update( self::table( 'orders' ), array( 'status' => 'trash', 'date_updated_gmt' => gmdate( 'Y-m-d H:i:s' ) ), array( 'id' => $id ) );
			$order->set_status( 'trash' );
			$order->apply_changes();
			do_action( 'woocommerce_trash_order', $id );
			return;
		}
		if ( 'shop_order' === $order_type ) {
			do_action( 'woocommerce_before_delete_order', $id, $order );
		}
		foreach ( $this->query( array( 'parent' => $id, 'type' => 'shop_order_refund', 'status' => 'any', 'limit' => -1 ) ) as $refund ) {
			$refund->delete( true );
		}
		foreach ( $order->get_items() as $item ) {
			$item->delete();
		}
		foreach ( array( 'meta', 'addresses', 'operational' ) as $table ) {
			$wpdb->delete( self::table( $table ), array( 'order_id' => $id ) );
		}
		$wpdb->delete( self::table( 'orders' ), array( 'id' => $id ) );
		wp_delete_post( $id, true ); // The placeholder post, and with it the order notes.
		do_action( 'shop_order' === $order_type ? 'woocommerce_delete_order' : 'woocommerce_delete_order_refund', $id );
	}

	/**
	 * Order meta rows (wc_orders_meta), internal keys left out.
	 *
	 * @param WC_Abstract_Order $order Order.
	 * @return object[]
	 */
	public function read_meta( &$order ) {
		global $wpdb;
		$rows = $wpdb->get_results( $wpdb->prepare( 'SELECT id AS meta_id, meta_key, meta_value FROM ' . self::table( 'meta' ) . ' WHERE order_id = %d ORDER BY id', $order->get_id() ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		return array_values( array_filter( $rows, array( $this, 'keep_meta' ) ) );
	}

	/**
	 * Adds an order meta row.
	 *
	 * @param WC_Abstract_Order $order Order.
	 * @param WC_Meta_Data      $meta  Meta.
	 * @return int
	 */
	public function add_meta( &$order, $meta ) {
		global $wpdb;
		$wpdb->insert( self::table( 'meta' ), array( 'order_id' => $order->get_id(), 'meta_key' => $meta->key, 'meta_value' => maybe_serialize( $meta->value ) ) ); // phpcs:ignore WordPress.DB.SlowDBQuery
		return (int) $wpdb->insert_id;
	}

	/**
	 * Updates an order meta row.
	 *
	 * @param WC_Abstract_Order $order Order.
	 * @param WC_Meta_Data      $meta  Meta.
	 */
	public function update_meta( &$order, $meta ) {
		global $wpdb;
		$wpdb->update( self::table( 'meta' ), array( 'meta_key' => $meta->key, 'meta_value' => maybe_serialize( $meta->value ) ), array( 'id' => $meta->id ) ); // phpcs:ignore WordPress.DB.SlowDBQuery
	}

	/**
	 * Deletes an order meta row.
	 *
	 * @param WC_Abstract_Order $order Order.
	 * @param WC_Meta_Data      $meta  Meta.
	 */
	public function delete_meta( &$order, $meta ) {
		global $wpdb;
		$wpdb->delete( self::table( 'meta' ), array( 'id' => $meta->id ) );
	}

	/**
	 * Items of an order, keyed by item id (line items only).
	 *
	 * @param WC_Abstract_Order $order Order.
	 * @param string            $type  Item type.
	 * @return WC_Order_Item_Product[]
	 */
	public function read_items( $order, $type ) {
		global $wpdb;
		if ( 'line_item' !== $type || ! $order->get_id() ) {
			return array();
		}
		$ids = $wpdb->get_col( $wpdb->prepare( "SELECT order_item_id FROM {$wpdb->prefix}woocommerce_order_items WHERE order_id = %d AND order_item_type = %s ORDER BY order_item_id", $order->get_id(), $type ) );
		$items = array();
		foreach ( $ids as $item_id ) {
			$items[ (int) $item_id ] = new WC_Order_Item_Product( (int) $item_id );
		}
		return $items;
	}

	/**
	 * Runs a wc_get_orders() query.
	 *
	 * @param array $args Query vars (see README.md).
	 * @return array|object Orders or ids; with paginate, an object with orders, total and max_num_pages.
	 */
	public function query( $args ) {
		global $wpdb;
		$args  = wp_parse_args( $args, array( 'type' => 'shop_order', 'status' => array_keys( wc_get_order_statuses() ), 'limit' => get_option( 'posts_per_page', 10 ), 'page' => 1, 'offset' => null, 'paginate' => false, 'orderby' => 'date', 'order' => 'DESC', 'return' => 'objects' ) );
		$where = array( '1=1' );
		$in    = function ( $column, $values, $format = '%d', $not = false ) use ( &$where, $wpdb ) {
			$values  = array_values( (array) $values );
			$where[] = $values ? $wpdb->prepare( "{$column} " . ( $not ? 'NOT ' : '' ) . 'IN (' . implode( ',', array_fill( 0, count( $values ), $format ) ) . ')', $values ) : ( $not ? '1=1' : '1=0' ); // phpcs:ignore WordPress.DB.PreparedSQL
		};
		$in( 'o.type', $args['type'], '%s' );
		$statuses = (array) $args['status'];
		if ( in_array( 'any', $statuses, true ) ) {
			$where[] = "o.status NOT IN ('trash', 'auto-draft')";
		} else {
			$in( 'o.status', array_map( array( 'WC_Stand_In_Status', 'add_prefix' ), $statuses ), '%s' );
		}
		foreach ( array( 'customer_id' => 'o.customer_id', 'parent' => 'o.parent_order_id', 'include' => 'o.id' ) as $key => $column ) {
			if ( isset( $args[ $key ] ) && '' !== $args[ $key ] && array() !== $args[ $key ] ) {
				$in( $column, array_map( 'absint', (array) $args[ $key ] ) );
			}
		}
		foreach ( array( 'exclude' => 'o.id', 'parent_exclude' => 'o.parent_order_id' ) as $key => $column ) {
			if ( ! empty( $args[ $key ] ) ) {
				$in( $column, array_map( 'absint', (array) $args[ $key ] ), '%d', true );
			}
		}
		if ( ! empty( $args['billing_email'] ) ) {
			$in( 'o.billing_email', $args['billing_email'], '%s' );
		}
		if ( isset( $args['customer'] ) && '' !== $args['customer'] ) { // Ids or emails (billing email).
			$customers = (array) $args['customer'];
			$ids       = array_map( 'absint', array_filter( $customers, 'is_numeric' ) );
			$emails    = array_values( array_diff( $customers, array_filter( $customers, 'is_numeric' ) ) );
			$where[]   = '(' . ( $ids ? $wpdb->prepare( 'o.customer_id IN (' . implode( ',', array_fill( 0, count( $ids ), '%d' ) ) . ')', $ids ) : '1=0' ) . ' OR ' . ( $emails ? $wpdb->prepare( 'o.billing_email IN (' . implode( ',', array_fill( 0, count( $emails ), '%s' ) ) . ')', $emails ) : '1=0' ) . ')'; // phpcs:ignore WordPress.DB.PreparedSQL
		}
		if ( ! empty( $args['created_via'] ) ) {
			$in( 'op.created_via', $args['created_via'], '%s' );
		}
		$meta_query = isset( $args['meta_query'] ) ? (array) $args['meta_query'] : array(); // phpcs:ignore WordPress.DB.SlowDBQuery
		if ( isset( $args['meta_key'] ) ) {
			$meta_query[] = array( 'key' => $args['meta_key'], 'value' => isset( $args['meta_value'] ) ? $args['meta_value'] : null, 'compare' => isset( $args['meta_compare'] ) ? $args['meta_compare'] : ( isset( $args['meta_value'] ) ? '=' : 'EXISTS' ) ); // phpcs:ignore WordPress.DB.SlowDBQuery
		}
		if ( $meta_query ) {
			$where[] = $this->meta_sql( $meta_query );
		}
		if ( ! empty( $args['date_created'] ) ) {
			$where[] = $this->date_sql( 'o.date_created_gmt', (string) $args['date_created'] );
		}
		$orderby = array( 'id' => 'o.id', 'ID' => 'o.id', 'modified' => 'o.date_updated_gmt', 'total' => 'o.total_amount', 'rand' => 'RAND()' );
		$column  = isset( $orderby[ $args['orderby'] ] ) ? $orderby[ $args['orderby'] ] : 'o.date_created_gmt';
		$dir     = 'ASC' === strtoupper( $args['order'] ) ? 'ASC' : 'DESC';
		$sql     = 'FROM ' . self::table( 'orders' ) . ' o LEFT JOIN ' . self::table( 'operational' ) . ' op ON op.order_id = o.id WHERE ' . implode( ' AND ', $where );
		$limit   = (int) $args['limit'];
		$offset  = null !== $args['offset'] ? (int) $args['offset'] : max( 0, ( (int) $args['page'] - 1 ) * max( 0, $limit ) );
		$paging  = $limit > 0 ? $wpdb->prepare( ' LIMIT %d, %d', $offset, $limit ) : '';
		$ids     = array_map( 'intval', $wpdb->get_col( "SELECT o.id {$sql} ORDER BY {$column} {$dir}, o.id {$dir}{$paging}" ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$result  = 'ids' === $args['return'] ? $ids : array_values( array_filter( array_map( 'wc_get_order', $ids ) ) );
		if ( ! $args['paginate'] ) {
			return $result;
		}
		$total = (int) $wpdb->get_var( "SELECT COUNT(*) {$sql}" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		return (object) array( 'orders' => $result, 'total' => $total, 'max_num_pages' => $limit > 0 ? (int) ceil( $total / $limit ) : 1 );
	}

	/**
	 * SQL for a meta query (key, value, compare: = != > >= < <= LIKE IN NOT IN EXISTS NOT EXISTS; relation AND|OR).
	 *
	 * @param array $meta_query Clauses.
	 * @return string
	 */
	protected function meta_sql( $meta_query ) {
		global $wpdb;
		$relation = isset( $meta_query['relation'] ) && 'OR' === strtoupper( $meta_query['relation'] ) ? ' OR ' : ' AND ';
		$parts    = array();
		foreach ( $meta_query as $key => $clause ) {
			if ( 'relation' === $key || ! is_array( $clause ) ) {
				continue;
			}
			if ( ! isset( $clause['key'] ) ) {
				$parts[] = $this->meta_sql( $clause );
				continue;
			}
			$compare = isset( $clause['compare'] ) ? strtoupper( $clause['compare'] ) : ( isset( $clause['value'] ) ? ( is_array( $clause['value'] ) ? 'IN' : '=' ) : 'EXISTS' );
			$exists  = $wpdb->prepare( 'SELECT 1 FROM ' . self::table( 'meta' ) . ' m WHERE m.order_id = o.id AND m.meta_key = %s', $clause['key'] ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
			if ( 'NOT EXISTS' === $compare ) {
				$parts[] = "NOT EXISTS ({$exists})";
				continue;
			}
			if ( 'EXISTS' !== $compare ) {
				$values = (array) $clause['value'];
				if ( in_array( $compare, array( 'IN', 'NOT IN' ), true ) ) {
					$exists .= $values ? $wpdb->prepare( " AND m.meta_value {$compare} (" . implode( ',', array_fill( 0, count( $values ), '%s' ) ) . ')', $values ) : ( 'IN' === $compare ? ' AND 1=0' : '' ); // phpcs:ignore WordPress.DB.PreparedSQL
				} else {
					$op      = in_array( $compare, array( '=', '!=', '>', '>=', '<', '<=', 'LIKE', 'NOT LIKE' ), true ) ? $compare : '=';
					$value   = false !== strpos( $op, 'LIKE' ) ? '%' . $wpdb->esc_like( (string) current( $values ) ) . '%' : current( $values );
					$numeric = is_int( $value ) || is_float( $value );
					$exists .= $wpdb->prepare( $numeric ? " AND CAST(m.meta_value AS DECIMAL(26,8)) {$op} %f" : " AND m.meta_value {$op} %s", $value ); // phpcs:ignore WordPress.DB.PreparedSQL
				}
			}
			$parts[] = "EXISTS ({$exists})";
		}
		return $parts ? '(' . implode( $relation, $parts ) . ')' : '1=1';
	}

	/**
	 * SQL for a WooCommerce date query: 'Y-m-d' or timestamp, with > >= < <= or 'start...end'.
	 *
	 * @param string $column Column (GMT).
	 * @param string $query  Query.
	 * @return string
	 */
	protected function date_sql( $column, $query ) {
		global $wpdb;
		$bounds = function ( $value ) {
			if ( is_numeric( $value ) ) {
				return array( gmdate( 'Y-m-d H:i:s', (int) $value ), gmdate( 'Y-m-d H:i:s', (int) $value ) );
			}
			$start = new DateTime( $value . ' 00:00:00', wp_timezone() );
			return array( gmdate( 'Y-m-d H:i:s', $start->getTimestamp() ), gmdate( 'Y-m-d H:i:s', $start->getTimestamp() + DAY_IN_SECONDS - 1 ) );
		};
		if ( false !== strpos( $query, '...' ) ) {
			list( $from, $to ) = explode( '...', $query, 2 );
			return $wpdb->prepare( "({$column} >= %s AND {$column} <= %s)", $bounds( $from )[0], $bounds( $to )[1] ); // phpcs:ignore WordPress.DB.PreparedSQL
		}
		preg_match( '/^(>=|<=|>|<)?(.*)$/', $query, $m );
		list( $start, $end ) = $bounds( $m[2] );
		$sql = array(
			'>'  => "{$column} > %s",
			'>=' => "{$column} >= %s",
			'<'  => "{$column} < %s",
			'<=' => "{$column} <= %s",
		);
		if ( '' === $m[1] ) {
			return $wpdb->prepare( "({$column} >= %s AND {$column} <= %s)", $start, $end ); // phpcs:ignore WordPress.DB.PreparedSQL
		}
		return $wpdb->prepare( $sql[ $m[1] ], in_array( $m[1], array( '>', '<=' ), true ) ? $end : $start ); // phpcs:ignore WordPress.DB.PreparedSQL
	}
}

/**
 * Status prefix helpers for the stand-in (OrderUtil::remove_status_prefix is the public one).
 */
class WC_Stand_In_Status {

	/**
	 * Removes 'wc-'.
	 *
	 * @param string $status Status.
	 * @return string
	 */
	public static function remove_prefix( $status ) {
		return 0 === strpos( (string) $status, 'wc-' ) ? substr( $status, 3 ) : (string) $status;
	}

	/**
	 * Adds 'wc-' to valid statuses that lack it.
	 *
	 * @param string $status Status.
	 * @return string
	 */
	public static function add_prefix( $status ) {
		return wc_is_order_status( 'wc-' . $status ) ? 'wc-' . $status : $status;
	}
}
