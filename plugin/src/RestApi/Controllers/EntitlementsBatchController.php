<?php
/**
 * POST /entitlements/batch.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\RestApi\Controllers;

use EntitlementLedger\Domain\Access\Capabilities;
use EntitlementLedger\Domain\DomainError;
use EntitlementLedger\RestApi\ErrorResponse;
use Throwable;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * Creates, updates and deletes many entitlements in one request, like WooCommerce's batch
 * endpoints: each item runs on its own (a savepoint), and its result or error is reported
 * in the item's place.
 */
class EntitlementsBatchController extends Controller {

	public const MAX_ITEMS = 100;

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'entitlements/batch';

	/**
	 * Registers the route.
	 */
	public function register_routes(): void {
		$list = array(
			'type'     => 'array',
			'maxItems' => self::MAX_ITEMS,
			'items'    => array( 'type' => 'object' ),
		);
		register_rest_route(
			self::NAMESPACE,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'batch' ),
					'permission_callback' => $this->requires( Capabilities::MANAGE_ENTITLEMENTS ),
					'args'                => array(
						'create' => array( 'description' => __( 'Entitlements to create.', 'entitlement-ledger' ) ) + $list,
						'update' => array( 'description' => __( 'Changes, each with its id.', 'entitlement-ledger' ) ) + $list,
						'delete' => array(
							'description' => __( 'Deletions: {id, reason}.', 'entitlement-ledger' ),
						) + $list,
					),
				),
			)
		);
	}

	/**
	 * Runs every item and reports each.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 */
	public function batch( WP_REST_Request $request ): WP_REST_Response|WP_Error {
		$groups = array(
			'create' => (array) ( $request['create'] ?? array() ),
			'update' => (array) ( $request['update'] ?? array() ),
			'delete' => (array) ( $request['delete'] ?? array() ),
		);
		if ( array_sum( array_map( 'count', $groups ) ) > self::MAX_ITEMS ) {
			/* translators: %d: maximum number of items. */
			return new WP_Error( 'el_batch_too_large', sprintf( __( 'A batch may hold at most %d items in all.', 'entitlement-ledger' ), self::MAX_ITEMS ), array( 'status' => 400 ) );
		}
		return $this->write(
			$request,
			function () use ( $groups, $request ): WP_REST_Response {
				$results = array();
				foreach ( $groups as $operation => $items ) {
					$results[ $operation ] = array();
					foreach ( $items as $item ) {
						$results[ $operation ][] = $this->run_item( $operation, is_array( $item ) ? $item : array(), $request );
					}
				}
				return new WP_REST_Response( $results, 200 );
			}
		);
	}

	/**
	 * One item as a sub-request to the single-item route, so it gets the same validation,
	 * permission check and savepoint as a request of its own.
	 *
	 * @param string                                $operation create|update|delete.
	 * @param array<string, mixed>                  $item      Item body.
	 * @param WP_REST_Request<array<string, mixed>> $parent    The batch request.
	 * @return array<string, mixed>
	 */
	private function run_item( string $operation, array $item, WP_REST_Request $parent ): array {
		try {
			$id = isset( $item['id'] ) && is_int( $item['id'] ) && $item['id'] > 0 ? $item['id'] : 0;
			if ( 'create' !== $operation && 0 === $id ) {
				throw DomainError::invalid( 'el_missing_param', __( 'Each update and delete item needs a positive integer id.', 'entitlement-ledger' ), 'id' );
			}
			$method  = array(
				'create' => 'POST',
				'update' => 'PATCH',
				'delete' => 'DELETE',
			)[ $operation ];
			$route   = '/' . $this->namespace . '/entitlements' . ( 'create' === $operation ? '' : '/' . $id );
			$request = new WP_REST_Request( $method, $route );
			$request->set_body_params( array_diff_key( $item, array( 'id' => true ) ) );
			$request->set_url_params( array( 'id' => $id ) );
			$response = rest_do_request( $request );
			if ( $response->is_error() ) {
				return array(
					'id'    => $id,
					'error' => $response->get_data(),
				);
			}
			return (array) $response->get_data();
		} catch ( Throwable $error ) {
			$wp_error = ErrorResponse::from( $error );
			return array(
				'id'    => $id ?? 0,
				'error' => array(
					'code'    => $wp_error->get_error_code(),
					'message' => $wp_error->get_error_message(),
					'data'    => $wp_error->get_error_data(),
				),
			);
		}
	}
}
