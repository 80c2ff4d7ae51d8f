<?php
/**
 * Shared fixtures of the license tests.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\Licenses;

use EntitlementLedger\Database\Tables;
use EntitlementLedger\Domain\Clock;
use EntitlementLedger\Internal\Container;
use EntitlementLedger\Internal\ServiceProvider;
use EntitlementLedger\Plugin;
use EntitlementLedger\Tests\Integration\Consistency\MovableClock;
use EntitlementLedger\Domain\Licenses\BrandService;
use EntitlementLedger\Domain\Licenses\LicenseScope;
use EntitlementLedger\Domain\Licenses\LicenseService;
use EntitlementLedger\Domain\Settings\Settings;
use EntitlementLedger\Tests\Framework\IntegrationTestCase;

/**
 * Brands, products, licenses and brand keys made through the domain services, and the
 * rate limits set in the settings the running server reads too.
 */
abstract class LicenseTestCase extends IntegrationTestCase {

	/**
	 * Settings before the test changed the limits.
	 *
	 * @var mixed
	 */
	private mixed $saved_settings = null;

	/**
	 * The container's clock before use_clock() replaced it.
	 *
	 * @var Clock|null
	 */
	private ?Clock $original_clock = null;

	/**
	 * Makes $clock the plugin's time; returns a fresh container wired with it (services
	 * built at boot keep their clock, see ConsistencyTestCase::use_clock()).
	 *
	 * @param MovableClock $clock The clock.
	 */
	protected function use_clock( MovableClock $clock ): Container {
		if ( null === $this->original_clock ) {
			$this->original_clock = Plugin::container()->get( Clock::class );
		}
		Plugin::container()->set( Clock::class, $clock );
		$container = new Container();
		( new ServiceProvider() )->register( $container );
		$container->set( Clock::class, $clock );
		return $container;
	}

	/**
	 * Restores the settings.
	 */
	protected function tearDown(): void {
		if ( null !== $this->original_clock ) {
			Plugin::container()->set( Clock::class, $this->original_clock );
			$this->original_clock = null;
		}
		if ( null !== $this->saved_settings ) {
			update_option( Settings::OPTION, $this->saved_settings );
			$this->saved_settings = null;
		}
		parent::tearDown();
	}

	/**
	 * Sets the public routes' limits per minute (for this process and the running server).
	 *
	 * @param int $per_ip  Per IP.
	 * @param int $per_key Per key.
	 */
	protected function set_rate_limits( int $per_ip, int $per_key ): void {
		if ( null === $this->saved_settings ) {
			$this->saved_settings = get_option( Settings::OPTION, array() );
		}
		$settings                           = is_array( $this->saved_settings ) ? $this->saved_settings : array();
		$settings['license_rate_limit_ip']  = $per_ip;
		$settings['license_rate_limit_key'] = $per_key;
		update_option( Settings::OPTION, $settings );
	}

	/**
	 * A brand with one product.
	 *
	 * @param string       $slug     Brand slug.
	 * @param list<string> $patterns Free instance patterns.
	 * @param int          $seats    The product's default seats.
	 * @param int|null     $days     The product's validity.
	 */
	protected function make_brand( string $slug, array $patterns = array(), int $seats = 3, ?int $days = 365 ): void {
		$brands = $this->service( BrandService::class );
		$brands->create_brand(
			array(
				'slug'              => $slug,
				'name'              => ucfirst( $slug ),
				'instance_patterns' => $patterns,
			)
		);
		$brands->create_product(
			$slug,
			array(
				'slug'          => $slug . '-pro',
				'name'          => ucfirst( $slug ) . ' Pro',
				'seats'         => $seats,
				'validity_days' => $days,
			)
		);
	}

	/**
	 * Provisions a license; returns [license id, full key or null].
	 *
	 * @param string               $brand Brand slug.
	 * @param string               $email Customer.
	 * @param array<string, mixed> $extra Other fields.
	 * @return array{0: int, 1: string|null}
	 */
	protected function provision( string $brand, string $email = 'buyer@example.test', array $extra = array() ): array {
		$result = $this->service( LicenseService::class )->provision(
			$extra + array(
				'brand'          => $brand,
				'product'        => $brand . '-pro',
				'customer_email' => $email,
			),
			LicenseScope::all()
		);
		return array( $result['license']->id, $result['key'] );
	}

	/**
	 * A new API key of a brand (the full secret).
	 *
	 * @param string $brand Brand slug.
	 */
	protected function brand_key( string $brand ): string {
		return $this->service( BrandService::class )->create_key( $brand, 'Tests' )['secret'];
	}

	/**
	 * Active activations of a license.
	 *
	 * @param int $license_id License.
	 */
	protected function active_rows( int $license_id ): int {
		global $wpdb;
		return (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i WHERE license_id = %d AND deactivated_at IS NULL', Tables::name( Tables::ACTIVATIONS ), $license_id ) );
	}

	/**
	 * Audit actions recorded for a license, oldest first.
	 *
	 * @param int $license_id License.
	 * @return list<string>
	 */
	protected function audit_actions( int $license_id ): array {
		global $wpdb;
		return array_values( $wpdb->get_col( $wpdb->prepare( "SELECT action FROM %i WHERE object_type = 'license' AND object_id = %d ORDER BY id ASC", Tables::name( Tables::AUDIT_LOG ), $license_id ) ) );
	}
}
