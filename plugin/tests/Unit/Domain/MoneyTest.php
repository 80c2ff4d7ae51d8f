<?php
/**
 * Money parsing and formatting.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Unit\Domain;

use EntitlementLedger\Domain\DomainError;
use EntitlementLedger\Domain\Money\Currency;
use EntitlementLedger\Domain\Money\Money;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;

/**
 * Decimal strings in, integer minor units stored, the same strings out; no floats anywhere.
 */
final class MoneyTest extends TestCase {

	/**
	 * Valid amounts and their minor units.
	 *
	 * @return array<string, array{string, string, int, string}>
	 */
	public static function valid_amounts(): array {
		return array(
			'two decimals'       => array( '12.50', 'USD', 1250, '12.50' ),
			'one decimal pads'   => array( '12.5', 'USD', 1250, '12.50' ),
			'whole number'       => array( '7', 'EUR', 700, '7.00' ),
			'leading zeros'      => array( '0007.05', 'EUR', 705, '7.05' ),
			'zero-decimal JPY'   => array( '1500', 'JPY', 1500, '1500' ),
			'three-decimal KWD'  => array( '1.005', 'KWD', 1005, '1.005' ),
			'one cent'           => array( '0.01', 'USD', 1, '0.01' ),
			'largest accepted'   => array( '10000000000000.00', 'USD', Money::MAX_MINOR, '10000000000000.00' ),
			'lowercase currency' => array( '3.10', 'usd', 310, '3.10' ),
		);
	}

	#[DataProvider( 'valid_amounts' )]
	public function test_parses_exact_amounts( string $input, string $currency, int $minor, string $formatted ): void {
		$money = Money::from_decimal( $input, Currency::from( $currency ), 'amount' );
		$this->assertSame( $minor, $money->minor );
		$this->assertSame( $formatted, $money->to_decimal() );
	}

	/**
	 * Inputs that must be refused, with the code.
	 *
	 * @return array<string, array{mixed, string, string}>
	 */
	public static function invalid_amounts(): array {
		return array(
			'float noise'         => array( '12.3400000001', 'USD', 'el_invalid_amount' ),
			'too many decimals'   => array( '12.345', 'USD', 'el_invalid_amount' ),
			'decimals on JPY'     => array( '15.5', 'JPY', 'el_invalid_amount' ),
			'float type'          => array( 12.5, 'USD', 'el_invalid_amount' ),
			'exponent'            => array( '1e3', 'USD', 'el_invalid_amount' ),
			'comma decimal'       => array( '12,50', 'USD', 'el_invalid_amount' ),
			'spaces'              => array( ' 12.50', 'USD', 'el_invalid_amount' ),
			'trailing newline'    => array( "12.50\n", 'USD', 'el_invalid_amount' ),
			'empty'               => array( '', 'USD', 'el_invalid_amount' ),
			'text'                => array( 'twelve', 'USD', 'el_invalid_amount' ),
			'array'               => array( array( '12' ), 'USD', 'el_invalid_amount' ),
			'more than 16 digits' => array( '99999999999999999', 'USD', 'el_invalid_amount' ),
			'above the maximum'   => array( '10000000000000.01', 'USD', 'el_amount_out_of_range' ),
			'negative'            => array( '-1.00', 'USD', 'el_amount_not_positive' ),
			'zero'                => array( '0.00', 'USD', 'el_amount_not_positive' ),
		);
	}

	#[DataProvider( 'invalid_amounts' )]
	public function test_refuses_inexact_or_out_of_range_amounts( mixed $input, string $currency, string $code ): void {
		try {
			Money::from_decimal( $input, Currency::from( $currency ), 'amount' );
			$this->fail( 'accepted ' . var_export( $input, true ) );
		} catch ( DomainError $error ) {
			$this->assertSame( $code, $error->error_code );
			$this->assertSame( 400, $error->status );
			$this->assertSame( 'amount', $error->data['param'] );
		}
	}

	public function test_signed_amounts_allow_negatives_but_not_zero(): void {
		$usd = Currency::from( 'USD' );
		$this->assertSame( -250, Money::from_decimal( '-2.50', $usd, 'amount', true )->minor );
		try {
			Money::from_decimal( '0', $usd, 'amount', true );
			$this->fail( 'accepted a zero adjustment' );
		} catch ( DomainError $error ) {
			$this->assertSame( 'el_amount_zero', $error->error_code );
		}
	}

	public function test_formats_negative_and_small_amounts(): void {
		$usd = Currency::from( 'USD' );
		$this->assertSame( '-0.05', Money::format( -5, $usd ) );
		$this->assertSame( '0.00', Money::format( 0, $usd ) );
		$this->assertSame( '-1205', Money::format( -1205, Currency::from( 'JPY' ) ) );
	}

	public function test_unknown_currencies_are_refused(): void {
		foreach ( array( 'XXX', 'US', 'usd1', '', null, 840 ) as $code ) {
			try {
				Currency::from( $code );
				$this->fail( 'accepted ' . var_export( $code, true ) );
			} catch ( DomainError $error ) {
				$this->assertSame( 'el_invalid_currency', $error->error_code );
			}
		}
	}
}
