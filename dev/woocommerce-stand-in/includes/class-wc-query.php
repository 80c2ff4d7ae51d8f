<?php
/**
 * WC_Query: the account and checkout endpoints (query vars and rewrite endpoints), as in WooCommerce.
 * A plugin adds one by filtering woocommerce_get_query_vars (and add_rewrite_endpoint on init).
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

/**
 * Endpoints (no product query changes here).
 */
class WC_Query {

	/** @var array Endpoint key => slug (the slugs come from WooCommerce's options). */
	public $query_vars = array();

	/** Hooks the endpoints in and reads their slugs. */
	public function __construct() {
		add_action( 'init', array( $this, 'add_endpoints' ) );
		if ( ! is_admin() ) {
			add_filter( 'query_vars', array( $this, 'add_query_vars' ), 0 );
			add_action( 'parse_request', array( $this, 'parse_request' ), 0 );
		}
		$this->init_query_vars();
	}

	/** Endpoints the stand-in answers: order-received, orders, view-order, edit-account, edit-address, customer-logout. */
	public function init_query_vars() {
		$this->query_vars = array(
			'order-received'  => get_option( 'woocommerce_checkout_order_received_endpoint', 'order-received' ),
			'orders'          => get_option( 'woocommerce_myaccount_orders_endpoint', 'orders' ),
			'view-order'      => get_option( 'woocommerce_myaccount_view_order_endpoint', 'view-order' ),
			'edit-account'    => get_option( 'woocommerce_myaccount_edit_account_endpoint', 'edit-account' ),
			'edit-address'    => get_option( 'woocommerce_myaccount_edit_address_endpoint', 'edit-address' ),
			'customer-logout' => get_option( 'woocommerce_logout_endpoint', 'customer-logout' ),
		);
	}

	/**
	 * Page title for an endpoint, filtered by woocommerce_endpoint_{$endpoint}_title.
	 *
	 * @param string $endpoint Endpoint key.
	 * @param string $action   Action (unused here).
	 * @return string
	 */
	public function get_endpoint_title( $endpoint, $action = '' ) {
		global $wp;
		$titles = array(
			'order-received'  => __( 'Order received', 'woocommerce' ),
			'orders'          => __( 'Orders', 'woocommerce' ),
			'edit-account'    => __( 'Account details', 'woocommerce' ),
			'edit-address'    => __( 'Addresses', 'woocommerce' ),
			'customer-logout' => __( 'Log out', 'woocommerce' ),
		);
		$title  = $titles[ $endpoint ] ?? '';
		if ( 'view-order' === $endpoint ) {
			$order = wc_get_order( $wp->query_vars['view-order'] ?? 0 );
			/* translators: %s: order number */
			$title = $order && current_user_can( 'view_order', $order->get_id() ) ? sprintf( __( 'Order #%s', 'woocommerce' ), $order->get_order_number() ) : '';
		}
		return apply_filters( 'woocommerce_endpoint_' . $endpoint . '_title', $title, $endpoint, $action );
	}

	/** @return int EP_PAGES, or EP_ROOT | EP_PAGES when the front page is the account or checkout page. */
	public function get_endpoints_mask() {
		$front = (int) get_option( 'page_on_front' );
		if ( 'page' === get_option( 'show_on_front' ) && $front && in_array( $front, array( (int) get_option( 'woocommerce_myaccount_page_id' ), (int) get_option( 'woocommerce_checkout_page_id' ) ), true ) ) {
			return EP_ROOT | EP_PAGES;
		}
		return EP_PAGES;
	}

	/** Adds a rewrite endpoint for every query var (init). */
	public function add_endpoints() {
		foreach ( $this->get_query_vars() as $var ) {
			if ( ! empty( $var ) ) {
				add_rewrite_endpoint( $var, $this->get_endpoints_mask() );
			}
		}
	}

	/**
	 * Makes the endpoint keys public query vars.
	 *
	 * @param array $vars Query vars.
	 * @return array
	 */
	public function add_query_vars( $vars ) {
		foreach ( $this->get_query_vars() as $key => $var ) {
			$vars[] = $key;
		}
		return $vars;
	}

	/** @return array Endpoint key => slug, filtered by woocommerce_get_query_vars. */
	public function get_query_vars() {
		return apply_filters( 'woocommerce_get_query_vars', $this->query_vars );
	}

	/** @return string Key of the endpoint being viewed, or ''. */
	public function get_current_endpoint() {
		global $wp;
		foreach ( $this->get_query_vars() as $key => $value ) {
			if ( isset( $wp->query_vars[ $key ] ) ) {
				return $key;
			}
		}
		return '';
	}

	/** Maps slugs (pretty or ?slug=value) back to endpoint keys in $wp->query_vars (parse_request). */
	public function parse_request() {
		global $wp;
		// phpcs:disable WordPress.Security.NonceVerification.Recommended
		foreach ( $this->get_query_vars() as $key => $var ) {
			if ( isset( $_GET[ $var ] ) ) {
				$wp->query_vars[ $key ] = sanitize_text_field( wp_unslash( $_GET[ $var ] ) );
			} elseif ( isset( $wp->query_vars[ $var ] ) ) {
				$wp->query_vars[ $key ] = $wp->query_vars[ $var ];
			}
		}
		// phpcs:enable
	}
}
