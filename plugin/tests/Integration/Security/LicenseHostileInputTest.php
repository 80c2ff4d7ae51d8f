<?php
/**
 * Hostile input on every license and brand write route, and malformed keys on the public ones.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\Security;

use EntitlementLedger\Tests\Integration\Licenses\LicenseTestCase;
use PHPUnit\Framework\Attributes\DataProvider;

/**
 * Malformed keys, huge and non-ASCII instances, wrong types, out-of-range numbers and SQL
 * payloads answer 400 with an el_* code (404 where the design says so), never a 500, and
 * write nothing: every plugin table keeps its rows (rate-limit counters included: input
 * that fails the schema is refused before it is counted).
 */
final class LicenseHostileInputTest extends LicenseTestCase {

	use SecurityFixtures;

	private const SQL    = "' OR 1=1 --";
	private const SCRIPT = '<script>alert(1)</script>';

	/**
	 * The license and brand write routes and a valid body each case starts from.
	 */
	private const WRITE_ROUTES = array(
		'POST /licenses'                             => array(
			'brand'          => 'hostile',
			'product'        => 'hostile-pro',
			'customer_email' => 'new@example.test',
		),
		'POST /licenses/{key}/activate'              => array( 'instance' => 'https://fresh.example' ),
		'POST /licenses/{key}/deactivate'            => array( 'instance' => 'https://active.example' ),
		'POST /licenses/{id}/suspend'                => array(),
		'POST /licenses/{id}/resume'                 => array(),
		'POST /licenses/{id}/cancel'                 => array(),
		'POST /licenses/{id}/renew'                  => array(),
		'POST /brands'                               => array(
			'slug' => 'fresh',
			'name' => 'Fresh',
		),
		'PATCH /brands/{slug}'                       => array( 'name' => 'Renamed' ),
		'POST /brands/{slug}/products'               => array(
			'slug' => 'fresh-pro',
			'name' => 'Fresh Pro',
		),
		'POST /brands/{slug}/keys'                   => array( 'name' => 'Server' ),
		'DELETE /brands/{slug}/keys/{id}'            => array(),
		'POST /me/licenses/{id}/deactivate'          => array( 'instance' => 'https://active.example' ),
		'POST /licenses/{id}/activations/deactivate' => array( 'instance' => 'https://active.example' ),
		'PATCH /brands/{slug}/products/{product}'    => array( 'seats' => 4 ),
	);

