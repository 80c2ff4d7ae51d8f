<?php
/**
 * Entitlement statuses.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain\Entitlements;

/**
 * The lifecycle of an entitlement. "active" is shown to people as Unredeemed.
 */
enum EntitlementStatus: string {
	case Active    = 'active';
	case Redeemed  = 'redeemed';
	case Expired   = 'expired';
	case Cancelled = 'cancelled';

	/**
	 * All values, for schemas.
	 *
	 * @return list<string>
	 */
	public static function values(): array {
		return array_map( static fn( self $status ): string => $status->value, self::cases() );
	}
}
