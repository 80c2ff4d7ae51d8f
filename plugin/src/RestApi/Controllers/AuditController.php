<?php
/**
 * GET /audit.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\RestApi\Controllers;

use EntitlementLedger\DataStores\AuditStore;
use EntitlementLedger\Domain\Access\Capabilities;
use EntitlementLedger\RestApi\Dates;
use EntitlementLedger\RestApi\Idempotency\IdempotencyGuard;
use WP_Error;
use EntitlementLedger\RestApi\Schemas;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * The audit log, read-only.
 */
class AuditController extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'audit';

	/**
	 * Constructor.
	 *
	 * @param IdempotencyGuard $guard Kept for the shared base.
	 * @param AuditStore       $store Audit SQL.
	 */
	public function __construct( IdempotencyGuard $guard, private AuditStore $store ) {
		parent::__construct( $guard );
	}

	/**
	 * Registers the route.
	 */
	public function register_routes(): void {
		register_rest_route(
			self::NAMESPACE,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => $this->requires( Capabilities::VIEW_REPORTS ),
					'args'                => $this->get_collection_params(),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * GET /audit.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_items( $request ) {
		return $this->read(
			function () use ( $request ): WP_REST_Response {
				$result = $this->store->query(
					array(
						'object_type' => $request['object_type'] ?? null,
						'object_id'   => isset( $request['object_id'] ) ? (int) $request['object_id'] : null,
						'action'      => $request['action'] ?? null,
						'actor_type'  => $request['actor_type'] ?? null,
						'after'       => isset( $request['after'] ) ? Dates::from_api( $request['after'], 'after' ) : null,
						'before'      => isset( $request['before'] ) ? Dates::from_api( $request['before'], 'before' ) : null,
					),
					(int) $request['page'],
					(int) $request['per_page']
				);
				return $this->paged( array_map( array( $this, 'present' ), $result['items'] ), $result['total'], (int) $request['per_page'] );
			}
		);
	}

	/**
	 * API representation of a row.
	 *
	 * @param array<string, string|null> $row Row.
	 * @return array<string, mixed>
	 */
	public function present( array $row ): array {
		return array(
			'id'          => (int) $row['id'],
			'actor_type'  => (string) $row['actor_type'],
			'actor_id'    => (string) $row['actor_id'],
			'action'      => (string) $row['action'],
			'object_type' => (string) $row['object_type'],
			'object_id'   => null === $row['object_id'] ? null : (int) $row['object_id'],
			'before'      => null === $row['before_state'] ? null : json_decode( $row['before_state'], true ),
			'after'       => null === $row['after_state'] ? null : json_decode( $row['after_state'], true ),
			'request_id'  => (string) $row['request_id'],
			'ip'          => (string) $row['ip'],
			'created_at'  => Dates::to_api( $row['created_at'] ),
		);
	}

	/**
	 * Entry schema.
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema() {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'audit_entry',
			'type'       => 'object',
			'properties' => array(
				'id'          => array( 'type' => 'integer' ),
				'actor_type'  => array(
					'type' => 'string',
					'enum' => array( 'user', 'application_password', 'api_key', 'cli', 'system' ),
				),
				'actor_id'    => array( 'type' => 'string' ),
				'action'      => array( 'type' => 'string' ),
				'object_type' => array( 'type' => 'string' ),
				'object_id'   => array( 'type' => array( 'integer', 'null' ) ),
				'before'      => array( 'type' => array( 'object', 'null' ) ),
				'after'       => array( 'type' => array( 'object', 'null' ) ),
				'request_id'  => array( 'type' => 'string' ),
				'ip'          => array( 'type' => 'string' ),
				'created_at'  => array(
					'type'   => 'string',
					'format' => 'date-time',
				),
			),
		);
	}

	/**
	 * Filters.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public function get_collection_params() {
		return $this->paging_args() + array(
			'object_type' => array(
				'type'    => 'string',
				'pattern' => '^[a-z_]{1,32}$',
			),
			'object_id'   => array(
				'type'    => 'integer',
				'minimum' => 1,
				'maximum' => Schemas::MAX_ID,
			),
			'action'      => array(
				'type'    => 'string',
				'pattern' => '^[a-z_.]{1,64}$',
			),
			'actor_type'  => array(
				'type' => 'string',
				'enum' => array( 'user', 'application_password', 'api_key', 'cli', 'system' ),
			),
			'after'       => array(
				'type'   => 'string',
				'format' => 'date-time',
			),
			'before'      => array(
				'type'   => 'string',
				'format' => 'date-time',
			),
		);
	}
}
