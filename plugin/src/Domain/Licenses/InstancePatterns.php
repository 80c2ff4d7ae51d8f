<?php
/**
 * Instances that activate without using a seat.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain\Licenses;

/**
 * A brand's free instance patterns: a host name with * wildcards (`localhost`, `*.test`,
 * `staging.*`). An instance given as a URL is matched by its host.
 */
final class InstancePatterns {

	public const PATTERN = '^[a-z0-9*]([a-z0-9.*-]{0,98}[a-z0-9*])?$';

	/**
	 * Whether the instance matches one of the patterns.
	 *
	 * @param string       $instance Normalised instance.
	 * @param list<string> $patterns Patterns.
	 */
	public static function matches( string $instance, array $patterns ): bool {
		$host = self::host( $instance );
		foreach ( $patterns as $pattern ) {
			$regex = '/^' . str_replace( '\*', '.*', preg_quote( $pattern, '/' ) ) . '$/D';
			if ( 1 === preg_match( $regex, $host ) ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The host of a URL instance, or the instance itself (without a port).
	 *
	 * @param string $instance Instance.
	 */
	private static function host( string $instance ): string {
		$host = str_contains( $instance, '://' ) ? wp_parse_url( $instance, PHP_URL_HOST ) : $instance;
		$host = is_string( $host ) ? $host : $instance;
		return (string) preg_replace( '/:\d+$/', '', strtolower( $host ) );
	}

	/**
	 * Validated, normalised patterns.
	 *
	 * @param mixed $patterns Input.
	 * @return list<string>
	 * @throws \EntitlementLedger\Domain\DomainError When one is malformed.
	 */
	public static function validated( mixed $patterns ): array {
		if ( ! is_array( $patterns ) || count( $patterns ) > 50 ) {
			throw \EntitlementLedger\Domain\DomainError::invalid( 'el_invalid_instance_patterns', __( 'instance_patterns must be a list of at most 50 host patterns.', 'entitlement-ledger' ), 'instance_patterns' );
		}
		$clean = array();
		foreach ( $patterns as $pattern ) {
			$pattern = is_string( $pattern ) ? strtolower( trim( $pattern ) ) : '';
			if ( 1 !== preg_match( '/' . self::PATTERN . '/D', $pattern ) ) {
				throw \EntitlementLedger\Domain\DomainError::invalid( 'el_invalid_instance_patterns', __( 'Each instance pattern is a host name with optional * wildcards, e.g. localhost, *.test or staging.*.', 'entitlement-ledger' ), 'instance_patterns' );
			}
			$clean[] = $pattern;
		}
		return array_values( array_unique( $clean ) );
	}
}
