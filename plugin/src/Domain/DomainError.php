<?php
/**
 * The one exception type the domain throws for expected failures.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain;

use RuntimeException;

/**
 * A failure with a stable el_* code, a human message and an HTTP status.
 * The REST layer turns it into a WP_Error; WP-CLI prints it.
 */
final class DomainError extends RuntimeException {

	/**
	 * Constructor.
	 *
	 * @param string               $error_code el_* code.
	 * @param string               $message    Human-readable, translated message.
	 * @param int                  $status     HTTP status.
	 * @param array<string, mixed> $data       Extra data (e.g. the parameter at fault).
	 */
	public function __construct(
		public readonly string $error_code,
		string $message,
		public readonly int $status = 400,
		public readonly array $data = array()
	) {
		parent::__construct( $message );
	}

	/**
	 * Bad input (400).
	 *
	 * @param string $code    el_* code.
	 * @param string $message Message.
	 * @param string $param   The parameter at fault, if any.
	 */
	public static function invalid( string $code, string $message, string $param = '' ): self {
		return new self( $code, $message, 400, '' === $param ? array() : array( 'param' => $param ) );
	}

	/**
	 * Not found, or not the caller's (404).
	 *
	 * @param string $code    el_* code.
	 * @param string $message Message.
	 */
	public static function not_found( string $code, string $message ): self {
		return new self( $code, $message, 404 );
	}

	/**
	 * The object is in a state that does not allow the change (409).
	 *
	 * @param string $code    el_* code.
	 * @param string $message Message.
	 */
	public static function conflict( string $code, string $message ): self {
		return new self( $code, $message, 409 );
	}
}
