<?php
/**
 * Where gifts are shipped from.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain\Fulfilment;

use EntitlementLedger\Domain\Entitlements\Entitlement;
use EntitlementLedger\Domain\Gifts\Gift;

/**
 * The order system behind redemptions. WooCommerce implements it; without WooCommerce
 * a null implementation refuses standard redemptions with a clear error.
 */
interface FulfilmentGateway {

	/**
	 * Whether orders can be created and checked.
	 */
	public function is_available(): bool;

	/**
	 * Creates the fulfilment order for a standard redemption; returns its id.
	 *
	 * @param Entitlement $entitlement The entitlement being redeemed.
	 * @param Gift        $gift        The gift chosen.
	 */
	public function create_order( Entitlement $entitlement, Gift $gift ): int;

	/**
	 * Whether an order exists (custom redemptions link one).
	 *
	 * @param int $order_id Order id.
	 */
	public function order_exists( int $order_id ): bool;

	/**
	 * Adds a note to an order (e.g. when a redemption is undone).
	 *
	 * @param int    $order_id Order id.
	 * @param string $note     Note.
	 */
	public function add_note( int $order_id, string $note ): void;

	/**
	 * Whether a WooCommerce product (or variation) exists and can be shipped as a gift.
	 *
	 * @param int $product_id Product id.
	 */
	public function product_exists( int $product_id ): bool;
}
