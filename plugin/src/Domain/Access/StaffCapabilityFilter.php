<?php
/**
 * Grants the plugin's capabilities to store staff at check time.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain\Access;

use EntitlementLedger\Infrastructure\Registerable;

/**
 * Administrators and shop managers always hold every el_* capability. Granting them when
 * capabilities are checked (not only in the stored roles) survives WooCommerce's "Reset
 * roles" tool and reinstalls, which recreate the shop_manager role without our caps.
 */
final class StaffCapabilityFilter implements Registerable {

	/**
	 * Capabilities that identify full store staff.
	 */
	private const STAFF_CAPABILITIES = array( 'manage_options', 'manage_woocommerce' );

	/**
	 * Always needed: any request may check capabilities.
	 */
	public function is_needed(): bool {
		return true;
	}

	/**
	 * Hooks the filter.
	 */
	public function register(): void {
		add_filter( 'user_has_cap', array( $this, 'handle_user_has_cap' ), 10, 1 );
	}

	/**
	 * Adds the plugin's capabilities to staff.
	 *
	 * @param array<string, bool> $allcaps The user's capabilities.
	 * @return array<string, bool>
	 */
	public function handle_user_has_cap( array $allcaps ): array {
		foreach ( self::STAFF_CAPABILITIES as $staff_capability ) {
			if ( ! empty( $allcaps[ $staff_capability ] ) ) {
				return array_merge( $allcaps, array_fill_keys( Capabilities::ALL, true ) );
			}
		}
		return $allcaps;
	}
}
