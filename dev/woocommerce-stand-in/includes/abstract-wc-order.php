<?php
/**
 * WC_Abstract_Legacy_Order and WC_Abstract_Order: props, status, items and totals shared by orders and refunds.
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

/**
 * Legacy order layer (only set_address() here).
 */
abstract class WC_Abstract_Legacy_Order extends WC_Data {

	/**
	 * Sets billing or shipping fields from an array (not saved until save()).
	 *
	 * @param array  $address Fields, e.g. first_name, city.
	 * @param string $type    billing or shipping.
	 */
	public function set_address( $address, $type = 'billing' ) {
		foreach ( $address as $key => $value ) {
			if ( is_callable( array( $this, "set_{$type}_{$key}" ) ) ) {
				$this->{"set_{$type}_{$key}"}( $value );
			}
		}
	}
}

/**
 * Abstract order.
 */
abstract class WC_Abstract_Order extends WC_Abstract_Legacy_Order {

	/** @var array */
	protected $data = array(
		'parent_id'          => 0,
		'status'             => '',
		'currency'           => '',
		'version'            => '',
		'prices_include_tax' => false,
		'date_created'       => null,
		'date_modified'      => null,
		'discount_total'     => 0,
		'discount_tax'       => 0,
		'shipping_total'     => 0,
		'shipping_tax'       => 0,
		'cart_tax'           => 0,
		'total'              => 0,
		'total_tax'          => 0,
	);

	/** @var array Loaded or added items by group. */
	protected $items = array();

	/** @var string */
	protected $object_type = 'order';

	/** @var int Counter for keys of unsaved items. */
	protected $temp_item_id_counter = 0;

	/** @var array Item type => group. */
	protected array $item_types_to_group = array( 'line_item' => 'line_items' );

	/**
	 * Reads the order when given an id, an order or a post.
	 *
	 * @param int|object|WC_Order $order Order to read.
	 */
	public function __construct( $order = 0 ) {
		parent::__construct( $order );
		if ( is_numeric( $order ) && $order > 0 ) {
			$this->set_id( $order );
		} elseif ( $order instanceof self ) {
			$this->set_id( $order->get_id() );
		} elseif ( ! empty( $order->ID ) ) {
			$this->set_id( $order->ID );
		} else {
			$this->set_object_read( true );
		}
		$this->data_store = new WC_Stand_In_Order_Store();
		if ( $this->get_id() > 0 ) {
			$this->data_store->read( $this );
		}
	}

	/** @return string */
	public function get_type() {
		return 'shop_order';
	}

	/**
	 * Saves the order, then its items. Like WooCommerce, an exception (from the store or a hook
	 * handler) is caught and logged, not thrown.
	 *
	 * @return int
	 */
	public function save() {
		try {
			parent::save();
			$this->save_items();
		} catch ( Exception $e ) {
			$this->handle_exception( $e, sprintf( 'Error saving order ID %s.', $this->get_id() ? $this->get_id() : '(no ID)' ) );
		}
		return $this->get_id();
	}

