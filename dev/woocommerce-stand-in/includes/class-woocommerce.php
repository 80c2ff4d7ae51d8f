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
	 * The customer's session (WC_Session_Handler) on front-end requests; null in admin, cron, CLI and REST.
	 *
	 * @var WC_Session_Handler|null
	 */
	public $session = null;

	/**
	 * Endpoints.
	 *
	 * @var WC_Query|null
	 */
	public $query = null;

	/**
	 * The customer's cart, like session.
	 *
	 * @var WC_Cart|null
	 */
	public $cart = null;

	/**
	 * Countries.
	 *
	 * @var WC_Countries|null
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
	 * Constructor: hooks like the real class (plugins_loaded -1, init 0), endpoints, countries,
	 * shortcodes, form handlers, template hooks and transactional emails.
	 */
	public function __construct() {
		$this->query     = new WC_Query();
		$this->countries = new WC_Countries();
		add_action( 'plugins_loaded', array( $this, 'on_plugins_loaded' ), -1 );
		add_action( 'init', array( 'WC_Stand_In_Install', 'register_types' ), 5 );
		add_action( 'init', array( $this, 'init' ), 0 );
		add_action( 'init', array( 'WC_Shortcodes', 'init' ) );
		add_action( 'init', array( 'WC_Emails', 'init_transactional_emails' ) );
		add_action( 'init', array( 'WC_Stand_In_Install', 'maybe_flush_rewrite_rules' ), 99 );
		add_filter( 'comments_clauses', array( 'WC_Stand_In_Install', 'exclude_order_comments' ), 10, 1 );
		add_filter( 'user_has_cap', 'wc_customer_has_capability', 10, 3 );
		WC_Form_Handler::init();
		WC_Stand_In_Frontend::init();
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
	 * Runs on init: before_woocommerce_init; on front-end requests the session, customer and cart
	 * (wc_load_cart()); then woocommerce_init.
	 */
	public function init() {
		do_action( 'before_woocommerce_init' );
		$uri         = isset( $_SERVER['REQUEST_URI'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REQUEST_URI'] ) ) : '';
		$is_rest     = false !== strpos( $uri, trailingslashit( rest_get_url_prefix() ) ) || isset( $_GET['rest_route'] ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended
		$is_frontend = ( ! is_admin() || wp_doing_ajax() ) && ! wp_doing_cron() && ! ( defined( 'WP_CLI' ) && WP_CLI ) && ! $is_rest;
		if ( $is_frontend ) { // Like the real one, REST requests (other than the Store API) get no customer.
			wc_load_cart();
		}
		do_action( 'woocommerce_init' );
	}

	/** Starts the session (class from woocommerce_session_handler) unless one is running. */
	public function initialize_session() {
		$session_class = apply_filters( 'woocommerce_session_handler', 'WC_Session_Handler' );
		if ( is_null( $this->session ) || ! $this->session instanceof $session_class ) {
			$this->session = new $session_class();
			$this->session->init();
		}
	}

	/** Creates the customer (the current user; a guest has id 0) and the cart unless they exist. */
	public function initialize_cart() {
		if ( is_null( $this->customer ) || ! $this->customer instanceof WC_Customer ) {
			$this->customer = new WC_Customer( get_current_user_id(), true );
		}
		if ( is_null( $this->cart ) || ! $this->cart instanceof WC_Cart ) {
			$this->cart = new WC_Cart();
		}
	}

	/**
	 * payment_gateways, mailer and checkout as properties, as in WooCommerce.
	 *
	 * @param string $key Name.
	 * @return mixed
	 */
	public function __get( $key ) {
		if ( in_array( $key, array( 'payment_gateways', 'mailer', 'checkout' ), true ) ) {
			return $this->$key();
		}
		return null;
	}

	/** @return WC_Checkout */
	public function checkout() {
		return WC_Checkout::instance();
	}

	/** @return WC_Payment_Gateways */
	public function payment_gateways() {
		return WC_Payment_Gateways::instance();
	}

	/** @return WC_Emails */
	public function mailer() {
		return WC_Emails::instance();
	}

	/** @return string Theme folder for template overrides: woocommerce/ (woocommerce_template_path). */
	public function template_path() {
		return apply_filters( 'woocommerce_template_path', 'woocommerce/' );
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
