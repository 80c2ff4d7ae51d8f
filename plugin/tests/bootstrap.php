<?php
/**
 * Test bootstrap.
 *
 * Loads the real WordPress test site (EL_TEST_SITE) with WooCommerce
 * (or its stand-in) and this plugin active, on the real MariaDB that bin/test started.
 *
 * @package EntitlementLedger
 */

$el_site = getenv( 'EL_TEST_SITE' );
require_once dirname( __DIR__ ) . '/vendor/autoload.php';

if ( false === $el_site || ! is_file( $el_site . '/wp-load.php' ) ) {
	fwrite( STDERR, "EL_TEST_SITE must point at the test WordPress (run the tests through bin/test).\n" );
	exit( 1 );
}

// A CLI request that looks like a plain front-end request to WordPress.
$el_host                = parse_url( (string) getenv( 'EL_TEST_URL' ), PHP_URL_HOST );
$_SERVER['HTTP_HOST']   = is_string( $el_host ) ? $el_host : 'localhost';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_NAME'] = $_SERVER['HTTP_HOST'];

define( 'WP_USE_THEMES', false );
require $el_site . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

foreach ( array( 'woocommerce/woocommerce.php', 'entitlement-ledger/entitlement-ledger.php' ) as $el_plugin ) {
	if ( ! is_plugin_active( $el_plugin ) ) {
		fwrite( STDERR, "The test site must have {$el_plugin} active (bin/test installs it).\n" );
		exit( 1 );
	}
}

// Tests empty the plugin's tables: one PHPUnit run at a time per test database.
// MariaDB releases the lock when this process's connection closes.
if ( '1' !== (string) $GLOBALS['wpdb']->get_var( "SELECT GET_LOCK( 'entitlement_ledger_tests', 900 )" ) ) {
	fwrite( STDERR, "Another PHPUnit run holds the test database for over 15 minutes.\n" );
	exit( 1 );
}

// No mail leaves the test process (there is no MTA); tests that check email capture it first.
add_filter( 'pre_wp_mail', static fn( $result ) => $result ?? true, 99 );
