<?php
/**
 * Plugin Name:       Entitlement Ledger
 * Plugin URI:        https://example.org/entitlement-ledger
 * Description:       Gift entitlements per annual cycle with deferred revenue, an immutable double-entry revenue ledger, and a circulation desk in wp-admin.
 * Version:           0.1.0
 * Requires at least: 6.7
 * Requires PHP:      8.1
 * Requires Plugins:  woocommerce
 * Author:            Entitlement Ledger
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       entitlement-ledger
 * Domain Path:       /languages
 * WC requires at least: 10.0
 * WC tested up to:   11.3
 *
 * This file must stay parseable by old PHP versions: it checks requirements
 * before anything namespaced or typed is loaded.
 *
 * @package EntitlementLedger
 */

defined( 'ABSPATH' ) || exit;

define( 'ENTITLEMENT_LEDGER_FILE', __FILE__ );
define( 'ENTITLEMENT_LEDGER_VERSION', '0.1.0' );
define( 'ENTITLEMENT_LEDGER_MIN_PHP', '8.1' );
define( 'ENTITLEMENT_LEDGER_MIN_WP', '6.7' );

/**
 * Returns the reason the plugin cannot run here, or an empty string.
 *
 * @return string
 */
function entitlement_ledger_requirement_error() {
	if ( version_compare( PHP_VERSION, ENTITLEMENT_LEDGER_MIN_PHP, '<' ) ) {
		/* translators: 1: required PHP version, 2: current PHP version. */
		return sprintf( __( 'Entitlement Ledger needs PHP %1$s or newer; this site runs %2$s.', 'entitlement-ledger' ), ENTITLEMENT_LEDGER_MIN_PHP, PHP_VERSION );
	}
	if ( version_compare( get_bloginfo( 'version' ), ENTITLEMENT_LEDGER_MIN_WP, '<' ) ) {
		/* translators: %s: required WordPress version. */
		return sprintf( __( 'Entitlement Ledger needs WordPress %s or newer.', 'entitlement-ledger' ), ENTITLEMENT_LEDGER_MIN_WP );
	}
	if ( ! is_readable( __DIR__ . '/vendor/autoload.php' ) ) {
		return __( 'Entitlement Ledger is incomplete: its vendor/ folder is missing. Run "composer install" in the plugin folder or install a release build.', 'entitlement-ledger' );
	}
	return '';
}

$entitlement_ledger_error = entitlement_ledger_requirement_error();
if ( '' !== $entitlement_ledger_error ) {
	add_action(
		'admin_notices',
		static function () use ( $entitlement_ledger_error ) {
			if ( current_user_can( 'activate_plugins' ) ) {
				printf( '<div class="notice notice-error"><p>%s</p></div>', esc_html( $entitlement_ledger_error ) );
			}
		}
	);
	return;
}
unset( $entitlement_ledger_error );

require_once __DIR__ . '/vendor/autoload.php';

register_activation_hook( __FILE__, array( \EntitlementLedger\Plugin::class, 'activate' ) );

add_action(
	'before_woocommerce_init',
	static function () {
		if ( class_exists( \Automattic\WooCommerce\Utilities\FeaturesUtil::class ) ) {
			\Automattic\WooCommerce\Utilities\FeaturesUtil::declare_compatibility( 'custom_order_tables', __FILE__, true );
			\Automattic\WooCommerce\Utilities\FeaturesUtil::declare_compatibility( 'cart_checkout_blocks', __FILE__, true );
		}
	}
);

add_action( 'plugins_loaded', array( \EntitlementLedger\Plugin::class, 'boot' ), 20 );
