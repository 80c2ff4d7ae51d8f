<?php
/**
 * A product a brand licenses.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain\Licenses;

/**
 * A licensed product of a brand, with the defaults new licenses get.
 */
final class LicensedProduct {

	/**
	 * Constructor.
	 *
	 * @param int       $id             Id.
	 * @param int       $brand_id       Brand.
	 * @param string    $slug           Slug, unique within the brand.
	 * @param string    $name           Name.
	 * @param int       $seats          Default seats.
	 * @param int|null  $validity_days  Default validity in days; null for no expiry.
	 * @param list<int> $wc_product_ids Mapped WooCommerce products.
	 * @param string    $created_at     UTC.
	 * @param string    $updated_at     UTC.
	 */
	public function __construct(
		public readonly int $id,
		public readonly int $brand_id,
		public readonly string $slug,
		public readonly string $name,
		public readonly int $seats,
		public readonly ?int $validity_days,
		public readonly array $wc_product_ids,
		public readonly string $created_at,
		public readonly string $updated_at
	) {
	}
}
