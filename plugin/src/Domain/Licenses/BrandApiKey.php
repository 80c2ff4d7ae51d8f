<?php
/**
 * A brand system's API key.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain\Licenses;

/**
 * An API key of a brand: lets the brand's systems provision and manage that brand's
 * licenses only. The secret is stored hashed; the lookup is its public prefix.
 */
final class BrandApiKey {

	/**
	 * Constructor.
	 *
	 * @param int         $id           Id.
	 * @param int         $brand_id     Brand.
	 * @param string      $name         Label.
	 * @param string      $lookup       Public prefix.
	 * @param string      $secret_hash  HMAC of the full key.
	 * @param int|null    $created_by   User.
	 * @param string      $created_at   UTC.
	 * @param string|null $last_used_at UTC.
	 * @param string|null $revoked_at   UTC.
	 */
	public function __construct(
		public readonly int $id,
		public readonly int $brand_id,
		public readonly string $name,
		public readonly string $lookup,
		public readonly string $secret_hash,
		public readonly ?int $created_by,
		public readonly string $created_at,
		public readonly ?string $last_used_at,
		public readonly ?string $revoked_at
	) {
	}
}
