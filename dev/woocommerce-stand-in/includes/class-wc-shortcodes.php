<?php
/**
 * Shortcodes [woocommerce_cart], [woocommerce_checkout] and [woocommerce_my_account], each wrapped
 * in <div class="woocommerce">, with WooCommerce's classes and templates.
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the shortcodes (init).
 */
class WC_Shortcodes {

	/** Adds the shortcodes (tags filterable by {$shortcode}_shortcode_tag). */
	public static function init() {
		foreach ( array( 'woocommerce_cart' => 'cart', 'woocommerce_checkout' => 'checkout', 'woocommerce_my_account' => 'my_account' ) as $shortcode => $method ) {
			add_shortcode( apply_filters( "{$shortcode}_shortcode_tag", $shortcode ), array( __CLASS__, $method ) );
		}
	}

	/**
	 * Buffers a callback's output inside a wrapper.
	 *
	 * @param callable $function Callback.
	 * @param array    $atts     Attributes.
	 * @param array    $wrapper  class, before, after.
	 * @return string
	 */
	public static function shortcode_wrapper( $function, $atts = array(), $wrapper = array( 'class' => 'woocommerce', 'before' => null, 'after' => null ) ) {
		ob_start();
		echo empty( $wrapper['before'] ) ? '<div class="' . esc_attr( $wrapper['class'] ) . '">' : $wrapper['before']; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
		call_user_func( $function, $atts );
		echo empty( $wrapper['after'] ) ? '</div>' : $wrapper['after']; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
		return ob_get_clean();
	}

	/** @return string [woocommerce_cart]. */
	public static function cart() {
		return is_null( WC()->cart ) ? '' : self::shortcode_wrapper( array( 'WC_Shortcode_Cart', 'output' ) );
	}

	/**
	 * [woocommerce_checkout].
	 *
	 * @param array $atts Attributes.
	 * @return string
	 */
	public static function checkout( $atts ) {
		return self::shortcode_wrapper( array( 'WC_Shortcode_Checkout', 'output' ), $atts );
	}

	/**
	 * [woocommerce_my_account].
	 *
	 * @param array $atts Attributes.
	 * @return string
	 */
	public static function my_account( $atts ) {
		return self::shortcode_wrapper( array( 'WC_Shortcode_My_Account', 'output' ), $atts );
	}
}

/**
 * Cart page.
 */
class WC_Shortcode_Cart {

	/**
	 * The cart table and totals, or the empty-cart message.
	 *
	 * @param array $atts Attributes.
	 */
	public static function output( $atts ) {
		if ( is_null( WC()->cart ) ) {
			return;
		}
		do_action( 'woocommerce_check_cart_items' );
		WC()->cart->calculate_totals();
		wc_get_template( WC()->cart->is_empty() ? 'cart/cart-empty.php' : 'cart/cart.php' );
	}
}

/**
 * Checkout page and its order-received endpoint.
 */
class WC_Shortcode_Checkout {

	/**
	 * The order-received page on that endpoint, else the checkout form.
	 *
	 * @param array $atts Attributes.
	 */
	public static function output( $atts ) {
		global $wp;
		if ( is_null( WC()->cart ) ) {
			return;
		}
		WC()->payment_gateways(); // Loaded, so their woocommerce_thankyou_{id} instructions are hooked.
		if ( isset( $wp->query_vars['order-received'] ) ) {
			self::order_received( $wp->query_vars['order-received'] );
			return;
		}
		if ( WC()->cart->is_empty() ) {
			wc_get_template( 'cart/cart-empty.php' );
			return;
		}
		WC()->cart->calculate_totals();
		wc_get_template( 'checkout/form-checkout.php', array( 'checkout' => WC()->checkout() ) );
	}

