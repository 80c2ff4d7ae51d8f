<?php
/**
 * Fallback seeding when WP-CLI cannot run: the same BulkSeeder the
 * `wp entitlement-ledger seed` command uses, with the same defaults.
 *
 *   php scripts/wp-run.php <site-dir> bench/php/seed.php <count> [seed]
 *
 * @package EntitlementLedger\Bench
 */

use EntitlementLedger\DataStores\BulkSeeder;
use EntitlementLedger\Domain\Clock;
use EntitlementLedger\Domain\Settings\Settings;
use EntitlementLedger\Plugin;

$el_count = (int) ( $argv[1] ?? 0 );
$el_seed  = (int) ( $argv[2] ?? 42 );
if ( $el_count < 1 ) {
	fwrite( STDERR, "usage: seed.php <count> [seed]\n" );
	exit( 2 );
}
$el_container = Plugin::container();
$el_started   = microtime( true );
$el_written   = $el_container->get( BulkSeeder::class )->seed(
	$el_count,
	array( 'USD', 'EUR' ),
	$el_seed,
	$el_container->get( Clock::class )->timestamp(),
	$el_container->get( Settings::class )->recognises_breakage(),
	2000,
	static function ( int $done ) use ( $el_count ): void {
		if ( 0 === $done % 50000 || $done === $el_count ) {
			fwrite( STDERR, "seeded {$done}/{$el_count}\n" );
		}
	}
);
printf( "Seeded %d entitlement(s), %d entry(ies), %d line(s) in %.1fs.\n", $el_written['entitlements'], $el_written['entries'], $el_written['lines'], microtime( true ) - $el_started );
