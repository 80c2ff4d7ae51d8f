<?php
/**
 * Removes all plugin data. Only uninstall.php calls this, and only after the owner opted in.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Database;

use EntitlementLedger\Domain\Access\Capabilities;

/**
 * Drops tables, options, capabilities and the role.
 */
final class Uninstaller {

	/**
	 * Deletes everything the plugin created.
	 */
	public static function remove_everything(): void {
		global $wpdb;
		foreach ( array_reverse( Tables::ALL ) as $table ) {
			$name = Tables::name( $table );
			$wpdb->query( "DROP TABLE IF EXISTS `{$name}`" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared,WordPress.DB.DirectDatabaseQuery.SchemaChange -- table names are constants.
		}
		delete_option( Installer::VERSION_OPTION );
		delete_option( 'entitlement_ledger_settings' );
		delete_option( \EntitlementLedger\Domain\Licenses\SecretKeys::SECRET_OPTION );
		( new Capabilities() )->uninstall();
	}
}
