<?php
/**
 * One instance a license is activated on.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain\Licenses;

/**
 * An activation: a site or machine ("instance") using a license. Deactivating keeps the row.
 */
final class Activation {

	/**
	 * Constructor.
	 *
	 * @param int         $id             Id.
	 * @param int         $license_id     License.
	 * @param string      $instance       Instance identifier (URL, host or machine id).
	 * @param bool        $uses_seat      False for the brand's free instance patterns.
	 * @param string      $first_seen_at  UTC.
	 * @param string      $last_seen_at   UTC.
	 * @param string      $activated_at   UTC of the latest activation.
	 * @param string|null $deactivated_at UTC when deactivated; null while active.
	 */
	public function __construct(
		public readonly int $id,
		public readonly int $license_id,
		public readonly string $instance,
		public readonly bool $uses_seat,
		public readonly string $first_seen_at,
		public readonly string $last_seen_at,
		public readonly string $activated_at,
		public readonly ?string $deactivated_at
	) {
	}

	/**
	 * Whether it is active.
	 */
	public function is_active(): bool {
		return null === $this->deactivated_at;
	}
}
