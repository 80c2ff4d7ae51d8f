<?php
/**
 * Journal line as the REST API shows it.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\RestApi\Presenters;

use EntitlementLedger\Domain\Money\Currency;
use EntitlementLedger\Domain\Money\Money;
use EntitlementLedger\RestApi\Dates;

/**
 * A line: signed decimal amount (debits positive, credits negative).
 */
final class LedgerLinePresenter {

	/**
	 * API representation of a row from LedgerStore::lines().
	 *
	 * @param array<string, string|null> $row Row.
	 * @return array<string, mixed>
	 */
	public static function present( array $row ): array {
		return array(
			'id'                => (int) $row['id'],
			'entry_id'          => (int) $row['entry_id'],
			'entitlement_id'    => null === $row['entitlement_id'] ? null : (int) $row['entitlement_id'],
			'kind'              => (string) $row['kind'],
			'account'           => (string) $row['account'],
			'amount'            => Money::format( (int) $row['amount'], Currency::from( $row['currency'] ) ),
			'currency'          => (string) $row['currency'],
			'memo'              => (string) $row['memo'],
			'reverses_entry_id' => null === $row['reverses_entry_id'] ? null : (int) $row['reverses_entry_id'],
			'created_at'        => Dates::to_api( $row['created_at'] ),
			'created_by'        => null === $row['created_by'] ? null : (int) $row['created_by'],
		);
	}
}
