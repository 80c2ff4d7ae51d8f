<?php
/**
 * WP-CLI commands: wp entitlement-ledger license …, wp entitlement-ledger brand-key ….
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Cli;

use EntitlementLedger\Domain\Clock;
use EntitlementLedger\Domain\DomainError;
use EntitlementLedger\Domain\Licenses\ActivationService;
use EntitlementLedger\Domain\Licenses\License;
use EntitlementLedger\Domain\Licenses\LicenseScope;
use EntitlementLedger\Domain\Licenses\LicenseService;
use EntitlementLedger\RestApi\Dates;
use WP_CLI;
use WP_CLI\Utils;

/**
 * Provisions licenses, shows a key's status and frees an instance's seat. Every write goes
 * through the domain services (transactional, audited with actor "cli").
 */
final class LicenseCommand {

	/**
	 * Constructor.
	 *
	 * @param LicenseService    $licenses    Provisioning.
	 * @param ActivationService $activations Keys and activations.
	 * @param Clock             $clock       Time.
	 */
	public function __construct( private LicenseService $licenses, private ActivationService $activations, private Clock $clock ) {
	}

	/**
	 * Provisions a license and prints its key (shown once; a customer's existing key of the brand is reused).
	 *
	 * ## OPTIONS
	 *
	 * --brand=<slug>
	 * : Brand slug.
	 *
	 * --product=<slug>
	 * : Licensed product slug.
	 *
	 * --email=<email>
	 * : Customer email.
	 *
	 * [--seats=<n>]
	 * : Seats (default: the product's).
	 *
	 * [--expires=<date>]
	 * : Expiry, RFC 3339 (default: the product's validity).
	 *
	 * ## EXAMPLES
	 *
	 *     wp entitlement-ledger license provision --brand=rocket --product=rocket-pro --email=jane@example.com --seats=3
	 *
	 * @param list<string>          $args       Positional arguments.
	 * @param array<string, string> $assoc_args Options.
	 */
	public function provision( array $args, array $assoc_args ): void {
		unset( $args );
		self::run(
			function () use ( $assoc_args ): void {
				$data = array(
					'brand'          => $assoc_args['brand'] ?? '',
					'product'        => $assoc_args['product'] ?? '',
					'customer_email' => $assoc_args['email'] ?? '',
				);
				if ( isset( $assoc_args['seats'] ) ) {
					if ( 1 !== preg_match( '/^\d{1,6}$/D', $assoc_args['seats'] ) ) {
						throw DomainError::invalid( 'el_invalid_seats', 'seats must be a whole number between 1 and 100000.', 'seats' );
					}
					$data['seats'] = (int) $assoc_args['seats'];
				}
				if ( isset( $assoc_args['expires'] ) ) {
					$data['expires_at'] = Dates::from_api( $assoc_args['expires'], 'expires' );
				}
				$result = $this->licenses->provision( $data, LicenseScope::all() );
				WP_CLI::success( sprintf( 'License #%d provisioned (%s, %d seats, expires %s).', $result['license']->id, $result['license']->product_slug, $result['license']->seats, $result['license']->expires_at ?? 'never' ) );
				WP_CLI::line( null === $result['key'] ? sprintf( 'Added to the customer\'s existing key ELK-%s-…', $result['license']->key_lookup ) : 'Key (shown once): ' . $result['key'] );
			}
		);
	}

	/**
	 * Shows the licenses a key unlocks.
	 *
	 * ## OPTIONS
	 *
	 * <key>
	 * : License key.
	 *
	 * [--format=<format>]
	 * : Output format.
	 * ---
	 * default: table
	 * options:
	 *   - table
	 *   - json
	 *   - csv
	 * ---
	 *
	 * @param list<string>          $args       Positional arguments.
	 * @param array<string, string> $assoc_args Options.
	 */
	public function status( array $args, array $assoc_args ): void {
		self::run(
			function () use ( $args, $assoc_args ): void {
				$status = $this->activations->status( $this->activations->resolve_key( $args[0] ?? '' ) );
				$now    = $this->clock->now();
				$rows   = array_map(
					static fn( License $license ): array => array(
						'id'         => $license->id,
						'brand'      => $license->brand_slug,
						'product'    => $license->product_slug,
						'status'     => $license->effective_status( $now )->value,
						'seats'      => $license->seats,
						'seats_used' => $status['seats_used'][ $license->id ] ?? 0,
						'expires_at' => $license->expires_at ?? '',
					),
					$status['licenses']
				);
				Utils\format_items( $assoc_args['format'] ?? 'table', $rows, array( 'id', 'brand', 'product', 'status', 'seats', 'seats_used', 'expires_at' ) );
			}
		);
	}

	/**
	 * Deactivates an instance, freeing its seat.
	 *
	 * ## OPTIONS
	 *
	 * <key>
	 * : License key.
	 *
	 * <instance>
	 * : The instance (URL, host or machine id).
	 *
	 * [--product=<slug>]
	 * : The product, when the key unlocks several.
	 *
	 * @param list<string>          $args       Positional arguments.
	 * @param array<string, string> $assoc_args Options.
	 */
	public function deactivate( array $args, array $assoc_args ): void {
		self::run(
			function () use ( $args, $assoc_args ): void {
				$result = $this->activations->deactivate( $this->activations->resolve_key( $args[0] ?? '' ), $args[1] ?? '', $assoc_args['product'] ?? null );
				WP_CLI::success( sprintf( 'Deactivated %s on license #%d.', $result['activation']->instance, $result['license']->id ) );
			}
		);
	}

	/**
	 * Runs a command body, printing domain errors.
	 *
	 * @param callable(): void $work Work.
	 */
	public static function run( callable $work ): void {
		try {
			$work();
		} catch ( DomainError $error ) {
			WP_CLI::error( sprintf( '%s: %s', $error->error_code, $error->getMessage() ) );
		}
	}
}
