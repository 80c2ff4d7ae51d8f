<?php
/**
 * Who may call which route: every route and method of the plugin × every kind of caller.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\Security;

use EntitlementLedger\Database\Tables;
use EntitlementLedger\Domain\Access\Capabilities;
use EntitlementLedger\Domain\Licenses\ActivationService;
use EntitlementLedger\Domain\Licenses\BrandService;
use EntitlementLedger\Domain\Licenses\LicenseScope;
use EntitlementLedger\Domain\Licenses\LicenseService;
use EntitlementLedger\Plugin;
use EntitlementLedger\RestApi\Controllers\LicenseKeysController;
use EntitlementLedger\Tests\Framework\HttpClient;
use EntitlementLedger\Tests\Framework\IntegrationTestCase;
use EntitlementLedger\Tests\Integration\Http\CookieSession;
use PHPUnit\Framework\Attributes\DataProvider;
use WP_Error;
use WP_REST_Request;

/**
 * The route × role matrix, dispatched in-process with valid input for every cell, plus a
 * few real HTTP requests proving the same rules hold for application passwords and for
 * cookie authentication (which needs the X-WP-Nonce header, or the caller is anonymous).
 *
 * MATRIX must list every route and method the plugin registers: a new route fails
 * test_the_matrix_lists_every_registered_route_and_method until it is added here.
 */
final class RouteRoleMatrixTest extends IntegrationTestCase {

	use SecurityFixtures;

	/**
	 * Callers, in the column order of MATRIX.
	 */
	private const CALLERS = array( 'anonymous', 'customer_a', 'customer_b', 'circulation_manager', 'shop_manager', 'administrator' );

