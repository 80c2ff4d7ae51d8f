<?php
/**
 * Base of every REST controller.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\RestApi\Controllers;

use EntitlementLedger\RestApi\ErrorResponse;
use EntitlementLedger\RestApi\Idempotency\IdempotencyGuard;
use Throwable;
use WP_Error;
use WP_REST_Controller;
use EntitlementLedger\RestApi\Schemas;
use WP_REST_Request;
use WP_REST_Response;

/**
 * Shared plumbing: namespace, capability checks, error mapping, idempotent writes, paging.
 */
abstract class Controller extends WP_REST_Controller {

	public const NAMESPACE = 'entitlement-ledger/v1';

	/**
	 * REST namespace.
	 *
	 * @var string
	 */
	protected $namespace = self::NAMESPACE;

	/**
	 * Constructor.
	 *
	 * @param IdempotencyGuard $guard Idempotent writes.
	 */
	public function __construct( protected IdempotencyGuard $guard ) {
	}

	/**
	 * A permission callback requiring a capability: 401 when logged out, 403 when not allowed.
	 *
	 * @param string $capability Capability.
	 * @return callable(): (true|WP_Error)
	 */
	protected function requires( string $capability ): callable {
		return static function () use ( $capability ): bool|WP_Error {
			if ( current_user_can( $capability ) ) {
				return true;
			}
			return new WP_Error(
				'el_forbidden',
				is_user_logged_in() ? __( 'You are not allowed to do this.', 'entitlement-ledger' ) : __( 'Log in first.', 'entitlement-ledger' ),
				array( 'status' => rest_authorization_required_code() )
			);
		};
	}

	/**
	 * Runs a write under the request's Idempotency-Key, in one transaction.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 * @param callable(): WP_REST_Response          $work    The write.
	 */
	protected function write( WP_REST_Request $request, callable $work ): WP_REST_Response|WP_Error {
		return $this->guard->run( $request, $work );
	}

	/**
	 * Runs a read, mapping domain errors.
	 *
	 * @param callable(): WP_REST_Response $work The read.
	 */
	protected function read( callable $work ): WP_REST_Response|WP_Error {
		try {
			return $work();
		} catch ( Throwable $error ) {
			return ErrorResponse::from( $error );
		}
	}

	/**
	 * A list response with the paging headers.
	 *
	 * @param list<array<string, mixed>> $items    Items.
	 * @param int                        $total    Total matching.
	 * @param int                        $per_page Page size.
	 */
	protected function paged( array $items, int $total, int $per_page ): WP_REST_Response {
		$response = new WP_REST_Response( $items, 200 );
		$response->header( 'X-WP-Total', (string) $total );
		$response->header( 'X-WP-TotalPages', (string) max( 1, (int) ceil( $total / max( 1, $per_page ) ) ) );
		return $response;
	}

	/**
	 * The page and per_page arguments.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	protected function paging_args(): array {
		return array(
			'page'     => array(
				'description' => __( 'Page of the collection.', 'entitlement-ledger' ),
				'type'        => 'integer',
				'default'     => 1,
				'minimum'     => 1,
				'maximum'     => 100000,
			),
			'per_page' => array(
				'description' => __( 'Items per page.', 'entitlement-ledger' ),
				'type'        => 'integer',
				'default'     => 20,
				'minimum'     => 1,
				'maximum'     => 100,
			),
		);
	}

	/**
	 * The id argument of item routes.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	protected function id_arg(): array {
		return array(
			'id' => array(
				'description' => __( 'Unique identifier.', 'entitlement-ledger' ),
				'type'        => 'integer',
				'minimum'     => 1,
				'maximum'     => Schemas::MAX_ID,
			),
		);
	}

	/**
	 * The {id} of an item route, from the path only: a JSON or query "id" must never
	 * retarget the request (WordPress gives body parameters precedence over path ones).
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 */
	protected function path_id( WP_REST_Request $request ): int {
		$params = $request->get_url_params();
		return isset( $params['id'] ) ? (int) $params['id'] : 0;
	}

	/**
	 * A reason argument (cancel, delete, undo, adjust).
	 *
	 * @param bool $required Whether it must be given.
	 * @return array<string, mixed>
	 */
	protected function reason_arg( bool $required ): array {
		return array(
			'description' => __( 'Why; kept in the ledger memo and the audit log.', 'entitlement-ledger' ),
			'type'        => 'string',
			'minLength'   => $required ? 1 : 0,
			'maxLength'   => 500,
			'required'    => $required,
		);
	}

	/**
	 * Adds _links from the item schema's point of view.
	 *
	 * @param string $path Path under the namespace.
	 */
	protected function url( string $path ): string {
		return rest_url( $this->namespace . $path );
	}
}
