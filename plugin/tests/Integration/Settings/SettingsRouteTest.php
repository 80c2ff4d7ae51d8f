<?php
/**
 * GET|POST /settings.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\Settings;

use EntitlementLedger\Database\Tables;
use EntitlementLedger\Domain\Settings\Settings;
use EntitlementLedger\Domain\Settings\SettingsService;
use EntitlementLedger\Tests\Framework\IntegrationTestCase;
use PHPUnit\Framework\Attributes\DataProvider;

/**
 * Reads and partial changes of the settings, validated as a whole, audited, and only for
 * users who may manage settings.
 */
final class SettingsRouteTest extends IntegrationTestCase {

	/**
	 * The stored option before the test.
	 *
	 * @var mixed
	 */
	private mixed $option_before;

	/**
	 * Starts from the defaults as an administrator.
	 */
	protected function setUp(): void {
		parent::setUp();
		$this->option_before = get_option( Settings::OPTION, null );
		delete_option( Settings::OPTION );
		wp_set_current_user( $this->make_user( 'administrator' ) );
	}

	/**
	 * Restores the option.
	 */
	protected function tearDown(): void {
		if ( null === $this->option_before ) {
			delete_option( Settings::OPTION );
		} else {
			update_option( Settings::OPTION, $this->option_before );
		}
		parent::tearDown();
	}

	public function test_get_answers_every_setting_with_its_default_and_the_store_currency(): void {
		$response = $this->rest( 'GET', '/settings' );

		$this->assertSame( 200, $response->get_status() );
		$this->assertSame(
			array(
				'default_deferred_mode'    => 'percent',
				'default_deferred_value'   => '20',
				'expiry_months'            => 24,
				'breakage_policy'          => 'on_expiry',
				'account_menu_label'       => 'Premium gifts',
				'delete_data_on_uninstall' => false,
				'store_currency'           => get_woocommerce_currency(),
			),
			$response->get_data()
		);
	}

	public function test_post_changes_only_the_given_fields_stores_them_and_audits_the_difference(): void {
		$response = $this->rest(
			'POST',
			'/settings',
			array(
				'expiry_months'      => 12,
				'account_menu_label' => '  My <b>gifts</b> ',
				'breakage_policy'    => 'none',
			)
		);

		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$data = $response->get_data();
		$this->assertSame( 12, $data['expiry_months'] );
		$this->assertSame( 'My gifts', $data['account_menu_label'], 'plain text' );
		$this->assertSame( 'none', $data['breakage_policy'] );
		$this->assertSame( '20', $data['default_deferred_value'], 'untouched' );

		$settings = $this->service( Settings::class );
		$this->assertSame( 12, $settings->expiry_months() );
		$this->assertFalse( $settings->recognises_breakage() );
		$this->assertSame( $data, $this->rest( 'GET', '/settings' )->get_data() );

		$audit = $this->audit_rows();
		$this->assertCount( 1, $audit );
		$this->assertSame( 'settings.updated', $audit[0]['action'] );
		$this->assertSame( 'settings', $audit[0]['object_type'] );
		$this->assertSame(
			array(
				'expiry_months'      => 24,
				'breakage_policy'    => 'on_expiry',
				'account_menu_label' => 'Premium gifts',
			),
			json_decode( (string) $audit[0]['before_state'], true )
		);
		$this->assertSame(
			array(
				'expiry_months'      => 12,
				'breakage_policy'    => 'none',
				'account_menu_label' => 'My gifts',
			),
			json_decode( (string) $audit[0]['after_state'], true )
		);

		$same = $this->rest( 'POST', '/settings', array( 'expiry_months' => 12 ) );
		$this->assertSame( 200, $same->get_status() );
		$this->assertCount( 1, $this->audit_rows(), 'no change, no audit row' );
	}

	public function test_a_fixed_default_amount_is_checked_against_the_store_currency(): void {
		$fixed = $this->rest(
			'POST',
			'/settings',
			array(
				'default_deferred_mode'  => 'fixed',
				'default_deferred_value' => '12.50',
			)
		);
		$this->assertSame( 200, $fixed->get_status(), (string) wp_json_encode( $fixed->get_data() ) );
		$this->assertSame( 'fixed', $this->service( Settings::class )->get( 'default_deferred_mode' ) );

		$this->assertRestError( 400, 'el_invalid_deferred_value', $this->rest( 'POST', '/settings', array( 'default_deferred_value' => '0' ) ) );
		$this->assertRestError( 400, 'el_invalid_deferred_value', $this->rest( 'POST', '/settings', array( 'default_deferred_value' => '1.505' ) ) );
		$this->assertSame( 200, $this->rest( 'POST', '/settings', array( 'default_deferred_value' => '150.00' ) )->get_status(), 'any amount above zero' );
		// The rule is checked as a whole: 150 is a fine amount but no percent.
		$this->assertRestError( 400, 'el_invalid_deferred_value', $this->rest( 'POST', '/settings', array( 'default_deferred_mode' => 'percent' ) ) );
		$this->assertSame( 'fixed', $this->service( Settings::class )->get( 'default_deferred_mode' ) );
	}

