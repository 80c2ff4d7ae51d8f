<?php
/**
 * Changes the plugin settings.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain\Settings;

use EntitlementLedger\Database\Transaction;
use EntitlementLedger\Domain\Audit\AuditLog;
use EntitlementLedger\Domain\DomainError;
use EntitlementLedger\Domain\Money\Currency;
use EntitlementLedger\Domain\Money\Money;

/**
 * Validates a partial change of the settings, stores it and records it in the audit log,
 * all in one transaction: an invalid value refuses the whole change.
 */
class SettingsService {

	public const MODE_FIXED   = 'fixed';
	public const MODE_PERCENT = 'percent';

	/**
	 * Longest expiry (50 years) and longest account menu label.
	 */
	public const MAX_EXPIRY_MONTHS = 600;
	public const MAX_LABEL_LENGTH  = 60;

	/**
	 * The settings this service changes. Other settings (added by other features) are never
	 * written through it, so none is stored without its own validation.
	 */
	public const EDITABLE = array(
		'default_deferred_mode',
		'default_deferred_value',
		'expiry_months',
		'breakage_policy',
		'account_menu_label',
		'delete_data_on_uninstall',
	);

	/**
	 * Constructor.
	 *
	 * @param Settings    $settings    Reads the option.
	 * @param AuditLog    $audit       Audit log.
	 * @param Transaction $transaction Transactions.
	 */
	public function __construct( private Settings $settings, private AuditLog $audit, private Transaction $transaction ) {
	}

	/**
	 * Applies a change; returns every setting afterwards.
	 *
	 * @param array<string, mixed> $changes Keys of EDITABLE (others are ignored).
	 * @param Currency             $store   Currency a fixed default deferred amount is in.
	 * @return array<string, mixed>
	 * @throws DomainError On an invalid value or combination.
	 */
	public function update( array $changes, Currency $store ): array {
		$before = $this->settings->all();
		$after  = array_merge( $before, $this->normalised( array_intersect_key( $changes, array_flip( self::EDITABLE ) ) ) );
		$this->check_deferred_rule( (string) $after['default_deferred_mode'], (string) $after['default_deferred_value'], $store );
		if ( $after === $before ) {
			return $before;
		}
		return $this->transaction->run(
			function () use ( $before, $after ): array {
				update_option( Settings::OPTION, $after, false );
				$this->audit->record( 'settings.updated', 'settings', null, array_diff_assoc( $before, $after ), array_diff_assoc( $after, $before ) );
				return $this->settings->all();
			}
		);
	}

	/**
	 * Each given value in its stored form.
	 *
	 * @param array<string, mixed> $changes Changes.
	 * @return array<string, mixed>
	 * @throws DomainError On a value of the wrong shape.
	 */
	private function normalised( array $changes ): array {
		$row = array();
		foreach ( $changes as $key => $value ) {
			$row[ $key ] = match ( $key ) {
				'default_deferred_mode'    => self::one_of( $value, array( self::MODE_PERCENT, self::MODE_FIXED ), $key ),
				'default_deferred_value'   => is_string( $value ) ? trim( $value ) : throw self::invalid( $key ),
				'expiry_months'            => is_int( $value ) && $value >= 0 && $value <= self::MAX_EXPIRY_MONTHS ? $value : throw self::invalid( $key ),
				'breakage_policy'          => self::one_of( $value, array( Settings::BREAKAGE_ON_EXPIRY, Settings::BREAKAGE_NONE ), $key ),
				'account_menu_label'       => self::label( $value ),
				'delete_data_on_uninstall' => is_bool( $value ) ? $value : throw self::invalid( $key ),
				default                    => throw self::invalid( $key ),
			};
		}
		return $row;
	}

	/**
	 * The default deferred rule must be usable at checkout: a percent from 0 to 100 with at
	 * most two decimals, or an amount in the store currency greater than zero.
	 *
	 * @param string   $mode  percent|fixed.
	 * @param string   $value Decimal string.
	 * @param Currency $store Store currency.
	 * @throws DomainError When it is not.
	 */
	private function check_deferred_rule( string $mode, string $value, Currency $store ): void {
		if ( self::MODE_PERCENT === $mode ) {
			if ( 1 !== preg_match( '/^\d{1,3}(\.\d{1,2})?$/D', $value ) || (float) $value > 100 ) {
				throw DomainError::invalid( 'el_invalid_deferred_value', __( 'The default deferred percent must be a number from 0 to 100 with at most two decimals, such as "20" or "12.5".', 'entitlement-ledger' ), 'default_deferred_value' );
			}
			return;
		}
		try {
			Money::from_decimal( $value, $store, 'default_deferred_value' );
		} catch ( DomainError $error ) {
			throw DomainError::invalid(
				'el_invalid_deferred_value',
				/* translators: 1: currency code, 2: number of decimals. */
				sprintf( __( 'The default deferred amount must be an amount in %1$s greater than zero with at most %2$d decimals, such as "12.50".', 'entitlement-ledger' ), $store->code, $store->minor_unit ),
				'default_deferred_value'
			);
		}
	}

	/**
	 * A value from a closed list.
	 *
	 * @param mixed        $value   Value.
	 * @param list<string> $allowed Allowed values.
	 * @param string       $key     Setting.
	 * @throws DomainError When not allowed.
	 */
	private static function one_of( mixed $value, array $allowed, string $key ): string {
		return is_string( $value ) && in_array( $value, $allowed, true ) ? $value : throw self::invalid( $key );
	}

	/**
	 * The account menu label: plain text, not empty.
	 *
	 * @param mixed $value Value.
	 * @throws DomainError When empty or not text.
	 */
	private static function label( mixed $value ): string {
		$label = is_string( $value ) ? trim( sanitize_text_field( $value ) ) : '';
		if ( '' === $label || mb_strlen( $label ) > self::MAX_LABEL_LENGTH ) {
			throw DomainError::invalid( 'el_invalid_label', __( 'The account menu label must be plain text of 1 to 60 characters.', 'entitlement-ledger' ), 'account_menu_label' );
		}
		return $label;
	}

	/**
	 * The error of a value of the wrong shape (the REST schema catches these first).
	 *
	 * @param string $key Setting.
	 */
	private static function invalid( string $key ): DomainError {
		/* translators: %s: setting name. */
		return DomainError::invalid( 'el_invalid_setting', sprintf( __( '%s has an invalid value.', 'entitlement-ledger' ), $key ), $key );
	}
}
