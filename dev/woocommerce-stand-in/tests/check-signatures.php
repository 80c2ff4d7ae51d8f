<?php
/**
 * Compares the stand-in's WooCommerce classes and functions with php-stubs/woocommerce-stubs 11.3.0 by
 * reflection: for every class, method and function the stand-in defines that WooCommerce also has, the
 * parameter names, defaults, by-reference and variadic flags, types, return type, static-ness,
 * visibility and class modifiers and parents must match. Prints each mismatch; exits 1 if any.
 *
 *   php dev/woocommerce-stand-in/tests/check-signatures.php [vendor-dir]
 *
 * vendor-dir holds php-stubs/woocommerce-stubs and php-stubs/wordpress-stubs; without it the stubs are
 * installed with Composer into the system temp directory.
 *
 * @package WooCommerceStandIn
 */

// phpcs:disable WordPress.WP.AlternativeFunctions, WordPress.PHP.DevelopmentFunctions, WordPress.Security.EscapeOutput

const WCSI_VERSION = '11.3.0';

/**
 * Signatures of the given classes and functions (all user-defined ones when null).
 *
 * @param string[]|null $classes   Class names.
 * @param string[]|null $functions Function names.
 * @return array
 */
function wcsi_dump( $classes = null, $functions = null ) {
	$out = array( 'classes' => array(), 'functions' => array() );
	foreach ( null === $classes ? array_merge( get_declared_classes(), get_declared_traits() ) : $classes as $name ) {
		if ( ! class_exists( $name, false ) && ! interface_exists( $name, false ) ) {
			continue;
		}
		$class = new ReflectionClass( $name );
		if ( $class->isInternal() ) {
			continue;
		}
		$parents = array();
		for ( $p = $class->getParentClass(); $p; $p = $p->getParentClass() ) {
			$parents[] = $p->getName();
		}
		$methods = array();
		foreach ( $class->getMethods() as $method ) {
			if ( $method->isPrivate() ) {
				continue;
			}
			$methods[ strtolower( $method->getName() ) ] = wcsi_function( $method ) + array(
				'static'     => $method->isStatic(),
				'visibility' => $method->isPublic() ? 'public' : 'protected',
				'declared'   => $method->getDeclaringClass()->getName(),
			);
		}
		$out['classes'][ $class->getName() ] = array( 'abstract' => $class->isAbstract(), 'final' => $class->isFinal(), 'parents' => $parents, 'methods' => $methods );
	}
	foreach ( null === $functions ? get_defined_functions()['user'] : $functions as $name ) {
		if ( function_exists( $name ) ) {
			$out['functions'][ strtolower( $name ) ] = wcsi_function( new ReflectionFunction( $name ) );
		}
	}
	return $out;
}

/**
 * Parameters and return type of a function or method.
 *
 * @param ReflectionFunctionAbstract $f Function.
 * @return array
 */
function wcsi_function( $f ) {
	$params = array();
	foreach ( $f->getParameters() as $p ) {
		$params[] = array(
			'name'     => $p->getName(),
			'type'     => $p->hasType() ? (string) $p->getType() : null,
			'default'  => $p->isDefaultValueAvailable() ? var_export( $p->getDefaultValue(), true ) : ( $p->isOptional() ? '(optional)' : null ),
			'byref'    => $p->isPassedByReference(),
			'variadic' => $p->isVariadic(),
		);
	}
	return array( 'params' => $params, 'return' => $f->hasReturnType() ? (string) $f->getReturnType() : null );
}

/**
 * Readable signature.
 *
 * @param array $f Signature from wcsi_function().
 * @return string
 */
function wcsi_show( $f ) {
	$params = array();
	foreach ( $f['params'] as $p ) {
		$params[] = trim( ( $p['type'] ? $p['type'] . ' ' : '' ) . ( $p['byref'] ? '&' : '' ) . ( $p['variadic'] ? '...' : '' ) . '$' . $p['name'] . ( null !== $p['default'] ? ' = ' . preg_replace( '/\s+/', '', $p['default'] ) : '' ) );
	}
	return '(' . implode( ', ', $params ) . ')' . ( $f['return'] ? ': ' . $f['return'] : '' ) . ( isset( $f['visibility'] ) ? ' [' . ( $f['static'] ? 'static ' : '' ) . $f['visibility'] . ']' : '' );
}

$wcsi_dir = dirname( __DIR__ );

