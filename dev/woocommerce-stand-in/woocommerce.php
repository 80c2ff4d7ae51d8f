<?php
/**
 * Plugin Name: WooCommerce (test stand-in)
 * Description: TEST DOUBLE, NOT WOOCOMMERCE. A small fake of WooCommerce's public PHP API (orders in HPOS-style tables, products, customers, refunds, order notes, a bare orders screen, My account, cart, checkout with offline gateways, emails) for developing and testing Entitlement Ledger where no WooCommerce build is available. Never install it on a real shop.
 * Version: 10.3.0
 * Requires at least: 6.7
 * Requires PHP: 8.1
 * Author: Entitlement Ledger developers
 * License: GPL-2.0-or-later
 * Text Domain: woocommerce
 *
 * Signatures follow php-stubs/woocommerce-stubs 11.3.0. See README.md for what is implemented.
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

if ( function_exists( 'WC' ) || class_exists( 'WooCommerce', false ) ) {
	return; // The real WooCommerce (or another copy) is loaded: never shadow it.
}

define( 'WC_PLUGIN_FILE', __FILE__ );
define( 'WC_ABSPATH', __DIR__ . '/' );
define( 'WC_PLUGIN_BASENAME', plugin_basename( __FILE__ ) );
define( 'WC_VERSION', '10.3.0' );
define( 'WC_STAND_IN_DB_VERSION', '2' ); // 2: sessions table, My account / Cart / Checkout pages, endpoint rewrite rules.

foreach ( array(
	'wc-core-functions', 'class-wc-datetime', 'class-wc-data', 'trait-wc-stand-in-address', 'class-wc-stand-in-stores',
	'class-wc-stand-in-order-store', 'abstract-wc-order', 'class-wc-order', 'class-wc-order-refund', 'class-wc-order-item',
	'wc-order-functions', 'class-wc-product', 'class-wc-product-types', 'wc-product-functions', 'class-wc-customer',
	'utilities', 'class-wc-stand-in-install', 'class-wc-countries', 'class-wc-query', 'class-wc-session-handler',
	'class-wc-cart', 'abstract-wc-settings-api', 'class-wc-payment-gateways', 'class-wc-checkout', 'class-wc-email',
	'class-wc-emails', 'wc-page-functions', 'wc-cart-functions', 'wc-template-functions', 'wc-template-hooks',
	'class-wc-shortcodes', 'class-wc-form-handler', 'class-wc-stand-in-frontend', 'class-woocommerce',
) as $wc_stand_in_file ) {
	require_once WC_ABSPATH . 'includes/' . $wc_stand_in_file . '.php';
}
unset( $wc_stand_in_file );

if ( is_admin() ) {
	require_once WC_ABSPATH . 'includes/admin/class-wc-stand-in-admin.php';
	require_once WC_ABSPATH . 'includes/admin/class-wc-stand-in-settings.php';
	WC_Stand_In_Admin::init();
	WC_Stand_In_Settings::init();
}

register_activation_hook( __FILE__, array( 'WC_Stand_In_Install', 'install' ) );

if ( ! function_exists( 'WC' ) ) { // Conditional, so it is not declared before the guard above runs.
	/**
	 * Returns the main instance of WooCommerce.
	 *
	 * @return WooCommerce
	 */
	function WC() { // phpcs:ignore WordPress.NamingConventions.ValidFunctionName.FunctionNameInvalid
		return WooCommerce::instance();
	}
}

$GLOBALS['woocommerce'] = WC();
