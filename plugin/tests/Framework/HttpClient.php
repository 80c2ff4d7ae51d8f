<?php
/**
 * Real HTTP requests against the running test server.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Framework;

use WP_Application_Passwords;

/**
 * Sends requests to EL_TEST_URL with an application password, one at a time or many
 * at once (curl_multi), so concurrency tests hit separate PHP-FPM workers for real.
 */
final class HttpClient {

	/**
	 * Constructor.
	 *
	 * @param string $base_url  Site URL.
	 * @param string $user      Login, or '' for anonymous.
	 * @param string $password  Application password.
	 */
	private function __construct( private string $base_url, private string $user, private string $password ) {
	}

	/**
	 * A client authenticated as $user_id with a fresh application password.
	 *
	 * @param int $user_id User id (0 for anonymous).
	 */
	public static function for_user( int $user_id ): self {
		$base = rtrim( (string) getenv( 'EL_TEST_URL' ), '/' );
		if ( 0 === $user_id ) {
			return new self( $base, '', '' );
		}
		$created = WP_Application_Passwords::create_new_application_password( $user_id, array( 'name' => 'tests-' . wp_generate_password( 6, false ) ) );
		if ( is_wp_error( $created ) ) {
			throw new \RuntimeException( esc_html( $created->get_error_message() ) );
		}
		$user = get_userdata( $user_id );
		return new self( $base, false === $user ? '' : $user->user_login, $created[0] );
	}

	/**
	 * One request.
	 *
	 * @param string                           $method  Method.
	 * @param string                           $path    Path under the plugin namespace.
	 * @param array<string, mixed>|string|null $body JSON body (array) or raw body (string).
	 * @param array<string, string>            $headers Extra headers.
	 * @return array{status: int, headers: array<string, string>, body: mixed, raw: string}
	 */
	public function request( string $method, string $path, array|string|null $body = null, array $headers = array() ): array {
		return $this->parallel( array( array( $method, $path, $body, $headers ) ) )[0];
	}

	/**
	 * Many requests at the same time; results in the same order.
	 *
	 * @param list<array{0: string, 1: string, 2?: array<string, mixed>|string|null, 3?: array<string, string>}> $requests Requests.
	 * @return list<array{status: int, headers: array<string, string>, body: mixed, raw: string}>
	 */
	public function parallel( array $requests ): array {
		$multi   = curl_multi_init();
		$handles = array();
		$headers = array();
		foreach ( $requests as $index => $spec ) {
			[ $method, $path ] = $spec;
			$body              = $spec[2] ?? null;
			$extra             = $spec[3] ?? array();
			$handle            = curl_init( $this->base_url . '/wp-json/entitlement-ledger/v1' . $path );
			$lines             = array( 'Expect:' );
			if ( is_array( $body ) ) {
				$body    = (string) wp_json_encode( $body );
				$lines[] = 'Content-Type: application/json';
			}
			foreach ( $extra as $name => $value ) {
				$lines[] = $name . ': ' . $value;
			}
			$headers[ $index ] = array();
			curl_setopt_array(
				$handle,
				array(
					CURLOPT_CUSTOMREQUEST  => $method,
					CURLOPT_RETURNTRANSFER => true,
					CURLOPT_HTTPHEADER     => $lines,
					CURLOPT_TIMEOUT        => 60,
					CURLOPT_HEADERFUNCTION => static function ( $curl, string $line ) use ( &$headers, $index ): int {
						$parts = explode( ':', $line, 2 );
						if ( 2 === count( $parts ) ) {
							$headers[ $index ][ strtolower( trim( $parts[0] ) ) ] = trim( $parts[1] );
						}
						return strlen( $line );
					},
				)
			);
			if ( '' !== $this->user ) {
				curl_setopt( $handle, CURLOPT_USERPWD, $this->user . ':' . $this->password );
			}
			if ( null !== $body ) {
				curl_setopt( $handle, CURLOPT_POSTFIELDS, $body );
			}
			curl_multi_add_handle( $multi, $handle );
			$handles[ $index ] = $handle;
		}
		do {
			$status = curl_multi_exec( $multi, $running );
			if ( $running > 0 ) {
				curl_multi_select( $multi, 1.0 );
			}
		} while ( $running > 0 && CURLM_OK === $status );

		$results = array();
		foreach ( $handles as $index => $handle ) {
			$raw       = (string) curl_multi_getcontent( $handle );
			$results[] = array(
				'status'  => (int) curl_getinfo( $handle, CURLINFO_RESPONSE_CODE ),
				'headers' => $headers[ $index ],
				'body'    => json_decode( $raw, true ),
				'raw'     => $raw,
			);
			curl_multi_remove_handle( $multi, $handle );
		}
		curl_multi_close( $multi );
		return $results;
	}
}