	/**
	 * Expected status per route and caller. Every item route targets an entitlement of
	 * customer A (so owning it gives a customer no staff rights, and the /me routes show
	 * that nobody else can act on it), and every body is valid.
	 */
	private const MATRIX = array(
		// Columns: anonymous, customer A, customer B, circulation manager, shop manager, administrator.
		'GET /entitlements'                          => array( 401, 403, 403, 200, 200, 200 ),
		'POST /entitlements'                         => array( 401, 403, 403, 201, 201, 201 ),
		'POST /entitlements/batch'                   => array( 401, 403, 403, 200, 200, 200 ),
		'GET /entitlements/{id}'                     => array( 401, 403, 403, 200, 200, 200 ),
		'PATCH /entitlements/{id}'                   => array( 401, 403, 403, 200, 200, 200 ),
		'PUT /entitlements/{id}'                     => array( 401, 403, 403, 200, 200, 200 ),
		'DELETE /entitlements/{id}'                  => array( 401, 403, 403, 200, 200, 200 ),
		'POST /entitlements/{id}/redeem'             => array( 401, 403, 403, 200, 200, 200 ),
		'POST /entitlements/{id}/cancel'             => array( 401, 403, 403, 200, 200, 200 ),
		'POST /entitlements/{id}/unredeem'           => array( 401, 403, 403, 200, 200, 200 ),
		'POST /entitlements/{id}/adjust'             => array( 401, 403, 403, 200, 200, 200 ),
		'GET /gifts'                                 => array( 401, 403, 403, 200, 200, 200 ),
		'POST /gifts'                                => array( 401, 403, 403, 201, 201, 201 ),
		'GET /gifts/{id}'                            => array( 401, 403, 403, 200, 200, 200 ),
		'PATCH /gifts/{id}'                          => array( 401, 403, 403, 200, 200, 200 ),
		'PUT /gifts/{id}'                            => array( 401, 403, 403, 200, 200, 200 ),
		'DELETE /gifts/{id}'                         => array( 401, 403, 403, 200, 200, 200 ),
		'GET /ledger'                                => array( 401, 403, 403, 200, 200, 200 ),
		'GET /reports/revenue'                       => array( 401, 403, 403, 200, 200, 200 ),
		'GET /reports/liability'                     => array( 401, 403, 403, 200, 200, 200 ),
		'GET /audit'                                 => array( 401, 403, 403, 200, 200, 200 ),
		'GET /me/entitlements'                       => array( 401, 200, 200, 200, 200, 200 ),
		'GET /me/gifts'                              => array( 401, 200, 200, 200, 200, 200 ),
		'POST /me/entitlements/{id}/redeem'          => array( 401, 200, 404, 404, 404, 404 ),
		'GET /health'                                => array( 401, 200, 200, 200, 200, 200 ),
		'GET /products'                              => array( 401, 403, 403, 200, 200, 200 ),
		'GET /settings'                              => array( 401, 403, 403, 403, 200, 200 ),
		'POST /settings'                             => array( 401, 403, 403, 403, 200, 200 ),
		// Licenses: el_manage_licenses (staff) or a brand API key (BrandKeyAuthorisationTest).
		'GET /brands'                                => array( 401, 403, 403, 403, 200, 200 ),
		'POST /brands'                               => array( 401, 403, 403, 403, 201, 201 ),
		'GET /brands/{slug}'                         => array( 401, 403, 403, 403, 200, 200 ),
		'PATCH /brands/{slug}'                       => array( 401, 403, 403, 403, 200, 200 ),
		'GET /brands/{slug}/products'                => array( 401, 403, 403, 403, 200, 200 ),
		'POST /brands/{slug}/products'               => array( 401, 403, 403, 403, 201, 201 ),
		'PATCH /brands/{slug}/products/{product}'    => array( 401, 403, 403, 403, 200, 200 ),
		'GET /brands/{slug}/keys'                    => array( 401, 403, 403, 403, 200, 200 ),
		'POST /brands/{slug}/keys'                   => array( 401, 403, 403, 403, 201, 201 ),
		'DELETE /brands/{slug}/keys/{id}'            => array( 401, 403, 403, 403, 200, 200 ),
		'GET /licenses'                              => array( 401, 403, 403, 403, 200, 200 ),
		'POST /licenses'                             => array( 401, 403, 403, 403, 201, 201 ),
		'GET /licenses/{id}'                         => array( 401, 403, 403, 403, 200, 200 ),
		'POST /licenses/{id}/activations/deactivate' => array( 401, 403, 403, 403, 200, 200 ),
		'POST /licenses/{id}/suspend'                => array( 401, 403, 403, 403, 200, 200 ),
		'POST /licenses/{id}/resume'                 => array( 401, 403, 403, 403, 200, 200 ),
		'POST /licenses/{id}/cancel'                 => array( 401, 403, 403, 403, 200, 200 ),
		'POST /licenses/{id}/renew'                  => array( 401, 403, 403, 403, 200, 200 ),
		// Public: the license key is the credential; rate limited (PUBLIC_ROUTES).
		'GET /licenses/{key}'                        => array( 200, 200, 200, 200, 200, 200 ),
		'POST /licenses/{key}/activate'              => array( 201, 201, 201, 201, 201, 201 ),
		'POST /licenses/{key}/deactivate'            => array( 200, 200, 200, 200, 200, 200 ),
		// My Account → License keys: the license belongs to customer A.
		'GET /me/licenses'                           => array( 401, 200, 200, 200, 200, 200 ),
		'POST /me/licenses/{id}/deactivate'          => array( 401, 200, 404, 404, 404, 404 ),
	);

	/**
	 * Routes whose only permission check is the rate limit: end-user products call them
	 * with the license key, without a WordPress login.
	 */
	private const PUBLIC_ROUTES = array( 'GET /licenses/{key}', 'POST /licenses/{key}/activate', 'POST /licenses/{key}/deactivate' );

	/**
	 * The error code each refusal must carry.
	 */
	private const REFUSAL_CODES = array(
		401 => 'el_forbidden',
		403 => 'el_forbidden',
		404 => 'el_entitlement_not_found',
	);

