<?php
/**
 * /me/licenses and /me/licenses/{id}/deactivate: a customer's own licenses.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\RestApi\Controllers;

use EntitlementLedger\Domain\Licenses\ActivationService;
use EntitlementLedger\Domain\Licenses\CustomerLicenses;
use EntitlementLedger\RestApi\Dates;
use EntitlementLedger\RestApi\Idempotency\IdempotencyGuard;
use EntitlementLedger\RestApi\Licenses\LicenseSchemas;
use EntitlementLedger\RestApi\Presenters\LicensePresenter;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * The logged-in customer's licenses (key prefixes, seats, expiry, active instances) and
 * freeing a seat: what My Account → License keys uses. Others' licenses answer 404.
 */
class MeLicensesController extends Controller {

	/**
	 * Constructor.
	 *
	 * @param IdempotencyGuard  $guard       Idempotent writes.
	 * @param CustomerLicenses  $customer    The customer's licenses.
	 * @param ActivationService $activations Deactivation.
	 */
	public function __construct( IdempotencyGuard $guard, private CustomerLicenses $customer, private ActivationService $activations ) {
		parent::__construct( $guard );
	}

	/**
	 * Registers the routes.
	 */
	public function register_routes(): void {
		$customer = $this->requires( 'read' );
		register_rest_route(
			self::NAMESPACE,
			'/me/licenses',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => $customer,
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			self::NAMESPACE,
			'/me/licenses/(?P<id>\d+)/deactivate',
			array(
				'args'   => $this->id_arg(),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'deactivate' ),
					'permission_callback' => $customer,
					'args'                => array( 'instance' => LicenseSchemas::instance_arg() ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * GET /me/licenses.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_items( $request ) {
		return $this->read(
			function (): WP_REST_Response {
				$items = array_map( array( self::class, 'present' ), $this->customer->for_user( get_current_user_id() ) );
				return $this->paged( $items, count( $items ), max( 1, count( $items ) ) );
			}
		);
	}

	/**
	 * POST /me/licenses/{id}/deactivate.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 */
	public function deactivate( WP_REST_Request $request ): WP_REST_Response|WP_Error {
		return $this->write(
			$request,
			function () use ( $request ): WP_REST_Response {
				$id = $this->path_id( $request );
				$this->customer->require_own( get_current_user_id(), $id );
				$result = $this->activations->deactivate_license( $id, (string) $request['instance'] );
				$own    = array_values( array_filter( $this->customer->for_user( get_current_user_id() ), static fn( array $license ): bool => $license['id'] === $id ) );
				return new WP_REST_Response( self::present( $own[0] ) + array( 'activation' => LicensePresenter::activation( $result['activation'] ) ) );
			}
		);
	}

	/**
	 * API form of a customer's license.
	 *
	 * @param array<string, mixed> $license From CustomerLicenses.
	 * @return array<string, mixed>
	 */
	private static function present( array $license ): array {
		$license['expires_at'] = Dates::to_api( is_string( $license['expires_at'] ) ? $license['expires_at'] : null );
		$license['instances']  = array_map(
			static fn( array $instance ): array => array(
				'instance'     => $instance['instance'],
				'uses_seat'    => $instance['uses_seat'],
				'activated_at' => Dates::to_api( $instance['activated_at'] ),
				'last_seen_at' => Dates::to_api( $instance['last_seen_at'] ),
			),
			is_array( $license['instances'] ) ? $license['instances'] : array()
		);
		return $license;
	}

	/**
	 * Item schema.
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema() {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'my-license',
			'type'       => 'object',
			'properties' => array(
				'id'           => array( 'type' => 'integer' ),
				'brand'        => array( 'type' => 'string' ),
				'product'      => array( 'type' => 'string' ),
				'product_name' => array( 'type' => 'string' ),
				'key_prefix'   => array( 'type' => 'string' ),
				'status'       => array( 'type' => 'string' ),
				'seats'        => array( 'type' => 'integer' ),
				'seats_used'   => array( 'type' => 'integer' ),
				'expires_at'   => array( 'type' => array( 'string', 'null' ) ),
				'instances'    => array(
					'type'  => 'array',
					'items' => array(
						'type'       => 'object',
						'properties' => array(
							'instance'     => array( 'type' => 'string' ),
							'uses_seat'    => array( 'type' => 'boolean' ),
							'activated_at' => array( 'type' => 'string' ),
							'last_seen_at' => array( 'type' => 'string' ),
						),
					),
				),
			),
		);
	}
}
