<?php
/**
 * Plugin Name: Entitlement Ledger bench: query count header
 * Description: Installed by `npm run bench` (bench/run.mjs) into the benchmarked site only; never part of the plugin. Adds `X-EL-Query-Count: <get_num_queries()>` to REST responses of requests that send `X-EL-Bench: 1` (and lifts the license rate limits for them), so the other test suites never see it.
 *
 * @package EntitlementLedger\Bench
 */

defined( 'ABSPATH' ) || exit;

add_filter(
	'rest_post_dispatch',
	static function ( $response ) {
		// phpcs:ignore WordPress.Security.ValidatedSanitizedInput -- compared only.
		if ( ! isset( $_SERVER['HTTP_X_EL_BENCH'] ) || '1' !== $_SERVER['HTTP_X_EL_BENCH'] ) {
			return $response;
		}
		if ( $response instanceof WP_HTTP_Response ) {
			// Every query of the request so far: WordPress boot, authentication, routing and the route's own work.
			$response->header( 'X-EL-Query-Count', (string) get_num_queries() );
		}
		return $response;
	},
	PHP_INT_MAX
);

// The bench loads the public license routes far beyond their per-IP and per-key limits
// from one address: lift the limits for its requests only (the counters are still written,
// so their cost is measured).
add_filter(
	'entitlement_ledger_license_rate_limits',
	static function ( $limits ) {
		// phpcs:ignore WordPress.Security.ValidatedSanitizedInput -- compared only.
		if ( isset( $_SERVER['HTTP_X_EL_BENCH'] ) && '1' === $_SERVER['HTTP_X_EL_BENCH'] ) {
			return array(
				'ip'  => PHP_INT_MAX,
				'key' => PHP_INT_MAX,
			);
		}
		return $limits;
	}
);
