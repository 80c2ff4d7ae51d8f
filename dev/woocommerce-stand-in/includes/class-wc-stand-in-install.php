<?php
/**
 * Stand-in installer (not a WooCommerce class): tables, roles, options, pages, post types.
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

global $wpdb;
$wpdb->order_itemmeta = $wpdb->prefix . 'woocommerce_order_itemmeta'; // For the metadata API, as WooCommerce does.
$wpdb->tables[]       = 'woocommerce_order_itemmeta';

/**
 * Install and registration.
 */
class WC_Stand_In_Install {

	/** Creates or updates tables (dbDelta), roles and default options; runs on activation and when the schema version changes. */
	public static function install() {
		global $wpdb;
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$collate = $wpdb->get_charset_collate() . ' ENGINE=InnoDB';
		$p       = $wpdb->prefix;
		dbDelta(
			array(
				"CREATE TABLE {$p}wc_orders (
id bigint(20) unsigned NOT NULL,
status varchar(20) NULL,
currency varchar(10) NULL,
type varchar(20) NULL,
tax_amount decimal(26,8) NULL,
total_amount decimal(26,8) NULL,
customer_id bigint(20) unsigned NULL,
billing_email varchar(320) NULL,
date_created_gmt datetime NULL,
date_updated_gmt datetime NULL,
parent_order_id bigint(20) unsigned NULL,
payment_method varchar(100) NULL,
payment_method_title text NULL,
transaction_id varchar(100) NULL,
ip_address varchar(100) NULL,
user_agent text NULL,
customer_note text NULL,
PRIMARY KEY  (id),
KEY status (status),
KEY date_created (date_created_gmt),
KEY customer_id_billing_email (customer_id,billing_email(171)),
KEY billing_email (billing_email(171)),
KEY type_status_date (type,status,date_created_gmt),
KEY parent_order_id (parent_order_id),
KEY date_updated (date_updated_gmt)
) $collate;",
				"CREATE TABLE {$p}wc_order_addresses (
id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
order_id bigint(20) unsigned NOT NULL,
address_type varchar(20) NULL,
first_name text NULL,
last_name text NULL,
company text NULL,
address_1 text NULL,
address_2 text NULL,
city text NULL,
state text NULL,
postcode text NULL,
country text NULL,
email varchar(320) NULL,
phone varchar(100) NULL,
PRIMARY KEY  (id),
UNIQUE KEY address_type_order_id (address_type,order_id),
KEY email (email(191)),
KEY phone (phone)
) $collate;",
				"CREATE TABLE {$p}wc_order_operational_data (
id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
order_id bigint(20) unsigned NULL,
created_via varchar(100) NULL,
woocommerce_version varchar(20) NULL,
prices_include_tax tinyint(1) NULL,
coupon_usages_are_counted tinyint(1) NULL,
download_permission_granted tinyint(1) NULL,
cart_hash varchar(100) NULL,
new_order_email_sent tinyint(1) NULL,
order_key varchar(100) NULL,
order_stock_reduced tinyint(1) NULL,
date_paid_gmt datetime NULL,
date_completed_gmt datetime NULL,
shipping_tax_amount decimal(26,8) NULL,
shipping_total_amount decimal(26,8) NULL,
discount_tax_amount decimal(26,8) NULL,
discount_total_amount decimal(26,8) NULL,
recorded_sales tinyint(1) NULL,
PRIMARY KEY  (id),
UNIQUE KEY order_id (order_id),
KEY order_key (order_key)
) $collate;",
				"CREATE TABLE {$p}wc_orders_meta (
id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
order_id bigint(20) unsigned NULL,
meta_key varchar(255),
meta_value text NULL,
PRIMARY KEY  (id),
KEY meta_key_value (meta_key(100),meta_value(82)),
KEY order_id_meta_key_meta_value (order_id,meta_key(100),meta_value(82))
) $collate;",
				"CREATE TABLE {$p}woocommerce_order_items (
