<?php
/**
 * Provisioning, keys, activation and the lifecycle through the REST API, in-process.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\Licenses;

use EntitlementLedger\Database\Tables;
use EntitlementLedger\Domain\Licenses\LicenseService;
use EntitlementLedger\Domain\Licenses\SecretKeys;
use EntitlementLedger\Jobs\LicenseExpiry;
use EntitlementLedger\Tests\Integration\Consistency\MovableClock;

/**
 * The license contracts of design.md, one behaviour per test, checked in the response and
 * in the database (rows and audit entries).
 */
final class LicenseLifecycleTest extends LicenseTestCase {

	protected function setUp(): void {
		parent::setUp();
		$this->make_brand( 'rocket', array( 'localhost', '*.test', 'staging.*' ) );
		wp_set_current_user( $this->make_user( 'administrator' ) );
	}

	public function test_provisioning_answers_201_with_the_key_once_and_stores_only_its_hash(): void {
		$response = $this->rest(
			'POST',
			'/licenses',
			array(
				'brand'          => 'rocket',
				'product'        => 'rocket-pro',
				'customer_email' => 'Ann@Example.test',
				'seats'          => 5,
			)
		);
		$this->assertSame( 201, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$body = $response->get_data();
		$this->assertMatchesRegularExpression( '/' . SecretKeys::LICENSE_PATTERN . '/', (string) $body['key'] );
		$this->assertTrue( $body['key_created'] );
		$this->assertSame( 'valid', $body['status'] );
		$this->assertSame( 5, $body['seats'] );
		$this->assertSame( 'ann@example.test', $body['customer_email'] );
		$this->assertSame( substr( $body['key'], 4, 8 ), $body['key_prefix'] );
		$this->assertNotNull( $body['expires_at'], 'the product\'s 365 days of validity' );

		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM %i', Tables::name( Tables::LICENSE_KEYS ) ), ARRAY_A );
		$this->assertIsArray( $row );
		$this->assertStringNotContainsString( substr( $body['key'], 13 ), wp_json_encode( $row ), 'the secret part is not stored' );
		$this->assertSame( hash_hmac( 'sha256', $body['key'], (string) get_option( SecretKeys::SECRET_OPTION ) ), $row['secret_hash'], 'HMAC-SHA256 under the site secret' );
		$this->assertSame( array( 'license.provisioned' ), $this->audit_actions( $body['id'] ) );

		$listed = $this->rest( 'GET', '/licenses', array( 'email' => 'ann@example.test' ) )->get_data();
		$this->assertCount( 1, $listed );
		$this->assertArrayNotHasKey( 'key', $listed[0], 'the key is never shown again' );
	}

	public function test_one_key_unlocks_every_license_of_the_brand_for_the_customer(): void {
		$this->service( \EntitlementLedger\Domain\Licenses\BrandService::class )->create_product(
			'rocket',
			array(
				'slug'  => 'rocket-cdn',
				'name'  => 'Rocket CDN',
				'seats' => 1,
			)
		);
		[ , $key ] = $this->provision( 'rocket', 'bo@example.test' );
		$second    = $this->rest(
			'POST',
			'/licenses',
			array(
				'brand'          => 'rocket',
				'product'        => 'rocket-cdn',
				'customer_email' => 'bo@example.test',
			)
		)->get_data();
		$this->assertNull( $second['key'], 'the existing key is reused and not shown again' );
		$this->assertFalse( $second['key_created'] );
		$this->assertSame( substr( (string) $key, 4, 8 ), $second['key_prefix'] );

		$status = $this->rest( 'GET', '/licenses/' . $key );
		$this->assertSame( 200, $status->get_status() );
		$this->assertEqualsCanonicalizing( array( 'rocket-pro', 'rocket-cdn' ), $status->get_data()['entitlements'] );
		$this->assertCount( 2, $status->get_data()['licenses'] );
		$this->assertArrayNotHasKey( 'customer_email', $status->get_data(), 'public answers carry nothing about the customer' );

		$ambiguous = $this->rest( 'POST', '/licenses/' . $key . '/activate', array( 'instance' => 'https://bo.example' ) );
		$this->assertRestError( 400, 'el_product_required', $ambiguous );
		$chosen = $this->rest(
			'POST',
			'/licenses/' . $key . '/activate',
			array(
				'instance' => 'https://bo.example',
				'product'  => 'rocket-cdn',
			)
		);
		$this->assertSame( 201, $chosen->get_status() );
		$this->assertSame( 'rocket-cdn', $chosen->get_data()['product'] );
	}

	public function test_activation_uses_seats_up_to_the_limit_and_a_repeat_uses_none(): void {
		[ $id, $key ] = $this->provision( 'rocket', 'cy@example.test', array( 'seats' => 2 ) );
		$path         = '/licenses/' . strtolower( (string) $key ) . '/activate';

		$first = $this->rest( 'POST', $path, array( 'instance' => 'https://one.example' ) );
		$this->assertSame( 201, $first->get_status(), wp_json_encode( $first->get_data() ) );
		$this->assertTrue( $first->get_data()['activation']['uses_seat'] );
		$again = $this->rest( 'POST', $path, array( 'instance' => 'HTTPS://ONE.example' ) );
		$this->assertSame( 200, $again->get_status(), 'the same instance again: the existing activation' );
		$this->assertSame( 1, $again->get_data()['seats_used'] );
		$this->assertSame( 201, $this->rest( 'POST', $path, array( 'instance' => 'https://two.example' ) )->get_status() );
		$this->assertRestError( 409, 'el_seat_limit_reached', $this->rest( 'POST', $path, array( 'instance' => 'https://three.example' ) ) );

		foreach ( array( 'http://localhost:8080', 'shop.test', 'https://staging.shop.example/wp' ) as $free ) {
			$activated = $this->rest( 'POST', $path, array( 'instance' => $free ) );
			$this->assertSame( 201, $activated->get_status(), "{$free} matches a brand pattern" );
			$this->assertFalse( $activated->get_data()['activation']['uses_seat'] );
		}
		$this->assertSame( 5, $this->active_rows( $id ) );

		$off = $this->rest( 'POST', '/licenses/' . $key . '/deactivate', array( 'instance' => 'https://one.example' ) );
		$this->assertSame( 200, $off->get_status() );
		$this->assertFalse( $off->get_data()['activation']['active'] );
		$this->assertSame( 1, $off->get_data()['seats_used'] );
		$this->assertRestError( 404, 'el_activation_not_found', $this->rest( 'POST', '/licenses/' . $key . '/deactivate', array( 'instance' => 'https://one.example' ) ) );
		$this->assertSame( 201, $this->rest( 'POST', $path, array( 'instance' => 'https://three.example' ) )->get_status(), 'the freed seat is usable' );
		$back = $this->rest( 'POST', $path, array( 'instance' => 'https://one.example' ) );
		$this->assertRestError( 409, 'el_seat_limit_reached', $back );

		$this->assertSame(
			array( 'license.provisioned', 'license.activated', 'license.activated', 'license.activated', 'license.activated', 'license.activated', 'license.deactivated', 'license.activated' ),
			$this->audit_actions( $id )
		);
		global $wpdb;
		$actors = $wpdb->get_col( $wpdb->prepare( "SELECT DISTINCT actor_type FROM %i WHERE action = 'license.activated'", Tables::name( Tables::AUDIT_LOG ) ) );
		$this->assertSame( array( 'license_key' ), $actors, 'public writes are attributed to the key' );
	}

	public function test_an_unknown_key_and_a_wrong_key_answer_identically(): void {
		[ , $key ] = $this->provision( 'rocket' );
		$wrong     = substr( (string) $key, 0, -1 ) . ( str_ends_with( (string) $key, 'A' ) ? 'B' : 'A' );
		$unknown   = 'ELK-ZZZZZZZZ-' . substr( (string) $key, 13 );
		$answers   = array();
		foreach ( array( $wrong, $unknown ) as $presented ) {
			$status    = $this->rest( 'GET', '/licenses/' . $presented );
			$activate  = $this->rest( 'POST', '/licenses/' . $presented . '/activate', array( 'instance' => 'x.example' ) );
			$answers[] = array( $status->get_status(), $status->get_data(), $activate->get_status(), $activate->get_data() );
		}
		$this->assertSame( 404, $answers[0][0] );
		$this->assertSame( 'el_license_not_found', $answers[0][1]['code'] );
		$this->assertSame( $answers[0], $answers[1], 'a wrong secret answers exactly like an unknown key' );
		$this->assertSame( 0, $this->count_rows( Tables::ACTIVATIONS ) );
	}

	public function test_suspend_resume_renew_cancel_and_their_audit_entries(): void {
		[ $id, $key ] = $this->provision( 'rocket', 'dee@example.test', array( 'expires_at' => '2031-01-01 00:00:00' ) );

		$this->assertSame( 'suspended', $this->rest( 'POST', "/licenses/{$id}/suspend", array( 'reason' => 'Chargeback' ) )->get_data()['status'] );
		$this->assertRestError( 409, 'el_license_not_valid', $this->rest( 'POST', '/licenses/' . $key . '/activate', array( 'instance' => 'a.example' ) ) );
		$this->assertRestError( 409, 'el_invalid_transition', $this->rest( 'POST', "/licenses/{$id}/suspend" ) );
		$this->assertSame( 'valid', $this->rest( 'POST', "/licenses/{$id}/resume" )->get_data()['status'] );

		$renewed = $this->rest( 'POST', "/licenses/{$id}/renew" )->get_data();
		$this->assertSame( '2032-01-01T00:00:00Z', $renewed['expires_at'], '365 days added to the current expiry' );
		$this->assertSame( '2035-06-30T00:00:00Z', $this->rest( 'POST', "/licenses/{$id}/renew", array( 'expires_at' => '2035-06-30T00:00:00Z' ) )->get_data()['expires_at'] );

		$this->assertSame( 'cancelled', $this->rest( 'POST', "/licenses/{$id}/cancel", array( 'reason' => 'Refunded' ) )->get_data()['status'] );
		foreach ( array( 'suspend', 'resume', 'renew', 'cancel' ) as $action ) {
			$this->assertRestError( 409, 'el_invalid_transition', $this->rest( 'POST', "/licenses/{$id}/{$action}" ) );
		}
		$this->assertSame( 'cancelled', $this->rest( 'GET', '/licenses/' . $key )->get_data()['status'] );
		$this->assertSame(
			array( 'license.provisioned', 'license.suspended', 'license.resumed', 'license.renewed', 'license.renewed', 'license.cancelled' ),
			$this->audit_actions( $id )
		);
		global $wpdb;
		$after = json_decode( (string) $wpdb->get_var( $wpdb->prepare( "SELECT after_state FROM %i WHERE action = 'license.suspended'", Tables::name( Tables::AUDIT_LOG ) ) ), true );
		$this->assertSame( 'Chargeback', $after['reason'] );
		$this->assertRestError( 404, 'el_license_not_found', $this->rest( 'POST', '/licenses/' . ( $id + 999 ) . '/suspend' ) );
	}

	public function test_the_expiry_job_expires_due_licenses_and_renewal_makes_them_valid_again(): void {
		[ $due, $key ] = $this->provision( 'rocket', 'eve@example.test' );
		[ $later ]     = $this->provision( 'rocket', 'fay@example.test' );
		$clock         = new MovableClock( time() + 366 * DAY_IN_SECONDS );
		$this->service( LicenseService::class )->renew( $later, \EntitlementLedger\Domain\Licenses\LicenseScope::all(), '2040-01-01 00:00:00' );

		$container = $this->use_clock( $clock );
		$this->assertSame( 1, $container->get( LicenseExpiry::class )->expire_due() );
		$this->assertSame( 0, $container->get( LicenseExpiry::class )->expire_due(), 'a second run changes nothing' );

		$this->assertSame( 'expired', $this->rest( 'GET', '/licenses/' . $key )->get_data()['status'] );
		$this->assertSame( array( 'license.provisioned', 'license.expired' ), $this->audit_actions( $due ) );
		global $wpdb;
		$this->assertSame( 'system', $wpdb->get_var( $wpdb->prepare( "SELECT actor_type FROM %i WHERE action = 'license.expired'", Tables::name( Tables::AUDIT_LOG ) ) ) );
		$this->assertSame( 'valid', $this->rest( 'POST', "/licenses/{$due}/renew" )->get_data()['status'] );
	}
}
