<?php
/**
 * Fulfilment orders through WooCommerce's CRUD API.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\WooCommerce;

use EntitlementLedger\Domain\DomainError;
use EntitlementLedger\Domain\Entitlements\Entitlement;
use EntitlementLedger\Domain\Fulfilment\FulfilmentGateway;
use EntitlementLedger\Domain\Gifts\Gift;
use WC_Customer;
use WC_Order;

/**
 * Creates the zero-priced gift order with the customer's shipping address. Uses only
 * WooCommerce's public CRUD classes, so it works with HPOS on or off.
 */
class WooCommerceFulfilment implements FulfilmentGateway {

	public const META_ENTITLEMENT = '_el_entitlement_id';
	public const META_FULFILMENT  = '_el_fulfilment';
	public const CREATED_VIA      = 'entitlement-ledger';

	/**
	 * WooCommerce is loaded.
	 */
	public function is_available(): bool {
		return function_exists( 'wc_create_order' ) && function_exists( 'wc_get_order' );
	}

	/**
	 * Creates the fulfilment order.
	 *
	 * @param Entitlement $entitlement Entitlement.
	 * @param Gift        $gift        Gift.
	 * @throws DomainError When the gift has no product to ship.
	 * @throws \RuntimeException When WooCommerce fails to create the order.
	 */
	public function create_order( Entitlement $entitlement, Gift $gift ): int {
		$product = null === $gift->product_id ? false : wc_get_product( $gift->product_id );
		if ( ! $product ) {
			throw DomainError::conflict( 'el_gift_not_shippable', __( 'This gift has no WooCommerce product to ship; pick another gift or use a custom redemption.', 'entitlement-ledger' ) );
		}
		$order = wc_create_order(
			array(
				'customer_id' => $entitlement->customer_id ?? 0,
				'created_via' => self::CREATED_VIA,
			)
		);
		if ( ! $order instanceof WC_Order ) {
			throw new \RuntimeException( 'WooCommerce could not create the fulfilment order.' );
		}
		$order->add_product(
			$product,
			1,
			array(
				'subtotal' => 0,
				'total'    => 0,
			)
		);
		foreach ( array( 'billing', 'shipping' ) as $type ) {
			$address = $this->address( $entitlement, $type );
			if ( array() !== $address ) {
				$order->set_address( $address, $type );
			}
		}
		$order->set_billing_email( $entitlement->customer_email );
		$order->set_currency( $entitlement->currency->code );
		$order->update_meta_data( self::META_ENTITLEMENT, (string) $entitlement->id );
		$order->update_meta_data( self::META_FULFILMENT, 'yes' );
		$order->calculate_totals( false );
		$order->set_status( 'processing' );
		$order->save();
		$order->add_order_note(
			/* translators: 1: entitlement id, 2: gift name, 3: cycle. */
			sprintf( __( 'Gift fulfilment for entitlement #%1$d: %2$s (cycle %3$d).', 'entitlement-ledger' ), $entitlement->id, $gift->name, $entitlement->number )
		);
		return $order->get_id();
	}

	/**
	 * Whether the order exists.
	 *
	 * @param int $order_id Order id.
	 */
	public function order_exists( int $order_id ): bool {
		return wc_get_order( $order_id ) instanceof WC_Order;
	}

	/**
	 * Adds an order note.
	 *
	 * @param int    $order_id Order id.
	 * @param string $note     Note.
	 */
	public function add_note( int $order_id, string $note ): void {
		$order = wc_get_order( $order_id );
		if ( $order instanceof WC_Order ) {
			$order->add_order_note( $note );
		}
	}

	/**
	 * Whether the product exists.
	 *
	 * @param int $product_id Product id.
	 */
	public function product_exists( int $product_id ): bool {
		return (bool) wc_get_product( $product_id );
	}

	/**
	 * The customer's saved address, or the source order's for guests.
	 *
	 * @param Entitlement $entitlement Entitlement.
	 * @param string      $type        billing|shipping.
	 * @return array<string, string>
	 */
	private function address( Entitlement $entitlement, string $type ): array {
		$address = array();
		if ( null !== $entitlement->customer_id ) {
			$customer = new WC_Customer( $entitlement->customer_id );
			$address  = 'shipping' === $type ? $customer->get_shipping() : $customer->get_billing();
		}
		if ( array() === array_filter( (array) $address ) && null !== $entitlement->source_order_id ) {
			$source  = wc_get_order( $entitlement->source_order_id );
			$address = $source instanceof WC_Order ? $source->get_address( $type ) : array();
		}
		return array_filter( array_map( 'strval', (array) $address ), static fn( string $value ): bool => '' !== $value );
	}
}
