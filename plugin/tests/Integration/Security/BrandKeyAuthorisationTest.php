<?php
/**
 * Brand API keys against each other's licenses, and staff roles on the license routes.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\Security;

use EntitlementLedger\Database\Tables;
use EntitlementLedger\Domain\Access\Capabilities;
use EntitlementLedger\Domain\Licenses\BrandService;
use EntitlementLedger\Tests\Framework\HttpClient;
use EntitlementLedger\Tests\Integration\Licenses\LicenseTestCase;
use PHPUnit\Framework\Attributes\DataProvider;

/**
 * Brand A's key provisions, lists and changes brand A's licenses only: brand B's licenses
 * answer 404 exactly like missing ones, brand B's slug is unknown, and nothing of brand B
 * changes. Staff with el_manage_licenses see every brand; other users are refused.
 */
final class BrandKeyAuthorisationTest extends LicenseTestCase {

	private string $alpha_key;

	private int $alpha_license;

	private int $beta_license;

	protected function setUp(): void {
		parent::setUp();
		$this->make_brand( 'alpha' );
		$this->make_brand( 'beta' );
		$this->alpha_key         = $this->brand_key( 'alpha' );
		[ $this->alpha_license ] = $this->provision( 'alpha', 'shared@example.test' );
		[ $this->beta_license ]  = $this->provision( 'beta', 'shared@example.test' );
	}

	/**
	 * Lifecycle actions.
	 *
	 * @return array<string, array{0: string}>
	 */
	public static function actions(): array {
		return array(
			'suspend' => array( 'suspend' ),
			'resume'  => array( 'resume' ),
			'cancel'  => array( 'cancel' ),
			'renew'   => array( 'renew' ),
		);
	}

	#[DataProvider( 'actions' )]
	public function test_brand_a_cannot_change_brand_b_license( string $action ): void {
		$before  = $this->license_rows();
		$theirs  = $this->rest( 'POST', "/licenses/{$this->beta_license}/{$action}", array(), $this->bearer( $this->alpha_key ) );
		$missing = $this->rest( 'POST', '/licenses/' . ( $this->beta_license + 1000 ) . "/{$action}", array(), $this->bearer( $this->alpha_key ) );
		$this->assertRestError( 404, 'el_license_not_found', $theirs );
		$this->assertSame( $missing->get_data(), $theirs->get_data(), 'another brand\'s license answers like a missing one' );
		$this->assertSame( $before, $this->license_rows(), 'nothing changed' );
	}

