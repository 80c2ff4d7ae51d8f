<?php
/**
 * Make sure a site's database exists; optionally start it afresh.
 * Reads EL_DB_HOST, EL_DB_NAME, EL_DB_USER, EL_DB_PASSWORD, EL_DB_PREFIX,
 * EL_DB_FRESH (1 = start afresh) and EL_DB_OWN (1 = our private server: the
 * whole database is dropped; else only the tables with the site's prefix).
 */

mysqli_report( MYSQLI_REPORT_ERROR | MYSQLI_REPORT_STRICT );

$host   = (string) getenv( 'EL_DB_HOST' );
$name   = (string) getenv( 'EL_DB_NAME' );
$prefix = (string) getenv( 'EL_DB_PREFIX' );
$fresh  = '1' === getenv( 'EL_DB_FRESH' );
$own    = '1' === getenv( 'EL_DB_OWN' );

// DB_HOST as WordPress reads it: host, host:port, host:/path/to/socket.
$port   = null;
$socket = null;
if ( preg_match( '/^(\[[^\]]*\]|[^:]*)(?::(.*))?$/', $host, $m ) ) {
	$host = trim( $m[1], '[]' );
	if ( isset( $m[2] ) && '' !== $m[2] ) {
		if ( ctype_digit( $m[2] ) ) {
			$port = (int) $m[2];
		} else {
			$socket = $m[2];
		}
	}
}

try {
	$db = new mysqli( $host, (string) getenv( 'EL_DB_USER' ), (string) getenv( 'EL_DB_PASSWORD' ), '', $port, $socket );
	$quoted = '`' . str_replace( '`', '``', $name ) . '`';
	if ( $own ) {
		if ( $fresh ) {
			$db->query( "DROP DATABASE IF EXISTS $quoted" );
		}
		$db->query( "CREATE DATABASE IF NOT EXISTS $quoted CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" );
		$db->select_db( $name );
	} else {
		$db->select_db( $name );
		if ( $fresh ) {
			$like   = str_replace( array( '\\', '_', '%' ), array( '\\\\', '\\_', '\\%' ), $prefix ) . '%';
			$tables = $db->query( "SHOW TABLES LIKE '" . $db->real_escape_string( $like ) . "'" )->fetch_all();
			$db->query( 'SET FOREIGN_KEY_CHECKS = 0' );
			foreach ( $tables as $row ) {
				$db->query( 'DROP TABLE `' . str_replace( '`', '``', $row[0] ) . '`' );
			}
			echo 'dropped ' . count( $tables ) . " tables with prefix $prefix\n";
		}
	}
} catch ( mysqli_sql_exception $e ) {
	fwrite( STDERR, "database $name: " . $e->getMessage() . "\n" );
	exit( 1 );
}
