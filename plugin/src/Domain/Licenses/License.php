<?php
/**
 * A license.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain\Licenses;

/**
 * A customer's right to use one licensed product on a number of seats until an expiry.
 * Its key (shared with the customer's other licenses of the brand) is stored hashed.
 */
final class License {

	/**
	 * Constructor.
	 *
	 * @param int           $id              Id.
	 * @param int           $brand_id        Brand.
	 * @param int           $product_id      Licensed product.
	 * @param int           $license_key_id  Key.
	 * @param string        $customer_email  Customer email.
	 * @param int|null      $customer_id     WordPress user, if known.
	 * @param LicenseStatus $status          Status as stored.
	 * @param int           $seats           Seats.
	 * @param string|null   $expires_at      UTC; null for never.
	 * @param int|null      $source_order_id Order that sold it.
	 * @param string        $created_at      UTC.
	 * @param string        $updated_at      UTC.
	 * @param string        $key_lookup      The key's public lookup part (its prefix).
	 * @param string        $brand_slug      Brand slug.
	 * @param string        $product_slug    Product slug.
	 * @param string        $product_name    Product name.
	 */
	public function __construct(
		public readonly int $id,
		public readonly int $brand_id,
		public readonly int $product_id,
		public readonly int $license_key_id,
		public readonly string $customer_email,
		public readonly ?int $customer_id,
		public readonly LicenseStatus $status,
		public readonly int $seats,
		public readonly ?string $expires_at,
		public readonly ?int $source_order_id,
		public readonly string $created_at,
		public readonly string $updated_at,
		public readonly string $key_lookup,
		public readonly string $brand_slug,
		public readonly string $product_slug,
		public readonly string $product_name
	) {
	}

	/**
	 * The status that applies now: a valid license past its expiry is expired even before the job ran.
	 *
	 * @param string $now UTC 'Y-m-d H:i:s'.
	 */
	public function effective_status( string $now ): LicenseStatus {
		if ( LicenseStatus::Valid === $this->status && null !== $this->expires_at && $this->expires_at <= $now ) {
			return LicenseStatus::Expired;
		}
		return $this->status;
	}

	/**
	 * State for the audit log.
	 *
	 * @return array<string, mixed>
	 */
	public function snapshot(): array {
		return array(
			'status'     => $this->status->value,
			'seats'      => $this->seats,
			'expires_at' => $this->expires_at,
			'product'    => $this->product_slug,
			'brand'      => $this->brand_slug,
		);
	}
}
