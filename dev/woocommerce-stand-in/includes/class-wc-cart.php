<?php
/**
 * WC_Cart: the customer's cart, kept in WC()->session ('cart', 'cart_totals') and, for a logged-in
 * customer, in the user meta _woocommerce_persistent_cart_{blog id}, as in WooCommerce.
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

/**
 * Legacy cart layer (empty here).
 */
abstract class WC_Legacy_Cart {}

/**
 * Cart: line items priced at the product price; no tax, shipping, fees or coupons.
 */
class WC_Cart extends WC_Legacy_Cart {

	/** @var array Cart item key => item: key, product_id, variation_id, variation, quantity, data (WC_Product), line totals, plus cart item data. */
	public $cart_contents = array();

	/** @var array Totals like WooCommerce's (only subtotal, cart_contents_total and total are ever non-zero here). */
	protected $default_totals = array( 'subtotal' => 0, 'subtotal_tax' => 0, 'shipping_total' => 0, 'shipping_tax' => 0, 'shipping_taxes' => array(), 'discount_total' => 0, 'discount_tax' => 0, 'cart_contents_total' => 0, 'cart_contents_tax' => 0, 'cart_contents_taxes' => array(), 'fee_total' => 0, 'fee_tax' => 0, 'fee_taxes' => array(), 'total' => 0, 'total_tax' => 0 );

	/** @var array Current totals. */
	protected $totals = array();

	/** @var bool Whether the contents were read from the session yet. */
	private $loaded = false;

	/** Sets empty totals (the contents are read from the session on first use). */
	public function __construct() {
		$this->totals = $this->default_totals;
	}

	/** @return array Cart items. */
	public function get_cart_contents() {
		$this->load();
		return (array) apply_filters( 'woocommerce_get_cart_contents', $this->cart_contents );
	}

	/** @return array Cart items (read from the session on first use). */
	public function get_cart() {
		return array_filter( $this->get_cart_contents() );
	}

	/**
	 * One item.
	 *
	 * @param string $item_key Cart item key.
	 * @return array Empty when missing.
	 */
	public function get_cart_item( $item_key ) {
		$this->load();
		return isset( $this->cart_contents[ $item_key ] ) ? $this->cart_contents[ $item_key ] : array();
	}

	/** @return bool */
	public function is_empty() {
		return 0 === count( $this->get_cart() );
	}

	/**
	 * Empties the cart (and the persistent cart).
	 *
	 * @param bool $clear_persistent_cart Also delete the user meta copy.
	 */
	public function empty_cart( $clear_persistent_cart = true ) {
		$this->loaded        = true;
		$this->cart_contents = array();
		$this->totals        = $this->default_totals;
		if ( $clear_persistent_cart && get_current_user_id() ) {
			delete_user_meta( get_current_user_id(), '_woocommerce_persistent_cart_' . get_current_blog_id() );
		}
		$this->save_session();
		do_action( 'woocommerce_cart_emptied', $clear_persistent_cart );
	}

	/** @return int Sum of the quantities. */
	public function get_cart_contents_count() {
		return apply_filters( 'woocommerce_cart_contents_count', array_sum( wp_list_pluck( $this->get_cart(), 'quantity' ) ) );
	}

	/**
	 * Cart item key for a product, variation, attributes and cart item data.
	 *
	 * @param int   $product_id     Product id.
	 * @param int   $variation_id   Variation id.
	 * @param array $variation      Attribute values.
	 * @param array $cart_item_data Extra data.
	 * @return string
	 */
	public function generate_cart_id( $product_id, $variation_id = 0, $variation = array(), $cart_item_data = array() ) {
		$id_parts = array( $product_id );
		if ( $variation_id && 0 !== $variation_id ) {
			$id_parts[] = $variation_id;
		}
		if ( is_array( $variation ) && ! empty( $variation ) ) {
			$variation_key = '';
			foreach ( $variation as $key => $value ) {
				$variation_key .= trim( $key ) . trim( $value );
			}
			$id_parts[] = $variation_key;
		}
		if ( is_array( $cart_item_data ) && ! empty( $cart_item_data ) ) {
			$data_key = '';
			foreach ( $cart_item_data as $key => $value ) {
				$data_key .= trim( $key ) . trim( is_array( $value ) || is_object( $value ) ? http_build_query( $value ) : (string) $value );
			}
			$id_parts[] = $data_key;
		}
		return apply_filters( 'woocommerce_cart_id', md5( implode( '_', $id_parts ) ), $product_id, $variation_id, $variation, $cart_item_data );
	}

