<?php
/**
 * Plugin settings.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain\Settings;

/**
 * Reads the settings option with defaults.
 */
class Settings {

	public const OPTION = 'entitlement_ledger_settings';

	public const BREAKAGE_ON_EXPIRY = 'on_expiry';
	public const BREAKAGE_NONE      = 'none';

	private const DEFAULTS = array(
		'default_deferred_mode'    => 'percent',
		'default_deferred_value'   => '20',
		'expiry_months'            => 24,
		'breakage_policy'          => self::BREAKAGE_ON_EXPIRY,
		'account_menu_label'       => 'Premium gifts',
		'delete_data_on_uninstall' => false,
		// Requests per minute on the public license routes (activate, deactivate, status).
		'license_rate_limit_ip'    => 120,
		'license_rate_limit_key'   => 60,
	);

	/**
	 * All settings.
	 *
	 * @return array<string, mixed>
	 */
	public function all(): array {
		$stored = get_option( self::OPTION, array() );
		return array_merge( self::DEFAULTS, is_array( $stored ) ? array_intersect_key( $stored, self::DEFAULTS ) : array() );
	}

	/**
	 * One setting.
	 *
	 * @param string $key Key.
	 */
	public function get( string $key ): mixed {
		return $this->all()[ $key ] ?? null;
	}

	/**
	 * Months until a new entitlement expires (0 = never).
	 */
	public function expiry_months(): int {
		return max( 0, (int) $this->get( 'expiry_months' ) );
	}

	/**
	 * Whether expiry recognises breakage income.
	 */
	public function recognises_breakage(): bool {
		return self::BREAKAGE_ON_EXPIRY === $this->get( 'breakage_policy' );
	}
}
