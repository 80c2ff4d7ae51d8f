<?php
/**
 * WC_Order_Item and WC_Order_Item_Product.
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

/**
 * Order item.
 */
class WC_Order_Item extends WC_Data {

	/** @var array */
	protected $data = array(
		'order_id' => 0,
		'name'     => '',
	);

	/** @var string */
	protected $object_type = 'order_item';

	/** @var WC_Abstract_Order|null The order this item was loaded with or added to. */
	protected $order = null;

	/**
	 * Reads the item when given an id or an item.
	 *
	 * @param int|object|array $item Item id or item.
	 */
	public function __construct( $item = 0 ) {
		parent::__construct( $item );
		$this->data_store         = new WC_Stand_In_Order_Item_Store();
		$this->internal_meta_keys = $this->data_store->internal_meta_keys;
		if ( $item instanceof WC_Order_Item ) {
			$this->set_id( $item->get_id() );
		} elseif ( is_numeric( $item ) && $item > 0 ) {
			$this->set_id( $item );
		} else {
			$this->set_object_read( true );
		}
		if ( $this->get_id() > 0 ) {
			$this->data_store->read( $this );
		}
	}

	/** @return string */
	public function get_type() {
		return '';
	}

	/**
	 * Whether the item is of a type.
	 *
	 * @param string|array $type Type(s).
	 * @return bool
	 */
	public function is_type( $type ) {
		return is_array( $type ) ? in_array( $this->get_type(), $type, true ) : $type === $this->get_type();
	}

	/** @param string $context Context. @return int */
	public function get_order_id( $context = 'view' ) {
		return $this->get_prop( 'order_id', $context );
	}

	/** @param string $context Context. @return string */
	public function get_name( $context = 'view' ) {
		return $this->get_prop( 'name', $context );
	}

	/** @return int */
	public function get_quantity() {
		return 1;
	}

	/** @return WC_Order|WC_Order_Refund|false */
	public function get_order() {
		return $this->order ? $this->order : wc_get_order( $this->get_order_id() );
	}

	/** @param int $value Order id. */
	public function set_order_id( $value ) {
		$this->set_prop( 'order_id', absint( $value ) );
	}

	/** @param WC_Abstract_Order $order Order. */
	public function set_order( $order ) {
		$this->order = $order;
		$this->set_order_id( $order->get_id() );
	}

	/** @param string $value Name. */
	public function set_name( $value ) {
		$this->set_prop( 'name', wp_check_invalid_utf8( $value ) );
	}
}

/**
 * Product line item.
 */
class WC_Order_Item_Product extends WC_Order_Item {

	/** @var array */
	protected $extra_data = array(
		'product_id'   => 0,
		'variation_id' => 0,
		'quantity'     => 1,
		'tax_class'    => '',
		'subtotal'     => 0,
		'subtotal_tax' => 0,
		'total'        => 0,
		'total_tax'    => 0,
		'taxes'        => array( 'subtotal' => array(), 'total' => array() ),
	);

	/** @return string */
	public function get_type() {
		return 'line_item';
	}

	// phpcs:disable Squiz.Commenting.FunctionComment.Missing -- plain prop accessors: @param string $context / $value.
	public function get_product_id( $context = 'view' ) { return $this->get_prop( 'product_id', $context ); }
	public function get_variation_id( $context = 'view' ) { return $this->get_prop( 'variation_id', $context ); }
	public function get_quantity( $context = 'view' ) { return $this->get_prop( 'quantity', $context ); }
	public function get_tax_class( $context = 'view' ) { return $this->get_prop( 'tax_class', $context ); }
	public function get_subtotal( $context = 'view' ) { return $this->get_prop( 'subtotal', $context ); }
	public function get_subtotal_tax( $context = 'view' ) { return $this->get_prop( 'subtotal_tax', $context ); }
	public function get_total( $context = 'view' ) { return $this->get_prop( 'total', $context ); }
	public function get_total_tax( $context = 'view' ) { return $this->get_prop( 'total_tax', $context ); }
	public function get_taxes( $context = 'view' ) { return $this->get_prop( 'taxes', $context ); }
	public function set_quantity( $value ) { $this->set_prop( 'quantity', wc_stock_amount( $value ) ); }
	public function set_tax_class( $value ) { $this->set_prop( 'tax_class', (string) $value ); }
	public function set_subtotal_tax( $value ) { $this->set_prop( 'subtotal_tax', wc_format_decimal( $value ) ); }
	public function set_total_tax( $value ) { $this->set_prop( 'total_tax', wc_format_decimal( $value ) ); }
	// phpcs:enable

