<?php
/**
 * Reports routes.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\RestApi\Controllers;

/**
 * GET /reports/revenue and GET /reports/liability (being completed).
 */
final class ReportsController extends Controller {

	/**
	 * Registers the routes.
	 */
	public function register_routes(): void {
	}
}
