<?php
/**
 * /entitlements and /entitlements/{id}.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\RestApi\Controllers;

use EntitlementLedger\DataStores\EntitlementQuery;
use EntitlementLedger\DataStores\EntitlementStore;
use EntitlementLedger\DataStores\LedgerStore;
use EntitlementLedger\Domain\Access\Capabilities;
use EntitlementLedger\Domain\Entitlements\Entitlement;
use EntitlementLedger\Domain\Entitlements\EntitlementService;
use EntitlementLedger\Domain\Entitlements\EntitlementStatus;
use EntitlementLedger\RestApi\Dates;
use EntitlementLedger\RestApi\Idempotency\IdempotencyGuard;
use EntitlementLedger\RestApi\Presenters\EntitlementPresenter;
use EntitlementLedger\RestApi\Presenters\LedgerLinePresenter;
use EntitlementLedger\RestApi\Schemas;
use EntitlementLedger\WooCommerce\AdminLinks;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * Circulation: list, create, read, change and soft-delete entitlements.
 */
class EntitlementsController extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'entitlements';

	/**
	 * Constructor.
	 *
	 * @param IdempotencyGuard   $guard   Idempotent writes.
	 * @param EntitlementService $service Lifecycle.
	 * @param EntitlementStore   $store   Reads.
	 * @param LedgerStore        $ledger  Journal reads.
	 * @param AdminLinks         $links   Edit screens of the customer and orders.
	 */
	public function __construct(
		IdempotencyGuard $guard,
		private EntitlementService $service,
		private EntitlementStore $store,
		private LedgerStore $ledger,
		private AdminLinks $links
	) {
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
					'args'                => $this->update_args(),
				),
				array(
					'methods'             => WP_REST_Server::DELETABLE,
					'callback'            => array( $this, 'delete_item' ),
					'permission_callback' => $manage,
					'args'                => array( 'reason' => $this->reason_arg( true ) ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * GET /entitlements.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_items( $request ) {
		return $this->read(
			function () use ( $request ): WP_REST_Response {
				$query  = self::query_from( $request );
				$result = $this->store->query( $query );
				$items  = array_map( array( EntitlementPresenter::class, 'present' ), $result['items'] );
				return $this->paged( $items, $result['total'], $query->per_page );
			}
		);
	}

	/**
	 * POST /entitlements.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		return $this->write(
			$request,
			function () use ( $request ): WP_REST_Response {
				$data = array_intersect_key( $request->get_params(), $this->create_args() );
				foreach ( array( 'starts_at', 'expires_at' ) as $date ) {
					if ( isset( $data[ $date ] ) ) {
						$data[ $date ] = Dates::from_api( $data[ $date ], $date );
					}
				}
				$entitlement = $this->service->create( $data );
				$response    = new WP_REST_Response( $this->with_details( $entitlement ), 201 );
				$response->header( 'Location', $this->url( '/' . $this->rest_base . '/' . $entitlement->id ) );
				return $response;
			}
		);
	}

	/**
	 * GET /entitlements/{id}: with its ledger lines.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		return $this->read(
			fn(): WP_REST_Response => new WP_REST_Response( $this->with_details( $this->service->require( $this->path_id( $request ) ) ) )
		);
	}

	/**
	 * PATCH /entitlements/{id}: number, expires_at, meta, notes.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		return $this->write(
			$request,
			function () use ( $request ): WP_REST_Response {
				$changes = array_intersect_key( $request->get_params(), $this->update_args() );
				if ( isset( $changes['expires_at'] ) ) {
					$changes['expires_at'] = Dates::from_api( $changes['expires_at'], 'expires_at' );
				}
				$entitlement = $this->service->update( $this->path_id( $request ), $changes );
				return new WP_REST_Response( $this->with_details( $entitlement ) );
			}
		);
	}

	/**
	 * DELETE /entitlements/{id}: soft delete with a reason.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function delete_item( $request ) {
		return $this->write(
			$request,
			function () use ( $request ): WP_REST_Response {
				$entitlement = $this->service->delete( $this->path_id( $request ), (string) $request['reason'] );
				return new WP_REST_Response( $this->with_details( $entitlement ) );
			}
		);
	}

	/**
	 * The resource schema.
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema() {
		if ( null === $this->schema ) {
			$this->schema = Schemas::entitlement();
		}
		return $this->add_additional_fields_schema( $this->schema );
	}

	/**
	 * List filters.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public function get_collection_params() {
		return $this->paging_args() + array(
			'customer'     => array(
				'description' => __( 'Customer user id.', 'entitlement-ledger' ),
				'type'        => 'integer',
				'minimum'     => 1,
				'maximum'     => Schemas::MAX_ID,
			),
			'email'        => array(
				'description' => __( 'Exact customer email.', 'entitlement-ledger' ),
				'type'        => 'string',
				'maxLength'   => 190,
			),
			'subscription' => array(
				'description' => __( 'Subscription id.', 'entitlement-ledger' ),
				'type'        => 'integer',
				'minimum'     => 1,
				'maximum'     => Schemas::MAX_ID,
			),
			'status'       => array(
				'description' => __( 'One or more statuses.', 'entitlement-ledger' ),
				'type'        => 'array',
				'items'       => array(
					'type' => 'string',
					'enum' => EntitlementStatus::values(),
				),
			),
			'type'         => array(
				'description' => __( 'Entitlement type.', 'entitlement-ledger' ),
				'type'        => 'string',
				'pattern'     => '^[a-z0-9_]{1,64}$',
			),
			'number'       => array(
				'description' => __( 'Entitlement number (cycle).', 'entitlement-ledger' ),
				'type'        => 'integer',
				'minimum'     => 1,
				'maximum'     => 9999,
			),
			'currency'     => Schemas::currency(),
			'search'       => array(
				'description' => __( 'Start of a customer email or name, or an entitlement, order or subscription id.', 'entitlement-ledger' ),
				'type'        => 'string',
				'maxLength'   => 190,
			),
			'after'        => array(
				'description' => __( 'Created at or after (RFC 3339).', 'entitlement-ledger' ),
				'type'        => 'string',
				'format'      => 'date-time',
			),
			'before'       => array(
				'description' => __( 'Created before (RFC 3339).', 'entitlement-ledger' ),
				'type'        => 'string',
				'format'      => 'date-time',
			),
			'deleted'      => array(
				'description' => __( 'exclude (default), include or only deleted entitlements.', 'entitlement-ledger' ),
				'type'        => 'string',
				'enum'        => array( 'exclude', 'include', 'only' ),
				'default'     => 'exclude',
			),
			'orderby'      => array(
				'description' => __( 'Sort field.', 'entitlement-ledger' ),
				'type'        => 'string',
				'enum'        => array_keys( EntitlementQuery::ORDERBY_COLUMNS ),
				'default'     => 'id',
			),
			// design.md lists "order" both as a filter (an order id) and as the sort direction:
			// a number filters by source or fulfilment order, asc|desc sorts.
			'order'        => array(
				'description' => __( 'Sort direction (asc or desc), or an order id: entitlements sold or fulfilled by that order.', 'entitlement-ledger' ),
				'type'        => array( 'integer', 'string' ),
				'anyOf'       => array(
					array(
						'type' => 'string',
						'enum' => array( 'asc', 'desc' ),
					),
					array(
						'type'    => 'integer',
						'minimum' => 1,
						'maximum' => Schemas::MAX_ID,
					),
				),
			),
		);
	}

	/**
	 * The list query from request arguments.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	private static function query_from( WP_REST_Request $request ): EntitlementQuery {
		$int    = static fn( string $key ): ?int => isset( $request[ $key ] ) ? (int) $request[ $key ] : null;
		$string = static fn( string $key ): ?string => isset( $request[ $key ] ) ? (string) $request[ $key ] : null;
		$date   = static fn( string $key ): ?string => isset( $request[ $key ] ) ? Dates::from_api( $request[ $key ], $key ) : null;
		$email  = $string( 'email' );
		return new EntitlementQuery(
			customer: $int( 'customer' ),
			email: null === $email ? null : strtolower( $email ),
			subscription: $int( 'subscription' ),
			order_id: is_int( $request['order'] ) ? $request['order'] : null,
			statuses: array_values( array_unique( (array) ( $request['status'] ?? array() ) ) ),
			type: $string( 'type' ),
			number: $int( 'number' ),
			search: $string( 'search' ),
			after: $date( 'after' ),
			before: $date( 'before' ),
			currency: null === $string( 'currency' ) ? null : strtoupper( (string) $string( 'currency' ) ),
			deleted: (string) $request['deleted'],
			orderby: (string) $request['orderby'],
			order: 'asc' === $request['order'] ? 'asc' : 'desc',
			page: (int) $request['page'],
			per_page: (int) $request['per_page']
		);
	}

	/**
	 * Arguments of POST /entitlements.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	private function create_args(): array {
		$args = $this->get_endpoint_args_for_item_schema( WP_REST_Server::CREATABLE );
		foreach ( array( 'number', 'deferred_amount', 'currency' ) as $required ) {
			$args[ $required ]['required'] = true;
		}
		return $args;
	}

	/**
	 * Arguments of PATCH /entitlements/{id}.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	private function update_args(): array {
		$all = $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE );
		return array_intersect_key( $all, array_flip( array( 'number', 'expires_at', 'meta', 'notes' ) ) );
	}

	/**
	 * A single entitlement with its ledger lines and the edit links of its customer and
	 * orders (list items carry neither: they would cost queries per row).
	 *
	 * @param Entitlement $entitlement Entitlement.
	 * @return array<string, mixed>
	 */
	private function with_details( Entitlement $entitlement ): array {
		$item           = EntitlementPresenter::present( $entitlement );
		$lines          = $this->ledger->lines( array( 'entitlement' => $entitlement->id ), 1, 500 );
		$item['ledger'] = array_map( array( LedgerLinePresenter::class, 'present' ), array_reverse( $lines['items'] ) );
		$item['links']  = $this->links->for_entitlement( $entitlement );
		return $item;
	}
}
