<?php
/**
 * Registers the WP-CLI commands.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Cli;

use EntitlementLedger\Infrastructure\Registerable;
use EntitlementLedger\Internal\Container;
use WP_CLI;

/**
 * Adds `wp entitlement-ledger` when running under WP-CLI.
 */
final class CliCommands implements Registerable {

	/**
	 * Constructor.
	 *
	 * @param Container $container The container.
	 */
	public function __construct( private Container $container ) {
	}

	/**
	 * Only under WP-CLI.
	 */
	public function is_needed(): bool {
		return defined( 'WP_CLI' ) && WP_CLI;
	}

	/**
	 * Adds the command.
	 */
	public function register(): void {
		WP_CLI::add_command( 'entitlement-ledger', $this->container->get( EntitlementCommand::class ) );
		WP_CLI::add_command( 'entitlement-ledger license', $this->container->get( LicenseCommand::class ) );
		WP_CLI::add_command( 'entitlement-ledger brand-key', $this->container->get( BrandKeyCommand::class ) );
	}
}