	/**
	 * Starts from the roles the plugin's activation leaves: its capabilities granted to the
	 * roles that exist (test_shop_managers_keep_their_capabilities_when_woocommerce_resets_its_roles
	 * covers roles WooCommerce recreates afterwards).
	 */
	public static function setUpBeforeClass(): void {
		parent::setUpBeforeClass();
		Plugin::container()->get( Capabilities::class )->install();
	}

	/**
	 * One case per cell of MATRIX.
	 *
	 * @return array<string, array{0: string, 1: string, 2: int}>
	 */
	public static function cells(): array {
		$cells = array();
		foreach ( self::MATRIX as $route => $statuses ) {
			foreach ( self::CALLERS as $column => $caller ) {
				$cells[ "{$route} as {$caller}" ] = array( $route, $caller, $statuses[ $column ] );
			}
		}
		return $cells;
	}

	#[DataProvider( 'cells' )]
	public function test_each_caller_gets_exactly_the_expected_status( string $route, string $caller, int $expected ): void {
		[ $method, $path, $body ] = $this->arrange( $route );
		$this->act_as( $caller );
		$before = $this->snapshot();

		$response = $this->rest( $method, $path, $body );

		$data = $response->get_data();
		$this->assertSame( $expected, $response->get_status(), "{$route} as {$caller}; body: " . wp_json_encode( $data ) );
		if ( isset( self::REFUSAL_CODES[ $expected ] ) ) {
			$code = 404 === $expected && str_contains( $route, 'licenses' ) ? 'el_license_not_found' : self::REFUSAL_CODES[ $expected ];
			$this->assertSame( $code, $data['code'] ?? null, 'error code' );
			$this->assertSame( $before, $this->snapshot(), 'a refused request writes nothing' );
		}
	}

	public function test_the_matrix_lists_every_registered_route_and_method(): void {
		$registered = array_keys( $this->registered_handlers() );
		$missing    = array_values( array_diff( $registered, array_keys( self::MATRIX ) ) );
		$stale      = array_values( array_diff( array_keys( self::MATRIX ), $registered ) );
		$this->assertSame( array(), $missing, 'Routes without a row in MATRIX: add them with the status of every caller.' );
		$this->assertSame( array(), $stale, 'MATRIX rows for routes that are no longer registered.' );
	}

	public function test_every_route_has_a_real_permission_callback_that_refuses_anonymous_callers(): void {
		foreach ( $this->registered_handlers() as $route => $handler ) {
			$callback = $handler['permission_callback'] ?? null;
			if ( in_array( $route, self::PUBLIC_ROUTES, true ) ) {
				$this->assertIsArray( $callback, $route );
				$this->assertInstanceOf( LicenseKeysController::class, $callback[0], "{$route} is checked by the rate limiter" );
				$this->assertSame( 'check_rate_limit', $callback[1], $route );
				continue;
			}
			$this->assertNotNull( $callback, "{$route} has no permission_callback (WordPress would make it public)" );
			$this->assertIsCallable( $callback, $route );
			$this->assertNotContains( $callback, array( '__return_true', '__return_null', 'is_user_logged_in' ), "{$route} is public" );

			[ $method, $path ] = explode( ' ', $route, 2 );
			$answer            = call_user_func( $callback, new WP_REST_Request( $method, '/entitlement-ledger/v1' . str_replace( array( '{id}', '{slug}' ), array( '1', 'brand' ), $path ) ) );
			$this->assertInstanceOf( WP_Error::class, $answer, "{$route} lets anonymous callers in" );
			$this->assertSame( 401, $answer->get_error_data()['status'] ?? null, "{$route}: anonymous is 401" );
		}
	}

	public function test_only_wordpress_own_namespace_index_is_public(): void {
		$index = rest_get_server()->get_routes( 'entitlement-ledger/v1' )['/entitlement-ledger/v1'] ?? array();
		$this->assertCount( 1, $index, 'the namespace index WordPress registers' );
		$this->assertSame( array( rest_get_server(), 'get_namespace_index' ), $index[0]['callback'], 'the only route without a permission check is core\'s index' );
	}