	/**
	 * The key when that cart id is in the cart.
	 *
	 * @param string|false $cart_id Cart id.
	 * @return string '' when not in the cart.
	 */
	public function find_product_in_cart( $cart_id = false ) {
		return false !== $cart_id && isset( $this->get_cart()[ $cart_id ] ) ? $cart_id : '';
	}

	/**
	 * Adds a product (or variation) to the cart; the same product with the same data adds up.
	 * Fires woocommerce_add_to_cart; a refusal becomes an error notice and false, as in WooCommerce.
	 *
	 * @param int   $product_id     Product id (a variation id is moved to $variation_id).
	 * @param int   $quantity       Quantity.
	 * @param int   $variation_id   Variation id.
	 * @param array $variation      Attribute values (taken from the variation when empty).
	 * @param array $cart_item_data Extra data kept with the item (woocommerce_add_cart_item_data).
	 * @return string|false Cart item key.
	 */
	public function add_to_cart( $product_id = 0, $quantity = 1, $variation_id = 0, $variation = array(), $cart_item_data = array() ) {
		try {
			$this->load();
			$product_id   = absint( $product_id );
			$variation_id = absint( $variation_id );
			if ( 'product_variation' === get_post_type( $product_id ) ) {
				$variation_id = $product_id;
				$product_id   = wp_get_post_parent_id( $variation_id );
			}
			$product_data = wc_get_product( $variation_id ? $variation_id : $product_id );
			$quantity     = apply_filters( 'woocommerce_add_to_cart_quantity', $quantity, $product_id );
			if ( $quantity <= 0 || ! $product_data || 'trash' === $product_data->get_status() ) {
				return false;
			}
			if ( $product_data->is_type( 'variable' ) ) {
				throw new Exception( __( 'Please choose product options&hellip;', 'woocommerce' ) );
			}
			if ( $product_data->is_type( 'variation' ) && ! $variation ) {
				$variation = $product_data->get_variation_attributes();
			}
			$cart_item_data = (array) apply_filters( 'woocommerce_add_cart_item_data', $cart_item_data, $product_id, $variation_id, $quantity );
			$cart_id        = $this->generate_cart_id( $product_id, $variation_id, $variation, $cart_item_data );
			$cart_item_key  = $this->find_product_in_cart( $cart_id );
			if ( ! $product_data->is_purchasable() ) {
				throw new Exception( apply_filters( 'woocommerce_cart_product_cannot_be_purchased_message', __( 'Sorry, this product cannot be purchased.', 'woocommerce' ), $product_data ) );
			}
			if ( $cart_item_key ) {
				$this->set_quantity( $cart_item_key, $quantity + $this->cart_contents[ $cart_item_key ]['quantity'], false );
			} else {
				$cart_item_key                         = $cart_id;
				$this->cart_contents[ $cart_item_key ] = apply_filters(
					'woocommerce_add_cart_item',
					array_merge( $cart_item_data, array( 'key' => $cart_item_key, 'product_id' => $product_id, 'variation_id' => $variation_id, 'variation' => $variation, 'quantity' => $quantity, 'data' => $product_data ) ),
					$cart_item_key
				);
			}
			$this->cart_contents = apply_filters( 'woocommerce_cart_contents_changed', $this->cart_contents );
			do_action( 'woocommerce_add_to_cart', $cart_item_key, $product_id, $quantity, $variation_id, $variation, $cart_item_data );
			$this->calculate_totals();
			return $cart_item_key;
		} catch ( Exception $e ) {
			if ( $e->getMessage() ) {
				wc_add_notice( $e->getMessage(), 'error' );
			}
			return false;
		}
	}

	/**
	 * Removes an item.
	 *
	 * @param string $cart_item_key Cart item key.
	 * @return bool
	 */
	public function remove_cart_item( $cart_item_key ) {
		$this->load();
		if ( ! isset( $this->cart_contents[ $cart_item_key ] ) ) {
			return false;
		}
		do_action( 'woocommerce_remove_cart_item', $cart_item_key, $this );
		unset( $this->cart_contents[ $cart_item_key ] );
		do_action( 'woocommerce_cart_item_removed', $cart_item_key, $this );
		$this->calculate_totals();
		return true;
	}

