<?php
/**
 * Date conversion between the API and storage.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\RestApi;

use EntitlementLedger\Domain\DomainError;

/**
 * The API speaks RFC 3339 in UTC ("2026-11-22T10:00:00Z"); storage keeps UTC 'Y-m-d H:i:s'.
 */
final class Dates {

	/**
	 * Storage value to API value.
	 *
	 * @param string|null $stored UTC 'Y-m-d H:i:s'.
	 */
	public static function to_api( ?string $stored ): ?string {
		return null === $stored ? null : str_replace( ' ', 'T', $stored ) . 'Z';
	}

	/**
	 * API value (any RFC 3339 offset; no offset means UTC) to storage value.
	 *
	 * @param mixed  $value Input.
	 * @param string $param Parameter name.
	 * @throws DomainError When not a date.
	 */
	public static function from_api( mixed $value, string $param ): string {
		$timestamp = is_string( $value ) ? rest_parse_date( $value ) : false;
		if ( false === $timestamp ) {
			/* translators: %s: parameter name. */
			throw DomainError::invalid( 'el_invalid_date', sprintf( __( '%s must be an RFC 3339 date-time.', 'entitlement-ledger' ), $param ), $param );
		}
		return gmdate( 'Y-m-d H:i:s', $timestamp );
	}
}
