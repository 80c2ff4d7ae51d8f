<?php
/**
 * Install WordPress (once) and set pretty permalinks. Run through wp-run.php
 * with WP_INSTALLING=1.
 */

require_once ABSPATH . 'wp-admin/includes/upgrade.php';

if ( is_blog_installed() ) {
	echo "WordPress already installed\n";
} else {
	add_filter( 'pre_wp_mail', '__return_false' ); // No mail server here.
	$result = wp_install( 'Entitlement Ledger demo', 'admin', 'admin@example.test', true, '', 'password' );
	if ( is_wp_error( $result ) ) {
		fwrite( STDERR, 'wp_install failed: ' . $result->get_error_message() . "\n" );
		exit( 1 );
	}
	echo "WordPress installed: admin / password\n";
}

// An older database (kept across a core update) is upgraded in place.
if ( (int) get_option( 'db_version' ) !== (int) $GLOBALS['wp_db_version'] ) {
	wp_upgrade();
}

global $wp_rewrite;
if ( '/%postname%/' !== get_option( 'permalink_structure' ) ) {
	$wp_rewrite->set_permalink_structure( '/%postname%/' );
}
flush_rewrite_rules( false );
