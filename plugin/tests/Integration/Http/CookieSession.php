<?php
/**
 * A browser-like cookie session against the running test server.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\Http;

/**
 * Logs in through wp-login.php like a browser, keeps the cookies WordPress sets, fetches
 * a REST nonce from admin-ajax.php (action rest-nonce, what wp-admin's apiFetch uses) and
 * sends REST requests with those cookies, with or without the X-WP-Nonce header.
 */
final class CookieSession {

	/**
	 * Cookies: name => value.
	 *
	 * @var array<string, string>
	 */
	private array $cookies = array( 'wordpress_test_cookie' => 'WP%20Cookie%20check' );

	/**
	 * Constructor.
	 *
	 * @param string $base_url Site URL without a trailing slash.
	 */
	private function __construct( private string $base_url ) {
	}

	/**
	 * A session logged in as $login (EL_TEST_URL's site).
	 *
	 * @param string $login    User login.
	 * @param string $password Password.
	 * @throws \RuntimeException When WordPress does not log the user in.
	 */
	public static function log_in( string $login, string $password ): self {
		$session  = new self( rtrim( (string) getenv( 'EL_TEST_URL' ), '/' ) );
		$response = $session->send(
			'POST',
			'/wp-login.php',
			http_build_query(
				array(
					'log'         => $login,
					'pwd'         => $password,
					'wp-submit'   => 'Log In',
					'redirect_to' => $session->base_url . '/wp-admin/',
					'testcookie'  => '1',
				)
			),
			array( 'Content-Type: application/x-www-form-urlencoded' )
		);
		if ( ! $session->has_login_cookie() ) {
			throw new \RuntimeException( esc_html( sprintf( 'wp-login.php did not log %s in (HTTP %d).', $login, $response['status'] ) ) );
		}
		return $session;
	}

	/**
	 * Whether WordPress set its logged-in cookie.
	 */
	public function has_login_cookie(): bool {
		foreach ( array_keys( $this->cookies ) as $name ) {
			if ( str_starts_with( $name, 'wordpress_logged_in_' ) ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A wp_rest nonce for this session, from admin-ajax.php?action=rest-nonce.
	 *
	 * @throws \RuntimeException When WordPress answers something else.
	 */
	public function rest_nonce(): string {
		$response = $this->send( 'GET', '/wp-admin/admin-ajax.php?action=rest-nonce', null, array() );
		$nonce    = trim( $response['raw'] );
		if ( 200 !== $response['status'] || 1 !== preg_match( '/^[0-9a-f]{10}$/', $nonce ) ) {
			throw new \RuntimeException( esc_html( sprintf( 'No REST nonce (HTTP %d): %s', $response['status'], substr( $nonce, 0, 200 ) ) ) );
		}
		return $nonce;
	}

	/**
	 * A REST request under the plugin namespace with this session's cookies.
	 *
	 * @param string                    $method Method.
	 * @param string                    $path   Path under /wp-json/entitlement-ledger/v1.
	 * @param array<string, mixed>|null $body   JSON body.
	 * @param string|null               $nonce  X-WP-Nonce, or null to send none.
	 * @return array{status: int, headers: array<string, string>, body: mixed, raw: string}
	 */
	public function rest( string $method, string $path, ?array $body = null, ?string $nonce = null ): array {
		$headers = array();
		if ( null !== $body ) {
			$headers[] = 'Content-Type: application/json';
		}
		if ( null !== $nonce ) {
			$headers[] = 'X-WP-Nonce: ' . $nonce;
		}
		return $this->send( $method, '/wp-json/entitlement-ledger/v1' . $path, null === $body ? null : (string) wp_json_encode( $body ), $headers );
	}

	/**
	 * One request; remembers the cookies the answer sets. Redirects are not followed.
	 *
	 * @param string       $method  Method.
	 * @param string       $path    Path under the site URL.
	 * @param string|null  $body    Raw body.
	 * @param list<string> $headers Header lines.
	 * @return array{status: int, headers: array<string, string>, body: mixed, raw: string}
	 */
	private function send( string $method, string $path, ?string $body, array $headers ): array {
		$pairs = array();
		foreach ( $this->cookies as $name => $value ) {
			$pairs[] = $name . '=' . $value;
		}
		$headers[]        = 'Cookie: ' . implode( '; ', $pairs );
		$headers[]        = 'Expect:';
		$response_headers = array();
		$handle           = curl_init( $this->base_url . $path );
		curl_setopt_array(
			$handle,
			array(
				CURLOPT_CUSTOMREQUEST  => $method,
				CURLOPT_RETURNTRANSFER => true,
				CURLOPT_FOLLOWLOCATION => false,
				CURLOPT_HTTPHEADER     => $headers,
				CURLOPT_TIMEOUT        => 30,
				CURLOPT_HEADERFUNCTION => function ( $curl, string $line ) use ( &$response_headers ): int {
					$parts = explode( ':', $line, 2 );
					if ( 2 === count( $parts ) ) {
						$name = strtolower( trim( $parts[0] ) );
						if ( 'set-cookie' === $name ) {
							$this->remember_cookie( trim( $parts[1] ) );
						}
						$response_headers[ $name ] = trim( $parts[1] );
					}
					return strlen( $line );
				},
			)
		);
		if ( null !== $body ) {
			curl_setopt( $handle, CURLOPT_POSTFIELDS, $body );
		}
		$raw    = (string) curl_exec( $handle );
		$status = (int) curl_getinfo( $handle, CURLINFO_RESPONSE_CODE );
		curl_close( $handle );
		return array(
			'status'  => $status,
			'headers' => $response_headers,
			'body'    => json_decode( $raw, true ),
			'raw'     => $raw,
		);
	}

	/**
	 * Keeps (or, when expired, drops) a cookie from a Set-Cookie value.
	 *
	 * @param string $set_cookie Header value.
	 */
	private function remember_cookie( string $set_cookie ): void {
		$attributes       = explode( ';', $set_cookie );
		[ $name, $value ] = array_pad( explode( '=', (string) array_shift( $attributes ), 2 ), 2, '' );
		$expired          = false;
		foreach ( $attributes as $attribute ) {
			[ $key, $when ] = array_pad( explode( '=', trim( $attribute ), 2 ), 2, '' );
			if ( 'expires' === strtolower( $key ) && strtotime( $when ) < time() ) {
				$expired = true;
			}
		}
		if ( $expired || '' === trim( $value ) ) {
			unset( $this->cookies[ trim( $name ) ] );
			return;
		}
		$this->cookies[ trim( $name ) ] = trim( $value );
	}
}
