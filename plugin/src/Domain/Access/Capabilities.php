<?php
/**
 * Capabilities and the Circulation Manager role.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain\Access;

/**
 * The plugin's capabilities. Administrators and shop managers get them all;
 * the Circulation Manager role gets the circulation and report capabilities.
 */
final class Capabilities {

	public const MANAGE_ENTITLEMENTS = 'el_manage_entitlements';
	public const VIEW_REPORTS        = 'el_view_reports';
	public const MANAGE_LICENSES     = 'el_manage_licenses';
	public const MANAGE_SETTINGS     = 'el_manage_settings';

	public const ROLE_CIRCULATION_MANAGER = 'el_circulation_manager';

	public const ALL = array(
		self::MANAGE_ENTITLEMENTS,
		self::VIEW_REPORTS,
		self::MANAGE_LICENSES,
		self::MANAGE_SETTINGS,
	);

	/**
	 * Roles that receive every capability.
	 */
	private const FULL_ACCESS_ROLES = array( 'administrator', 'shop_manager' );

	/**
	 * Adds the role and grants capabilities. Safe to run repeatedly.
	 */
	public function install(): void {
		$circulation_caps = array(
			'read'                    => true,
			self::MANAGE_ENTITLEMENTS => true,
			self::VIEW_REPORTS        => true,
		);
		$role             = get_role( self::ROLE_CIRCULATION_MANAGER );
		if ( null === $role ) {
			add_role( self::ROLE_CIRCULATION_MANAGER, __( 'Circulation Manager', 'entitlement-ledger' ), $circulation_caps );
		} else {
			foreach ( array_keys( $circulation_caps ) as $cap ) {
				$role->add_cap( $cap );
			}
		}
		foreach ( self::FULL_ACCESS_ROLES as $role_name ) {
			$role = get_role( $role_name );
			if ( null !== $role ) {
				foreach ( self::ALL as $cap ) {
					$role->add_cap( $cap );
				}
			}
		}
	}

	/**
	 * Removes the role and the capabilities from every role.
	 */
	public function uninstall(): void {
		remove_role( self::ROLE_CIRCULATION_MANAGER );
		foreach ( wp_roles()->role_objects as $role ) {
			foreach ( self::ALL as $cap ) {
				$role->remove_cap( $cap );
			}
		}
	}
}
