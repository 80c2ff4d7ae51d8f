<?php
/**
 * The entitlement entity.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain\Entitlements;

use EntitlementLedger\Domain\Money\Currency;

/**
 * One redeemable benefit of a customer for one cycle (the entitlement number).
 * Amounts are minor units of $currency. Built by the store from a row.
 */
final class Entitlement {

	/**
	 * Constructor.
	 *
	 * @param int                  $id                   Id.
	 * @param int|null             $customer_id          WP user id, null for guests.
	 * @param string               $customer_email       Email.
	 * @param string               $customer_name        Display name at creation.
	 * @param int|null             $subscription_id      Subscription (or selling order) id.
	 * @param int|null             $source_order_id      Order that sold it.
	 * @param int|null             $source_order_item_id Order line item.
	 * @param string               $type                 Entitlement type.
	 * @param int                  $number               Cycle number, e.g. 2026.
	 * @param EntitlementStatus    $status               Status.
	 * @param Currency             $currency             Currency.
	 * @param int                  $deferred_amount      Value deferred (incl. adjustments).
	 * @param int                  $earned_amount        Value recognised as earned.
	 * @param int                  $deferred_balance     Deferred value still held (ledger projection).
	 * @param string|null          $starts_at            UTC 'Y-m-d H:i:s'.
	 * @param string|null          $expires_at           UTC 'Y-m-d H:i:s'.
	 * @param Redemption|null      $redemption           Redemption, when redeemed.
	 * @param array<string, mixed> $meta                 Free-form metadata.
	 * @param string               $notes                Staff notes.
	 * @param string               $created_at           UTC.
	 * @param string               $updated_at           UTC.
	 * @param string|null          $deleted_at           UTC, when soft-deleted.
	 * @param string|null          $deleted_reason       Why it was deleted.
	 */
	public function __construct(
		public readonly int $id,
		public readonly ?int $customer_id,
		public readonly string $customer_email,
		public readonly string $customer_name,
		public readonly ?int $subscription_id,
		public readonly ?int $source_order_id,
		public readonly ?int $source_order_item_id,
		public readonly string $type,
		public readonly int $number,
		public readonly EntitlementStatus $status,
		public readonly Currency $currency,
		public readonly int $deferred_amount,
		public readonly int $earned_amount,
		public readonly int $deferred_balance,
		public readonly ?string $starts_at,
		public readonly ?string $expires_at,
		public readonly ?Redemption $redemption,
		public readonly array $meta,
		public readonly string $notes,
		public readonly string $created_at,
		public readonly string $updated_at,
		public readonly ?string $deleted_at,
		public readonly ?string $deleted_reason
	) {
	}

	/**
	 * Whether it was soft-deleted.
	 */
	public function is_deleted(): bool {
		return null !== $this->deleted_at;
	}

	/**
	 * Plain values, for the audit log.
	 *
	 * @return array<string, mixed>
	 */
	public function snapshot(): array {
		$values               = get_object_vars( $this );
		$values['status']     = $this->status->value;
		$values['currency']   = $this->currency->code;
		$values['redemption'] = null === $this->redemption ? null : get_object_vars( $this->redemption );
		return $values;
	}
}
