<?php
/**
 * Run a PHP file inside a local WordPress site, without WP-CLI.
 *
 *   php scripts/wp-run.php <site-dir> <php-file> [args...]
 *
 * <site-dir> is the directory holding wp-load.php. The file runs in the global
 * scope after WordPress has loaded, with $argv = [<php-file>, args...]; it may
 * call exit() with its own status. Set WP_INSTALLING=1 in the environment to
 * load a site whose database is not installed yet (WordPress would otherwise
 * redirect to wp-admin/install.php and stop).
 */

if ( $argc < 3 ) {
	fwrite( STDERR, "usage: php wp-run.php <site-dir> <php-file> [args...]\n" );
	exit( 2 );
}

$el_run_site = realpath( $argv[1] );
$el_run_file = realpath( $argv[2] );
if ( false === $el_run_site || ! is_file( $el_run_site . '/wp-load.php' ) ) {
	fwrite( STDERR, "wp-run: no WordPress (wp-load.php) in {$argv[1]}\n" );
	exit( 2 );
}
if ( false === $el_run_file || ! is_file( $el_run_file ) ) {
	fwrite( STDERR, "wp-run: no such file {$argv[2]}\n" );
	exit( 2 );
}

$argv            = array_slice( $argv, 2 );
$argc            = count( $argv );
$_SERVER['argv'] = $argv;
$_SERVER['argc'] = $argc;

if ( getenv( 'WP_INSTALLING' ) ) {
	define( 'WP_INSTALLING', true );
}

// Enough of a request for code that reads $_SERVER; URLs come from WP_HOME/WP_SITEURL.
$_SERVER += array(
	'HTTP_HOST'       => 'localhost',
	'SERVER_NAME'     => 'localhost',
	'SERVER_PORT'     => '80',
	'REQUEST_URI'     => '/',
	'REQUEST_METHOD'  => 'GET',
	'SERVER_PROTOCOL' => 'HTTP/1.1',
	'REMOTE_ADDR'     => '127.0.0.1',
);

// WP_DEBUG_DISPLAY is off for the sites: still show fatal errors on the console.
register_shutdown_function(
	static function () {
		$error = error_get_last();
		if ( $error && in_array( $error['type'], array( E_ERROR, E_PARSE, E_CORE_ERROR, E_COMPILE_ERROR, E_USER_ERROR ), true ) ) {
			fwrite( STDERR, "PHP Fatal error: {$error['message']} in {$error['file']}:{$error['line']}\n" );
		}
	}
);

require $el_run_site . '/wp-load.php';
require $el_run_file;
