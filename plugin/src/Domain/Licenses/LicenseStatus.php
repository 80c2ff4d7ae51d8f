<?php
/**
 * License statuses.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain\Licenses;

/**
 * The lifecycle of a license: valid → suspended ⇄ valid, valid → expired (job) → valid (renew),
 * anything but cancelled → cancelled (final).
 */
enum LicenseStatus: string {
	case Valid     = 'valid';
	case Suspended = 'suspended';
	case Cancelled = 'cancelled';
	case Expired   = 'expired';

	/**
	 * All values, for schemas.
	 *
	 * @return list<string>
	 */
	public static function values(): array {
		return array_map( static fn( self $status ): string => $status->value, self::cases() );
	}
}
