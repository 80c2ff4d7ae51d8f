<?php
/**
 * Which brands a caller may see.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain\Licenses;

/**
 * Staff see every brand; a brand API key sees its own brand only. Anything outside the
 * scope is answered as not found.
 */
final class LicenseScope {

	/**
	 * Constructor.
	 *
	 * @param int|null $brand_id The only brand visible, or null for all.
	 */
	private function __construct( public readonly ?int $brand_id ) {
	}

	/**
	 * Every brand (staff, WP-CLI, jobs).
	 */
	public static function all(): self {
		return new self( null );
	}

	/**
	 * One brand (a brand API key).
	 *
	 * @param int $brand_id Brand.
	 */
	public static function brand( int $brand_id ): self {
		return new self( $brand_id );
	}

	/**
	 * Whether a brand is visible.
	 *
	 * @param int $brand_id Brand.
	 */
	public function allows( int $brand_id ): bool {
		return null === $this->brand_id || $this->brand_id === $brand_id;
	}
}
