<?php
/**
 * /licenses and /licenses/{id}/suspend|resume|cancel|renew: brand systems and staff.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\RestApi\Controllers;

use EntitlementLedger\DataStores\ActivationStore;
use EntitlementLedger\DataStores\LicenseStore;
use EntitlementLedger\Domain\Clock;
use EntitlementLedger\Domain\Licenses\ActivationService;
use EntitlementLedger\Domain\Licenses\License;
use EntitlementLedger\Domain\Licenses\LicenseService;
use EntitlementLedger\Domain\Licenses\LicenseStatus;
use EntitlementLedger\RestApi\Dates;
use EntitlementLedger\RestApi\Idempotency\IdempotencyGuard;
use EntitlementLedger\RestApi\Licenses\BrandKeyAuth;
use EntitlementLedger\RestApi\Licenses\LicenseSchemas;
use EntitlementLedger\RestApi\Presenters\LicensePresenter;
use EntitlementLedger\WooCommerce\AdminLinks;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * Provisioning, listing by customer email, and the lifecycle. A brand API key acts on its
 * own brand only: another brand's license answers 404 and another brand's slug is unknown.
 */
class LicensesController extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'licenses';

	/**
	 * Activations a license's detail lists (active ones first).
	 */
	private const ACTIVATIONS_SHOWN = 200;

	/**
	 * Constructor.
	 *
	 * @param IdempotencyGuard  $guard       Idempotent writes.
	 * @param LicenseService    $service     Lifecycle.
	 * @param LicenseStore      $licenses    Reads.
	 * @param ActivationStore   $activations Seats in use.
	 * @param BrandKeyAuth      $auth               Brand keys and staff.
	 * @param Clock             $clock              Time.
	 * @param ActivationService $activation_service Deactivation by staff.
	 * @param AdminLinks        $links              Edit screens of the customer and order.
	 */
	public function __construct(
		IdempotencyGuard $guard,
		private LicenseService $service,
		private LicenseStore $licenses,
		private ActivationStore $activations,
		private BrandKeyAuth $auth,
		private Clock $clock,
		private ActivationService $activation_service,
		private AdminLinks $links
	) {
		parent::__construct( $guard );
	}

	/**
	 * Registers the routes.
	 */
	public function register_routes(): void {
		$allowed = array( $this->auth, 'authorize' );
		register_rest_route(
			self::NAMESPACE,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => $allowed,
					'args'                => $this->get_collection_params(),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => $allowed,
					'args'                => array(
						'brand'          => LicenseSchemas::slug( __( 'Brand slug.', 'entitlement-ledger' ) ) + array( 'required' => true ),
						'product'        => LicenseSchemas::slug( __( 'Licensed product slug.', 'entitlement-ledger' ) ) + array( 'required' => true ),
						'customer_email' => array(
							'description' => __( 'Customer email.', 'entitlement-ledger' ),
							'type'        => 'string',
							'format'      => 'email',
							'maxLength'   => 190,
							'required'    => true,
						),
						'seats'          => LicenseSchemas::seats(),
						'expires_at'     => array(
							'description' => __( 'Expiry (UTC); null for never; left out: the product\'s validity.', 'entitlement-ledger' ),
							'type'        => array( 'string', 'null' ),
							'format'      => 'date-time',
						),
					),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			self::NAMESPACE,
			'/' . $this->rest_base . '/(?P<id>\d+)',
			array(
				'args'   => $this->id_arg(),
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => $allowed,
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			self::NAMESPACE,
			'/' . $this->rest_base . '/(?P<id>\d+)/activations/deactivate',
			array(
				'args'   => $this->id_arg(),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'deactivate_instance' ),
					'permission_callback' => $allowed,
					'args'                => array( 'instance' => LicenseSchemas::instance_arg() ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		$actions = array(
			'suspend' => array( 'reason' => $this->reason_arg( false ) ),
			'resume'  => array( 'reason' => $this->reason_arg( false ) ),
			'cancel'  => array( 'reason' => $this->reason_arg( false ) ),
			'renew'   => array(
				'expires_at' => array(
					'description' => __( 'New expiry (UTC); left out: the product\'s validity added to the current expiry (or now, if later).', 'entitlement-ledger' ),
					'type'        => 'string',
					'format'      => 'date-time',
				),
				'reason'     => $this->reason_arg( false ),
			),
		);
		foreach ( $actions as $action => $args ) {
			register_rest_route(
				self::NAMESPACE,
				'/' . $this->rest_base . '/(?P<id>\d+)/' . $action,
				array(
					'args'   => $this->id_arg(),
					array(
						'methods'             => WP_REST_Server::CREATABLE,
						'callback'            => array( $this, $action ),
						'permission_callback' => $allowed,
						'args'                => $args,
					),
					'schema' => array( $this, 'get_public_item_schema' ),
				)
			);
		}
	}

	/**
	 * GET /licenses?email=: a customer's licenses across the caller's brands.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_items( $request ) {
		return $this->read(
			function () use ( $request ): WP_REST_Response {
				$scope    = $this->auth->scope();
				$per_page = (int) $request['per_page'];
				$result   = $this->licenses->query(
					array(
						'brand_id'   => $scope->brand_id,
						'brand'      => isset( $request['brand'] ) ? (string) $request['brand'] : null,
						'email'      => isset( $request['email'] ) ? strtolower( trim( (string) $request['email'] ) ) : null,
						'product'    => isset( $request['product'] ) ? (string) $request['product'] : null,
						'status'     => isset( $request['status'] ) ? (string) $request['status'] : null,
						'key_prefix' => isset( $request['key_prefix'] ) ? strtoupper( (string) $request['key_prefix'] ) : null,
						'search'     => isset( $request['search'] ) ? (string) $request['search'] : null,
					),
					(int) $request['page'],
					$per_page,
					(string) $request['orderby'],
					(string) $request['order']
				);
				return $this->paged( $this->present_all( $result['items'] ), $result['total'], $per_page );
			}
		);
	}

	/**
	 * GET /licenses/{id}: one license with its activations (staff's detail; a brand key sees
	 * its own brand's only).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		return $this->read( fn(): WP_REST_Response => new WP_REST_Response( $this->present_detail( $this->service->require( $this->path_id( $request ), $this->auth->scope() ) ) ) );
	}

	/**
	 * POST /licenses/{id}/activations/deactivate { instance }: frees an instance's seat
	 * without the key (staff and the brand's systems); answers the license as GET does.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 */
	public function deactivate_instance( WP_REST_Request $request ): WP_REST_Response|WP_Error {
		return $this->write(
			$request,
			function () use ( $request ): WP_REST_Response {
				$license = $this->service->require( $this->path_id( $request ), $this->auth->scope() );
				$this->activation_service->deactivate_license( $license->id, (string) $request['instance'] );
				return new WP_REST_Response( $this->present_detail( $this->service->require( $license->id, $this->auth->scope() ) ) );
			}
		);
	}

	/**
	 * A license with its activations.
	 *
	 * @param License $license License.
	 * @return array<string, mixed>
	 */
	private function present_detail( License $license ): array {
		return $this->present_all( array( $license ) )[0] + array(
			'links'       => $this->links->for_license( $license ),
			'activations' => array_map( array( LicensePresenter::class, 'activation' ), $this->activations->for_license( $license->id, self::ACTIVATIONS_SHOWN ) ),
		);
	}

	/**
	 * POST /licenses: provision. 201 with the license and, when a key was created, its full key.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		return $this->write(
			$request,
			function () use ( $request ): WP_REST_Response {
				$data = array(
					'brand'          => $request['brand'],
					'product'        => $request['product'],
					'customer_email' => $request['customer_email'],
				);
				if ( null !== $request['seats'] ) {
					$data['seats'] = (int) $request['seats'];
				}
				if ( $request->has_param( 'expires_at' ) ) {
					$data['expires_at'] = null === $request['expires_at'] ? null : Dates::from_api( $request['expires_at'], 'expires_at' );
				}
				$result   = $this->service->provision( $data, $this->auth->scope() );
				$body     = LicensePresenter::present( $result['license'], 0, $this->clock->now() ) + array(
					'key'         => $result['key'],
					'key_created' => null !== $result['key'],
				);
				$response = new WP_REST_Response( $body, 201 );
				$response->header( 'Location', $this->url( '/licenses?email=' . rawurlencode( $result['license']->customer_email ) ) );
				return $response;
			}
		);
	}

	/**
	 * Suspend.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 */
	public function suspend( WP_REST_Request $request ): WP_REST_Response|WP_Error {
		return $this->transition( $request, fn(): License => $this->service->suspend( $this->path_id( $request ), $this->auth->scope(), (string) $request['reason'] ) );
	}

	/**
	 * Resume.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 */
	public function resume( WP_REST_Request $request ): WP_REST_Response|WP_Error {
		return $this->transition( $request, fn(): License => $this->service->resume( $this->path_id( $request ), $this->auth->scope(), (string) $request['reason'] ) );
	}

	/**
	 * Cancel.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 */
	public function cancel( WP_REST_Request $request ): WP_REST_Response|WP_Error {
		return $this->transition( $request, fn(): License => $this->service->cancel( $this->path_id( $request ), $this->auth->scope(), (string) $request['reason'] ) );
	}

	/**
	 * Renew.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 */
	public function renew( WP_REST_Request $request ): WP_REST_Response|WP_Error {
		return $this->transition(
			$request,
			fn(): License => $this->service->renew(
				$this->path_id( $request ),
				$this->auth->scope(),
				isset( $request['expires_at'] ) ? Dates::from_api( $request['expires_at'], 'expires_at' ) : null,
				(string) $request['reason']
			)
		);
	}

	/**
	 * Runs a transition as an idempotent write.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 * @param callable(): License                   $change  Transition.
	 */
	private function transition( WP_REST_Request $request, callable $change ): WP_REST_Response|WP_Error {
		return $this->write(
			$request,
			function () use ( $change ): WP_REST_Response {
				$license = $change();
				return new WP_REST_Response( $this->present_all( array( $license ) )[0] );
			}
		);
	}

	/**
	 * Licenses with their seats in use (one query for all).
	 *
	 * @param list<License> $licenses Licenses.
	 * @return list<array<string, mixed>>
	 */
	private function present_all( array $licenses ): array {
		$used = $this->activations->seats_in_use_by_license( array_map( static fn( License $license ): int => $license->id, $licenses ) );
		$now  = $this->clock->now();
		return array_map( static fn( License $license ): array => LicensePresenter::present( $license, $used[ $license->id ] ?? 0, $now ), $licenses );
	}

	/**
	 * List filters.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public function get_collection_params() {
		return $this->paging_args() + array(
			'email'      => array(
				'description' => __( 'Customer email.', 'entitlement-ledger' ),
				'type'        => 'string',
				'format'      => 'email',
				'maxLength'   => 190,
			),
			'brand'      => LicenseSchemas::slug( __( 'Brand slug.', 'entitlement-ledger' ) ),
			'product'    => LicenseSchemas::slug( __( 'Licensed product slug.', 'entitlement-ledger' ) ),
			'status'     => array(
				'description' => __( 'Stored status.', 'entitlement-ledger' ),
				'type'        => 'string',
				'enum'        => LicenseStatus::values(),
			),
			'key_prefix' => array(
				'description' => __( 'The 8 characters after "ELK-" of a key.', 'entitlement-ledger' ),
				'type'        => 'string',
				'pattern'     => '^[0-9A-Za-z]{8}$',
			),
			'search'     => array(
				'description' => __( 'The start of the customer\'s email or of the key (e.g. "ELK-7KQ2").', 'entitlement-ledger' ),
				'type'        => 'string',
				'minLength'   => 1,
				'maxLength'   => 190,
			),
			'orderby'    => array(
				'description' => __( 'Sort field (created_at is the license id\'s order).', 'entitlement-ledger' ),
				'type'        => 'string',
				'enum'        => array( 'id', 'created_at', 'expires_at', 'customer_email' ),
				'default'     => 'id',
			),
			'order'      => array(
				'description' => __( 'Sort direction.', 'entitlement-ledger' ),
				'type'        => 'string',
				'enum'        => array( 'asc', 'desc' ),
				'default'     => 'desc',
			),
		);
	}

	/**
	 * Item schema.
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema() {
		return LicenseSchemas::license();
	}
}