// Child process: dump one side as JSON.
if ( isset( $argv[1] ) && '--dump-stubs' === $argv[1] ) {
	ini_set( 'memory_limit', '2G' );
	require $argv[2] . '/php-stubs/wordpress-stubs/wordpress-stubs.php';
	require $argv[2] . '/php-stubs/woocommerce-stubs/woocommerce-stubs.php';
	$mine = json_decode( file_get_contents( 'php://stdin' ), true );
	echo json_encode( wcsi_dump( array_keys( $mine['classes'] ), array_keys( $mine['functions'] ) ) );
	exit( 0 );
}
if ( isset( $argv[1] ) && '--dump-mine' === $argv[1] ) {
	ini_set( 'memory_limit', '1G' );
	require $argv[2] . '/php-stubs/wordpress-stubs/wordpress-stubs.php'; // WordPress classes and functions, so the files load.
	$before_classes   = array_merge( get_declared_classes(), get_declared_traits() );
	$before_functions = get_defined_functions()['user'];
	define( 'ABSPATH', sys_get_temp_dir() . '/' );
	$GLOBALS['wpdb'] = (object) array( 'prefix' => 'wp_', 'tables' => array() ); // phpcs:ignore WordPress.WP.GlobalVariablesOverride
	// The includes in the main file's order, then the admin files.
	preg_match( '/foreach \( array\((.*?)\) as \$wc_stand_in_file/s', file_get_contents( $wcsi_dir . '/woocommerce.php' ), $list );
	preg_match_all( "/'([a-z0-9-]+)'/", $list[1], $names );
	foreach ( $names[1] as $name ) {
		require_once $wcsi_dir . '/includes/' . $name . '.php';
	}
	foreach ( glob( $wcsi_dir . '/includes/admin/*.php' ) as $file ) {
		require_once $file;
	}
	eval( 'function WC() { return WooCommerce::instance(); }' ); // phpcs:ignore Squiz.PHP.Eval -- the main file's WC(), without running the plugin.
	$dump = wcsi_dump( array_diff( array_merge( get_declared_classes(), get_declared_traits() ), $before_classes ), array_diff( get_defined_functions()['user'], $before_functions ) );
	foreach ( array_keys( $dump['classes'] ) as $name ) {
		if ( 0 === strpos( $name, 'WC_Stand_In_' ) ) {
			unset( $dump['classes'][ $name ] ); // The stand-in's own internals.
		}
	}
	echo json_encode( $dump );
	exit( 0 );
}

// Parent: find or fetch the stubs, dump both sides, compare.
$vendor = isset( $argv[1] ) ? rtrim( $argv[1], '/' ) : sys_get_temp_dir() . '/woocommerce-stubs-' . WCSI_VERSION . '/vendor';
if ( ! is_file( $vendor . '/php-stubs/woocommerce-stubs/woocommerce-stubs.php' ) ) {
	$work = dirname( $vendor );
	if ( ! is_dir( $work ) ) {
		mkdir( $work, 0777, true );
	}
	fwrite( STDERR, "Installing php-stubs/woocommerce-stubs " . WCSI_VERSION . " into {$work}\n" );
	passthru( 'composer require --quiet --no-interaction --working-dir=' . escapeshellarg( $work ) . ' php-stubs/woocommerce-stubs:' . WCSI_VERSION, $rc );
	if ( $rc || ! is_file( $vendor . '/php-stubs/woocommerce-stubs/woocommerce-stubs.php' ) ) {
		fwrite( STDERR, "Could not install the stubs.\n" );
		exit( 2 );
	}
}
$run = function ( $args, $stdin = '' ) {
	$proc = proc_open( array_merge( array( PHP_BINARY, __FILE__ ), $args ), array( array( 'pipe', 'r' ), array( 'pipe', 'w' ), STDERR ), $pipes );
	fwrite( $pipes[0], $stdin );
	fclose( $pipes[0] );
	$out = stream_get_contents( $pipes[1] );
	if ( proc_close( $proc ) ) {
		fwrite( STDERR, "Dump failed: {$out}\n" );
		exit( 2 );
	}
	return json_decode( $out, true );
};
$mine_json = json_encode( $run( array( '--dump-mine', $vendor ) ) );
$mine      = json_decode( $mine_json, true );
$stubs     = $run( array( '--dump-stubs', $vendor ), $mine_json );

$problems = array();
$extras   = array();
$checked  = 0;
foreach ( $mine['functions'] as $name => $sig ) {
	if ( ! isset( $stubs['functions'][ $name ] ) ) {
		$extras[] = "function {$name}()";
		continue;
	}
	++$checked;
	if ( $sig !== $stubs['functions'][ $name ] ) {
		$problems[] = "function {$name}: stand-in " . wcsi_show( $sig ) . ' vs WooCommerce ' . wcsi_show( $stubs['functions'][ $name ] );
	}
}
foreach ( $mine['classes'] as $name => $class ) {
	if ( ! isset( $stubs['classes'][ $name ] ) ) {
		$extras[] = "class {$name}";
		continue;
	}
	$real = $stubs['classes'][ $name ];
	foreach ( array( 'abstract', 'final', 'parents' ) as $key ) {
		if ( $class[ $key ] !== $real[ $key ] ) {
			$problems[] = "class {$name}: {$key} " . json_encode( $class[ $key ] ) . ' vs WooCommerce ' . json_encode( $real[ $key ] );
		}
	}
	foreach ( $class['methods'] as $method => $sig ) {
		if ( ! isset( $real['methods'][ $method ] ) ) {
			$extras[] = "{$name}::{$method}() [{$sig['visibility']}]";
			continue;
		}
		++$checked;
		$a = $sig;
		$b = $real['methods'][ $method ];
		unset( $a['declared'], $b['declared'] );
		if ( $a !== $b ) {
			$problems[] = "{$name}::{$method}: stand-in " . wcsi_show( $a ) . ' vs WooCommerce ' . wcsi_show( $b );
		}
	}
}
echo 'Checked ' . $checked . ' functions and methods against woocommerce-stubs ' . WCSI_VERSION . ".\n";
if ( $extras ) {
	echo "\nNot in WooCommerce (stand-in only):\n  " . implode( "\n  ", $extras ) . "\n";
}
echo "\n" . ( $problems ? "Mismatches:\n  " . implode( "\n  ", $problems ) : 'No mismatches.' ) . "\n";
echo "\nsignatures: " . ( $checked - count( $problems ) ) . ' passed, ' . count( $problems ) . " failed\n";
exit( $problems ? 1 : 0 );