	public function test_brand_a_changes_its_own_license_and_is_the_audited_actor(): void {
		$response = $this->rest( 'POST', "/licenses/{$this->alpha_license}/suspend", array( 'reason' => 'Chargeback' ), $this->bearer( $this->alpha_key ) );
		$this->assertSame( 200, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$this->assertSame( 'suspended', $response->get_data()['status'] );
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT actor_type, actor_id FROM %i WHERE action = 'license.suspended'", Tables::name( Tables::AUDIT_LOG ) ), ARRAY_A );
		$key = $wpdb->get_row( $wpdb->prepare( 'SELECT id, last_used_at FROM %i', Tables::name( Tables::BRAND_API_KEYS ) ), ARRAY_A );
		$this->assertSame( 'brand_key', $row['actor_type'] );
		$this->assertSame( $key['id'], $row['actor_id'] );
		$this->assertNotNull( $key['last_used_at'], 'last use recorded' );
	}

	public function test_brand_a_provisions_only_for_itself_and_lists_only_its_own(): void {
		$body = array(
			'product'        => 'beta-pro',
			'customer_email' => 'new@example.test',
			'brand'          => 'beta',
		);
		$this->assertRestError( 400, 'el_unknown_brand', $this->rest( 'POST', '/licenses', $body, $this->bearer( $this->alpha_key ) ) );
		$this->assertRestError( 400, 'el_unknown_brand', $this->rest( 'POST', '/licenses', array( 'brand' => 'nope' ) + $body, $this->bearer( $this->alpha_key ) ) );
		$this->assertRestError( 400, 'el_unknown_product', $this->rest( 'POST', '/licenses', array( 'brand' => 'alpha' ) + $body, $this->bearer( $this->alpha_key ) ) );
		$created = $this->rest(
			'POST',
			'/licenses',
			array(
				'brand'   => 'alpha',
				'product' => 'alpha-pro',
			) + $body,
			$this->bearer( $this->alpha_key )
		);
		$this->assertSame( 201, $created->get_status() );

		$listed = $this->rest( 'GET', '/licenses', array( 'email' => 'shared@example.test' ), $this->bearer( $this->alpha_key ) );
		$this->assertSame( array( $this->alpha_license ), array_column( $listed->get_data(), 'id' ) );
		$this->assertSame( '1', $listed->get_headers()['X-WP-Total'] );
		$this->assertSame( array(), $this->rest( 'GET', '/licenses', array( 'brand' => 'beta' ), $this->bearer( $this->alpha_key ) )->get_data() );

		wp_set_current_user( $this->make_user( 'shop_manager' ) );
		$staff = $this->rest( 'GET', '/licenses', array( 'email' => 'shared@example.test' ) );
		$this->assertEqualsCanonicalizing( array( $this->alpha_license, $this->beta_license ), array_column( $staff->get_data(), 'id' ), 'staff see every brand' );
	}

	public function test_wrong_unknown_and_revoked_keys_are_refused_alike(): void {
		$wrong   = substr( $this->alpha_key, 0, -1 ) . ( str_ends_with( $this->alpha_key, 'a' ) ? 'b' : 'a' );
		$unknown = 'elb_zzzzzzzz_' . substr( $this->alpha_key, 13 );
		$answers = array();
		foreach ( array( $wrong, $unknown, 'elb_nonsense' ) as $key ) {
			$response  = $this->rest( 'GET', '/licenses', array(), $this->bearer( $key ) );
			$answers[] = array( $response->get_status(), $response->get_data() );
		}
		$this->assertSame( 401, $answers[0][0] );
		$this->assertSame( 'el_invalid_api_key', $answers[0][1]['code'] );
		$this->assertSame( $answers[0], $answers[1] );
		$this->assertSame( $answers[0], $answers[2] );

		$key_id = (int) $this->rest_as_admin( 'GET', '/brands/alpha/keys' )->get_data()[0]['id'];
		$this->assertSame( 200, $this->rest_as_admin( 'DELETE', "/brands/alpha/keys/{$key_id}" )->get_status() );
		$this->assertRestError( 409, 'el_key_revoked', $this->rest_as_admin( 'DELETE', "/brands/alpha/keys/{$key_id}" ) );
		$this->assertRestError( 404, 'el_key_not_found', $this->rest_as_admin( 'DELETE', "/brands/beta/keys/{$key_id}" ) );
		wp_set_current_user( 0 );
		$this->assertRestError( 401, 'el_invalid_api_key', $this->rest( 'GET', '/licenses', array(), $this->bearer( $this->alpha_key ) ) );
	}

	public function test_a_brand_key_cannot_manage_brands_or_mint_keys(): void {
		foreach ( array( array( 'GET', '/brands' ), array( 'POST', '/brands/alpha/keys' ), array( 'GET', '/brands/alpha/keys' ) ) as [ $method, $path ] ) {
			$this->assertRestError( 401, 'el_forbidden', $this->rest( $method, $path, array(), $this->bearer( $this->alpha_key ) ) );
		}
		$this->assertCount( 1, $this->rest_as_admin( 'GET', '/brands/alpha/keys' )->get_data() );
	}

	public function test_roles_on_the_license_routes(): void {
		$expected = array(
			''                                     => 401,
			'customer'                             => 403,
			Capabilities::ROLE_CIRCULATION_MANAGER => 403,
			'shop_manager'                         => 200,
			'administrator'                        => 200,
		);
		foreach ( $expected as $role => $status ) {
			wp_set_current_user( '' === $role ? 0 : $this->make_user( $role ) );
			$this->assertSame( $status, $this->rest( 'GET', '/licenses', array( 'email' => 'shared@example.test' ) )->get_status(), $role );
			$this->assertSame( 200 === $status ? 200 : $status, $this->rest( 'POST', "/licenses/{$this->beta_license}/renew" )->get_status(), $role );
		}
	}

	public function test_http_bearer_keys_reach_the_server(): void {
		$http    = HttpClient::for_user( 0 );
		$own     = $http->request( 'GET', '/licenses?email=shared%40example.test', null, $this->bearer( $this->alpha_key ) );
		$theirs  = $http->request( 'POST', "/licenses/{$this->beta_license}/cancel", array(), $this->bearer( $this->alpha_key ) );
		$revoked = $http->request( 'GET', '/licenses', null, $this->bearer( 'elb_aaaaaaaa_' . str_repeat( 'a', 32 ) ) );
		$this->assertSame( 200, $own['status'], $own['raw'] );
		$this->assertSame( array( $this->alpha_license ), array_column( (array) $own['body'], 'id' ) );
		$this->assertSame( 404, $theirs['status'], $theirs['raw'] );
		$this->assertSame( 401, $revoked['status'], $revoked['raw'] );
		$this->assertSame( 'valid', $this->rest_as_admin( 'GET', '/licenses', array( 'brand' => 'beta' ) )->get_data()[0]['status'] );
	}

	/**
	 * A request as a new administrator.
	 *
	 * @param string               $method Method.
	 * @param string               $path   Path.
	 * @param array<string, mixed> $body   Body or query.
	 */
	private function rest_as_admin( string $method, string $path, array $body = array() ): \WP_REST_Response {
		wp_set_current_user( $this->make_user( 'administrator' ) );
		try {
			return $this->rest( $method, $path, $body );
		} finally {
			wp_set_current_user( 0 );
		}
	}

	/**
	 * The Authorization header of a brand key.
	 *
	 * @param string $key Key.
	 * @return array<string, string>
	 */
	private function bearer( string $key ): array {
		return array( 'Authorization' => 'Bearer ' . $key );
	}

	/**
	 * Every license row as stored.
	 *
	 * @return list<array<string, string|null>>
	 */
	private function license_rows(): array {
		global $wpdb;
		return $wpdb->get_results( $wpdb->prepare( 'SELECT * FROM %i ORDER BY id', Tables::name( Tables::LICENSES ) ), ARRAY_A );
	}
}