	/**
	 * Cases: route, fields to change (null removes), status, code.
	 *
	 * @return array<string, array{0: string, 1: array<string, mixed>, 2: int, 3: string}>
	 */
	public static function cases(): array {
		$cases  = array();
		$add    = static function ( string $route, string $field, array $values ) use ( &$cases ): void {
			foreach ( $values as $label => [ $value, $code ] ) {
				$status                                 = 1 === preg_match( '/^(\d{3}):(.*)$/', $code, $match ) ? (int) $match[1] : 400;
				$cases[ "{$route}: {$field} {$label}" ] = array( $route, array( $field => $value ), $status, 400 === $status ? $code : $match[2] );
			}
		};
		$common = array(
			'an SQL payload' => array( self::SQL, 'el_invalid_param' ),
			'a script'       => array( self::SCRIPT, 'el_invalid_param' ),
			'an array'       => array( array( 'x' ), 'el_invalid_param' ),
			'a number'       => array( 42, 'el_invalid_param' ),
		);
		$slug   = $common + array(
			'with capitals' => array( 'Hostile', 'el_invalid_param' ),
			'too long'      => array( str_repeat( 'a', 65 ), 'el_invalid_param' ),
			'empty'         => array( '', 'el_invalid_param' ),
			'missing'       => array( null, 'el_missing_param' ),
		);
		$add( 'POST /licenses', 'brand', $slug + array( 'unknown' => array( 'nobody', 'el_unknown_brand' ) ) );
		$add( 'POST /licenses', 'product', $slug + array( 'unknown' => array( 'nothing', 'el_unknown_product' ) ) );
		$add(
			'POST /licenses',
			'customer_email',
			$common + array(
				'not an address' => array( 'nope', 'el_invalid_param' ),
				'too long'       => array( str_repeat( 'a', 180 ) . '@example.test', 'el_invalid_param' ),
				'missing'        => array( null, 'el_missing_param' ),
			)
		);
		$seats = array(
			'zero'          => array( 0, 'el_invalid_param' ),
			'negative'      => array( -1, 'el_invalid_param' ),
			'over the cap'  => array( 100001, 'el_invalid_param' ),
			'a fraction'    => array( 1.5, 'el_invalid_param' ),
			'a word'        => array( 'three', 'el_invalid_param' ),
			'twenty digits' => array( '99999999999999999999', 'el_invalid_param' ),
			'an array'      => array( array( 3 ), 'el_invalid_param' ),
		);
		$add( 'POST /licenses', 'seats', $seats );
		$dates = array(
			'not a date'     => array( 'tomorrow', 'el_invalid_param' ),
			'an SQL payload' => array( self::SQL, 'el_invalid_param' ),
			'in the past'    => array( '2001-01-01T00:00:00Z', 'el_invalid_dates' ),
			'a number'       => array( 1893456000, 'el_invalid_param' ),
		);
		$add( 'POST /licenses', 'expires_at', $dates );
		$add( 'POST /licenses/{id}/renew', 'expires_at', $dates );
		foreach ( array( 'suspend', 'resume', 'cancel', 'renew' ) as $action ) {
			$add(
				"POST /licenses/{id}/{$action}",
				'reason',
				array(
					'too long' => array( str_repeat( 'r', 501 ), 'el_invalid_param' ),
					'an array' => array( array( 'r' ), 'el_invalid_param' ),
				)
			);
			$add(
				"POST /licenses/{id}/{$action}",
				'@id',
				array(
					'beyond 2^53'   => array( '9007199254740993', 'el_invalid_param' ),
					'of no license' => array( '987654321', '404:el_license_not_found' ),
				)
			);
		}
		foreach ( array( 'activate', 'deactivate' ) as $action ) {
			$route = "POST /licenses/{key}/{$action}";
			$add(
				$route,
				'instance',
				array(
					'missing'              => array( null, 'el_missing_param' ),
					'empty'                => array( '', 'el_invalid_param' ),
					'of 192 characters'    => array( str_repeat( 'i', 192 ), 'el_invalid_param' ),
					'of 100 KB'            => array( str_repeat( 'i', 100 * 1024 ), 'el_invalid_param' ),
					'with a space'         => array( 'my site', 'el_invalid_param' ),
					'with a final newline' => array( "site\n", 'el_invalid_instance' ),
					'not ASCII'            => array( 'bücher.example', 'el_invalid_param' ),
					'an SQL payload'       => array( self::SQL, 'el_invalid_param' ),
					'an array'             => array( array( 'a.example' ), 'el_invalid_param' ),
					'a number'             => array( 42, 'el_invalid_param' ),
					'with a NUL byte'      => array( "a\0b", 'el_invalid_param' ),
				)
			);
			$add( $route, 'product', $slug + array( 'not on the key' => array( 'other', '404:el_license_not_found' ) ) );
			unset( $cases[ "{$route}: product missing" ] );
			foreach ( self::malformed_keys() as $label => $key ) {
				$cases[ "{$route}: a key {$label}" ] = array( $route, array( '@key' => $key ), 400, 'el_invalid_param' );
			}
		}
		$add(
			'POST /brands',
			'instance_patterns',
			array(
				'with a space'        => array( array( 'local host' ), 'el_invalid_param' ),
				'with a slash'        => array( array( 'a/b' ), 'el_invalid_param' ),
				'an SQL payload'      => array( array( self::SQL ), 'el_invalid_param' ),
				'of 51 items'         => array( array_map( static fn( int $i ): string => "h{$i}.test", range( 1, 51 ) ), 'el_invalid_param' ),
				'with a nested array' => array( array( array( 'x' ) ), 'el_invalid_param' ),
			)
		);
		$add( 'POST /brands', 'slug', $slug + array( 'taken' => array( 'hostile', '409:el_brand_exists' ) ) );
		$add(
			'POST /brands',
			'name',
			array(
				'empty'    => array( '', 'el_invalid_param' ),
				'too long' => array( str_repeat( 'n', 191 ), 'el_invalid_param' ),
				'an array' => array( array( 'n' ), 'el_invalid_param' ),
			)
		);
		$add( 'PATCH /brands/{slug}', 'instance_patterns', array( 'with a space' => array( array( 'a b' ), 'el_invalid_param' ) ) );
		$add( 'PATCH /brands/{slug}', '@slug', array( 'unknown' => array( 'nobody', '404:el_brand_not_found' ) ) );
		$add( 'POST /brands/{slug}/products', 'seats', $seats );
		$add(
			'POST /brands/{slug}/products',
			'validity_days',
			array(
				'zero'     => array( 0, 'el_invalid_param' ),
				'too long' => array( 36501, 'el_invalid_param' ),
				'a word'   => array( 'year', 'el_invalid_param' ),
			)
		);
		$add(
			'POST /brands/{slug}/products',
			'wc_product_ids',
			array(
				'with zero'     => array( array( 0 ), 'el_invalid_param' ),
				'with a word'   => array( array( 'x' ), 'el_invalid_param' ),
				'of no product' => array( array( 987654321 ), 'el_invalid_product' ),
				'a bare number' => array( 987654321, 'el_invalid_product' ),
			)
		);
		$add( 'POST /brands/{slug}/products', 'slug', array( 'taken' => array( 'hostile-pro', '409:el_product_exists' ) ) );
		$add(
			'POST /me/licenses/{id}/deactivate',
			'instance',
			array(
				'missing'        => array( null, 'el_missing_param' ),
				'of 100 KB'      => array( str_repeat( 'i', 100 * 1024 ), 'el_invalid_param' ),
				'an SQL payload' => array( self::SQL, 'el_invalid_param' ),
				'not active'     => array( 'https://other.example', '404:el_activation_not_found' ),
			)
		);
		$add( 'POST /me/licenses/{id}/deactivate', '@id', array( 'of another customer' => array( '987654321', '404:el_license_not_found' ) ) );
		$add(
			'POST /licenses/{id}/activations/deactivate',
			'instance',
			array(
				'missing'        => array( null, 'el_missing_param' ),
				'of 100 KB'      => array( str_repeat( 'i', 100 * 1024 ), 'el_invalid_param' ),
				'an SQL payload' => array( self::SQL, 'el_invalid_param' ),
				'an array'       => array( array( 'a.example' ), 'el_invalid_param' ),
				'not active'     => array( 'https://other.example', '404:el_activation_not_found' ),
			)
		);
		$add(
			'POST /licenses/{id}/activations/deactivate',
			'@id',
			array(
				'of no license' => array( '987654321', '404:el_license_not_found' ),
				'beyond 2^53'   => array( '9007199254740993', 'el_invalid_param' ),
			)
		);
		$add( 'PATCH /brands/{slug}/products/{product}', 'seats', $seats );
		$add(
			'PATCH /brands/{slug}/products/{product}',
			'validity_days',
			array(
				'zero'     => array( 0, 'el_invalid_param' ),
				'too long' => array( 36501, 'el_invalid_param' ),
				'a word'   => array( 'year', 'el_invalid_param' ),
			)
		);
		$add(
			'PATCH /brands/{slug}/products/{product}',
			'wc_product_ids',
			array(
				'with a word'   => array( array( 'x' ), 'el_invalid_param' ),
				'of no product' => array( array( 987654321 ), 'el_invalid_product' ),
			)
		);
		$add( 'PATCH /brands/{slug}/products/{product}', 'name', array( 'empty' => array( '', 'el_invalid_param' ) ) );
		$add( 'PATCH /brands/{slug}/products/{product}', '@product', array( 'unknown' => array( 'nothing', '404:el_product_not_found' ) ) );
		$add( 'POST /brands/{slug}/keys', 'name', array( 'too long' => array( str_repeat( 'k', 191 ), 'el_invalid_param' ) ) );
		$add(
			'DELETE /brands/{slug}/keys/{id}',
			'@id',
			array(
				'of no key'   => array( '987654321', '404:el_key_not_found' ),
				'beyond 2^53' => array( '9007199254740993', 'el_invalid_param' ),
			)
		);
		return $cases;
	}

