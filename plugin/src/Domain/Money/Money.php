<?php
/**
 * Money in integer minor units.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain\Money;

use EntitlementLedger\Domain\DomainError;

/**
 * An amount in minor units with its currency. The API speaks decimal strings ("12.50");
 * storage and arithmetic use integers, so no float ever touches money.
 */
final class Money {

	/**
	 * The largest amount we accept: ten trillion major units of a two-decimal currency.
	 */
	public const MAX_MINOR = 1_000_000_000_000_000;

	/**
	 * Constructor.
	 *
	 * @param int      $minor    Amount in minor units (cents).
	 * @param Currency $currency Currency.
	 */
	public function __construct( public readonly int $minor, public readonly Currency $currency ) {
	}

	/**
	 * Parses a decimal string such as "12.50" or "-3" exactly.
	 *
	 * @param mixed    $value         The input; only strings and integers are accepted.
	 * @param Currency $currency      Currency, for the number of decimals allowed.
	 * @param string   $param         Parameter name for the error.
	 * @param bool     $allow_negative Whether a negative amount is acceptable.
	 * @throws DomainError On anything that is not an exact amount in range.
	 */
	public static function from_decimal( mixed $value, Currency $currency, string $param, bool $allow_negative = false ): self {
		if ( is_int( $value ) ) {
			$value = (string) $value;
		}
		$decimals = $currency->minor_unit;
		$pattern  = $decimals > 0 ? '/^(-?)(\d{1,16})(?:\.(\d{1,' . $decimals . '}))?$/D' : '/^(-?)(\d{1,16})$/D';
		if ( ! is_string( $value ) || 1 !== preg_match( $pattern, $value, $parts ) ) {
			throw DomainError::invalid(
				'el_invalid_amount',
				/* translators: 1: parameter name, 2: number of decimals. */
				sprintf( __( '%1$s must be a decimal string with at most %2$d decimals, such as "12.50".', 'entitlement-ledger' ), $param, $decimals ),
				$param
			);
		}
		$fraction = str_pad( $parts[3] ?? '', $decimals, '0' );
		$minor    = (int) ltrim( $parts[2] . $fraction, '0' );
		if ( $minor > self::MAX_MINOR ) {
			/* translators: %s: parameter name. */
			throw DomainError::invalid( 'el_amount_out_of_range', sprintf( __( '%s is too large.', 'entitlement-ledger' ), $param ), $param );
		}
		if ( '-' === $parts[1] ) {
			$minor = -$minor;
		}
		if ( ! $allow_negative && $minor <= 0 ) {
			/* translators: %s: parameter name. */
			throw DomainError::invalid( 'el_amount_not_positive', sprintf( __( '%s must be greater than zero.', 'entitlement-ledger' ), $param ), $param );
		}
		if ( $allow_negative && 0 === $minor ) {
			/* translators: %s: parameter name. */
			throw DomainError::invalid( 'el_amount_zero', sprintf( __( '%s must not be zero.', 'entitlement-ledger' ), $param ), $param );
		}
		return new self( $minor, $currency );
	}

	/**
	 * Decimal string of a minor-unit amount, e.g. 1250 → "12.50".
	 *
	 * @param int      $minor    Minor units.
	 * @param Currency $currency Currency.
	 */
	public static function format( int $minor, Currency $currency ): string {
		$decimals = $currency->minor_unit;
		$sign     = $minor < 0 ? '-' : '';
		$digits   = str_pad( (string) abs( $minor ), $decimals + 1, '0', STR_PAD_LEFT );
		if ( 0 === $decimals ) {
			return $sign . $digits;
		}
		return $sign . substr( $digits, 0, -$decimals ) . '.' . substr( $digits, -$decimals );
	}

	/**
	 * This amount as a decimal string.
	 */
	public function to_decimal(): string {
		return self::format( $this->minor, $this->currency );
	}
}