	public function test_me_entitlements_lists_only_the_callers_own_entitlements_without_staff_fields(): void {
		$own = array(
			'customer_a'          => array( $this->entitlement_of( 'customer_a' ), $this->entitlement_of( 'customer_a' ) ),
			'customer_b'          => array( $this->entitlement_of( 'customer_b' ) ),
			'circulation_manager' => array(),
		);
		$this->make_entitlement( array( 'customer_email' => 'guest@example.test' ) );

		foreach ( $own as $caller => $ids ) {
			$this->act_as( $caller );
			$response = $this->rest( 'GET', '/me/entitlements' );
			$this->assertSame( 200, $response->get_status() );
			$items = $response->get_data();
			$this->assertEqualsCanonicalizing( $ids, array_column( $items, 'id' ), "{$caller} sees exactly their own" );
			$this->assertSame( (string) count( $ids ), $response->get_headers()['X-WP-Total'], "{$caller}: the total counts only their own" );
			foreach ( $items as $item ) {
				foreach ( array( 'customer_id', 'customer_email', 'customer_name', 'notes', 'meta', 'deferred_amount', 'ledger' ) as $staff_field ) {
					$this->assertArrayNotHasKey( $staff_field, $item, "{$caller} must not see {$staff_field}" );
				}
			}
		}
	}

	public function test_customer_b_cannot_redeem_or_probe_customer_a_entitlement_through_me(): void {
		$entitlement = $this->entitlement_of( 'customer_a' );
		$gift        = $this->make_gift();
		$missing     = $entitlement + 1000;
		$this->act_as( 'customer_b' );
		$before = $this->snapshot();

		$theirs  = $this->rest( 'POST', "/me/entitlements/{$entitlement}/redeem", array( 'gift_id' => $gift ) );
		$unknown = $this->rest( 'POST', "/me/entitlements/{$missing}/redeem", array( 'gift_id' => $gift ) );

		$this->assertRestError( 404, 'el_entitlement_not_found', $theirs );
		$this->assertSame( $unknown->get_data(), $theirs->get_data(), 'someone else\'s id answers exactly like a missing one' );
		$this->assertSame( $before, $this->snapshot(), 'nothing written, no order created' );
		$this->act_as( 'customer_a' );
		$this->assertSame( 'active', $this->rest( 'GET', '/me/entitlements' )->get_data()[0]['status'] );
	}

	public function test_staff_use_the_me_routes_for_their_own_entitlements(): void {
		foreach ( array( 'circulation_manager', 'shop_manager', 'administrator' ) as $caller ) {
			$own  = $this->entitlement_of( $caller );
			$gift = $this->make_gift();
			$this->act_as( $caller );

			$this->assertSame( array( $own ), array_column( $this->rest( 'GET', '/me/entitlements' )->get_data(), 'id' ), "{$caller} lists their own" );
			$redeemed = $this->rest( 'POST', "/me/entitlements/{$own}/redeem", array( 'gift_id' => $gift ) );
			$this->assertSame( 200, $redeemed->get_status(), "{$caller}; body: " . wp_json_encode( $redeemed->get_data() ) );
			$this->assertSame( 'redeemed', $redeemed->get_data()['status'] );
			$this->assertSame( $gift, $redeemed->get_data()['redemption']['gift_id'] );
		}
	}

	public function test_shop_managers_keep_their_capabilities_when_woocommerce_resets_its_roles(): void {
		$this->act_as( 'shop_manager' );
		try {
			// What WooCommerce's Status > Tools > "Reset roles" does (WC_Install::remove_roles()
			// then create_roles()), and what a reinstall after an uninstall with WC_REMOVE_ALL_DATA does.
			if ( class_exists( \WC_Install::class ) ) {
				\WC_Install::remove_roles();
				\WC_Install::create_roles();
			} else {
				remove_role( 'shop_manager' );
				\WC_Stand_In_Install::create_roles(); // @phpstan-ignore class.notFound (the stand-in's installer, under dev/).
			}
			wp_set_current_user( 0 );
			$this->act_as( 'shop_manager' );

			$status = $this->rest( 'GET', '/entitlements' )->get_status();
		} finally {
			Plugin::container()->get( Capabilities::class )->install();
		}
		$this->assertSame( 200, $status, 'design.md: administrators and shop managers get all capabilities' );
	}