	/**
	 * Sets the product id (must be a product post).
	 *
	 * @param int $value Product id.
	 * @throws WC_Data_Exception Not a product.
	 */
	public function set_product_id( $value ) {
		if ( $value > 0 && 'product' !== get_post_type( absint( $value ) ) ) {
			$this->error( 'order_item_product_invalid_product_id', __( 'Invalid product ID', 'woocommerce' ) );
		}
		$this->set_prop( 'product_id', absint( $value ) );
	}

	/**
	 * Sets the variation id (must be a variation post).
	 *
	 * @param int $value Variation id.
	 * @throws WC_Data_Exception Not a variation.
	 */
	public function set_variation_id( $value ) {
		if ( $value > 0 && 'product_variation' !== get_post_type( $value ) ) {
			$this->error( 'order_item_product_invalid_variation_id', __( 'Invalid variation ID', 'woocommerce' ) );
		}
		$this->set_prop( 'variation_id', absint( $value ) );
	}

	/** @param string $value Line subtotal (before discounts). */
	public function set_subtotal( $value ) {
		$value = wc_format_decimal( $value );
		$this->set_prop( 'subtotal', is_numeric( $value ) ? $value : 0 );
	}

	/** @param string $value Line total; raises the subtotal when lower. */
	public function set_total( $value ) {
		$value = wc_format_decimal( $value );
		$this->set_prop( 'total', is_numeric( $value ) ? $value : 0 );
		if ( '' === $this->get_subtotal() || $this->get_subtotal() < $this->get_total() ) {
			$this->set_subtotal( $this->get_total() );
		}
	}

	/** @param array $raw_tax_data total and subtotal tax by rate id. */
	public function set_taxes( $raw_tax_data ) {
		$raw_tax_data = maybe_unserialize( $raw_tax_data );
		$this->set_prop( 'taxes', array( 'total' => isset( $raw_tax_data['total'] ) ? (array) $raw_tax_data['total'] : array(), 'subtotal' => isset( $raw_tax_data['subtotal'] ) ? (array) $raw_tax_data['subtotal'] : array() ) );
	}

	/**
	 * Stores variation attributes as item meta.
	 *
	 * @param array $data attribute => value.
	 */
	public function set_variation( $data = array() ) {
		foreach ( (array) $data as $key => $value ) {
			$this->add_meta_data( str_replace( 'attribute_', '', $key ), $value, true );
		}
	}

	/**
	 * Sets product id, variation, name and tax class from a product.
	 *
	 * @param WC_Product $product Product.
	 * @throws WC_Data_Exception Not a product.
	 */
	public function set_product( $product ) {
		if ( ! $product instanceof WC_Product ) {
			$this->error( 'order_item_product_invalid_product', __( 'Invalid product', 'woocommerce' ) );
		}
		if ( $product->is_type( 'variation' ) ) {
			$this->set_product_id( $product->get_parent_id() );
			$this->set_variation_id( $product->get_id() );
			$this->set_variation( $product->get_attributes() );
		} else {
			$this->set_product_id( $product->get_id() );
		}
		$this->set_name( $product->get_name() );
		$this->set_tax_class( $product->get_tax_class() );
	}

	/** @return WC_Product|false The variation or product; false if gone or trashed. */
	public function get_product() {
		$product = wc_get_product( $this->get_variation_id() ? $this->get_variation_id() : $this->get_product_id() );
		if ( $product && 'trash' === $product->get_status() ) {
			$product = false;
		}
		return apply_filters( 'woocommerce_order_item_product', $product, $this );
	}
}
