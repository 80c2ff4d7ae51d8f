<?php
/**
 * /me/...: customer self-service.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\RestApi\Controllers;

use EntitlementLedger\DataStores\EntitlementQuery;
use EntitlementLedger\DataStores\EntitlementStore;
use EntitlementLedger\DataStores\GiftStore;
use EntitlementLedger\Domain\Entitlements\Entitlement;
use EntitlementLedger\Domain\Entitlements\EntitlementService;
use EntitlementLedger\RestApi\Idempotency\IdempotencyGuard;
use EntitlementLedger\RestApi\Presenters\EntitlementPresenter;
use EntitlementLedger\RestApi\Presenters\GiftPresenter;
use EntitlementLedger\RestApi\Schemas;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * A logged-in customer's own entitlements and gifts. Anything not theirs is answered
 * exactly like something that does not exist (404), so ids cannot be probed.
 */
class MeController extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'me';

	/**
	 * Constructor.
	 *
	 * @param IdempotencyGuard   $guard   Idempotent writes.
	 * @param EntitlementService $service Lifecycle.
	 * @param EntitlementStore   $store   Reads.
	 * @param GiftStore          $gifts   Gift reads.
	 */
	public function __construct(
		IdempotencyGuard $guard,
		private EntitlementService $service,
		private EntitlementStore $store,
		private GiftStore $gifts
	) {
		parent::__construct( $guard );
	}

	/**
	 * Registers the routes.
	 */
	public function register_routes(): void {
		$customer = $this->requires( 'read' );
		register_rest_route(
			self::NAMESPACE,
			'/me/entitlements',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => $customer,
					'args'                => $this->paging_args(),
				),
				'schema' => array( Schemas::class, 'entitlement' ),
			)
		);
		register_rest_route(
			self::NAMESPACE,
			'/me/gifts',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_gifts' ),
					'permission_callback' => $customer,
					'args'                => $this->paging_args() + array(
						'number' => array(
							'description' => __( 'Cycle.', 'entitlement-ledger' ),
							'type'        => 'integer',
							'minimum'     => 1,
							'maximum'     => 9999,
							'required'    => true,
						),
					),
				),
			)
		);
		register_rest_route(
			self::NAMESPACE,
			'/me/entitlements/(?P<id>\d+)/redeem',
			array(
				'args' => $this->id_arg(),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'redeem' ),
					'permission_callback' => $customer,
					'args'                => array(
						'gift_id' => array(
							'description' => __( 'The gift to receive.', 'entitlement-ledger' ),
							'type'        => 'integer',
							'minimum'     => 1,
							'maximum'     => Schemas::MAX_ID,
							'required'    => true,
						),
					),
				),
			)
		);
	}

	/**
	 * GET /me/entitlements.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_items( $request ) {
		return $this->read(
			function () use ( $request ): WP_REST_Response {
				$query  = new EntitlementQuery(
					customer: get_current_user_id(),
					orderby: 'number',
					order: 'desc',
					page: (int) $request['page'],
					per_page: (int) $request['per_page']
				);
				$result = $this->store->query( $query );
				return $this->paged( array_map( array( $this, 'present' ), $result['items'] ), $result['total'], $query->per_page );
			}
		);
	}

	/**
	 * GET /me/gifts?number=.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_gifts( $request ) {
		return $this->read(
			function () use ( $request ): WP_REST_Response {
				$result = $this->gifts->query(
					array(
						'number'    => (int) $request['number'],
						'available' => true,
					),
					(int) $request['page'],
					(int) $request['per_page']
				);
				$gifts  = array_map(
					static fn( $gift ): array => array_intersect_key( GiftPresenter::present( $gift ), array_flip( array( 'id', 'number', 'name', 'description', 'image_url', 'available' ) ) ),
					$result['items']
				);
				return $this->paged( $gifts, $result['total'], (int) $request['per_page'] );
			}
		);
	}

	/**
	 * POST /me/entitlements/{id}/redeem.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 */
	public function redeem( WP_REST_Request $request ): WP_REST_Response|WP_Error {
		return $this->write(
			$request,
			function () use ( $request ): WP_REST_Response {
				$this->own( $this->path_id( $request ) );
				$entitlement = $this->service->redeem_standard( $this->path_id( $request ), (int) $request['gift_id'] );
				return new WP_REST_Response( $this->present( $entitlement ) );
			}
		);
	}

	/**
	 * The caller's own, live entitlement.
	 *
	 * @param int $id Id.
	 * @throws \EntitlementLedger\Domain\DomainError 404 when it is someone else's or missing.
	 */
	private function own( int $id ): Entitlement {
		$entitlement = $this->store->find( $id );
		if ( null === $entitlement || $entitlement->is_deleted() || get_current_user_id() !== $entitlement->customer_id ) {
			throw EntitlementService::not_found();
		}
		return $entitlement;
	}

	/**
	 * What a customer sees of an entitlement: no staff notes, meta or internal ids.
	 *
	 * @param Entitlement $entitlement Entitlement.
	 * @return array<string, mixed>
	 */
	public function present( Entitlement $entitlement ): array {
		$fields = array( 'id', 'number', 'type', 'status', 'currency', 'starts_at', 'expires_at', 'source_order_id', 'redemption', 'created_at' );
		$item   = array_intersect_key( EntitlementPresenter::present( $entitlement ), array_flip( $fields ) );
		if ( is_array( $item['redemption'] ) ) {
			unset( $item['redemption']['redeemed_by'] );
			$item['redemption']['note'] = '';
		}
		return $item;
	}
}
