<?php
/**
 * License keys and brand API keys: generation, format and hashing.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain\Licenses;

/**
 * Secrets are random (random_bytes), readable (Crockford base32: no I, L, O, U), carry a short
 * prefix that says what they are, and are stored only as an HMAC-SHA256 under a site secret, so
 * a copy of the database alone does not let anyone try keys offline. Each key starts with a
 * random public "lookup" part that finds its row; the rest is the secret.
 *
 * License key: ELK-LLLLLLLL-SSSSSSS-SSSSSSS-SSSSSSS-SSSSSSS (28 secret characters = 140 bits).
 * Brand API key: elb_llllllll_ssss…s (32 secret characters = 160 bits).
 */
class SecretKeys {

	public const LICENSE_PREFIX = 'ELK';
	public const BRAND_PREFIX   = 'elb';

	private const ALPHABET       = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
	private const LOOKUP_LENGTH  = 8;
	private const LICENSE_GROUPS = 4;
	private const GROUP_LENGTH   = 7;
	private const BRAND_SECRET   = 32;

	/**
	 * Where the HMAC secret is kept unless wp-config.php defines ENTITLEMENT_LEDGER_KEY_SECRET.
	 */
	public const SECRET_OPTION = 'entitlement_ledger_key_secret';

	public const LICENSE_PATTERN = '^ELK-[0-9A-HJKMNP-TV-Z]{8}(-[0-9A-HJKMNP-TV-Z]{7}){4}$';
	public const BRAND_PATTERN   = '^elb_[0-9a-hjkmnp-tv-z]{8}_[0-9a-hjkmnp-tv-z]{32}$';

	/**
	 * The HMAC secret, memoised for the request.
	 *
	 * @var string|null
	 */
	private ?string $secret = null;

	/**
	 * A new license key.
	 *
	 * @return array{key: string, lookup: string, hash: string}
	 */
	public function new_license_key(): array {
		$lookup = self::random( self::LOOKUP_LENGTH );
		$groups = array();
		for ( $i = 0; $i < self::LICENSE_GROUPS; $i++ ) {
			$groups[] = self::random( self::GROUP_LENGTH );
		}
		$key = self::LICENSE_PREFIX . '-' . $lookup . '-' . implode( '-', $groups );
		return array(
			'key'    => $key,
			'lookup' => $lookup,
			'hash'   => $this->hash( $key ),
		);
	}

	/**
	 * A new brand API key.
	 *
	 * @return array{key: string, lookup: string, hash: string}
	 */
	public function new_brand_key(): array {
		$lookup = strtolower( self::random( self::LOOKUP_LENGTH ) );
		$key    = self::BRAND_PREFIX . '_' . $lookup . '_' . strtolower( self::random( self::BRAND_SECRET ) );
		return array(
			'key'    => $key,
			'lookup' => $lookup,
			'hash'   => $this->hash( $key ),
		);
	}

	/**
	 * A license key as typed by a person, normalised (trimmed, upper case), or null when it
	 * cannot be a license key at all.
	 *
	 * @param string $input Input.
	 */
	public static function normalise_license_key( string $input ): ?string {
		$key = strtoupper( trim( $input ) );
		return 1 === preg_match( '/' . self::LICENSE_PATTERN . '/D', $key ) ? $key : null;
	}

	/**
	 * The lookup part of a normalised license key.
	 *
	 * @param string $key Normalised key.
	 */
	public static function license_lookup( string $key ): string {
		return substr( $key, strlen( self::LICENSE_PREFIX ) + 1, self::LOOKUP_LENGTH );
	}

	/**
	 * The lookup part of a brand key, or null when it is not one.
	 *
	 * @param string $key Key.
	 */
	public static function brand_lookup( string $key ): ?string {
		return 1 === preg_match( '/' . self::BRAND_PATTERN . '/D', $key ) ? substr( $key, strlen( self::BRAND_PREFIX ) + 1, self::LOOKUP_LENGTH ) : null;
	}

	/**
	 * HMAC-SHA256 of a key under the site secret (hex).
	 *
	 * @param string $key Full key.
	 */
	public function hash( string $key ): string {
		return hash_hmac( 'sha256', $key, $this->secret() );
	}

	/**
	 * Whether a presented key matches a stored hash, in constant time. With no stored hash
	 * (unknown lookup) the same work is done against a hash nothing matches, so an unknown key
	 * and a wrong key cost the same.
	 *
	 * @param string      $key    Presented key.
	 * @param string|null $stored Stored hash, or null.
	 */
	public function matches( string $key, ?string $stored ): bool {
		$equal = hash_equals( $stored ?? str_repeat( '0', 64 ), $this->hash( $key ) );
		return null !== $stored && $equal;
	}

	/**
	 * Seals a key for the one place it must be shown again (the order that sold it), with a
	 * key derived from the site secret; never used for lookups.
	 *
	 * @param string $key Full key.
	 */
	public function seal( string $key ): string {
		$nonce = random_bytes( SODIUM_CRYPTO_SECRETBOX_NONCEBYTES );
		return base64_encode( $nonce . sodium_crypto_secretbox( $key, $nonce, $this->sealing_key() ) ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode -- binary to text.
	}

	/**
	 * Opens a sealed key; null when it was not sealed with this site's secret.
	 *
	 * @param string $sealed Sealed value.
	 */
	public function open( string $sealed ): ?string {
		$raw = base64_decode( $sealed, true ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_decode -- text to binary.
		if ( false === $raw || strlen( $raw ) <= SODIUM_CRYPTO_SECRETBOX_NONCEBYTES ) {
			return null;
		}
		$key = sodium_crypto_secretbox_open( substr( $raw, SODIUM_CRYPTO_SECRETBOX_NONCEBYTES ), substr( $raw, 0, SODIUM_CRYPTO_SECRETBOX_NONCEBYTES ), $this->sealing_key() );
		return false === $key ? null : $key;
	}

	/**
	 * The secretbox key: derived from the site secret, distinct from the HMAC key.
	 */
	private function sealing_key(): string {
		return hash_hmac( 'sha256', 'order-key-sealing', $this->secret(), true );
	}

	/**
	 * The site secret: a constant from wp-config.php, or a random value created once.
	 */
	private function secret(): string {
		if ( null !== $this->secret ) {
			return $this->secret;
		}
		if ( defined( 'ENTITLEMENT_LEDGER_KEY_SECRET' ) && is_string( ENTITLEMENT_LEDGER_KEY_SECRET ) && '' !== ENTITLEMENT_LEDGER_KEY_SECRET ) {
			$this->secret = ENTITLEMENT_LEDGER_KEY_SECRET;
			return $this->secret;
		}
		$stored = get_option( self::SECRET_OPTION );
		if ( ! is_string( $stored ) || '' === $stored ) {
			// add_option() refuses when another request created it first; read the winner's.
			add_option( self::SECRET_OPTION, bin2hex( random_bytes( 32 ) ), '', true );
			wp_cache_delete( 'alloptions', 'options' );
			$stored = (string) get_option( self::SECRET_OPTION );
		}
		$this->secret = $stored;
		return $this->secret;
	}

	/**
	 * Random characters of the alphabet (5 bits each, no modulo bias: 256 is a multiple of 32).
	 *
	 * @param int<1, max> $length Characters.
	 */
	private static function random( int $length ): string {
		$out = '';
		foreach ( str_split( random_bytes( $length ) ) as $byte ) {
			$out .= self::ALPHABET[ ord( $byte ) % 32 ];
		}
		return $out;
	}
}
