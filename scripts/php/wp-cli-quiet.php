<?php
/**
 * Loaded by scripts/wp (--require): drop the PHP 8 deprecation notices raised
 * by WP-CLI 2.4's own code, which predates PHP 8. Others still show.
 */

$el_wp_cli_dir = dirname( __DIR__, 2 ) . '/.run/tools/wp-cli/vendor/';
set_error_handler(
	static function ( $errno, $errstr, $errfile ) use ( $el_wp_cli_dir ) {
		return str_starts_with( $errfile, $el_wp_cli_dir );
	},
	E_DEPRECATED | E_USER_DEPRECATED
);
