<?php
/**
 * Activate the given plugins in order, e.g. woocommerce/woocommerce.php.
 * Run through wp-run.php. Exits 1 with the WP_Error on the first failure.
 */

require_once ABSPATH . 'wp-admin/includes/plugin.php';

foreach ( array_slice( $argv, 1 ) as $plugin ) {
	if ( is_plugin_active( $plugin ) ) {
		echo "active: $plugin\n";
		continue;
	}
	$result = activate_plugin( $plugin );
	if ( is_wp_error( $result ) ) {
		fwrite( STDERR, "activating $plugin failed: " . $result->get_error_code() . ': ' . wp_strip_all_tags( $result->get_error_message() ) . "\n" );
		$data = $result->get_error_data();
		if ( $data ) {
			fwrite( STDERR, print_r( $data, true ) . "\n" );
		}
		exit( 1 );
	}
	echo "activated: $plugin\n";
}

// Rebuilt with every active plugin's rules on the next request.
delete_option( 'rewrite_rules' );
