<?php
/**
 * Ledger accounts.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain\Ledger;

/**
 * The chart of accounts. Debits are positive amounts, credits negative.
 */
enum Account: string {
	case DeferredRevenue = 'deferred_revenue';
	case EarnedRevenue   = 'earned_revenue';
	case BreakageRevenue = 'breakage_revenue';
	case Refunds         = 'refunds';
	case Receivable      = 'receivable';

	/**
	 * All values, for schemas.
	 *
	 * @return list<string>
	 */
	public static function values(): array {
		return array_map( static fn( self $account ): string => $account->value, self::cases() );
	}
}
