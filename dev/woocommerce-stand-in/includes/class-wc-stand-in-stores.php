<?php
/**
 * Stand-in data stores (not WooCommerce classes): the only code that writes to the database.
 * Orders live in HPOS-style tables, products in posts/postmeta, customers in users/usermeta,
 * order items in woocommerce_order_items/itemmeta, like WooCommerce with HPOS enabled.
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

/**
 * Meta handling through WordPress' metadata API (post, user, order_item).
 */
abstract class WC_Stand_In_Meta_Store {

	/** @var string WordPress meta type. */
	protected $meta_type = 'post';

	/** @var string[] Meta keys that hold props, hidden from the meta API. */
	public $internal_meta_keys = array();

	/**
	 * Raw meta rows (meta_id, meta_key, meta_value) of an object, internal keys left out.
	 *
	 * @param WC_Data $object Object.
	 * @return object[]
	 */
	public function read_meta( &$object ) {
		global $wpdb;
		$table    = _get_meta_table( $this->meta_type );
		$id_field = 'user' === $this->meta_type ? 'umeta_id' : 'meta_id';
		$rows     = $wpdb->get_results( $wpdb->prepare( "SELECT {$id_field} AS meta_id, meta_key, meta_value FROM {$table} WHERE {$this->meta_type}_id = %d ORDER BY {$id_field}", $object->get_id() ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		return array_values( array_filter( $rows, array( $this, 'keep_meta' ) ) );
	}

	/**
	 * Whether a meta row is public meta.
	 *
	 * @param object $meta Row.
	 * @return bool
	 */
	protected function keep_meta( $meta ) {
		return ! in_array( $meta->meta_key, $this->internal_meta_keys, true ) && 0 !== stripos( $meta->meta_key, 'wp_' );
	}

	/**
	 * Adds a meta row; returns its id.
	 *
	 * @param WC_Data      $object Object.
	 * @param WC_Meta_Data $meta   Meta.
	 * @return int
	 */
	public function add_meta( &$object, $meta ) {
		return (int) add_metadata( $this->meta_type, $object->get_id(), wp_slash( $meta->key ), is_string( $meta->value ) ? wp_slash( $meta->value ) : $meta->value, false );
	}

	/**
	 * Updates a meta row.
	 *
	 * @param WC_Data      $object Object.
	 * @param WC_Meta_Data $meta   Meta.
	 */
	public function update_meta( &$object, $meta ) {
		update_metadata_by_mid( $this->meta_type, $meta->id, $meta->value, $meta->key );
	}

	/**
	 * Deletes a meta row.
	 *
	 * @param WC_Data      $object Object.
	 * @param WC_Meta_Data $meta   Meta.
	 */
	public function delete_meta( &$object, $meta ) {
		delete_metadata_by_mid( $this->meta_type, $meta->id );
	}

	/**
	 * MySQL datetime (GMT) from a WC_DateTime, or null.
	 *
	 * @param WC_DateTime|null $date Date.
	 * @return string|null
	 */
	public static function gmt( $date ) {
		return $date ? gmdate( 'Y-m-d H:i:s', $date->getTimestamp() ) : null;
	}

	/**
	 * Timestamp from a MySQL datetime (GMT), or null.
	 *
	 * @param string|null $gmt Date.
	 * @return int|null
	 */
	public static function ts( $gmt ) {
		return ( $gmt && '0000-00-00 00:00:00' !== $gmt ) ? strtotime( $gmt . ' UTC' ) : null;
	}
}

/**
 * Products (posts of type product / product_variation, WooCommerce's meta keys, product_type terms).
 */
class WC_Stand_In_Product_Store extends WC_Stand_In_Meta_Store {

	/** @var string[] Prop => meta key. */
	protected $meta_props = array(
		'sku'           => '_sku',
		'regular_price' => '_regular_price',
		'sale_price'    => '_sale_price',
		'price'         => '_price',
		'virtual'       => '_virtual',
		'downloadable'  => '_downloadable',
		'tax_class'     => '_tax_class',
		'image_id'      => '_thumbnail_id',
	);

	/** @var string[] */
	public $internal_meta_keys = array( '_sku', '_regular_price', '_sale_price', '_price', '_virtual', '_downloadable', '_tax_class', '_thumbnail_id', '_edit_lock', '_edit_last', '_wp_old_slug', '_product_version', '_stock', '_stock_status', '_manage_stock', '_tax_status', '_product_attributes', 'total_sales' );

	/**
	 * Creates the post.
	 *
	 * @param WC_Product $product Product.
	 * @throws Exception When the post cannot be created.
	 */
	public function create( &$product ) {
		if ( ! $product->get_date_created( 'edit' ) ) {
			$product->set_date_created( time() );
		}
		$id = wp_insert_post( $this->post_fields( $product ), true );
		if ( is_wp_error( $id ) ) {
			throw new Exception( $id->get_error_message() );
		}
		$product->set_id( $id );
		$this->write_meta( $product );
		$product->save_meta_data();
		$product->apply_changes();
		$variation = $product->is_type( 'variation' );
		do_action( $variation ? 'woocommerce_new_product_variation' : 'woocommerce_new_product', $id, $product );
	}

	/**
	 * Updates the post.
	 *
	 * @param WC_Product $product Product.
	 */
	public function update( &$product ) {
		wp_update_post( array_merge( array( 'ID' => $product->get_id() ), $this->post_fields( $product ) ) );
		$this->write_meta( $product );
		$product->save_meta_data();
		$product->apply_changes();
		$variation = $product->is_type( 'variation' );
		do_action( $variation ? 'woocommerce_update_product_variation' : 'woocommerce_update_product', $product->get_id(), $product );
	}

	/**
	 * Post fields of a product.
	 *
	 * @param WC_Product $product Product.
	 * @return array
	 */
	protected function post_fields( $product ) {
		$variation = $product->is_type( 'variation' );
		if ( $variation ) { // Like WooCommerce, a variation is named after its parent and attribute values.
			$attributes = array_filter( (array) $product->get_attributes( 'edit' ) );
			$base       = get_post_field( 'post_title', $product->get_parent_id( 'edit' ) );
			$product->set_name( $attributes && count( $attributes ) < 3 ? $base . ' - ' . implode( ', ', $attributes ) : $base );
		}
		$created = $product->get_date_created( 'edit' );
		return array(
			'post_type'     => $variation ? 'product_variation' : 'product',
			'post_status'   => $product->get_status( 'edit' ) ? $product->get_status( 'edit' ) : 'publish',
			'post_title'    => $product->get_name( 'edit' ) ? $product->get_name( 'edit' ) : __( 'Product', 'woocommerce' ),
			'post_name'     => $product->get_slug( 'edit' ),
			'post_content'  => $product->get_description( 'edit' ),
			'post_excerpt'  => $product->get_short_description( 'edit' ),
			'post_parent'   => $product->get_parent_id( 'edit' ),
			'post_date'     => $created ? gmdate( 'Y-m-d H:i:s', $created->getOffsetTimestamp() ) : '',
			'post_date_gmt' => self::gmt( $created ),
		);
	}

	/**
	 * Writes prop meta, attributes and the product type term; keeps _price in step with the regular/sale price.
	 *
	 * @param WC_Product $product Product.
	 */
	protected function write_meta( $product ) {
		$id      = $product->get_id();
		$changes = $product->get_changes();
		if ( ! $product->get_object_read() || array_intersect_key( $changes, array_flip( array( 'regular_price', 'sale_price' ) ) ) ) {
			$product->set_price( $product->is_on_sale( 'edit' ) ? $product->get_sale_price( 'edit' ) : $product->get_regular_price( 'edit' ) );
		}
		foreach ( $this->meta_props as $prop => $key ) {
			$value = $product->{"get_$prop"}( 'edit' );
			if ( 'image_id' === $prop && ! $value ) {
				delete_post_meta( $id, $key );
				continue;
			}
			update_post_meta( $id, $key, is_bool( $value ) ? wc_bool_to_string( $value ) : wp_slash( $value ) );
		}
		if ( $product->is_type( 'variation' ) ) {
			foreach ( (array) $product->get_attributes( 'edit' ) as $name => $value ) {
				update_post_meta( $id, 'attribute_' . sanitize_title( $name ), wp_slash( $value ) );
			}
		} else {
			wp_set_object_terms( $id, $product->get_type(), 'product_type' );
		}
		update_post_meta( $id, '_product_version', WC_VERSION );
	}

	/**
	 * Reads a product.
	 *
	 * @param WC_Product $product Product with its id set.
	 * @throws Exception When not a product.
	 */
	public function read( &$product ) {
		$product->set_defaults();
		$post = get_post( $product->get_id() );
		if ( ! $post || ! in_array( $post->post_type, array( 'product', 'product_variation' ), true ) ) {
			throw new Exception( __( 'Invalid product.', 'woocommerce' ) );
		}
		$props = array(
			'name'              => $post->post_title,
			'slug'              => $post->post_name,
			'status'            => $post->post_status,
			'description'       => $post->post_content,
			'short_description' => $post->post_excerpt,
			'parent_id'         => $post->post_parent,
			'date_created'      => self::ts( $post->post_date_gmt ),
			'date_modified'     => self::ts( $post->post_modified_gmt ),
		);
		foreach ( $this->meta_props as $prop => $key ) {
			$props[ $prop ] = get_post_meta( $post->ID, $key, true );
		}
		if ( 'product_variation' === $post->post_type ) {
			$attributes = array();
			foreach ( get_post_meta( $post->ID ) as $key => $values ) {
				if ( 0 === strpos( $key, 'attribute_' ) ) {
					$attributes[ substr( $key, 10 ) ] = $values[0];
				}
			}
			$props['attributes'] = $attributes;
		}
		$product->set_props( $props );
		$product->set_object_read( true );
	}

	/**
	 * Trashes or deletes a product (and a variable product's variations).
	 *
	 * @param WC_Product $product Product.
	 * @param array      $args    force_delete.
	 */
	public function delete( &$product, $args = array() ) {
		$id   = $product->get_id();
		$type = $product->is_type( 'variation' ) ? 'product_variation' : 'product';
		if ( empty( $args['force_delete'] ) ) {
			wp_trash_post( $id );
			$product->set_status( 'trash' );
			do_action( "woocommerce_trash_{$type}", $id );
			return;
		}
		do_action( "woocommerce_before_delete_{$type}", $id );
		foreach ( $product->is_type( 'variable' ) ? $product->get_children() : array() as $child_id ) {
			$child = wc_get_product( $child_id );
			if ( $child ) {
				$child->delete( true );
			}
		}
		wp_delete_post( $id, true );
		do_action( "woocommerce_delete_{$type}", $id );
	}
}

/**
 * Customers (WordPress users and WooCommerce's user meta keys).
 */
class WC_Stand_In_Customer_Store extends WC_Stand_In_Meta_Store {

	/** @var string */
	protected $meta_type = 'user';

	/** @var string[] Address fields. */
	public static $address_fields = array( 'first_name', 'last_name', 'company', 'address_1', 'address_2', 'city', 'postcode', 'country', 'state', 'email', 'phone' );

	/** Constructor: the internal keys are WordPress' own user meta and the address keys. */
	public function __construct() {
		$this->internal_meta_keys = array( 'first_name', 'last_name', 'nickname', 'description', 'rich_editing', 'syntax_highlighting', 'comment_shortcuts', 'admin_color', 'use_ssl', 'show_admin_bar_front', 'locale', 'dismissed_wp_pointers', 'session_tokens', 'last_update', 'paying_customer', 'wc_last_active' );
		foreach ( array( 'billing', 'shipping' ) as $type ) {
			foreach ( self::$address_fields as $field ) {
				$this->internal_meta_keys[] = $type . '_' . $field;
			}
		}
	}

	/**
	 * Leaves out internal keys and keys carrying the table prefix (capabilities, user level).
	 *
	 * @param object $meta Row.
	 * @return bool
	 */
	protected function keep_meta( $meta ) {
		global $wpdb;
		return parent::keep_meta( $meta ) && false === strpos( $meta->meta_key, $wpdb->prefix );
	}

	/**
	 * Reads a customer.
	 *
	 * @param WC_Customer $customer Customer with its id set.
	 * @throws Exception When the user does not exist.
	 */
	public function read( &$customer ) {
		$user = $customer->get_id() ? get_user_by( 'id', $customer->get_id() ) : false;
		if ( ! $user ) {
			throw new Exception( __( 'Invalid customer.', 'woocommerce' ) );
		}
		$customer->set_defaults();
		$props = array(
			'email'              => $user->user_email,
			'username'           => $user->user_login,
			'display_name'       => $user->display_name,
			'first_name'         => $user->first_name,
			'last_name'          => $user->last_name,
			'role'               => $user->roles ? current( $user->roles ) : '',
			'date_created'       => self::ts( $user->user_registered ),
			'date_modified'      => get_user_meta( $user->ID, 'last_update', true ),
			'is_paying_customer' => (bool) get_user_meta( $user->ID, 'paying_customer', true ),
		);
		foreach ( array( 'billing', 'shipping' ) as $type ) {
			foreach ( self::$address_fields as $field ) {
				$props[ "{$type}_{$field}" ] = get_user_meta( $user->ID, "{$type}_{$field}", true );
			}
		}
		$customer->set_props( $props );
		$customer->set_object_read( true );
	}

	/**
	 * Creates the user (role customer unless set).
	 *
	 * @param WC_Customer $customer Customer.
	 * @throws Exception When the user cannot be created.
	 */
	public function create( &$customer ) {
		$username = $customer->get_username( 'edit' );
		if ( ! $username ) {
			$base     = sanitize_user( current( explode( '@', $customer->get_email( 'edit' ) ) ), true );
			$username = $base ? $base : 'customer';
			for ( $i = 1; username_exists( $username ); $i++ ) {
				$username = $base . '-' . $i;
			}
			$customer->set_username( $username );
		}
		$id = wp_insert_user(
			array(
				'user_login'   => $username,
				'user_email'   => $customer->get_email( 'edit' ),
				'user_pass'    => wp_generate_password(),
				'first_name'   => $customer->get_first_name( 'edit' ),
				'last_name'    => $customer->get_last_name( 'edit' ),
				'display_name' => $customer->get_display_name( 'edit' ) ? $customer->get_display_name( 'edit' ) : $username,
				'role'         => $customer->get_role( 'edit' ) ? $customer->get_role( 'edit' ) : 'customer',
			)
		);
		if ( is_wp_error( $id ) ) {
			throw new Exception( $id->get_error_message() );
		}
		$customer->set_id( $id );
		$this->write_meta( $customer );
		$customer->save_meta_data();
		$customer->apply_changes();
		do_action( 'woocommerce_new_customer', $id, $customer );
	}

	/**
	 * Updates the user.
	 *
	 * @param WC_Customer $customer Customer.
	 */
	public function update( &$customer ) {
		$changes = $customer->get_changes();
		$fields  = array_intersect_key( $changes, array_flip( array( 'email', 'first_name', 'last_name', 'display_name' ) ) );
		if ( $fields ) {
			$fields['user_email'] = $customer->get_email( 'edit' );
			unset( $fields['email'] );
			wp_update_user( array_merge( array( 'ID' => $customer->get_id() ), $fields ) );
		}
		if ( isset( $changes['role'] ) ) {
			( new WP_User( $customer->get_id() ) )->set_role( $changes['role'] );
		}
		$this->write_meta( $customer );
		$customer->save_meta_data();
		$customer->apply_changes();
		do_action( 'woocommerce_update_customer', $customer->get_id(), $customer );
	}

	/**
	 * Writes address meta.
	 *
	 * @param WC_Customer $customer Customer.
	 */
	protected function write_meta( $customer ) {
		foreach ( array( 'billing', 'shipping' ) as $type ) {
			foreach ( $customer->{"get_$type"}( 'edit' ) as $field => $value ) {
				update_user_meta( $customer->get_id(), "{$type}_{$field}", wp_slash( $value ) );
			}
		}
		update_user_meta( $customer->get_id(), 'paying_customer', (int) $customer->get_is_paying_customer( 'edit' ) );
		update_user_meta( $customer->get_id(), 'last_update', time() );
	}

	/**
	 * Deletes the user.
	 *
	 * @param WC_Customer $customer Customer.
	 * @param array       $args     reassign: user id to give the content to.
	 */
	public function delete( &$customer, $args = array() ) {
		require_once ABSPATH . 'wp-admin/includes/user.php';
		wp_delete_user( $customer->get_id(), isset( $args['reassign'] ) ? $args['reassign'] : null );
	}
}

/**
 * Order items (woocommerce_order_items and woocommerce_order_itemmeta, WooCommerce's item meta keys).
 */
class WC_Stand_In_Order_Item_Store extends WC_Stand_In_Meta_Store {

	/** @var string */
	protected $meta_type = 'order_item';

	/** @var string[] Prop => meta key. */
	protected $meta_props = array(
		'product_id'   => '_product_id',
		'variation_id' => '_variation_id',
		'quantity'     => '_qty',
		'tax_class'    => '_tax_class',
		'subtotal'     => '_line_subtotal',
		'subtotal_tax' => '_line_subtotal_tax',
		'total'        => '_line_total',
		'total_tax'    => '_line_tax',
		'taxes'        => '_line_tax_data',
	);

	/** @var string[] */
	public $internal_meta_keys = array( '_order_id', '_product_id', '_variation_id', '_qty', '_tax_class', '_line_subtotal', '_line_subtotal_tax', '_line_total', '_line_tax', '_line_tax_data', '_reduced_stock', '_restock_refunded_items' );

	/**
	 * Inserts the item.
	 *
	 * @param WC_Order_Item $item Item.
	 */
	public function create( &$item ) {
		global $wpdb;
		$wpdb->insert( $wpdb->prefix . 'woocommerce_order_items', array( 'order_item_name' => $item->get_name( 'edit' ), 'order_item_type' => $item->get_type(), 'order_id' => $item->get_order_id( 'edit' ) ) );
		$item->set_id( $wpdb->insert_id );
		$this->write( $item );
		do_action( 'woocommerce_new_order_item', $item->get_id(), $item, $item->get_order_id() );
	}

	/**
	 * Updates the item.
	 *
	 * @param WC_Order_Item $item Item.
	 */
	public function update( &$item ) {
		global $wpdb;
		$wpdb->update( $wpdb->prefix . 'woocommerce_order_items', array( 'order_item_name' => $item->get_name( 'edit' ), 'order_item_type' => $item->get_type(), 'order_id' => $item->get_order_id( 'edit' ) ), array( 'order_item_id' => $item->get_id() ) );
		$this->write( $item );
		do_action( 'woocommerce_update_order_item', $item->get_id(), $item, $item->get_order_id() );
	}

	/**
	 * Writes prop meta and meta.
	 *
	 * @param WC_Order_Item $item Item.
	 */
	protected function write( $item ) {
		foreach ( $this->meta_props as $prop => $key ) {
			if ( is_callable( array( $item, "get_$prop" ) ) ) {
				update_metadata( 'order_item', $item->get_id(), $key, $item->{"get_$prop"}( 'edit' ) );
			}
		}
		$item->save_meta_data();
		$item->apply_changes();
	}

	/**
	 * Reads an item.
	 *
	 * @param WC_Order_Item $item Item with its id set.
	 * @throws Exception When the item does not exist.
	 */
	public function read( &$item ) {
		global $wpdb;
		$item->set_defaults();
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT order_id, order_item_name FROM {$wpdb->prefix}woocommerce_order_items WHERE order_item_id = %d", $item->get_id() ) );
		if ( ! $row ) {
			throw new Exception( __( 'Invalid order item.', 'woocommerce' ) );
		}
		$props = array( 'order_id' => $row->order_id, 'name' => $row->order_item_name );
		foreach ( $this->meta_props as $prop => $key ) {
			$props[ $prop ] = get_metadata( 'order_item', $item->get_id(), $key, true );
		}
		$item->set_props( $props );
		$item->set_object_read( true );
	}

	/**
	 * Deletes an item and its meta.
	 *
	 * @param WC_Order_Item $item Item.
	 * @param array         $args Unused.
	 */
	public function delete( &$item, $args = array() ) {
		global $wpdb;
		$id = $item->get_id();
		do_action( 'woocommerce_before_delete_order_item', $id );
		$wpdb->delete( $wpdb->prefix . 'woocommerce_order_itemmeta', array( 'order_item_id' => $id ) );
		$wpdb->delete( $wpdb->prefix . 'woocommerce_order_items', array( 'order_item_id' => $id ) );
		wp_cache_delete( $id, 'order_item_meta' );
		do_action( 'woocommerce_delete_order_item', $id );
	}

	/**
	 * Loads an item by id (line items only), or false.
	 *
	 * @param int $item_id Item id.
	 * @return WC_Order_Item_Product|false
	 */
	public static function get_item( $item_id ) {
		global $wpdb;
		$type = $wpdb->get_var( $wpdb->prepare( "SELECT order_item_type FROM {$wpdb->prefix}woocommerce_order_items WHERE order_item_id = %d", $item_id ) );
		return 'line_item' === $type ? new WC_Order_Item_Product( (int) $item_id ) : false;
	}
}
