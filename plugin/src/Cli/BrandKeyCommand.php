<?php
/**
 * WP-CLI command: wp entitlement-ledger brand-key revoke.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Cli;

use EntitlementLedger\Domain\DomainError;
use EntitlementLedger\Domain\Licenses\BrandService;
use WP_CLI;

/**
 * Revokes brand API keys (for an operator who must cut off a leaked key at once).
 */
final class BrandKeyCommand {

	/**
	 * Constructor.
	 *
	 * @param BrandService $brands Brand keys.
	 */
	public function __construct( private BrandService $brands ) {
	}

	/**
	 * Revokes a brand API key; it stops working at once.
	 *
	 * ## OPTIONS
	 *
	 * <id>
	 * : Key id (GET /brands/{slug}/keys lists them).
	 *
	 * @param list<string> $args Positional arguments.
	 */
	public function revoke( array $args ): void {
		LicenseCommand::run(
			function () use ( $args ): void {
				$id = $args[0] ?? '';
				if ( 1 !== preg_match( '/^\d{1,18}$/D', $id ) ) {
					throw DomainError::invalid( 'el_invalid_argument', 'id must be a positive whole number.', 'id' );
				}
				$key = $this->brands->revoke_key( null, (int) $id );
				WP_CLI::success( sprintf( 'Revoked key #%d (elb_%s…) of brand #%d.', $key->id, $key->lookup, $key->brand_id ) );
			}
		);
	}
}
