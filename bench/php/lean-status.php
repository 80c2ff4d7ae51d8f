<?php
/**
 * Bench only, never part of the plugin: what a lean license status check would cost.
 *
 * Served as a PHP file next to the benchmarked site's index.php (bench/run.mjs links it
 * there for the run): boots WordPress with SHORTINIT (wp-config, $wpdb, options; no
 * plugins, theme, REST server or users), then does the plugin's status-check work by hand:
 * both rate-limit counters, the key lookup and HMAC comparison, the key's licenses and
 * their seats in use. It answers the same numbers as GET /licenses/{key}, so the
 * difference to the full route is what a lean validation path would save.
 *
 * @package EntitlementLedger\Bench
 */

define( 'SHORTINIT', true );
// The site's wp-load.php next to this copy (SCRIPT_FILENAME: __DIR__ would follow a link).
require dirname( (string) $_SERVER['SCRIPT_FILENAME'] ) . '/wp-load.php';

header( 'Content-Type: application/json' );
global $wpdb;
// phpcs:disable -- a measurement, not plugin code.
$key = strtoupper( (string) ( $_GET['key'] ?? '' ) );
if ( 1 !== preg_match( '/^ELK-[0-9A-HJKMNP-TV-Z]{8}(-[0-9A-HJKMNP-TV-Z]{7}){4}$/D', $key ) ) {
	http_response_code( 400 );
	exit( '{"code":"el_invalid_param"}' );
}
$p      = $wpdb->prefix;
$now    = time();
$window = $now - $now % 60;
$ip     = substr( hash( 'sha256', 'ip|' . ( $_SERVER['REMOTE_ADDR'] ?? '' ) ), 0, 40 );
$kb     = substr( hash( 'sha256', 'key|' . $key ), 0, 40 );
$wpdb->query( $wpdb->prepare( "INSERT INTO {$p}el_rate_limits (bucket, window_start, hits) VALUES (%s, %d, 1), (%s, %d, 1) ON DUPLICATE KEY UPDATE hits = IF(window_start = VALUES(window_start), hits + 1, 1), window_start = VALUES(window_start)", $ip, $window, $kb, $window ) );
$wpdb->get_results( $wpdb->prepare( "SELECT bucket, hits FROM {$p}el_rate_limits WHERE bucket IN (%s, %s)", $ip, $kb ) );
$secret = defined( 'ENTITLEMENT_LEDGER_KEY_SECRET' ) ? ENTITLEMENT_LEDGER_KEY_SECRET : (string) get_option( 'entitlement_ledger_key_secret' );
$row    = $wpdb->get_row( $wpdb->prepare( "SELECT id, secret_hash FROM {$p}el_license_keys WHERE lookup = %s", substr( $key, 4, 8 ) ), ARRAY_A );
$ok     = hash_equals( $row['secret_hash'] ?? str_repeat( '0', 64 ), hash_hmac( 'sha256', $key, $secret ) ) && null !== $row;
if ( ! $ok ) {
	http_response_code( 404 );
	exit( '{"code":"el_license_not_found"}' );
}
$licenses = $wpdb->get_results( $wpdb->prepare( "SELECT l.id, l.status, l.seats, l.expires_at, p.slug AS product FROM {$p}el_licenses l JOIN {$p}el_licensed_products p ON p.id = l.product_id WHERE l.license_key_id = %d LIMIT 100", $row['id'] ), ARRAY_A );
$ids      = array_map( 'intval', array_column( $licenses, 'id' ) );
$used     = $ids ? $wpdb->get_results( "SELECT license_id, COUNT(*) AS used FROM {$p}el_license_activations WHERE license_id IN (" . implode( ',', $ids ) . ') AND deactivated_at IS NULL AND uses_seat = 1 GROUP BY license_id', ARRAY_A ) : array();
echo json_encode(
	array(
		'licenses'   => $licenses,
		'seats_used' => $used,
		'queries'    => $wpdb->num_queries,
	)
);