	/**
	 * Sets an item's quantity; 0 removes it.
	 *
	 * @param string $cart_item_key  Cart item key.
	 * @param int    $quantity       Quantity.
	 * @param bool   $refresh_totals Recalculate (and save) now.
	 * @return bool
	 */
	public function set_quantity( $cart_item_key, $quantity = 1, $refresh_totals = true ) {
		$this->load();
		if ( 0 === (int) $quantity || $quantity < 0 ) {
			return $this->remove_cart_item( $cart_item_key );
		}
		if ( ! isset( $this->cart_contents[ $cart_item_key ] ) ) {
			return false;
		}
		$old_quantity                                      = $this->cart_contents[ $cart_item_key ]['quantity'];
		$this->cart_contents[ $cart_item_key ]['quantity'] = $quantity;
		do_action( 'woocommerce_after_cart_item_quantity_update', $cart_item_key, $quantity, $old_quantity, $this );
		if ( $refresh_totals ) {
			$this->calculate_totals();
		}
		return true;
	}

	/** Line totals (price x quantity, after woocommerce_before_calculate_totals) and cart totals; saves to the session. */
	public function calculate_totals() {
		$this->load();
		$this->totals = $this->default_totals;
		do_action( 'woocommerce_before_calculate_totals', $this );
		$subtotal = 0.0;
		foreach ( $this->cart_contents as $key => $item ) {
			$line = round( (float) $item['data']->get_price() * $item['quantity'], wc_get_price_decimals() );
			$this->cart_contents[ $key ] = array_merge( $item, array( 'line_tax_data' => array( 'subtotal' => array(), 'total' => array() ), 'line_subtotal' => $line, 'line_subtotal_tax' => 0, 'line_total' => $line, 'line_tax' => 0 ) );
			$subtotal                   += $line;
		}
		$this->totals['subtotal']            = $subtotal;
		$this->totals['cart_contents_total'] = $subtotal;
		$this->totals['total']               = max( 0, apply_filters( 'woocommerce_calculated_total', round( $subtotal, wc_get_price_decimals() ), $this ) );
		do_action( 'woocommerce_after_calculate_totals', $this );
		$this->save_session();
	}

	/** @return array Totals. */
	public function get_totals() {
		return empty( $this->totals ) ? $this->default_totals : $this->totals;
	}

	/**
	 * One total.
	 *
	 * @param string $key Key.
	 * @return mixed
	 */
	protected function get_totals_var( $key ) {
		$this->load();
		return isset( $this->totals[ $key ] ) ? $this->totals[ $key ] : $this->default_totals[ $key ];
	}

	/** @return float Items subtotal. */
	public function get_subtotal() {
		return apply_filters( 'woocommerce_cart_get_subtotal', $this->get_totals_var( 'subtotal' ) );
	}

	/** @return float Items total. */
	public function get_cart_contents_total() {
		return apply_filters( 'woocommerce_cart_get_cart_contents_total', $this->get_totals_var( 'cart_contents_total' ) );
	}

	/**
	 * Order total.
	 *
	 * @param string $context 'view' gives it formatted with wc_price(), 'edit' the number.
	 * @return string|float
	 */
	public function get_total( $context = 'view' ) {
		$total = apply_filters( 'woocommerce_cart_get_total', $this->get_totals_var( 'total' ) );
		return 'view' === $context ? apply_filters( 'woocommerce_cart_total', wc_price( $total ) ) : $total;
	}

	/** @return float Always 0 here. */
	public function get_total_tax() {
		return apply_filters( 'woocommerce_cart_get_total_tax', $this->get_totals_var( 'total_tax' ) );
	}

	/** @return bool Whether the total is above zero. */
	public function needs_payment() {
		return apply_filters( 'woocommerce_cart_needs_payment', 0 < $this->get_total( 'edit' ), $this );
	}

	/** @return bool Whether an item is not virtual. */
	public function needs_shipping() {
		$needs = false;
		foreach ( $this->get_cart() as $item ) {
			$needs = $needs || ! $item['data']->is_virtual();
		}
		return apply_filters( 'woocommerce_cart_needs_shipping', $needs );
	}

