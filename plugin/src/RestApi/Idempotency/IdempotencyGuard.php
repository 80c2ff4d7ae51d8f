<?php
/**
 * Idempotency-Key handling for REST writes.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\RestApi\Idempotency;

use EntitlementLedger\Database\Transaction;
use EntitlementLedger\DataStores\IdempotencyStore;
use EntitlementLedger\Domain\Audit\ActorContext;
use EntitlementLedger\Domain\Clock;
use EntitlementLedger\RestApi\ErrorResponse;
use Throwable;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;

/**
 * Runs a write in one transaction together with its idempotency key row.
 * - no key: the work runs in a transaction;
 * - a new key: the key row and the work commit together, with the response;
 * - a completed key with the same request: the stored response is replayed (Idempotent-Replayed: true);
 * - a completed key with another request: 422 el_idempotency_mismatch;
 * - a key whose first request is still running: the second waits for it, then replays, or gets 409 el_idempotency_in_flight.
 */
class IdempotencyGuard {

	public const HEADER = 'idempotency-key';

	/**
	 * Response headers stored with the response and replayed.
	 */
	private const KEPT_HEADERS = array( 'Location', 'X-WP-Total', 'X-WP-TotalPages' );

	/**
	 * Constructor.
	 *
	 * @param IdempotencyStore $store       Key SQL.
	 * @param Transaction      $transaction Transactions.
	 * @param ActorContext     $actor       Client scope.
	 * @param Clock            $clock       Time.
	 */
	public function __construct(
		private IdempotencyStore $store,
		private Transaction $transaction,
		private ActorContext $actor,
		private Clock $clock
	) {
	}

	/**
	 * Runs $work under the request's Idempotency-Key, if any.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request The request.
	 * @param callable(): WP_REST_Response          $work    The write; throws DomainError on failure.
	 * @return WP_REST_Response|WP_Error
	 */
	public function run( WP_REST_Request $request, callable $work ): WP_REST_Response|WP_Error {
		$key = $request->get_header( self::HEADER );
		if ( null === $key ) {
			try {
				return $this->transaction->run( $work );
			} catch ( Throwable $error ) {
				return ErrorResponse::from( $error );
			}
		}
		if ( 1 !== preg_match( '/^[\x21-\x7E]{1,191}$/D', $key ) ) {
			return new WP_Error( 'el_invalid_idempotency_key', __( 'The Idempotency-Key header must be 1 to 191 printable ASCII characters.', 'entitlement-ledger' ), array( 'status' => 400 ) );
		}
		$scope = $this->actor->client_scope();
		$hash  = self::request_hash( $request );

		try {
			$outcome = $this->transaction->run(
				function () use ( $scope, $key, $hash, $work ): WP_REST_Response|string {
					$claim = $this->store->claim( $scope, $key, $hash, $this->clock->now() );
					if ( IdempotencyStore::CLAIMED !== $claim ) {
						return $claim;
					}
					$response = $work();
					$this->save( $scope, $key, $response );
					return $response;
				}
			);
		} catch ( Throwable $error ) {
			$wp_error = ErrorResponse::from( $error );
			$this->save_error( $scope, $key, $hash, $wp_error );
			return $wp_error;
		}
		if ( $outcome instanceof WP_REST_Response ) {
			return $outcome;
		}
		if ( IdempotencyStore::IN_FLIGHT === $outcome ) {
			return new WP_Error( 'el_idempotency_in_flight', __( 'A request with this Idempotency-Key is still being processed; retry shortly.', 'entitlement-ledger' ), array( 'status' => 409 ) );
		}
		return $this->replay( $scope, $key, $hash );
	}

	/**
	 * The stored response, or 422 when the key was used for another request.
	 *
	 * @param string $scope Client scope.
	 * @param string $key   Key.
	 * @param string $hash  Request hash.
	 */
	private function replay( string $scope, string $key, string $hash ): WP_REST_Response|WP_Error {
		$row = $this->store->find( $scope, $key );
		if ( null === $row || 0 === $row['response_status'] ) {
			return new WP_Error( 'el_idempotency_in_flight', __( 'A request with this Idempotency-Key is still being processed; retry shortly.', 'entitlement-ledger' ), array( 'status' => 409 ) );
		}
		if ( ! hash_equals( $row['request_hash'], $hash ) ) {
			return new WP_Error( 'el_idempotency_mismatch', __( 'This Idempotency-Key was already used with a different request.', 'entitlement-ledger' ), array( 'status' => 422 ) );
		}
		$headers                        = json_decode( (string) $row['response_headers'], true );
		$headers                        = is_array( $headers ) ? $headers : array();
		$headers['Idempotent-Replayed'] = 'true';
		// Decode objects as objects, so an empty {} is replayed as {} and not [].
		$body = json_decode( (string) $row['response_body'] );
		return new WP_REST_Response( is_object( $body ) ? get_object_vars( $body ) : $body, $row['response_status'], $headers );
	}

	/**
	 * Stores a successful response with the claimed key.
	 *
	 * @param string           $scope    Client scope.
	 * @param string           $key      Key.
	 * @param WP_REST_Response $response Response.
	 */
	private function save( string $scope, string $key, WP_REST_Response $response ): void {
		$headers = array_intersect_key( $response->get_headers(), array_flip( self::KEPT_HEADERS ) );
		$this->store->complete( $scope, $key, $response->get_status(), (string) wp_json_encode( $response->get_data() ), (string) wp_json_encode( $headers ) );
	}

	/**
	 * Stores a 4xx error as the key's response (its work was rolled back), so a retry
	 * gets the same answer. Server errors are not stored: a retry may succeed.
	 *
	 * @param string   $scope Client scope.
	 * @param string   $key   Key.
	 * @param string   $hash  Request hash.
	 * @param WP_Error $error Error.
	 */
	private function save_error( string $scope, string $key, string $hash, WP_Error $error ): void {
		$data   = $error->get_error_data();
		$status = is_array( $data ) && isset( $data['status'] ) ? (int) $data['status'] : 500;
		if ( $status >= 500 ) {
			return;
		}
		$body = rest_convert_error_to_response( $error )->get_data();
		try {
			$this->transaction->run(
				function () use ( $scope, $key, $hash, $status, $body ): void {
					if ( IdempotencyStore::CLAIMED === $this->store->claim( $scope, $key, $hash, $this->clock->now() ) ) {
						$this->store->complete( $scope, $key, $status, (string) wp_json_encode( $body ), '{}' );
					}
				}
			);
		} catch ( Throwable $ignored ) { // phpcs:ignore Generic.CodeAnalysis.EmptyStatement.DetectedCatch -- storing the error is best effort; the caller already has it.
		}
	}

	/**
	 * A hash of what makes two requests "the same": method, route and parameters.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 */
	public static function request_hash( WP_REST_Request $request ): string {
		$params = array(
			'method' => $request->get_method(),
			'route'  => $request->get_route(),
			'query'  => self::sorted( $request->get_query_params() ),
			'body'   => self::sorted( $request->get_json_params() ?? $request->get_body_params() ),
		);
		return hash( 'sha256', (string) wp_json_encode( $params ) );
	}

	/**
	 * Recursively key-sorted copy, so key order does not change the hash.
	 *
	 * @param mixed $value Value.
	 */
	private static function sorted( mixed $value ): mixed {
		if ( ! is_array( $value ) ) {
			return $value;
		}
		if ( ! array_is_list( $value ) ) {
			ksort( $value );
		}
		return array_map( array( self::class, 'sorted' ), $value );
	}
}
