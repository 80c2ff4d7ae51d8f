<?php
/**
 * Journal entry kinds.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain\Ledger;

/**
 * Why an entry was written.
 */
enum EntryKind: string {
	case Deferral    = 'deferral';
	case Recognition = 'recognition';
	case Breakage    = 'breakage';
	case Reversal    = 'reversal';
	case Adjustment  = 'adjustment';

	/**
	 * All values, for schemas.
	 *
	 * @return list<string>
	 */
	public static function values(): array {
		return array_map( static fn( self $kind ): string => $kind->value, self::cases() );
	}
}
