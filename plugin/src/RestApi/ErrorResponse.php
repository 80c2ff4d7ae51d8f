<?php
/**
 * Turns exceptions into REST errors.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\RestApi;

use EntitlementLedger\Domain\DomainError;
use Throwable;
use WP_Error;

/**
 * The one place an exception becomes a WP_Error. Unexpected exceptions are logged and
 * answered with a generic message, so internals never leak.
 */
final class ErrorResponse {

	/**
	 * The WP_Error for an exception.
	 *
	 * @param Throwable $error The exception.
	 */
	public static function from( Throwable $error ): WP_Error {
		if ( $error instanceof DomainError ) {
			return new WP_Error( $error->error_code, $error->getMessage(), array_merge( $error->data, array( 'status' => $error->status ) ) );
		}
		// phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log -- operators need the cause.
		error_log( sprintf( 'Entitlement Ledger: %s in %s:%d', $error->getMessage(), $error->getFile(), $error->getLine() ) );
		return new WP_Error( 'el_internal_error', __( 'Something went wrong on the server; nothing was changed. Please try again.', 'entitlement-ledger' ), array( 'status' => 500 ) );
	}
}
