<?php
/**
 * Removes the plugin's data, but only when the site owner opted in
 * (Settings → "Delete all data when the plugin is uninstalled").
 * Deactivation never deletes anything.
 *
 * @package EntitlementLedger
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

$entitlement_ledger_settings = get_option( 'entitlement_ledger_settings', array() );
if ( ! is_array( $entitlement_ledger_settings ) || empty( $entitlement_ledger_settings['delete_data_on_uninstall'] ) ) {
	return;
}

require_once __DIR__ . '/vendor/autoload.php';

\EntitlementLedger\Database\Uninstaller::remove_everything();