	public function test_idempotency_keys_never_replay_another_callers_response(): void {
		$entitlement = $this->entitlement_of( 'customer_a' );
		$gift        = $this->make_gift();
		$key         = array( 'Idempotency-Key' => 'shared-' . wp_generate_password( 12, false ) );
		$path        = "/me/entitlements/{$entitlement}/redeem";

		$this->act_as( 'customer_a' );
		$this->assertSame( 200, $this->rest( 'POST', $path, array( 'gift_id' => $gift ), $key )->get_status() );
		$replay = $this->rest( 'POST', $path, array( 'gift_id' => $gift ), $key );
		$this->assertSame( 'true', $replay->get_headers()['Idempotent-Replayed'] ?? null, 'the owner gets the stored answer again' );

		$this->act_as( 'customer_b' );
		$stolen = $this->rest( 'POST', $path, array( 'gift_id' => $gift ), $key );
		$this->assertRestError( 404, 'el_entitlement_not_found', $stolen );
		$this->assertArrayNotHasKey( 'Idempotent-Replayed', $stolen->get_headers(), 'customer A\'s stored answer is not customer B\'s' );

		$body = array(
			'customer_email'  => 'shared-key@example.test',
			'number'          => 2026,
			'deferred_amount' => '12.50',
			'currency'        => 'USD',
		);
		$this->act_as( 'circulation_manager' );
		$first = $this->rest( 'POST', '/entitlements', $body, $key );
		$this->act_as( 'shop_manager' );
		$second = $this->rest( 'POST', '/entitlements', $body, $key );
		$this->assertSame( 201, $second->get_status(), wp_json_encode( $second->get_data() ) );
		$this->assertArrayNotHasKey( 'Idempotent-Replayed', $second->get_headers(), 'keys are scoped to the client' );
		$this->assertNotSame( $first->get_data()['id'], $second->get_data()['id'] );
	}

	public function test_http_anonymous_gets_401_on_entitlements(): void {
		$response = HttpClient::for_user( 0 )->request( 'GET', '/entitlements' );
		$this->assertSame( 401, $response['status'], $response['raw'] );
		$this->assertSame( 'el_forbidden', $response['body']['code'] ?? null );
	}

