<?php
/**
 * Outstanding deferred revenue by cycle and age.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain\Reports;

use EntitlementLedger\DataStores\ReportStore;
use EntitlementLedger\Domain\DomainError;
use EntitlementLedger\Domain\Money\Currency;
use EntitlementLedger\Domain\Money\Money;

/**
 * What the business still owes in gifts, read from the liability projection (el_liability):
 * the current deferred balance of every entitlement, grouped by entitlement number (cycle),
 * age bucket and currency.
 *
 * Semantics: the balances are the current ones (the projection keeps no history); as_of only
 * sets the day ages are measured at. The age is the number of whole days from the day the
 * entitlement was created (deferred_on) to as_of: 0-90, 91-180, 181-365, 365+ (366 days and
 * more); an entitlement created after as_of counts as 0-90. entitlements is the number of
 * entitlements holding a positive deferred balance. Rows holding nothing are left out. Rows
 * are ordered by number (newest first), age bucket (youngest first), currency.
 */
class LiabilityReport {

	public const AGE_BUCKETS = array( '0-90', '91-180', '181-365', '365+' );

	/**
	 * Constructor.
	 *
	 * @param ReportStore $store Report SQL.
	 */
	public function __construct( private ReportStore $store ) {
	}

	/**
	 * The report.
	 *
	 * @param string|null $currency Only this currency.
	 * @param int|null    $number   Only this cycle.
	 * @param string      $as_of    UTC 'Y-m-d H:i:s' ages are measured at.
	 * @return array{rows: list<array{number: int, age_bucket: string, currency: string, entitlements: int, deferred_balance: string}>, totals: array<string, array{entitlements: int, deferred_balance: string}>}
	 * @throws DomainError On an unknown currency or a bad date.
	 */
	public function rows( ?string $currency, ?int $number, string $as_of ): array {
		$currency = null === $currency || '' === $currency ? null : Currency::from( $currency )->code;
		if ( 1 !== preg_match( '/^\d{4}-\d{2}-\d{2}/', $as_of ) ) {
			throw DomainError::invalid( 'el_invalid_date', __( 'as_of must be a date-time.', 'entitlement-ledger' ), 'as_of' );
		}
		$groups = $this->store->liability_by_age( substr( $as_of, 0, 10 ), $currency, null !== $number && $number > 0 ? $number : null );

		$rows   = array();
		$totals = array();
		foreach ( $groups as $group ) {
			$code                                 = $group['currency'];
			$totals[ $code ]                      = $totals[ $code ] ?? array(
				'entitlements'     => 0,
				'deferred_balance' => 0,
			);
			$totals[ $code ]['entitlements']     += $group['entitlements'];
			$totals[ $code ]['deferred_balance'] += $group['deferred_balance'];

			$rows[] = array(
				'number'           => $group['number'],
				'age_bucket'       => $group['age_bucket'],
				'currency'         => $code,
				'entitlements'     => $group['entitlements'],
				'deferred_balance' => Money::format( $group['deferred_balance'], Currency::from( $code ) ),
			);
		}
		ksort( $totals );
		$formatted = array();
		foreach ( $totals as $code => $total ) {
			$formatted[ $code ] = array(
				'entitlements'     => $total['entitlements'],
				'deferred_balance' => Money::format( $total['deferred_balance'], Currency::from( $code ) ),
			);
		}
		return array(
			'rows'   => $rows,
			'totals' => $formatted,
		);
	}
}
