<?php
/**
 * The main WooCommerce object returned by WC(), with the real one's load order of hooks.
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

/**
 * Main WooCommerce class (stand-in).
 */
final class WooCommerce {

	/**
	 * WooCommerce version.
	 *
	 * @var string
	 */
	public $version = WC_VERSION;

	/**
	 * Session, cart and countries are not implemented: always null here.
	 *
	 * @var null
	 */
	public $session = null;

	/**
	 * Cart (not implemented).
	 *
	 * @var null
	 */
	public $cart = null;

	/**
	 * Countries (not implemented).
	 *
	 * @var null
	 */
	public $countries = null;

	/**
	 * The current customer (guest: id 0) on front-end requests; null in admin, cron, CLI and REST.
	 *
	 * @var WC_Customer|null
	 */
	public $customer = null;

	/**
	 * The single instance.
	 *
	 * @var WooCommerce|null
	 */
	protected static $_instance = null; // phpcs:ignore PSR2.Classes.PropertyDeclaration.Underscore

	/**
	 * Main instance.
	 *
	 * @return WooCommerce
	 */
	public static function instance() {
		if ( is_null( self::$_instance ) ) {
			self::$_instance = new self();
		}
		return self::$_instance;
	}

	/**
	 * Constructor: hooks like the real class (plugins_loaded -1, init 0).
	 */
	public function __construct() {
		add_action( 'plugins_loaded', array( $this, 'on_plugins_loaded' ), -1 );
		add_action( 'init', array( 'WC_Stand_In_Install', 'register_types' ), 5 );
		add_action( 'init', array( $this, 'init' ), 0 );
		add_filter( 'comments_clauses', array( 'WC_Stand_In_Install', 'exclude_order_comments' ), 10, 1 );
	}

	/**
	 * Runs on plugins_loaded: installs or upgrades the schema when needed, then fires woocommerce_loaded.
	 */
	public function on_plugins_loaded() {
		if ( get_option( 'woocommerce_stand_in_db_version' ) !== WC_STAND_IN_DB_VERSION ) {
			WC_Stand_In_Install::install();
		}
		do_action( 'woocommerce_loaded' );
	}

	/**
	 * Runs on init: before_woocommerce_init, customer for front-end requests, woocommerce_init.
	 */
	public function init() {
		do_action( 'before_woocommerce_init' );
		$uri         = isset( $_SERVER['REQUEST_URI'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REQUEST_URI'] ) ) : '';
		$is_rest     = false !== strpos( $uri, trailingslashit( rest_get_url_prefix() ) ) || isset( $_GET['rest_route'] ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended
		$is_frontend = ( ! is_admin() || wp_doing_ajax() ) && ! wp_doing_cron() && ! ( defined( 'WP_CLI' ) && WP_CLI ) && ! $is_rest;
		if ( $is_frontend ) { // Like the real one, REST requests (other than the Store API) get no customer.
			$this->customer = new WC_Customer( get_current_user_id(), true );
		}
		do_action( 'woocommerce_init' );
	}

	/**
	 * Plugin URL.
	 *
	 * @return string
	 */
	public function plugin_url() {
		return untrailingslashit( plugins_url( '/', WC_PLUGIN_FILE ) );
	}

	/**
	 * Plugin path.
	 *
	 * @return string
	 */
	public function plugin_path() {
		return untrailingslashit( plugin_dir_path( WC_PLUGIN_FILE ) );
	}
}
