<?php
/**
 * /gifts and /gifts/{id}.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\RestApi\Controllers;

use EntitlementLedger\DataStores\GiftStore;
use EntitlementLedger\Domain\Access\Capabilities;
use EntitlementLedger\Domain\Gifts\Gift;
use EntitlementLedger\Domain\Gifts\GiftService;
use EntitlementLedger\RestApi\Idempotency\IdempotencyGuard;
use EntitlementLedger\RestApi\Presenters\GiftPresenter;
use WP_Error;
use EntitlementLedger\RestApi\Schemas;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * The gift catalogue per cycle.
 */
class GiftsController extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'gifts';

	/**
	 * Constructor.
	 *
	 * @param IdempotencyGuard $guard   Idempotent writes.
	 * @param GiftService      $service Catalogue changes.
	 * @param GiftStore        $store   Reads.
	 */
	public function __construct( IdempotencyGuard $guard, private GiftService $service, private GiftStore $store ) {
		parent::__construct( $guard );
	}

	/**
	 * Registers the routes.
	 */
	public function register_routes(): void {
		$manage = $this->requires( Capabilities::MANAGE_ENTITLEMENTS );
		register_rest_route(
			self::NAMESPACE,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => $manage,
					'args'                => $this->get_collection_params(),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => $manage,
					'args'                => $this->create_args(),
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
					'permission_callback' => $manage,
				),
				array(
					'methods'             => 'PATCH, PUT',
					'callback'            => array( $this, 'update_item' ),
					'permission_callback' => $manage,
					'args'                => $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE ),
				),
				array(
					'methods'             => WP_REST_Server::DELETABLE,
					'callback'            => array( $this, 'delete_item' ),
					'permission_callback' => $manage,
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * GET /gifts.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_items( $request ) {
		return $this->read(
			function () use ( $request ): WP_REST_Response {
				$result = $this->store->query(
					array(
						'number'    => isset( $request['number'] ) ? (int) $request['number'] : null,
						'active'    => isset( $request['active'] ) ? (bool) $request['active'] : null,
						'available' => (bool) $request['available'],
						'search'    => isset( $request['search'] ) ? (string) $request['search'] : null,
					),
					(int) $request['page'],
					(int) $request['per_page']
				);
				return $this->paged( array_map( array( GiftPresenter::class, 'present' ), $result['items'] ), $result['total'], (int) $request['per_page'] );
			}
		);
	}

	/**
	 * POST /gifts.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		return $this->write(
			$request,
			function () use ( $request ): WP_REST_Response {
				$gift     = $this->service->create( $this->fields( $request ) );
				$response = new WP_REST_Response( GiftPresenter::present( $gift ), 201 );
				$response->header( 'Location', $this->url( '/gifts/' . $gift->id ) );
				return $response;
			}
		);
	}

	/**
	 * GET /gifts/{id}.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		return $this->read(
			function () use ( $request ): WP_REST_Response {
				$gift = $this->service->require( $this->path_id( $request ) );
				if ( null !== $gift->deleted_at ) {
					throw GiftService::not_found();
				}
				return new WP_REST_Response( GiftPresenter::present( $gift ) );
			}
		);
	}

	/**
	 * PATCH /gifts/{id}.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		return $this->write(
			$request,
			fn(): WP_REST_Response => new WP_REST_Response( GiftPresenter::present( $this->service->update( $this->path_id( $request ), $this->fields( $request ) ) ) )
		);
	}

	/**
	 * DELETE /gifts/{id}: soft delete (redemptions keep pointing at it).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function delete_item( $request ) {
		return $this->write(
			$request,
			fn(): WP_REST_Response => new WP_REST_Response( GiftPresenter::present( $this->service->delete( $this->path_id( $request ) ) ) )
		);
	}

	/**
	 * List filters.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public function get_collection_params() {
		return $this->paging_args() + array(
			'number'    => array(
				'description' => __( 'Cycle.', 'entitlement-ledger' ),
				'type'        => 'integer',
				'minimum'     => 1,
				'maximum'     => 9999,
			),
			'active'    => array(
				'description' => __( 'Only active (true) or inactive (false) gifts.', 'entitlement-ledger' ),
				'type'        => 'boolean',
			),
			'available' => array(
				'description' => __( 'Only gifts that can still be chosen (active, in stock).', 'entitlement-ledger' ),
				'type'        => 'boolean',
				'default'     => false,
			),
			'search'    => array(
				'description' => __( 'Part of the name.', 'entitlement-ledger' ),
				'type'        => 'string',
				'maxLength'   => 190,
			),
		);
	}

	/**
	 * The gift resource schema.
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema() {
		if ( null === $this->schema ) {
			$this->schema = array(
				'$schema'    => 'http://json-schema.org/draft-04/schema#',
				'title'      => 'gift',
				'type'       => 'object',
				'properties' => array(
					'id'             => array(
						'type'     => 'integer',
						'readonly' => true,
					),
					'number'         => array(
						'description' => __( 'Cycle the gift is offered for.', 'entitlement-ledger' ),
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => 9999,
					),
					'name'           => array(
						'type'      => 'string',
						'minLength' => 1,
						'maxLength' => 190,
					),
					'description'    => array(
						'type'      => 'string',
						'maxLength' => 5000,
					),
					'image_id'       => array(
						'type'    => array( 'integer', 'null' ),
						'minimum' => 1,
						'maximum' => Schemas::MAX_ID,
					),
					'image_url'      => array(
						'type'     => array( 'string', 'null' ),
						'readonly' => true,
					),
					'product_id'     => array(
						'description' => __( 'WooCommerce product or variation shipped on redemption.', 'entitlement-ledger' ),
						'type'        => array( 'integer', 'null' ),
						'minimum'     => 1,
						'maximum'     => Schemas::MAX_ID,
					),
					'kind'           => array(
						'type'    => 'string',
						'enum'    => array( Gift::KIND_PREDEFINED, Gift::KIND_CUSTOM ),
						'default' => Gift::KIND_PREDEFINED,
					),
					'active'         => array(
						'type'    => 'boolean',
						'default' => true,
					),
					'stock'          => array(
						'description' => __( 'Most redemptions allowed; null for no cap.', 'entitlement-ledger' ),
						'type'        => array( 'integer', 'null' ),
						'minimum'     => 0,
						'maximum'     => 10000000,
					),
					'redeemed_count' => array(
						'type'     => 'integer',
						'readonly' => true,
					),
					'available'      => array(
						'type'     => 'boolean',
						'readonly' => true,
					),
					'created_at'     => array(
						'type'     => 'string',
						'format'   => 'date-time',
						'readonly' => true,
					),
					'updated_at'     => array(
						'type'     => 'string',
						'format'   => 'date-time',
						'readonly' => true,
					),
				),
			);
		}
		return $this->add_additional_fields_schema( $this->schema );
	}

	/**
	 * Arguments of POST /gifts.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	private function create_args(): array {
		$args                       = $this->get_endpoint_args_for_item_schema( WP_REST_Server::CREATABLE );
		$args['number']['required'] = true;
		$args['name']['required']   = true;
		return $args;
	}

	/**
	 * Writable fields present in the request.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return array<string, mixed>
	 */
	private function fields( WP_REST_Request $request ): array {
		$writable = array( 'number', 'name', 'description', 'image_id', 'product_id', 'kind', 'active', 'stock' );
		$fields   = array();
		foreach ( $writable as $field ) {
			if ( $request->has_param( $field ) ) {
				$fields[ $field ] = $request[ $field ];
			}
		}
		return $fields;
	}
}