	/**
	 * Keys that cannot be license keys.
	 *
	 * @return array<string, string>
	 */
	private static function malformed_keys(): array {
		return array(
			'too short'            => 'ELK-ABC',
			'of 1000 characters'   => str_repeat( 'A', 1000 ),
			'without dashes'       => 'ELKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
			'with an SQL payload'  => rawurlencode( self::SQL ),
			'with a script'        => rawurlencode( self::SCRIPT ),
			'with another prefix'  => 'XYZ-AAAAAAAA-AAAAAAA-AAAAAAA-AAAAAAA-AAAAAAA',
			'with a unicode digit' => rawurlencode( 'ELK-AAAAAAA١-AAAAAAA-AAAAAAA-AAAAAAA-AAAAAAA' ),
		);
	}

	#[DataProvider( 'cases' )]
	public function test_hostile_input_is_refused_and_writes_nothing( string $route, array $override, int $status, string $code ): void {
		[ $method, $path, $body ] = $this->arrange( $route, $override );
		$before                   = $this->snapshot();

		$response = $this->rest( $method, $path, $body );

		$data = $response->get_data();
		$this->assertLessThan( 500, $response->get_status(), 'never a server error: ' . wp_json_encode( $data ) );
		$this->assertSame( $status, $response->get_status(), wp_json_encode( $data ) );
		$this->assertSame( $code, $data['code'] ?? null, wp_json_encode( $data ) );
		$after = $this->snapshot();
		if ( str_contains( $route, '{key}' ) && ! in_array( $code, array( 'el_invalid_param', 'el_missing_param' ), true ) ) {
			// Input that passes the schema is counted against the rate limits before it is refused.
			unset( $before[ \EntitlementLedger\Database\Tables::RATE_LIMITS ], $after[ \EntitlementLedger\Database\Tables::RATE_LIMITS ] );
		}
		$this->assertSame( $before, $after, 'a refused request writes nothing' );
	}