	/**
	 * Invalid values: each is refused with a 400 el_* code and changes nothing.
	 *
	 * @return array<string, array{0: array<string, mixed>, 1: string}>
	 */
	public static function invalid_changes(): array {
		return array(
			'an unknown mode'               => array( array( 'default_deferred_mode' => 'share' ), 'el_invalid_param' ),
			'a percent over 100'            => array( array( 'default_deferred_value' => '100.01' ), 'el_invalid_deferred_value' ),
			'a percent with three decimals' => array( array( 'default_deferred_value' => '12.125' ), 'el_invalid_deferred_value' ),
			'a negative percent'            => array( array( 'default_deferred_value' => '-5' ), 'el_invalid_param' ),
			'a number, not a string'        => array( array( 'default_deferred_value' => 20 ), 'el_invalid_param' ),
			'expiry below 0'                => array( array( 'expiry_months' => -1 ), 'el_invalid_param' ),
			'expiry over 600'               => array( array( 'expiry_months' => 601 ), 'el_invalid_param' ),
			'expiry as a fraction'          => array( array( 'expiry_months' => 1.5 ), 'el_invalid_param' ),
			'an unknown breakage policy'    => array( array( 'breakage_policy' => 'later' ), 'el_invalid_param' ),
			'an empty label'                => array( array( 'account_menu_label' => '' ), 'el_invalid_param' ),
			'a label of only markup'        => array( array( 'account_menu_label' => '<script>alert(1)</script>' ), 'el_invalid_label' ),
			'a label of 61 characters'      => array( array( 'account_menu_label' => str_repeat( 'a', 61 ) ), 'el_invalid_param' ),
			'uninstall as a word'           => array( array( 'delete_data_on_uninstall' => 'yes please' ), 'el_invalid_param' ),
			'one good and one bad value'    => array(
				array(
					'expiry_months'   => 6,
					'breakage_policy' => 'later',
				),
				'el_invalid_param',
			),
		);
	}

	/**
	 * One invalid change.
	 *
	 * @param array<string, mixed> $body Body.
	 * @param string               $code Expected code.
	 */
	#[DataProvider( 'invalid_changes' )]
	public function test_invalid_values_are_refused_and_change_nothing( array $body, string $code ): void {
		$before = $this->rest( 'GET', '/settings' )->get_data();

		$this->assertRestError( 400, $code, $this->rest( 'POST', '/settings', $body ) );

		$this->assertSame( $before, $this->rest( 'GET', '/settings' )->get_data() );
		$this->assertFalse( get_option( Settings::OPTION ), 'nothing stored' );
		$this->assertSame( 0, $this->count_rows( Tables::AUDIT_LOG ) );
	}

	public function test_the_route_writes_exactly_the_settings_its_schema_declares(): void {
		$schema   = rest_get_server()->get_route_options( '/entitlement-ledger/v1/settings' )['schema'] ?? null;
		$writable = array();
		foreach ( ( is_callable( $schema ) ? $schema() : array() )['properties'] ?? array() as $name => $property ) {
			if ( empty( $property['readonly'] ) ) {
				$writable[] = $name;
			}
		}
		// Other features' settings (stored in the same option) need their own validation.
		$this->assertSame( SettingsService::EDITABLE, $writable );
		$this->assertSame( array(), array_diff( SettingsService::EDITABLE, array_keys( $this->service( Settings::class )->all() ) ), 'every editable setting has a default' );
	}

	public function test_read_only_and_unknown_fields_are_ignored(): void {
		$response = $this->rest(
			'POST',
			'/settings',
			array(
				'store_currency' => 'JPY',
				'not_a_setting'  => 'x',
			)
		);
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( get_woocommerce_currency(), $response->get_data()['store_currency'] );
		$this->assertFalse( get_option( Settings::OPTION ), 'nothing stored' );
	}

	public function test_only_users_who_manage_settings_may_read_or_change_them(): void {
		wp_set_current_user( 0 );
		$this->assertRestError( 401, 'el_forbidden', $this->rest( 'GET', '/settings' ) );
		$this->act_as_circulation_manager();
		$this->assertRestError( 403, 'el_forbidden', $this->rest( 'GET', '/settings' ) );
		$this->assertRestError( 403, 'el_forbidden', $this->rest( 'POST', '/settings', array( 'expiry_months' => 1 ) ) );
		$this->assertFalse( get_option( Settings::OPTION ) );
		wp_set_current_user( $this->make_user( 'shop_manager' ) );
		$this->assertSame( 200, $this->rest( 'POST', '/settings', array( 'expiry_months' => 1 ) )->get_status() );
	}

	/**
	 * The audit rows, oldest first.
	 *
	 * @return list<array<string, mixed>>
	 */
	private function audit_rows(): array {
		global $wpdb;
		return $wpdb->get_results( $wpdb->prepare( 'SELECT * FROM %i ORDER BY id', Tables::name( Tables::AUDIT_LOG ) ), ARRAY_A );
	}
}
