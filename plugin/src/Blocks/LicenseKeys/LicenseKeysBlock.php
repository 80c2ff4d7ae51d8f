<?php
/**
 * The entitlement-ledger/license-keys block's data.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Blocks\LicenseKeys;

use EntitlementLedger\Domain\Licenses\CustomerLicenses;
use EntitlementLedger\Plugin;

/**
 * What render.php prints for the current visitor.
 *
 * @phpstan-import-type LicenseView from CustomerLicenses
 * @phpstan-type Context array{logged_in: bool, login_url: string, rest_url: string, rest_nonce: string, licenses: list<LicenseView>}
 */
class LicenseKeysBlock {

	public const NAME = 'entitlement-ledger/license-keys';

	/**
	 * Constructor.
	 *
	 * @param CustomerLicenses $licenses The customer's licenses.
	 */
	public function __construct( private CustomerLicenses $licenses ) {
	}

	/**
	 * The block from the plugin's container (render.php runs outside it).
	 */
	public static function instance(): self {
		return Plugin::container()->get( self::class );
	}

	/**
	 * The render context.
	 *
	 * @return Context
	 */
	public function context(): array {
		$user_id = get_current_user_id();
		return array(
			'logged_in'  => $user_id > 0,
			'login_url'  => wp_login_url( home_url( add_query_arg( array() ) ) ),
			'rest_url'   => esc_url_raw( rest_url( 'entitlement-ledger/v1/me/' ) ),
			'rest_nonce' => $user_id > 0 ? wp_create_nonce( 'wp_rest' ) : '',
			'licenses'   => $this->licenses->for_user( $user_id ),
		);
	}

	/**
	 * The block as a string (the My Account endpoint).
	 */
	public static function render(): string {
		return render_block(
			array(
				'blockName'    => self::NAME,
				'attrs'        => array(),
				'innerBlocks'  => array(),
				'innerHTML'    => '',
				'innerContent' => array(),
			)
		);
	}
}