	public function test_malformed_keys_on_the_status_route_are_400_and_uncounted(): void {
		$this->arrange( 'POST /licenses/{key}/activate', array() );
		wp_set_current_user( 0 );
		foreach ( self::malformed_keys() as $label => $key ) {
			$before   = $this->snapshot();
			$response = $this->rest( 'GET', '/licenses/' . $key );
			$this->assertSame( 400, $response->get_status(), $label );
			$this->assertSame( 'el_invalid_param', $response->get_data()['code'] ?? null, $label );
			$this->assertSame( $before, $this->snapshot(), $label );
		}
	}

	public function test_the_cases_would_write_when_valid(): void {
		foreach ( array_keys( self::WRITE_ROUTES ) as $route ) {
			[ $method, $path, $body ] = $this->arrange( $route, array() );
			$before                   = $this->snapshot();
			$response                 = $this->rest( $method, $path, $body );
			$this->assertContains( $response->get_status(), array( 200, 201 ), "{$route}: " . wp_json_encode( $response->get_data() ) );
			$this->assertNotSame( $before, $this->snapshot(), "{$route} writes when the input is valid, so the checks above are not vacuous" );
			$this->setUp();
		}
	}

	public function test_every_license_write_route_is_covered(): void {
		$writes = array();
		foreach ( rest_get_server()->get_routes( 'entitlement-ledger/v1' ) as $route => $handlers ) {
			$path = (string) preg_replace( '/\(\?P<(\w+)>[^)]*\)/', '{$1}', substr( $route, strlen( '/entitlement-ledger/v1' ) ) );
			if ( ! str_starts_with( $path, '/licenses' ) && ! str_starts_with( $path, '/brands' ) && ! str_starts_with( $path, '/me/licenses' ) ) {
				continue;
			}
			foreach ( $handlers as $handler ) {
				foreach ( array_keys( $handler['methods'] ) as $method ) {
					if ( 'GET' !== $method ) {
						$writes[] = "{$method} {$path}";
					}
				}
			}
		}
		$this->assertEqualsCanonicalizing( $writes, array_keys( self::WRITE_ROUTES ) );
	}

	/**
	 * Builds the fixtures of a route and its request with the override applied.
	 *
	 * @param string               $route    Key of WRITE_ROUTES.
	 * @param array<string, mixed> $override Fields (null removes; @id, @key, @slug replace the path's).
	 * @return array{0: string, 1: string, 2: array<string, mixed>}
	 */
	private function arrange( string $route, array $override ): array {
		$this->make_brand( 'hostile', array( 'localhost' ) );
		[ $license, $key ] = $this->provision( 'hostile', 'owner@example.test', array( 'customer_id' => $this->user( 'customer_a' ) ) );
		$this->service( \EntitlementLedger\Domain\Licenses\ActivationService::class )->activate(
			$this->service( \EntitlementLedger\Domain\Licenses\ActivationService::class )->resolve_key( (string) $key ),
			'https://active.example'
		);
		$brand_key = $this->service( \EntitlementLedger\Domain\Licenses\BrandService::class )->create_key( 'hostile', 'Existing' )['key']->id;
		if ( str_ends_with( $route, '/resume' ) ) {
			$this->service( \EntitlementLedger\Domain\Licenses\LicenseService::class )->suspend( $license, \EntitlementLedger\Domain\Licenses\LicenseScope::all() );
		}
		[ $method, $path ] = explode( ' ', $route, 2 );
		$body              = self::WRITE_ROUTES[ $route ];
		$ids               = array(
			'{id}'      => str_contains( $path, '/keys/' ) ? $brand_key : $license,
			'{key}'     => $key,
			'{slug}'    => 'hostile',
			'{product}' => 'hostile-pro',
		);
		foreach ( $override as $field => $value ) {
			if ( str_starts_with( $field, '@' ) ) {
				$ids[ '{' . substr( $field, 1 ) . '}' ] = $value;
			} elseif ( null === $value ) {
				unset( $body[ $field ] );
			} else {
				$body[ $field ] = $value;
			}
		}
		wp_set_current_user( str_contains( $path, '{key}' ) ? 0 : $this->user( str_starts_with( $path, '/me/' ) ? 'customer_a' : 'administrator' ) );
		return array( $method, strtr( $path, array_map( 'strval', $ids ) ), $body );
	}
}
