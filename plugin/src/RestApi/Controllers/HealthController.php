<?php
/**
 * GET /health.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\RestApi\Controllers;

use EntitlementLedger\Database\Installer;
use EntitlementLedger\Database\Schema;
use WP_REST_Response;
use WP_REST_Server;

/**
 * A cheap liveness check for monitoring and the benchmarks' baseline: it boots WordPress,
 * authenticates and answers without touching the plugin's tables.
 */
class HealthController extends Controller {

	/**
	 * Registers the route.
	 */
	public function register_routes(): void {
		register_rest_route(
			self::NAMESPACE,
			'/health',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_health' ),
					'permission_callback' => $this->requires( 'read' ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * Plugin version and schema state.
	 */
	public function get_health(): WP_REST_Response {
		return new WP_REST_Response(
			array(
				'status'         => 'ok',
				'version'        => ENTITLEMENT_LEDGER_VERSION,
				'schema_version' => (int) get_option( Installer::VERSION_OPTION, 0 ),
				'schema_current' => Schema::VERSION === (int) get_option( Installer::VERSION_OPTION, 0 ),
				'woocommerce'    => function_exists( 'WC' ),
			)
		);
	}

	/**
	 * Response schema.
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema() {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'health',
			'type'       => 'object',
			'properties' => array(
				'status'         => array( 'type' => 'string' ),
				'version'        => array( 'type' => 'string' ),
				'schema_version' => array( 'type' => 'integer' ),
				'schema_current' => array( 'type' => 'boolean' ),
				'woocommerce'    => array( 'type' => 'boolean' ),
			),
		);
	}
}