order_item_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
order_item_name text NOT NULL,
order_item_type varchar(200) NOT NULL DEFAULT '',
order_id bigint(20) unsigned NOT NULL,
PRIMARY KEY  (order_item_id),
KEY order_id (order_id)
) $collate;",
				"CREATE TABLE {$p}woocommerce_order_itemmeta (
meta_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
order_item_id bigint(20) unsigned NOT NULL,
meta_key varchar(255) default NULL,
meta_value longtext NULL,
PRIMARY KEY  (meta_id),
KEY order_item_id (order_item_id),
KEY meta_key (meta_key(32))
) $collate;",
				"CREATE TABLE {$p}woocommerce_sessions (
session_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
session_key char(32) NOT NULL,
session_value longtext NOT NULL,
session_expiry bigint(20) unsigned NOT NULL,
PRIMARY KEY  (session_id),
UNIQUE KEY session_key (session_key)
) $collate;",
			)
		);
		self::create_roles();
		add_option( 'woocommerce_currency', 'USD' );
		add_option( 'woocommerce_currency_pos', 'left' );
		add_option( 'woocommerce_price_thousand_sep', ',' );
		add_option( 'woocommerce_price_decimal_sep', '.' );
		add_option( 'woocommerce_price_num_decimals', '2' );
		add_option( 'woocommerce_custom_orders_table_enabled', 'yes' );
		add_option( 'woocommerce_default_country', 'US:CA' );
		add_option( 'woocommerce_allowed_countries', 'all' );
		add_option( 'woocommerce_cart_redirect_after_add', 'no' );
		add_option( 'woocommerce_email_from_name', wp_specialchars_decode( get_option( 'blogname' ), ENT_QUOTES ) );
		add_option( 'woocommerce_email_from_address', get_option( 'admin_email' ) );
		add_option( 'woocommerce_email_footer_text', '{site_title}' );
		if ( did_action( 'init' ) ) {
			self::create_pages();
		} else {
			add_action( 'init', array( __CLASS__, 'create_pages' ), 20 );
		}
		update_option( 'woocommerce_queue_flush_rewrite_rules', 'yes' ); // New endpoints: flushed on init (see maybe_flush_rewrite_rules()).
		update_option( 'woocommerce_version', WC_VERSION );
		update_option( 'woocommerce_stand_in_db_version', WC_STAND_IN_DB_VERSION );
	}

	/** Creates the My account, Cart and Checkout pages (shortcode blocks) unless their options point to pages. */
	public static function create_pages() {
		$pages = array(
			'myaccount' => array( 'my-account', __( 'My account', 'woocommerce' ), 'woocommerce_my_account' ),
			'cart'      => array( 'cart', __( 'Cart', 'woocommerce' ), 'woocommerce_cart' ),
			'checkout'  => array( 'checkout', __( 'Checkout', 'woocommerce' ), 'woocommerce_checkout' ),
		);
		foreach ( $pages as $key => $page ) {
			wc_create_page( $page[0], 'woocommerce_' . $key . '_page_id', $page[1], "<!-- wp:shortcode -->\n[{$page[2]}]\n<!-- /wp:shortcode -->" );
		}
	}

	/**
	 * Flushes the rewrite rules once after an install or upgrade (option woocommerce_queue_flush_rewrite_rules,
	 * as in WooCommerce), on init at priority 99 so every endpoint added on init is in the rules.
	 */
	public static function maybe_flush_rewrite_rules() {
		if ( 'yes' === get_option( 'woocommerce_queue_flush_rewrite_rules' ) ) {
			update_option( 'woocommerce_queue_flush_rewrite_rules', 'no' );
			flush_rewrite_rules();
		}
	}

	/** Roles customer and shop_manager, and WooCommerce's capabilities for shop managers and administrators. */
	public static function create_roles() {
		add_role( 'customer', 'Customer', array( 'read' => true ) );
		$manager_caps = array( 'level_9', 'level_8', 'level_7', 'level_6', 'level_5', 'level_4', 'level_3', 'level_2', 'level_1', 'level_0', 'read', 'read_private_pages', 'read_private_posts', 'edit_posts', 'edit_pages', 'edit_published_posts', 'edit_published_pages', 'edit_private_pages', 'edit_private_posts', 'edit_others_posts', 'edit_others_pages', 'publish_posts', 'publish_pages', 'delete_posts', 'delete_pages', 'delete_private_pages', 'delete_private_posts', 'delete_published_pages', 'delete_published_posts', 'delete_others_posts', 'delete_others_pages', 'manage_categories', 'manage_links', 'moderate_comments', 'upload_files', 'export', 'import', 'list_users', 'edit_theme_options' );
		add_role( 'shop_manager', 'Shop manager', array_fill_keys( $manager_caps, true ) );
		$caps = array( 'manage_woocommerce', 'view_woocommerce_reports' );
		foreach ( array( 'product', 'shop_order', 'shop_coupon' ) as $type ) {
			foreach ( array( "edit_{$type}", "read_{$type}", "delete_{$type}", "edit_{$type}s", "edit_others_{$type}s", "publish_{$type}s", "read_private_{$type}s", "delete_{$type}s", "delete_private_{$type}s", "delete_published_{$type}s", "delete_others_{$type}s", "edit_private_{$type}s", "edit_published_{$type}s", "manage_{$type}_terms", "edit_{$type}_terms", "delete_{$type}_terms", "assign_{$type}_terms" ) as $cap ) {
				$caps[] = $cap;
			}
		}
		foreach ( array( 'shop_manager', 'administrator' ) as $role_name ) {
			$role = get_role( $role_name );
			foreach ( $role ? $caps : array() as $cap ) {
				$role->add_cap( $cap );
			}
		}
	}

	/** Registers product, product_variation, shop_order_placehold and product_type (init, 5), then fires WooCommerce's after-register actions. */
	public static function register_types() {
		register_taxonomy( 'product_type', array( 'product' ), array( 'hierarchical' => false, 'show_ui' => false, 'show_in_nav_menus' => false, 'query_var' => is_admin(), 'rewrite' => false, 'public' => false ) );
		do_action( 'woocommerce_after_register_taxonomy' );
		register_post_type(
			'product',
			array(
				'labels'          => array( 'name' => __( 'Products', 'woocommerce' ), 'singular_name' => __( 'Product', 'woocommerce' ) ),
				'public'          => true,
				'show_ui'         => true,
				'capability_type' => 'product',
				'map_meta_cap'    => true,
				'hierarchical'    => false,
				'rewrite'         => array( 'slug' => 'product' ),
				'supports'        => array( 'title', 'editor', 'excerpt', 'thumbnail', 'custom-fields' ),
				'show_in_rest'    => true,
			)
		);
		register_post_type( 'product_variation', array( 'label' => __( 'Variations', 'woocommerce' ), 'public' => false, 'hierarchical' => false, 'supports' => false, 'capability_type' => 'product', 'rewrite' => false ) );
		register_post_type( 'shop_order_placehold', array( 'public' => false, 'exclude_from_search' => true, 'publicly_queryable' => false, 'show_ui' => false, 'show_in_menu' => false, 'show_in_rest' => false, 'rewrite' => false, 'query_var' => false, 'can_export' => false, 'supports' => array(), 'capabilities' => array() ) );
		do_action( 'woocommerce_after_register_post_type' );
	}

	/**
	 * Hides order notes from comment queries (wc_get_order_notes() lifts this).
	 *
	 * @param array $clauses Query clauses.
	 * @return array
	 */
	public static function exclude_order_comments( $clauses ) {
		$clauses['where'] .= ( $clauses['where'] ? ' AND ' : '' ) . " comment_type != 'order_note' ";
		return $clauses;
	}
}
