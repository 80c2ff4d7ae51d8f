<?php
/**
 * A gift of the catalogue.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain\Gifts;

/**
 * What a customer may choose for a cycle (the journal_premium_gift store of the original system).
 */
final class Gift {

	public const KIND_PREDEFINED = 'predefined';
	public const KIND_CUSTOM     = 'custom';

	/**
	 * Constructor.
	 *
	 * @param int         $id             Id.
	 * @param int         $number         Cycle.
	 * @param string      $name           Name.
	 * @param string      $description    Description.
	 * @param int|null    $image_id       Attachment id.
	 * @param int|null    $product_id     WooCommerce product or variation shipped on redemption.
	 * @param string      $kind           predefined|custom.
	 * @param bool        $active         Offered to customers.
	 * @param int|null    $stock          Optional cap on redemptions.
	 * @param int         $redeemed_count Redemptions so far.
	 * @param string      $created_at     UTC.
	 * @param string      $updated_at     UTC.
	 * @param string|null $deleted_at     UTC when deleted.
	 */
	public function __construct(
		public readonly int $id,
		public readonly int $number,
		public readonly string $name,
		public readonly string $description,
		public readonly ?int $image_id,
		public readonly ?int $product_id,
		public readonly string $kind,
		public readonly bool $active,
		public readonly ?int $stock,
		public readonly int $redeemed_count,
		public readonly string $created_at,
		public readonly string $updated_at,
		public readonly ?string $deleted_at
	) {
	}

	/**
	 * Whether a customer can still pick it.
	 */
	public function is_available(): bool {
		return $this->active && null === $this->deleted_at && ( null === $this->stock || $this->redeemed_count < $this->stock );
	}
}
