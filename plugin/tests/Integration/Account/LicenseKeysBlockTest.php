<?php
/**
 * The entitlement-ledger/license-keys block, /me/licenses and My Account → License keys.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\Account;

use EntitlementLedger\Blocks\LicenseKeys\LicenseKeysBlock;
use EntitlementLedger\Domain\Licenses\ActivationService;
use EntitlementLedger\Domain\Licenses\BrandService;
use EntitlementLedger\Domain\Licenses\LicenseScope;
use EntitlementLedger\Domain\Licenses\LicenseService;
use EntitlementLedger\WooCommerce\AccountLicensesEndpoint;

/**
 * A customer sees their own licenses (never the full key, never others'), with seats and
 * active instances, and can free a seat.
 */
final class LicenseKeysBlockTest extends AccountTestCase {

	/**
	 * A license of the customer with two active instances (one on a free pattern).
	 *
	 * @param int $customer Customer.
	 */
	private function license_of( int $customer ): int {
		$brands = $this->service( BrandService::class );
		$brands->create_brand(
			array(
				'slug'              => 'acme',
				'name'              => 'Acme',
				'instance_patterns' => array( 'localhost' ),
			)
		);
		$brands->create_product(
			'acme',
			array(
				'slug'  => 'acme-pro',
				'name'  => 'Acme Pro',
				'seats' => 3,
			)
		);
		$user        = get_userdata( $customer );
		$result      = $this->service( LicenseService::class )->provision(
			array(
				'brand'          => 'acme',
				'product'        => 'acme-pro',
				'customer_email' => $user->user_email,
			),
			LicenseScope::all()
		);
		$activations = $this->service( ActivationService::class );
		$key_id      = $activations->resolve_key( (string) $result['key'] );
		$activations->activate( $key_id, 'https://shop.example' );
		$activations->activate( $key_id, 'http://localhost' );
		return $result['license']->id;
	}

	public function test_the_block_lists_the_customers_licenses_and_instances(): void {
		$customer = $this->make_customer();
		$license  = $this->license_of( $customer );
		wp_set_current_user( $customer );

		$html = LicenseKeysBlock::render();

		$this->assertStringContainsString( 'Acme Pro', $html );
		$this->assertStringContainsString( 'data-el-license="' . $license . '"', $html );
		$this->assertStringContainsString( '<span data-el-seats-used>1</span> of 3', $html, 'the localhost instance uses no seat' );
		$this->assertStringContainsString( 'data-el-instance="https://shop.example"', $html );
		$this->assertSame( 2, substr_count( $html, 'data-el-deactivate' ) );
		$this->assertMatchesRegularExpression( '/ELK-[0-9A-Z]{8}-…/', $html, 'only the key prefix' );
		$this->assertDoesNotMatchRegularExpression( '/ELK-[0-9A-Z]{8}-[0-9A-Z]{7}/', $html, 'never the full key' );

		wp_set_current_user( $this->make_customer( 'Bo' ) );
		$other = LicenseKeysBlock::render();
		$this->assertStringContainsString( 'You have no license keys yet.', $other );
		$this->assertStringNotContainsString( 'Acme Pro', $other );

		wp_set_current_user( 0 );
		$this->assertStringContainsString( 'to see your license keys', LicenseKeysBlock::render() );
	}

	public function test_a_customer_frees_a_seat_of_their_own_license_only(): void {
		$customer = $this->make_customer();
		$license  = $this->license_of( $customer );

		wp_set_current_user( $this->make_customer( 'Bo' ) );
		$this->assertRestError( 404, 'el_license_not_found', $this->rest( 'POST', "/me/licenses/{$license}/deactivate", array( 'instance' => 'https://shop.example' ) ) );
		$this->assertSame( array(), $this->rest( 'GET', '/me/licenses' )->get_data() );

		wp_set_current_user( $customer );
		$mine = $this->rest( 'GET', '/me/licenses' )->get_data();
		$this->assertSame( array( $license ), array_column( $mine, 'id' ) );
		$this->assertSame( 1, $mine[0]['seats_used'] );
		$this->assertArrayNotHasKey( 'customer_email', $mine[0] );

		$freed = $this->rest( 'POST', "/me/licenses/{$license}/deactivate", array( 'instance' => 'https://shop.example' ) );
		$this->assertSame( 200, $freed->get_status(), wp_json_encode( $freed->get_data() ) );
		$this->assertSame( 0, $freed->get_data()['seats_used'] );
		$this->assertSame( array( 'http://localhost' ), array_column( $freed->get_data()['instances'], 'instance' ) );
		$this->assertRestError( 404, 'el_activation_not_found', $this->rest( 'POST', "/me/licenses/{$license}/deactivate", array( 'instance' => 'https://shop.example' ) ) );
	}

	public function test_my_account_has_a_license_keys_endpoint(): void {
		$endpoint = $this->service( AccountLicensesEndpoint::class );
		$menu     = $endpoint->handle_woocommerce_account_menu_items(
			array(
				'dashboard'       => 'Dashboard',
				'customer-logout' => 'Log out',
			)
		);
		$this->assertSame( array( 'dashboard', 'license-keys', 'customer-logout' ), array_keys( $menu ) );
		$customer = $this->make_customer();
		$this->license_of( $customer );
		wp_set_current_user( $customer );
		ob_start();
		$endpoint->handle_account_endpoint();
		$this->assertStringContainsString( 'Acme Pro', (string) ob_get_clean() );
	}
}
