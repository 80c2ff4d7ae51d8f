<?php
/**
 * Premium settings of a WooCommerce product.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\WooCommerce;

use EntitlementLedger\Domain\DomainError;
use EntitlementLedger\Domain\Money\Currency;
use EntitlementLedger\Domain\Money\Money;
use WC_Product;

/**
 * What buying one unit of a product grants: the product meta fields design.md names, read
 * as given and validated on demand (the panel, the REST API and checkout all validate the
 * same way). Amounts stay decimal strings until they are turned into minor units here, with
 * integer arithmetic only.
 *
 * A variation has no settings of its own: it is premium exactly when its parent is, with the
 * parent's type, deferred amount and cycles (from_product() reads the parent).
 */
final class PremiumProductSettings {

	public const META_PREMIUM        = '_el_premium';
	public const META_TYPE           = '_el_entitlement_type';
	public const META_DEFERRED_MODE  = '_el_deferred_mode';
	public const META_DEFERRED_VALUE = '_el_deferred_value';
	public const META_CYCLES         = '_el_cycles';

	public const META_KEYS = array(
		self::META_PREMIUM,
		self::META_TYPE,
		self::META_DEFERRED_MODE,
		self::META_DEFERRED_VALUE,
		self::META_CYCLES,
	);

	public const MODE_FIXED   = 'fixed';
	public const MODE_PERCENT = 'percent';
	public const DEFAULT_TYPE = 'premium_gift';

	/**
	 * Most cycles one purchase may cover.
	 */
	public const MAX_CYCLES = 25;

	/**
	 * Constructor; use from_product() or from_values().
	 *
	 * @param bool   $premium Whether buying the product creates entitlements.
	 * @param string $type    Entitlement type.
	 * @param string $mode    fixed|percent (anything else is invalid).
	 * @param string $value   Amount per entitlement, or percent of the line total.
	 * @param string $cycles  Cycles per unit, as stored (validated by errors()).
	 */
	private function __construct(
		public readonly bool $premium,
		public readonly string $type,
		public readonly string $mode,
		public readonly string $value,
		public readonly string $cycles
	) {
	}

	/**
	 * The settings of a product; a variation answers with its parent's. Reads meta through the
	 * product object (no query when the product is already loaded).
	 *
	 * @param WC_Product $product       Product or variation.
	 * @param string     $default_mode  Mode when the product has none.
	 * @param string     $default_value Value when the product has none.
	 */
	public static function from_product( WC_Product $product, string $default_mode = self::MODE_PERCENT, string $default_value = '' ): self {
		if ( $product->is_type( 'variation' ) && $product->get_parent_id() > 0 && function_exists( 'wc_get_product' ) ) {
			$parent  = wc_get_product( $product->get_parent_id() );
			$product = $parent instanceof WC_Product ? $parent : $product;
		}
		$values = array();
		foreach ( self::META_KEYS as $key ) {
			$values[ $key ] = $product->get_meta( $key, true, 'edit' );
		}
		return self::from_values( $values, $default_mode, $default_value );
	}

	/**
	 * Settings from raw meta values (missing keys take their defaults). Never throws.
	 *
	 * @param array<string, mixed> $values        Meta key => value.
	 * @param string               $default_mode  Mode when none is given.
	 * @param string               $default_value Value when none is given.
	 */
	public static function from_values( array $values, string $default_mode = self::MODE_PERCENT, string $default_value = '' ): self {
		$text   = static fn( string $key ): string => isset( $values[ $key ] ) && is_scalar( $values[ $key ] ) ? trim( (string) $values[ $key ] ) : '';
		$type   = $text( self::META_TYPE );
		$mode   = strtolower( $text( self::META_DEFERRED_MODE ) );
		$value  = $text( self::META_DEFERRED_VALUE );
		$cycles = $text( self::META_CYCLES );
		return new self(
			'yes' === strtolower( $text( self::META_PREMIUM ) ),
			'' === $type ? self::DEFAULT_TYPE : $type,
			'' === $mode ? $default_mode : $mode,
			'' === $value && '' === $mode ? $default_value : $value,
			'' === $cycles ? '1' : $cycles
		);
	}

	/**
	 * The meta values to store.
	 *
	 * @return array<string, string>
	 */
	public function to_meta(): array {
		return array(
			self::META_PREMIUM        => $this->premium ? 'yes' : 'no',
			self::META_TYPE           => $this->type,
			self::META_DEFERRED_MODE  => $this->mode,
			self::META_DEFERRED_VALUE => $this->value,
			self::META_CYCLES         => $this->cycles,
		);
	}