	/**
	 * Link that removes an item (nonce woocommerce-cart).
	 *
	 * @param string $cart_item_key Cart item key.
	 * @return string
	 */
	public function get_remove_url( $cart_item_key ) {
		return wc_get_cart_remove_url( $cart_item_key );
	}

	/**
	 * Product price formatted for the cart.
	 *
	 * @param WC_Product $product Product.
	 * @return string
	 */
	public function get_product_price( $product ) {
		return apply_filters( 'woocommerce_cart_product_price', wc_price( $product->get_price() ), $product );
	}

	/**
	 * Price x quantity, formatted.
	 *
	 * @param WC_Product $product  Product.
	 * @param int        $quantity Quantity.
	 * @return string
	 */
	public function get_product_subtotal( $product, $quantity ) {
		return apply_filters( 'woocommerce_cart_product_subtotal', wc_price( (float) $product->get_price() * (int) $quantity ), $product, $quantity, $this );
	}

	/**
	 * Subtotal formatted.
	 *
	 * @param bool $compound Unused (no taxes here).
	 * @return string
	 */
	public function get_cart_subtotal( $compound = false ) {
		return apply_filters( 'woocommerce_cart_subtotal', wc_price( $this->get_subtotal() ), $compound, $this );
	}

	/** @return WC_Customer */
	public function get_customer() {
		return WC()->customer;
	}

	/** @return string Hash of the contents and total ('' when empty), stored on the order as cart_hash. */
	public function get_cart_hash() {
		$session = $this->get_cart_for_session();
		return apply_filters( 'woocommerce_cart_hash', $session ? md5( wp_json_encode( $session ) . $this->get_total( 'edit' ) ) : '', $session );
	}

	/** @return array Items without the product objects. */
	private function get_cart_for_session() {
		$cart = array();
		foreach ( $this->get_cart() as $key => $values ) {
			unset( $values['data'] );
			$cart[ $key ] = $values;
		}
		return $cart;
	}

	/** Reads the items from the session (or the persistent cart), dropping products that can no longer be bought. */
	private function load() {
		if ( $this->loaded ) {
			return;
		}
		$this->loaded = true;
		if ( ! WC()->session ) {
			return;
		}
		$cart = WC()->session->get( 'cart', null );
		if ( null === $cart && get_current_user_id() ) {
			$saved = get_user_meta( get_current_user_id(), '_woocommerce_persistent_cart_' . get_current_blog_id(), true );
			$cart  = is_array( $saved ) && isset( $saved['cart'] ) ? $saved['cart'] : array();
		}
		foreach ( (array) $cart as $key => $values ) {
			$product = wc_get_product( $values['variation_id'] ? $values['variation_id'] : $values['product_id'] );
			if ( ! $product || $values['quantity'] <= 0 || ! $product->is_purchasable() ) {
				/* translators: %s: product name */
				wc_add_notice( sprintf( __( '%s has been removed from your cart because it can no longer be purchased. Please contact us if you need assistance.', 'woocommerce' ), $product ? $product->get_name() : __( 'An item which is no longer available', 'woocommerce' ) ), 'error' );
				continue;
			}
			$this->cart_contents[ $key ] = apply_filters( 'woocommerce_get_cart_item_from_session', array_merge( $values, array( 'data' => $product ) ), $values, $key );
		}
		do_action( 'woocommerce_cart_loaded_from_session', $this );
		$this->totals = array_merge( $this->default_totals, (array) WC()->session->get( 'cart_totals', array() ) );
	}

	/** Writes the items and totals to the session (a guest gets the session cookie) and the persistent cart. */
	private function save_session() {
		if ( ! WC()->session ) {
			return;
		}
		$cart = $this->get_cart_for_session();
		WC()->session->set( 'cart', $cart );
		WC()->session->set( 'cart_totals', $this->totals );
		if ( $cart && is_callable( array( WC()->session, 'set_customer_session_cookie' ) ) ) {
			WC()->session->set_customer_session_cookie( true );
		}
		if ( get_current_user_id() && $cart ) {
			update_user_meta( get_current_user_id(), '_woocommerce_persistent_cart_' . get_current_blog_id(), array( 'cart' => $cart ) );
		}
	}
}