	public function test_http_application_passwords_get_the_caller_status(): void {
		$customer = HttpClient::for_user( $this->user( 'customer_a' ) )->request( 'GET', '/entitlements' );
		$this->assertSame( 403, $customer['status'], $customer['raw'] );
		$this->assertSame( 'el_forbidden', $customer['body']['code'] ?? null );

		$staff = HttpClient::for_user( $this->user( 'circulation_manager' ) )->request( 'GET', '/entitlements' );
		$this->assertSame( 200, $staff['status'], 'a valid application password of staff works: ' . $staff['raw'] );

		$credentials = get_userdata( $this->user( 'circulation_manager' ) )->user_login . ':not-the-password';
		$wrong       = HttpClient::for_user( 0 )->request( 'GET', '/entitlements', null, array( 'Authorization' => 'Basic ' . base64_encode( $credentials ) ) ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode -- HTTP Basic credentials.
		$this->assertSame( 401, $wrong['status'], 'a wrong application password is not a login: ' . $wrong['raw'] );
	}

	public function test_http_cookie_authentication_needs_the_rest_nonce(): void {
		$login   = get_userdata( $this->user( 'circulation_manager' ) )->user_login;
		$session = CookieSession::log_in( $login, 'password' );
		$nonce   = $session->rest_nonce();
		$body    = array(
			'customer_email'  => 'csrf@example.test',
			'number'          => 2026,
			'deferred_amount' => '12.50',
			'currency'        => 'USD',
		);

		$read_without = $session->rest( 'GET', '/entitlements' );
		$this->assertSame( 401, $read_without['status'], 'cookies without X-WP-Nonce count as logged out: ' . $read_without['raw'] );
		$this->assertSame( 'el_forbidden', $read_without['body']['code'] ?? null );

		$write_without = $session->rest( 'POST', '/entitlements', $body );
		$this->assertSame( 401, $write_without['status'], 'a cross-site POST riding on cookies is refused: ' . $write_without['raw'] );
		$this->assertSame( 0, $this->count_rows( Tables::ENTITLEMENTS ), 'and writes nothing' );

		$forged = $session->rest( 'GET', '/entitlements', null, 'abcdef0123' );
		$this->assertSame( 403, $forged['status'], 'a wrong nonce is refused by WordPress: ' . $forged['raw'] );
		$this->assertSame( 'rest_cookie_invalid_nonce', $forged['body']['code'] ?? null );

		$read_with = $session->rest( 'GET', '/entitlements', null, $nonce );
		$this->assertSame( 200, $read_with['status'], $read_with['raw'] );

		$write_with = $session->rest( 'POST', '/entitlements', $body, $nonce );
		$this->assertSame( 201, $write_with['status'], $write_with['raw'] );
		$this->assertSame( 1, $this->count_rows( Tables::ENTITLEMENTS ) );
	}

	/**
	 * Sets up what a route needs and returns a valid request for it.
	 *
	 * @param string $route Key of MATRIX.
	 * @return array{0: string, 1: string, 2: array<string, mixed>}
	 */
	private function arrange( string $route ): array {
		[ $method, $path ] = explode( ' ', $route, 2 );
		$entitlement       = str_contains( $route, 'unredeem' ) ? $this->redeemed_entitlement_of( 'customer_a' ) : $this->entitlement_of( 'customer_a' );
		$gift              = $this->make_gift();
		$create            = array(
			'customer_email'  => 'matrix@example.test',
			'number'          => 2026,
			'deferred_amount' => '12.50',
			'currency'        => 'USD',
		);
		$bodies            = array(
			'POST /entitlements'                => $create,
			'POST /entitlements/batch'          => array( 'create' => array( $create ) ),
			'PATCH /entitlements/{id}'          => array( 'notes' => 'Checked by phone' ),
			'PUT /entitlements/{id}'            => array( 'notes' => 'Checked by phone' ),
			'DELETE /entitlements/{id}'         => array( 'reason' => 'Duplicate' ),
			'POST /entitlements/{id}/redeem'    => array(
				'order_id' => $this->order_id(),
				'note'     => 'Posted by hand',
			),
			'POST /entitlements/{id}/cancel'    => array( 'reason' => 'Refunded' ),
			'POST /entitlements/{id}/unredeem'  => array( 'reason' => 'Wrong reader' ),
			'POST /entitlements/{id}/adjust'    => array(
				'amount' => '-2.50',
				'reason' => 'Price change',
			),
			'POST /gifts'                       => array(
				'number' => 2026,
				'name'   => 'Mug',
			),
			'PATCH /gifts/{id}'                 => array( 'name' => 'Large tote bag' ),
			'PUT /gifts/{id}'                   => array( 'name' => 'Large tote bag' ),
			'GET /me/gifts'                     => array( 'number' => 2026 ),
			'GET /products'                     => array( 'search' => 'gift' ),
			// The default label again: a valid write that leaves the settings as they were.
			'POST /settings'                    => array( 'account_menu_label' => 'Premium gifts' ),
			'POST /me/entitlements/{id}/redeem' => array( 'gift_id' => $gift ),
		);
		if ( str_starts_with( $path, '/licenses' ) || str_starts_with( $path, '/brands' ) || str_starts_with( $path, '/me/licenses' ) ) {
			return $this->arrange_license_route( $route, $method, $path );
		}
		$id = str_starts_with( $path, '/gifts/' ) ? $gift : $entitlement;
		return array( $method, str_replace( '{id}', (string) $id, $path ), $bodies[ $route ] ?? array() );
	}

	/**
	 * A brand with a product, a key and a license with one active instance, and a valid
	 * request for a license route.
	 *
	 * @param string $route  Key of MATRIX.
	 * @param string $method Method.
	 * @param string $path   Path with placeholders.
	 * @return array{0: string, 1: string, 2: array<string, mixed>}
	 */
	private function arrange_license_route( string $route, string $method, string $path ): array {
		$brands = $this->service( BrandService::class );
		$brands->create_brand(
			array(
				'slug' => 'matrix',
				'name' => 'Matrix',
			)
		);
		$brands->create_product(
			'matrix',
			array(
				'slug'  => 'matrix-pro',
				'name'  => 'Matrix Pro',
				'seats' => 3,
			)
		);
		$brand_key   = $brands->create_key( 'matrix', 'Matrix' )['key']->id;
		$provisioned = $this->service( LicenseService::class )->provision(
			array(
				'brand'          => 'matrix',
				'product'        => 'matrix-pro',
				'customer_email' => 'matrix@example.test',
				'customer_id'    => $this->user( 'customer_a' ),
			),
			LicenseScope::all()
		);
		$activations = $this->service( ActivationService::class );
		$activations->activate( $activations->resolve_key( (string) $provisioned['key'] ), 'https://active.example' );
		if ( str_ends_with( $route, '/resume' ) ) {
			$this->service( LicenseService::class )->suspend( $provisioned['license']->id, LicenseScope::all() );
		}
		$bodies = array(
			'POST /brands'                               => array(
				'slug' => 'fresh',
				'name' => 'Fresh',
			),
			'PATCH /brands/{slug}'                       => array( 'name' => 'Renamed' ),
			'POST /brands/{slug}/products'               => array(
				'slug' => 'fresh-pro',
				'name' => 'Fresh Pro',
			),
			'POST /licenses'                             => array(
				'brand'          => 'matrix',
				'product'        => 'matrix-pro',
				'customer_email' => 'new@example.test',
			),
			'GET /licenses'                              => array( 'email' => 'matrix@example.test' ),
			'POST /licenses/{key}/activate'              => array( 'instance' => 'https://fresh.example' ),
			'POST /licenses/{key}/deactivate'            => array( 'instance' => 'https://active.example' ),
			'POST /me/licenses/{id}/deactivate'          => array( 'instance' => 'https://active.example' ),
			'POST /licenses/{id}/activations/deactivate' => array( 'instance' => 'https://active.example' ),
			'PATCH /brands/{slug}/products/{product}'    => array( 'seats' => 5 ),
		);
		$path   = strtr(
			$path,
			array(
				'{product}' => 'matrix-pro',
				'{slug}'    => 'matrix',
				'{key}'     => (string) $provisioned['key'],
				'{id}'      => (string) ( str_contains( $path, '/keys/' ) ? $brand_key : $provisioned['license']->id ),
			)
		);
		return array( $method, $path, $bodies[ $route ] ?? array() );
	}

	/**
	 * The plugin's handlers by "METHOD /path", with {name} for path parameters. WordPress's
	 * own namespace index is left out (see test_only_wordpress_own_namespace_index_is_public).
	 *
	 * @return array<string, array<string, mixed>>
	 */
	private function registered_handlers(): array {
		$handlers = array();
		foreach ( rest_get_server()->get_routes( 'entitlement-ledger/v1' ) as $route => $route_handlers ) {
			$path = (string) preg_replace( '/\(\?P<(\w+)>[^)]*\)/', '{$1}', substr( $route, strlen( '/entitlement-ledger/v1' ) ) );
			if ( '' === $path ) {
				continue;
			}
			foreach ( $route_handlers as $handler ) {
				foreach ( array_keys( $handler['methods'] ) as $method ) {
					$handlers[ "{$method} {$path}" ] = $handler;
				}
			}
		}
		return $handlers;
	}
}
