<?php
/**
 * Rate limits of the public license routes.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\RestApi\Licenses;

use EntitlementLedger\Database\DatabaseError;
use EntitlementLedger\DataStores\RateLimitStore;
use EntitlementLedger\Domain\Audit\ActorContext;
use EntitlementLedger\Domain\Clock;
use EntitlementLedger\Domain\Settings\Settings;
use EntitlementLedger\Infrastructure\Registerable;
use WP_Error;
use WP_HTTP_Response;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * Counts every request to activate, deactivate and status per client IP and per presented
 * key (known or not, so guessing keys is limited too) in fixed one-minute windows, with one
 * atomic upsert for both counters. Over either limit: 429 el_rate_limited with Retry-After.
 *
 * Limits come from the settings (license_rate_limit_ip, license_rate_limit_key) and the
 * `entitlement_ledger_license_rate_limits` filter.
 */
final class RateLimiter implements Registerable {

	public const WINDOW_SECONDS = 60;

	/**
	 * Constructor.
	 *
	 * @param RateLimitStore $store    Counters.
	 * @param Settings       $settings Configured limits.
	 * @param ActorContext   $actor    Client IP.
	 * @param Clock          $clock    Time.
	 */
	public function __construct( private RateLimitStore $store, private Settings $settings, private ActorContext $actor, private Clock $clock ) {
	}

	/**
	 * Always: the filter only acts on our rate-limit errors.
	 */
	public function is_needed(): bool {
		return true;
	}

	/**
	 * Adds Retry-After to rate-limited answers (a permission callback cannot set headers).
	 */
	public function register(): void {
		add_filter( 'rest_post_dispatch', array( $this, 'handle_rest_post_dispatch' ), 10, 3 );
	}

	/**
	 * Copies retry_after from the error data to the Retry-After header.
	 *
	 * @param mixed                                 $response Response.
	 * @param WP_REST_Server                        $server   Server.
	 * @param WP_REST_Request<array<string, mixed>> $request  Request.
	 * @return mixed
	 */
	public function handle_rest_post_dispatch( mixed $response, WP_REST_Server $server, WP_REST_Request $request ): mixed {
		unset( $server, $request );
		if ( $response instanceof WP_HTTP_Response && 429 === $response->get_status() ) {
			$data = $response->get_data();
			if ( is_array( $data ) && 'el_rate_limited' === ( $data['code'] ?? null ) && isset( $data['data']['retry_after'] ) ) {
				$response->header( 'Retry-After', (string) (int) $data['data']['retry_after'] );
			}
		}
		return $response;
	}

	/**
	 * Counts the request; true while under both limits, else the 429 error.
	 *
	 * @param string $key The presented license key (as sent).
	 */
	public function check( string $key ): true|WP_Error {
		$limits = $this->limits();
		$now    = $this->clock->timestamp();
		$window = $now - ( $now % self::WINDOW_SECONDS );
		$ip     = $this->actor->ip();
		$hits   = null;
		for ( $attempt = 1; null === $hits && $attempt <= 2; $attempt++ ) {
			try {
				$hits = $this->store->hit_many( array( self::bucket( 'ip', $ip ), self::bucket( 'key', strtoupper( trim( $key ) ) ) ), $window );
			} catch ( DatabaseError $error ) {
				// A deadlock between two counters' upserts: count again once, then let the request through.
				if ( 2 === $attempt ) {
					return true;
				}
			}
		}
		if ( null === $hits ) {
			return true;
		}
		if ( array_values( $hits )[0] <= $limits['ip'] && array_values( $hits )[1] <= $limits['key'] ) {
			return true;
		}
		return new WP_Error(
			'el_rate_limited',
			__( 'Too many requests; try again later.', 'entitlement-ledger' ),
			array(
				'status'      => 429,
				'retry_after' => max( 1, $window + self::WINDOW_SECONDS - $now ),
			)
		);
	}

	/**
	 * The limits per window.
	 *
	 * @return array{ip: int, key: int}
	 */
	public function limits(): array {
		$limits = array(
			'ip'  => (int) $this->settings->get( 'license_rate_limit_ip' ),
			'key' => (int) $this->settings->get( 'license_rate_limit_key' ),
		);
		/**
		 * Requests per minute allowed on the public license routes, per client IP and per key.
		 *
		 * @param array{ip: int, key: int} $limits Limits.
		 */
		$filtered = apply_filters( 'entitlement_ledger_license_rate_limits', $limits );
		return array(
			'ip'  => max( 1, (int) ( $filtered['ip'] ?? $limits['ip'] ) ),
			'key' => max( 1, (int) ( $filtered['key'] ?? $limits['key'] ) ),
		);
	}

	/**
	 * A counter's name: a hash, so keys and addresses are not stored in the clear.
	 *
	 * @param string $kind  ip|key.
	 * @param string $value Value.
	 */
	private static function bucket( string $kind, string $value ): string {
		return substr( hash( 'sha256', $kind . '|' . $value ), 0, 40 );
	}
}
