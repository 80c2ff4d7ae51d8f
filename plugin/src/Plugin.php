<?php
/**
 * Plugin entry points: activation and boot.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger;

use EntitlementLedger\Database\Installer;
use EntitlementLedger\Infrastructure\Registerable;
use EntitlementLedger\Internal\Container;
use EntitlementLedger\Internal\ServiceProvider;

/**
 * Wires the container and registers every service that is needed on this request.
 */
final class Plugin {

	private static ?Container $container = null;

	/**
	 * The container, built on first use. Tests and WP-CLI read services from it.
	 */
	public static function container(): Container {
		if ( null === self::$container ) {
			self::$container = new Container();
			( new ServiceProvider() )->register( self::$container );
		}
		return self::$container;
	}

	/**
	 * Activation: tables, capabilities and the Circulation Manager role.
	 */
	public static function activate(): void {
		self::container()->get( Installer::class )->install();
	}

	/**
	 * Runs on plugins_loaded: upgrades the schema when its version changed, then registers services.
	 */
	public static function boot(): void {
		$container = self::container();
		$container->get( Installer::class )->maybe_upgrade();

		load_plugin_textdomain( 'entitlement-ledger', false, dirname( plugin_basename( ENTITLEMENT_LEDGER_FILE ) ) . '/languages' );

		foreach ( ServiceProvider::REGISTERABLE as $service_id ) {
			$service = $container->get( $service_id );
			if ( $service instanceof Registerable && $service->is_needed() ) {
				$service->register();
			}
		}
	}
}