	/**
	 * Every problem with these settings for a currency; empty when valid. Settings of a
	 * product that is not premium are not checked (they are inert until it is).
	 *
	 * @param Currency $currency Currency the amount is in (store currency, or the order's).
	 * @return list<DomainError>
	 */
	public function errors( Currency $currency ): array {
		if ( ! $this->premium ) {
			return array();
		}
		$errors = array();
		if ( 1 !== preg_match( '/^[a-z0-9_]{1,64}$/D', $this->type ) ) {
			$errors[] = DomainError::invalid( 'el_invalid_entitlement_type', __( 'Entitlement type must be 1 to 64 lowercase letters, digits or underscores.', 'entitlement-ledger' ), self::META_TYPE );
		}
		if ( self::MODE_FIXED === $this->mode ) {
			try {
				Money::from_decimal( $this->value, $currency, self::META_DEFERRED_VALUE );
			} catch ( DomainError $error ) {
				$errors[] = DomainError::invalid(
					'el_invalid_deferred_value',
					/* translators: 1: currency code, 2: number of decimals. */
					sprintf( __( 'Deferred amount must be an amount in %1$s greater than zero with at most %2$d decimals, such as "12.50".', 'entitlement-ledger' ), $currency->code, $currency->minor_unit ),
					self::META_DEFERRED_VALUE
				);
			}
		} elseif ( self::MODE_PERCENT === $this->mode ) {
			if ( null === self::basis_points( $this->value ) ) {
				$errors[] = DomainError::invalid( 'el_invalid_deferred_value', __( 'Deferred percent must be a number from 0 to 100 with at most two decimals, such as "20" or "12.5".', 'entitlement-ledger' ), self::META_DEFERRED_VALUE );
			}
		} else {
			$errors[] = DomainError::invalid( 'el_invalid_deferred_mode', __( 'Deferred mode must be "fixed" or "percent".', 'entitlement-ledger' ), self::META_DEFERRED_MODE );
		}
		if ( 1 !== preg_match( '/^\d{1,3}$/D', $this->cycles ) || (int) $this->cycles < 1 || (int) $this->cycles > self::MAX_CYCLES ) {
			$errors[] = DomainError::invalid(
				'el_invalid_cycles',
				/* translators: %d: maximum number of cycles. */
				sprintf( __( 'Cycles must be a whole number from 1 to %d.', 'entitlement-ledger' ), self::MAX_CYCLES ),
				self::META_CYCLES
			);
		}
		return $errors;
	}

	/**
	 * Cycles per unit (call after errors() returned nothing).
	 */
	public function cycle_count(): int {
		return max( 1, (int) $this->cycles );
	}

	/**
	 * Deferred amounts in minor units for $count entitlements of one line. Fixed: the value for
	 * each. Percent: the line total times the percent, rounded half up to the minor unit, split
	 * evenly, remainder units to the first ones. Call after errors() returned nothing.
	 *
	 * @param mixed    $line_total Line total as WooCommerce gives it (decimal string, or a number).
	 * @param int      $count      Entitlements on the line.
	 * @param Currency $currency   Order currency.
	 * @return list<int>
	 * @throws DomainError When the amount cannot be computed.
	 */
	public function amounts( mixed $line_total, int $count, Currency $currency ): array {
		if ( $count < 1 ) {
			return array();
		}
		if ( self::MODE_FIXED === $this->mode ) {
			return array_fill( 0, $count, Money::from_decimal( $this->value, $currency, self::META_DEFERRED_VALUE )->minor );
		}
		$basis_points = self::basis_points( $this->value ) ?? throw DomainError::invalid( 'el_invalid_deferred_value', __( 'Deferred percent is invalid.', 'entitlement-ledger' ), self::META_DEFERRED_VALUE );
		$total        = max( 0, self::to_minor( $line_total, $currency ) );
		if ( $total > intdiv( PHP_INT_MAX - 10000, 2 * max( 1, $basis_points ) ) ) {
			throw DomainError::invalid( 'el_amount_out_of_range', __( 'The line total is too large.', 'entitlement-ledger' ), 'line_total' );
		}
		$share     = intdiv( 2 * $total * $basis_points + 10000, 20000 );
		$each      = intdiv( $share, $count );
		$remainder = $share % $count;
		$amounts   = array();
		for ( $i = 0; $i < $count; $i++ ) {
			$amounts[] = $each + ( $i < $remainder ? 1 : 0 );
		}
		return $amounts;
	}

	/**
	 * A percent string as hundredths of a percent (0–10000), or null when malformed or out of range.
	 *
	 * @param string $value Percent, e.g. "12.5".
	 */
	public static function basis_points( string $value ): ?int {
		if ( 1 !== preg_match( '/^(\d{1,3})(?:\.(\d{1,2}))?$/D', $value, $parts ) ) {
			return null;
		}
		$points = (int) $parts[1] * 100 + (int) str_pad( $parts[2] ?? '', 2, '0' );
		return $points <= 10000 ? $points : null;
	}

	/**
	 * A decimal amount in minor units, rounded half away from zero. WooCommerce keeps line totals
	 * as decimal strings, sometimes with more decimals than the currency has; a float (from a
	 * filter) is converted to its shortest exact-enough decimal text first.
	 *
	 * @param mixed    $amount   Decimal string, int or float.
	 * @param Currency $currency Currency.
	 * @throws DomainError When the amount is not a number.
	 */
	public static function to_minor( mixed $amount, Currency $currency ): int {
		if ( is_float( $amount ) ) {
			$amount = rtrim( rtrim( sprintf( '%.8F', $amount ), '0' ), '.' );
		}
		$text = is_int( $amount ) ? (string) $amount : ( is_string( $amount ) ? trim( $amount ) : '' );
		if ( '' === $text ) {
			return 0;
		}
		if ( 1 !== preg_match( '/^(-?)(\d{1,16})(?:\.(\d*))?$/D', $text, $parts ) ) {
			throw DomainError::invalid( 'el_invalid_amount', __( 'The line total is not a decimal amount.', 'entitlement-ledger' ), 'line_total' );
		}
		$decimals = $currency->minor_unit;
		$fraction = str_pad( $parts[3] ?? '', $decimals + 1, '0' );
		$minor    = (int) ( $parts[2] . substr( $fraction, 0, $decimals ) );
		if ( (int) $fraction[ $decimals ] >= 5 ) {
			++$minor;
		}
		return '-' === $parts[1] ? -$minor : $minor;
	}
}
