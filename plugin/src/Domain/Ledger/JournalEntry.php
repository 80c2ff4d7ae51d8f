<?php
/**
 * A journal entry before it is posted.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain\Ledger;

use EntitlementLedger\Domain\Money\Currency;
use LogicException;

/**
 * Two or more lines in one currency that sum to zero. Validated on construction, so an
 * unbalanced entry cannot exist, let alone be posted.
 */
final class JournalEntry {

	/**
	 * Constructor.
	 *
	 * @param EntryKind          $kind              Kind.
	 * @param Currency           $currency          Currency of every line.
	 * @param array<string, int> $lines             Amount by account value (debit +, credit -).
	 * @param string             $memo              Short description.
	 * @param int|null           $entitlement_id    Entitlement concerned.
	 * @param int|null           $reverses_entry_id Entry this one reverses.
	 * @throws LogicException When the lines do not balance or an account is unknown.
	 */
	public function __construct(
		public readonly EntryKind $kind,
		public readonly Currency $currency,
		public readonly array $lines,
		public readonly string $memo,
		public readonly ?int $entitlement_id,
		public readonly ?int $reverses_entry_id = null
	) {
		$non_zero = array_filter( $lines, static fn( int $amount ): bool => 0 !== $amount );
		if ( count( $non_zero ) < 2 || 0 !== array_sum( $lines ) ) {
			throw new LogicException( 'A journal entry needs two or more non-zero lines that sum to zero.' );
		}
		foreach ( array_keys( $lines ) as $account ) {
			Account::from( $account );
		}
	}

	/**
	 * Moves $amount from one account to another: debit $to, credit $from.
	 *
	 * @param EntryKind $kind           Kind.
	 * @param Currency  $currency       Currency.
	 * @param Account   $debit          Account debited.
	 * @param Account   $credit         Account credited.
	 * @param int       $amount         Positive minor units.
	 * @param string    $memo           Memo.
	 * @param int|null  $entitlement_id Entitlement.
	 */
	public static function transfer( EntryKind $kind, Currency $currency, Account $debit, Account $credit, int $amount, string $memo, ?int $entitlement_id ): self {
		return new self(
			$kind,
			$currency,
			array(
				$debit->value  => $amount,
				$credit->value => -$amount,
			),
			$memo,
			$entitlement_id
		);
	}

	/**
	 * The sum of the lines on one account.
	 *
	 * @param Account $account Account.
	 */
	public function amount_on( Account $account ): int {
		return $this->lines[ $account->value ] ?? 0;
	}
}
