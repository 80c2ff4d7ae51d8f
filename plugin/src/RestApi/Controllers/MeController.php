<?php
/**
 * /me/...: customer self-service.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\RestApi\Controllers;

use EntitlementLedger\Blocks\MyGifts\CustomerGifts;
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
	 * @param CustomerGifts      $view    What a customer sees of gifts and fulfilment orders.
	 */
	public function __construct(
		IdempotencyGuard $guard,
		private EntitlementService $service,
		private EntitlementStore $store,
		private GiftStore $gifts,
		private CustomerGifts $view
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
				'schema' => array( $this, 'get_public_item_schema' ),
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
				'args'   => $this->id_arg(),
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
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * The customer's entitlement: the shared entitlement schema plus the gift chosen and the
	 * fulfilment order.
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema(): array {
		if ( is_array( $this->schema ) && array() !== $this->schema ) {
			return $this->add_additional_fields_schema( $this->schema );
		}
		$schema = Schemas::entitlement();
		if ( ! isset( $schema['properties'] ) || ! is_array( $schema['properties'] ) ) {
			$schema['properties'] = array();
		}
		$schema['properties']['gift']             = array(
			'description' => __( 'The gift chosen, once redeemed with one.', 'entitlement-ledger' ),
			'type'        => array( 'object', 'null' ),
			'readonly'    => true,
			'properties'  => array(
				'id'   => array( 'type' => 'integer' ),
				'name' => array( 'type' => 'string' ),
			),
		);
		$schema['properties']['fulfilment_order'] = array(
			'description' => __( 'The customer\'s order that ships the gift (or was linked to the redemption), with its WooCommerce status.', 'entitlement-ledger' ),
			'type'        => array( 'object', 'null' ),
			'readonly'    => true,
			'properties'  => array(
				'id'           => array( 'type' => 'integer' ),
				'number'       => array(
					'description' => __( 'Order number as the shop shows it.', 'entitlement-ledger' ),
					'type'        => 'string',
				),
				'status'       => array( 'type' => 'string' ),
				'status_label' => array( 'type' => 'string' ),
				'view_url'     => array(
					'description' => __( 'My Account page of the order, when the shop has one.', 'entitlement-ledger' ),
					'type'        => array( 'string', 'null' ),
					'format'      => 'uri',
				),
			),
		);
		$this->schema                             = $schema;
		return $this->add_additional_fields_schema( $this->schema );
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
	 * What a customer sees of an entitlement: no staff notes, meta or internal ids; once
	 * redeemed, the gift chosen and the fulfilment order (only when that order is theirs).
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
		$item['gift']             = $this->view->gift_summary( $entitlement );
		$item['fulfilment_order'] = $this->view->fulfilment_order( $entitlement );
		return $item;
	}
}
