<?php
/**
 * Registers every REST controller.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\RestApi;

use EntitlementLedger\Infrastructure\Registerable;
use EntitlementLedger\Internal\Container;
use EntitlementLedger\RestApi\Controllers;

/**
 * Builds the controllers only when the REST API initialises.
 */
final class Routes implements Registerable {

	public const CONTROLLERS = array(
		Controllers\EntitlementsController::class,
		Controllers\EntitlementsBatchController::class,
		Controllers\EntitlementActionsController::class,
		Controllers\GiftsController::class,
		Controllers\LedgerController::class,
		Controllers\ReportsController::class,
		Controllers\ProductsController::class,
		Controllers\SettingsController::class,
		Controllers\AuditController::class,
		Controllers\MeController::class,
		Controllers\HealthController::class,
		Controllers\BrandsController::class,
		Controllers\LicensesController::class,
		Controllers\LicenseKeysController::class,
		Controllers\MeLicensesController::class,
	);

	/**
	 * Constructor.
	 *
	 * @param Container $container The container.
	 */
	public function __construct( private Container $container ) {
	}

	/**
	 * Always: the hook itself is the lazy part.
	 */
	public function is_needed(): bool {
		return true;
	}

	/**
	 * Hooks rest_api_init.
	 */
	public function register(): void {
		add_action( 'rest_api_init', array( $this, 'handle_rest_api_init' ) );
	}

	/**
	 * Registers the routes of every controller.
	 */
	public function handle_rest_api_init(): void {
		foreach ( self::CONTROLLERS as $controller ) {
			$this->container->get( $controller )->register_routes();
		}
	}
}
