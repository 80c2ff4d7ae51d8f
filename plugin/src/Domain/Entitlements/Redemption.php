<?php
/**
 * How an entitlement was redeemed.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain\Entitlements;

/**
 * Standard (a gift from the catalogue, fulfilment order created) or custom (an existing order and a note).
 */
final class Redemption {

	public const STANDARD = 'standard';
	public const CUSTOM   = 'custom';

	/**
	 * Constructor.
	 *
	 * @param string   $method      standard|custom.
	 * @param int|null $gift_id     Gift chosen (standard).
	 * @param int|null $order_id    Fulfilment or linked order.
	 * @param string   $note        Staff note.
	 * @param string   $redeemed_at UTC.
	 * @param int|null $redeemed_by User id.
	 */
	public function __construct(
		public readonly string $method,
		public readonly ?int $gift_id,
		public readonly ?int $order_id,
		public readonly string $note,
		public readonly string $redeemed_at,
		public readonly ?int $redeemed_by
	) {
	}
}
