<?php
/**
 * Creates and upgrades the schema, capabilities and roles.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Database;

use EntitlementLedger\Domain\Access\Capabilities;

/**
 * Runs dbDelta only when the stored schema version differs from Schema::VERSION.
 */
final class Installer {

	public const VERSION_OPTION = 'entitlement_ledger_schema_version';

	/**
	 * Data migrations keyed by the schema version that introduces them.
	 *
	 * @var array<int, callable(): void>
	 */
	private array $migrations;

	/**
	 * Constructor.
	 *
	 * @param Capabilities                 $capabilities Role and capability setup.
	 * @param array<int, callable(): void> $migrations   Data migrations by version.
	 */
	public function __construct( private Capabilities $capabilities, array $migrations = array() ) {
		$this->migrations = $migrations;
	}

	/**
	 * Full install, on activation.
	 */
	public function install(): void {
		$this->upgrade_from( (int) get_option( self::VERSION_OPTION, 0 ) );
	}

	/**
	 * Cheap check on every request: one autoloaded option read.
	 */
	public function maybe_upgrade(): void {
		$installed = (int) get_option( self::VERSION_OPTION, 0 );
		if ( Schema::VERSION !== $installed ) {
			$this->upgrade_from( $installed );
		}
	}

	/**
	 * Applies the schema and the migrations newer than $installed.
	 *
	 * @param int $installed Schema version found in the database.
	 */
	private function upgrade_from( int $installed ): void {
		require_once ABSPATH . 'wp-admin/includes/upgrade.php'; // @phpstan-ignore requireOnce.fileNotFound
		foreach ( Schema::statements() as $statement ) {
			dbDelta( $statement );
		}
		ksort( $this->migrations );
		foreach ( $this->migrations as $version => $migration ) {
			if ( $version > $installed && $version <= Schema::VERSION ) {
				$migration();
			}
		}
		$this->capabilities->install();
		update_option( self::VERSION_OPTION, Schema::VERSION, true );
	}
}
