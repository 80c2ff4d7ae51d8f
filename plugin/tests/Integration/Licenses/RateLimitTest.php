<?php
/**
 * Rate limits of the public license routes over real HTTP.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\Licenses;

use EntitlementLedger\RestApi\Licenses\RateLimiter;
use EntitlementLedger\Tests\Framework\HttpClient;

/**
 * Over the limit per key or per IP, every public route answers 429 el_rate_limited with a
 * Retry-After that ends with the window, and does no work.
 */
final class RateLimitTest extends LicenseTestCase {

	private HttpClient $http;

	protected function setUp(): void {
		parent::setUp();
		$this->make_brand( 'limits' );
		$this->http = HttpClient::for_user( 0 );
	}

	public function test_a_key_over_its_limit_gets_429_with_retry_after_and_nothing_is_written(): void {
		$this->set_rate_limits( 1000, 3 );
		[ $id, $key ] = $this->provision( 'limits' );
		$answers      = array();
		foreach ( array( 'GET', 'POST', 'GET', 'POST', 'GET' ) as $i => $method ) {
			$answers[] = 'GET' === $method
				? $this->http->request( 'GET', "/licenses/{$key}" )
				: $this->http->request( 'POST', "/licenses/{$key}/activate", array( 'instance' => "https://n{$i}.example" ) );
		}
		$this->assertSame( array( 200, 201, 200, 429, 429 ), array_column( $answers, 'status' ), wp_json_encode( array_column( $answers, 'raw' ) ) );
		foreach ( array( 3, 4 ) as $limited ) {
			$this->assertSame( 'el_rate_limited', $answers[ $limited ]['body']['code'] ?? null );
			$retry = (int) ( $answers[ $limited ]['headers']['retry-after'] ?? 0 );
			$this->assertGreaterThanOrEqual( 1, $retry, 'Retry-After is set' );
			$this->assertLessThanOrEqual( RateLimiter::WINDOW_SECONDS, $retry );
		}
		$this->assertSame( 1, $this->active_rows( $id ), 'the refused activation wrote nothing' );

		[ , $other ] = $this->provision( 'limits', 'other@example.test' );
		$this->assertSame( 200, $this->http->request( 'GET', "/licenses/{$other}" )['status'], 'another key has its own counter' );
	}

	public function test_unknown_keys_count_against_the_ip_limit(): void {
		$this->set_rate_limits( 4, 1000 );
		$statuses = array();
		for ( $i = 0; $i < 6; $i++ ) {
			$statuses[] = $this->http->request( 'GET', '/licenses/ELK-AAAAAAA' . $i . '-AAAAAAA-AAAAAAA-AAAAAAA-AAAAAAA' )['status'];
		}
		$this->assertSame( array( 404, 404, 404, 404, 429, 429 ), $statuses, 'guessing keys from one address is throttled' );
	}

	public function test_limits_are_filterable(): void {
		$this->set_rate_limits( 100, 50 );
		$filter = static fn(): array => array(
			'ip'  => 7,
			'key' => 2,
		);
		add_filter( 'entitlement_ledger_license_rate_limits', $filter );
		try {
			$this->assertSame(
				array(
					'ip'  => 7,
					'key' => 2,
				),
				$this->service( RateLimiter::class )->limits()
			);
		} finally {
			remove_filter( 'entitlement_ledger_license_rate_limits', $filter );
		}
		$this->assertSame(
			array(
				'ip'  => 100,
				'key' => 50,
			),
			$this->service( RateLimiter::class )->limits()
		);
	}
}