	/**
	 * Logs an exception.
	 *
	 * @param Exception $e       Exception.
	 * @param string    $message Message.
	 */
	protected function handle_exception( $e, $message = 'Error' ) {
		error_log( 'WooCommerce (stand-in): ' . $message . ' ' . $e->getMessage() ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions
	}

	/** Saves added items. */
	protected function save_items() {
		foreach ( $this->items as $group => $items ) {
			foreach ( $items as $key => $item ) {
				$item->set_order_id( $this->get_id() );
				$item_id = $item->save();
				if ( $item_id !== $key ) {
					unset( $this->items[ $group ][ $key ] );
					$this->items[ $group ][ $item_id ] = $item;
				}
			}
		}
	}

	/** @param string $context Context. @return int */
	public function get_parent_id( $context = 'view' ) {
		return $this->get_prop( 'parent_id', $context );
	}

	/** @param string $context Context. @return string */
	public function get_currency( $context = 'view' ) {
		return $this->get_prop( 'currency', $context );
	}

	/** @param string $context Context. @return string */
	public function get_version( $context = 'view' ) {
		return $this->get_prop( 'version', $context );
	}

	/** @param string $context Context. @return bool */
	public function get_prices_include_tax( $context = 'view' ) {
		return $this->get_prop( 'prices_include_tax', $context );
	}

	/** @param string $context Context. @return WC_DateTime|null */
	public function get_date_created( $context = 'view' ) {
		return $this->get_prop( 'date_created', $context );
	}

	/** @param string $context Context. @return WC_DateTime|null */
	public function get_date_modified( $context = 'view' ) {
		return $this->get_prop( 'date_modified', $context );
	}

	/**
	 * Status without 'wc-' ('pending' in view context while unset).
	 *
	 * @param string $context Context.
	 * @return string
	 */
	public function get_status( $context = 'view' ) {
		$status = $this->get_prop( 'status', $context );
		if ( empty( $status ) && 'view' === $context ) {
			$status = apply_filters( 'woocommerce_default_order_status', 'pending' );
		}
		return $status;
	}

	/** @param string $context Context. @return string */
	public function get_discount_total( $context = 'view' ) {
		return $this->get_prop( 'discount_total', $context );
	}

	/** @param string $context Context. @return string */
	public function get_discount_tax( $context = 'view' ) {
		return $this->get_prop( 'discount_tax', $context );
	}

	/** @param string $context Context. @return string */
	public function get_shipping_total( $context = 'view' ) {
		return $this->get_prop( 'shipping_total', $context );
	}

	/** @param string $context Context. @return string */
	public function get_shipping_tax( $context = 'view' ) {
		return $this->get_prop( 'shipping_tax', $context );
	}

	/** @param string $context Context. @return string */
	public function get_cart_tax( $context = 'view' ) {
		return $this->get_prop( 'cart_tax', $context );
	}

	/** @param string $context Context. @return string Decimal string. */
	public function get_total( $context = 'view' ) {
		return $this->get_prop( 'total', $context );
	}

	/** @param string $context Context. @return string */
	public function get_total_tax( $context = 'view' ) {
		return $this->get_prop( 'total_tax', $context );
	}

	/** @return float Sum of line item subtotals. */
	public function get_subtotal() {
		$subtotal = 0.0;
		foreach ( $this->get_items() as $item ) {
			$subtotal += (float) $item->get_subtotal();
		}
		return apply_filters( 'woocommerce_order_get_subtotal', $subtotal, $this );
	}

	/** @return array 'wc-' prefixed statuses. */
	protected function get_valid_statuses() {
		return array_keys( wc_get_order_statuses() );
	}

	/**
	 * Sets the status; an unknown status becomes 'pending' like WooCommerce.
	 *
	 * @param string $new_status Status, with or without 'wc-'.
	 * @return array from and to.
	 */
	public function set_status( $new_status ) {
		$old_status = $this->get_status();
		$new_status = WC_Stand_In_Status::remove_prefix( $new_status );
		$exceptions = array( 'auto-draft', 'trash' );
		if ( true === $this->object_read ) {
			if ( ! in_array( 'wc-' . $new_status, $this->get_valid_statuses(), true ) && ! in_array( $new_status, $exceptions, true ) ) {
				$new_status = 'pending';
			}
			if ( $old_status && ( 'auto-draft' === $old_status || ( ! in_array( 'wc-' . $old_status, $this->get_valid_statuses(), true ) && ! in_array( $old_status, $exceptions, true ) ) ) ) {
				$old_status = 'pending';
			}
		}
		$this->set_prop( 'status', $new_status );
		return array( 'from' => $old_status, 'to' => $new_status );
	}

	/** @param int $value Parent order id. */
	public function set_parent_id( $value ) {
		if ( $value && ( $value === $this->get_id() || ! wc_get_order( $value ) ) ) {
			$this->error( 'order_invalid_parent_id', __( 'Invalid parent ID', 'woocommerce' ) );
		}
		$this->set_prop( 'parent_id', absint( $value ) );
	}

	/** @param string $value Version. */
	public function set_version( $value ) {
		$this->set_prop( 'version', $value );
	}

	/**
	 * Sets the currency (ISO 4217 code).
	 *
	 * @param string $value Code.
	 * @throws WC_Data_Exception Unknown code.
	 */
	public function set_currency( $value ) {
		if ( $value && ! in_array( $value, array_keys( get_woocommerce_currencies() ), true ) ) {
			$this->error( 'order_invalid_currency', __( 'Invalid currency code', 'woocommerce' ) );
		}
		$this->set_prop( 'currency', $value ? $value : get_woocommerce_currency() );
	}

	/** @param bool $value Prices include tax. */
	public function set_prices_include_tax( $value ) {
		$this->set_prop( 'prices_include_tax', (bool) $value );
	}

	/** @param string|int|null $date Date. */
	public function set_date_created( $date = null ) {
		$this->set_date_prop( 'date_created', $date );
	}

	/** @param string|int|null $date Date. */
	public function set_date_modified( $date = null ) {
		$this->set_date_prop( 'date_modified', $date );
	}

	/** @param string $value Amount. */
	public function set_discount_total( $value ) {
		$this->set_prop( 'discount_total', wc_format_decimal( $value, false, true ) );
	}

	/** @param string $value Amount. */
	public function set_discount_tax( $value ) {
		$this->set_prop( 'discount_tax', wc_format_decimal( $value, false, true ) );
	}

	/** @param string $value Amount. */
	public function set_shipping_total( $value ) {
		$this->set_prop( 'shipping_total', wc_format_decimal( $value, false, true ) );
	}

	/** @param string $value Amount. */
	public function set_shipping_tax( $value ) {
		$this->set_prop( 'shipping_tax', wc_format_decimal( $value, false, true ) );
		$this->set_total_tax( (float) $this->get_cart_tax() + (float) $this->get_shipping_tax() );
	}

	/** @param string $value Amount. */
	public function set_cart_tax( $value ) {
		$this->set_prop( 'cart_tax', wc_format_decimal( $value, false, true ) );
		$this->set_total_tax( (float) $this->get_cart_tax() + (float) $this->get_shipping_tax() );
	}

	/** @param string $value Amount. */
	protected function set_total_tax( $value ) {
		$this->set_prop( 'total_tax', wc_format_decimal( round( $value, wc_get_price_decimals() ) ) );
	}

	/**
	 * Sets the total.
	 *
	 * @param string $value      Amount.
	 * @param string $deprecated Unused.
	 */
	public function set_total( $value, $deprecated = '' ) {
		$this->set_prop( 'total', wc_format_decimal( is_string( $value ) && '' !== $value ? $value : (float) $value, wc_get_price_decimals() ) );
	}

	/**
	 * Items of the given type(s), keyed by item id (only line items exist here).
	 *
	 * @param string|array $types Types.
	 * @return WC_Order_Item[]
	 */
	public function get_items( $types = 'line_item' ) {
		$items = array();
		foreach ( array_filter( (array) $types ) as $type ) {
			$group = isset( $this->item_types_to_group[ $type ] ) ? $this->item_types_to_group[ $type ] : '';
			if ( $group ) {
				if ( ! isset( $this->items[ $group ] ) ) {
					$this->items[ $group ] = $this->data_store->read_items( $this, $type );
				}
				$items = $items + $this->items[ $group ];
			}
		}
		return apply_filters( 'woocommerce_order_get_items', $items, $this, (array) $types );
	}

	/**
	 * Sum of item quantities.
	 *
	 * @param string $item_type Type.
	 * @return int
	 */
	public function get_item_count( $item_type = '' ) {
		$count = 0;
		foreach ( $this->get_items( $item_type ? $item_type : 'line_item' ) as $item ) {
			$count += $item->get_quantity();
		}
		return apply_filters( 'woocommerce_get_item_count', $count, $item_type, $this );
	}

	/**
	 * An item: loaded from the database by id (as WooCommerce does, whatever order it belongs to), or from this order.
	 *
	 * @param int  $item_id      Item id.
	 * @param bool $load_from_db Load from the database.
	 * @return WC_Order_Item|false
	 */
	public function get_item( $item_id, $load_from_db = true ) {
		if ( $load_from_db ) {
			return WC_Stand_In_Order_Item_Store::get_item( $item_id );
		}
		$items = $this->get_items();
		return isset( $items[ $item_id ] ) ? $items[ $item_id ] : false;
	}

	/**
	 * Adds an item; saved with the order.
	 *
	 * @param WC_Order_Item $item Item.
	 * @return false|void
	 */
	public function add_item( $item ) {
		if ( ! $item instanceof WC_Order_Item_Product ) {
			return false;
		}
		$this->get_items();
		$item->set_order_id( $this->get_id() );
		$key = $item->get_id() ? $item->get_id() : 'new:line_items' . $this->temp_item_id_counter++;
		$item->set_order( $this );
		$this->items['line_items'][ $key ] = $item;
	}

	/**
	 * Adds and saves a product line item; totals default to price x quantity.
	 *
	 * @param WC_Product $product Product.
	 * @param int        $qty     Quantity.
	 * @param array      $args    Item props: name, subtotal, total, variation, ...
	 * @return int Item id.
	 */
	public function add_product( $product, $qty = 1, $args = array() ) {
		$defaults = array( 'quantity' => $qty );
		if ( $product ) {
			$total     = '' === $product->get_price() ? '' : (float) $product->get_price() * $qty;
			$variation = $product->is_type( 'variation' );
			$defaults  = array(
				'name'         => $product->get_name(),
				'tax_class'    => $product->get_tax_class(),
				'product_id'   => $variation ? $product->get_parent_id() : $product->get_id(),
				'variation_id' => $variation ? $product->get_id() : 0,
				'variation'    => $variation ? $product->get_attributes() : array(),
				'subtotal'     => $total,
				'total'        => $total,
				'quantity'     => $qty,
			);
		}
		$item = new WC_Order_Item_Product();
		$item->set_props( wp_parse_args( $args, $defaults ) );
		$item->set_order_id( $this->get_id() );
		$item->save();
		$this->add_item( $item );
		return $item->get_id();
	}

	/**
	 * Recomputes totals from the line items (no tax, fee, coupon or shipping lines here) and saves.
	 *
	 * @param bool $and_taxes Recalculate taxes (there are no tax rates here: taxes are the items' own).
	 * @return float|string Total.
	 */
	public function calculate_totals( $and_taxes = true ) {
		do_action( 'woocommerce_order_before_calculate_totals', $and_taxes, $this );
		$subtotal = 0.0;
		$total    = 0.0;
		$tax      = 0.0;
		foreach ( $this->get_items() as $item ) {
			$subtotal += (float) $item->get_subtotal();
			$total    += (float) $item->get_total();
			$tax      += (float) $item->get_total_tax();
		}
		$this->set_discount_total( round( $subtotal - $total, wc_get_price_decimals() ) );
		$this->set_cart_tax( $tax );
		$this->set_total( round( $total + (float) $this->get_shipping_total() + (float) $this->get_cart_tax() + (float) $this->get_shipping_tax(), wc_get_price_decimals() ) );
		do_action( 'woocommerce_order_after_calculate_totals', $and_taxes, $this );
		$this->save();
		return $this->get_total();
	}

	/**
	 * Whether the order has one of the statuses.
	 *
	 * @param string|array $status Status(es) without 'wc-'.
	 * @return bool
	 */
	public function has_status( $status ) {
		return apply_filters( 'woocommerce_order_has_status', ( is_array( $status ) && in_array( $this->get_status(), $status, true ) ) || $this->get_status() === $status, $this, $status );
	}

	/** @return bool Whether some line item is free. */
	public function has_free_item() {
		foreach ( $this->get_items() as $item ) {
			if ( ! $item->get_total() ) {
				return true;
			}
		}
		return false;
	}
}
