<?php
/**
 * Request-level input checks for the plugin's routes.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\RestApi;

use EntitlementLedger\Infrastructure\Registerable;
use EntitlementLedger\RestApi\Controllers\Controller;
use WP_Error;
use WP_REST_Request;
use WP_REST_Server;

/**
 * Rejects oversized bodies and invalid UTF-8 before routing, and gives WordPress's own
 * validation errors our el_* codes (keeping their details), so every bad input answers
 * 400 with a code clients can rely on.
 */
final class RequestGuard implements Registerable {

	public const MAX_BODY_BYTES = 262144;

	private const RENAMED_CODES = array(
		'rest_invalid_param'          => 'el_invalid_param',
		'rest_missing_callback_param' => 'el_missing_param',
		'rest_invalid_json'           => 'el_invalid_json',
	);

	/**
	 * Always needed: hooks are cheap and only act on our namespace.
	 */
	public function is_needed(): bool {
		return true;
	}

	/**
	 * Adds the filters.
	 */
	public function register(): void {
		add_filter( 'rest_pre_dispatch', array( $this, 'handle_rest_pre_dispatch' ), 10, 3 );
		add_filter( 'rest_request_before_callbacks', array( $this, 'handle_rest_request_before_callbacks' ), 10, 3 );
	}

	/**
	 * Size and encoding checks on the raw request.
	 *
	 * @param mixed                                 $result  Earlier result.
	 * @param WP_REST_Server                        $server  Server.
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 * @return mixed
	 */
	public function handle_rest_pre_dispatch( mixed $result, WP_REST_Server $server, WP_REST_Request $request ): mixed {
		if ( null !== $result || ! self::is_ours( $request ) ) {
			return $result;
		}
		if ( strlen( (string) $request->get_body() ) > self::MAX_BODY_BYTES ) {
			return new WP_Error( 'el_body_too_large', __( 'The request body is too large.', 'entitlement-ledger' ), array( 'status' => 400 ) );
		}
		$raw = array( $request->get_body(), $request->get_query_params(), $request->get_body_params(), $request->get_headers() );
		if ( ! self::valid_utf8( $raw ) ) {
			return new WP_Error( 'el_invalid_utf8', __( 'The request contains text that is not valid UTF-8.', 'entitlement-ledger' ), array( 'status' => 400 ) );
		}
		return $result;
	}

	/**
	 * Renames WordPress's validation error codes on our routes.
	 *
	 * @param mixed                                 $response Response so far (WP_Error on invalid params).
	 * @param array<string, mixed>                  $handler  Route handler.
	 * @param WP_REST_Request<array<string, mixed>> $request  Request.
	 * @return mixed
	 */
	public function handle_rest_request_before_callbacks( mixed $response, array $handler, WP_REST_Request $request ): mixed {
		if ( ! $response instanceof WP_Error || ! self::is_ours( $request ) ) {
			return $response;
		}
		$code = $response->get_error_code();
		if ( ! is_string( $code ) || ! isset( self::RENAMED_CODES[ $code ] ) ) {
			return $response;
		}
		return new WP_Error( self::RENAMED_CODES[ $code ], $response->get_error_message(), $response->get_error_data() );
	}

	/**
	 * Whether the request targets our namespace.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 */
	private static function is_ours( WP_REST_Request $request ): bool {
		return str_starts_with( $request->get_route(), '/' . Controller::NAMESPACE . '/' ) || '/' . Controller::NAMESPACE === $request->get_route();
	}

	/**
	 * Whether every string (keys included) in a nested value is valid UTF-8.
	 *
	 * @param mixed $value Value.
	 */
	private static function valid_utf8( mixed $value ): bool {
		if ( is_string( $value ) ) {
			return mb_check_encoding( $value, 'UTF-8' );
		}
		if ( is_array( $value ) ) {
			foreach ( $value as $key => $item ) {
				if ( ! self::valid_utf8( (string) $key ) || ! self::valid_utf8( $item ) ) {
					return false;
				}
			}
		}
		return true;
	}
}