	/**
	 * Thank-you page: needs the order's key (?key=) and, for a customer's order, that customer logged in.
	 * Otherwise only the generic "received" message shows, as in WooCommerce.
	 *
	 * @param int $order_id Order id.
	 */
	private static function order_received( $order_id = 0 ) {
		$order_id  = apply_filters( 'woocommerce_thankyou_order_id', absint( $order_id ) );
		$order_key = apply_filters( 'woocommerce_thankyou_order_key', empty( $_GET['key'] ) ? '' : wc_clean( wp_unslash( $_GET['key'] ) ) ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended
		$order     = $order_id ? wc_get_order( $order_id ) : false;
		if ( ! $order instanceof WC_Order || ! hash_equals( $order->get_order_key(), (string) $order_key ) ) {
			$order = false;
		}
		unset( WC()->session->order_awaiting_payment );
		wc_empty_cart();
		if ( $order && $order->get_customer_id() && get_current_user_id() !== $order->get_customer_id() ) {
			wc_get_template( 'checkout/thankyou.php', array( 'order' => false ) );
			wc_print_notice( esc_html__( 'Please log in to your account to view this order.', 'woocommerce' ), 'notice' );
			return;
		}
		wc_get_template( 'checkout/thankyou.php', array( 'order' => $order ) );
	}
}

/**
 * My account page.
 */
class WC_Shortcode_My_Account {

	/**
	 * Logged out: the login form. Logged in: navigation and content (myaccount/my-account.php).
	 *
	 * @param array $atts Attributes.
	 */
	public static function output( $atts ) {
		global $wp;
		if ( is_null( WC()->cart ) ) {
			return;
		}
		if ( ! is_user_logged_in() ) {
			$message = apply_filters( 'woocommerce_my_account_message', '' );
			if ( ! empty( $message ) ) {
				wc_add_notice( $message );
			}
			wc_get_template( 'myaccount/form-login.php' );
			return;
		}
		if ( isset( $wp->query_vars['customer-logout'] ) ) {
			/* translators: %s: logout url */
			wc_add_notice( sprintf( __( 'Are you sure you want to log out? <a href="%s">Confirm and log out</a>', 'woocommerce' ), esc_url( wc_logout_url() ) ) );
		}
		wc_get_template( 'myaccount/my-account.php', array( 'current_user' => get_user_by( 'id', get_current_user_id() ) ) );
	}

	/**
	 * One of the customer's orders; "Invalid order." for anyone else's or a missing one.
	 *
	 * @param int $order_id Order id.
	 */
	public static function view_order( $order_id ) {
		$order = wc_get_order( $order_id );
		if ( ! $order instanceof WC_Order || ! current_user_can( 'view_order', $order_id ) ) {
			echo '<div class="woocommerce-error">' . esc_html__( 'Invalid order.', 'woocommerce' ) . ' <a href="' . esc_url( wc_get_page_permalink( 'myaccount' ) ) . '" class="wc-forward">' . esc_html__( 'My account', 'woocommerce' ) . '</a></div>';
			return;
		}
		wc_get_template( 'myaccount/view-order.php', array( 'order' => $order, 'order_id' => $order->get_id() ) );
	}

	/** Account details form. */
	public static function edit_account() {
		wc_get_template( 'myaccount/form-edit-account.php', array( 'user' => get_user_by( 'id', get_current_user_id() ) ) );
	}

	/**
	 * Both addresses, or the form for one.
	 *
	 * @param string $load_address '', billing or shipping.
	 */
	public static function edit_address( $load_address = 'billing' ) {
		$load_address = sanitize_key( $load_address );
		if ( ! in_array( $load_address, array( 'billing', 'shipping' ), true ) ) {
			wc_get_template( 'myaccount/my-address.php' );
			return;
		}
		$customer = new WC_Customer( get_current_user_id() );
		$country  = $customer->{"get_{$load_address}_country"}();
		$address  = WC()->countries->get_address_fields( $country ? $country : WC()->countries->get_base_country(), $load_address . '_' );
		foreach ( $address as $key => $field ) {
			$value                    = is_callable( array( $customer, "get_$key" ) ) ? $customer->{"get_$key"}() : $customer->get_meta( $key );
			$address[ $key ]['value'] = apply_filters( 'woocommerce_my_account_edit_address_field_value', ( '' === $value && 'billing_email' === $key ) ? $customer->get_email() : $value, $key, $load_address );
		}
		wc_get_template( 'myaccount/form-edit-address.php', array( 'load_address' => $load_address, 'address' => apply_filters( 'woocommerce_address_to_edit', $address, $load_address ) ) );
	}
}
