<?php
/**
 * Refunds and cancellations reverse entitlements.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\WooCommerce;

use EntitlementLedger\Domain\Entitlements\Entitlement;
use EntitlementLedger\Domain\Entitlements\EntitlementService;
use EntitlementLedger\WooCommerce\OrderEntitlements;
use EntitlementLedger\WooCommerce\OrderReversals;
use EntitlementLedger\WooCommerce\PremiumProductSettings;
use PHPUnit\Framework\Attributes\DataProvider;
use WC_Order;

/**
 * Full refunds, cancellations and partial refunds cancel exactly the right unredeemed
 * entitlements with reversal entries, and flag (never change) redeemed ones.
 */
final class OrderReversalsTest extends WooCommerceTestCase {

	public function test_the_reversal_hooks_are_registered_on_boot(): void {
		$handler = $this->service( OrderReversals::class );
		$this->assertSame( 10, has_action( 'woocommerce_order_status_cancelled', array( $handler, 'handle_woocommerce_order_status_cancelled' ) ) );
		$this->assertSame( 10, has_action( 'woocommerce_order_status_refunded', array( $handler, 'handle_woocommerce_order_status_refunded' ) ) );
		$this->assertSame( 10, has_action( 'woocommerce_order_refunded', array( $handler, 'handle_woocommerce_order_refunded' ) ) );
	}

	#[DataProvider( 'hpos_modes' )]
	public function test_a_full_refund_cancels_the_unredeemed_and_flags_the_redeemed( string $hpos ): void {
		$this->use_hpos( $hpos );
		[ $order, $entitlements ] = $this->paid_order();
		$redeemed                 = $this->redeem( $entitlements[0] );

		$refund = wc_create_refund(
			array(
				'order_id'   => $order->get_id(),
				'amount'     => '200.00',
				'reason'     => 'Customer changed their mind',
				'line_items' => array(
					$this->item_id( $order ) => array(
						'qty'          => 2,
						'refund_total' => '200.00',
					),
				),
			)
		);
		$this->assertNotWPError( $refund );
		$this->assertSame( 'refunded', wc_get_order( $order->get_id() )->get_status() );

		$after = $this->by_id( $order->get_id() );
		$this->assertSame( 'redeemed', $after[ $redeemed->id ]->status->value, 'a redeemed entitlement is left as it is' );
		$this->assertSame( 0, $this->count_entries( $redeemed->id, 'reversal' ) );
		$flag = $after[ $redeemed->id ]->meta[ OrderEntitlements::META_REFUND_FLAG ] ?? null;
		$this->assertIsArray( $flag, 'and flagged' );
		$this->assertSame( $order->get_id(), $flag['order_id'] );
		$this->assertSame( 1, $after[ $redeemed->id ]->meta[ OrderEntitlements::META_UNIT ], 'existing meta kept' );
		foreach ( array_slice( $entitlements, 1 ) as $entitlement ) {
			$this->assertSame( 'cancelled', $after[ $entitlement->id ]->status->value );
			$this->assertSame( 1, $this->count_entries( $entitlement->id, 'reversal' ), 'the deferral reversed once' );
			$this->assertSame( 0, $after[ $entitlement->id ]->deferred_balance );
		}
		$this->assertCount( 1, $this->notes_with( $order->get_id(), 'were cancelled and their deferred revenue reversed' ) );
		$flag_notes = $this->notes_with( $order->get_id(), 'already redeemed' );
		$this->assertCount( 1, $flag_notes );
		$this->assertStringContainsString( '#' . $redeemed->id, $flag_notes[0] );

		// The hooks again (a retry, an admin re-saving the status): nothing changes twice.
		do_action( 'woocommerce_order_status_refunded', $order->get_id(), wc_get_order( $order->get_id() ), array() );
		do_action( 'woocommerce_order_refunded', $order->get_id(), $refund->get_id() );
		foreach ( array_slice( $entitlements, 1 ) as $entitlement ) {
			$this->assertSame( 1, $this->count_entries( $entitlement->id, 'reversal' ) );
		}
		$this->assertCount( 1, $this->notes_with( $order->get_id(), 'already redeemed' ) );
		$this->assertLedgerClean();
	}

	#[DataProvider( 'hpos_modes' )]
	public function test_cancelling_the_order_cancels_its_unredeemed_entitlements( string $hpos ): void {
		$this->use_hpos( $hpos );
		[ $order, $entitlements ] = $this->paid_order();

		wc_get_order( $order->get_id() )->update_status( 'cancelled' );

		foreach ( $this->by_id( $order->get_id() ) as $entitlement ) {
			$this->assertSame( 'cancelled', $entitlement->status->value );
			$this->assertSame( 1, $this->count_entries( $entitlement->id, 'reversal' ) );
		}
		$this->assertCount( count( $entitlements ), $this->by_id( $order->get_id() ) );
		$this->assertCount( 1, $this->notes_with( $order->get_id(), 'was cancelled' ) );
		$this->assertLedgerClean();
	}

	#[DataProvider( 'hpos_modes' )]
	public function test_a_partial_refund_of_one_of_two_units_cancels_that_units_cycles_then_the_next_refund_the_rest( string $hpos ): void {
		$this->use_hpos( $hpos );
		[ $order, $entitlements ]      = $this->paid_order();
		[ $u1c1, $u1c2, $u2c1, $u2c2 ] = $entitlements;

		$this->refund_units( $order, 1, '100.00' );

		$after = $this->by_id( $order->get_id() );
		$this->assertSame( 'active', $after[ $u1c1->id ]->status->value );
		$this->assertSame( 'active', $after[ $u1c2->id ]->status->value );
		$this->assertSame( 'cancelled', $after[ $u2c1->id ]->status->value, 'the refunded unit, every cycle' );
		$this->assertSame( 'cancelled', $after[ $u2c2->id ]->status->value );
		$this->assertSame( 'processing', wc_get_order( $order->get_id() )->get_status(), 'still a partial refund' );
		$this->assertLedgerClean();

		$this->refund_units( $order, 1, '100.00' );

		foreach ( $this->by_id( $order->get_id() ) as $entitlement ) {
			$this->assertSame( 'cancelled', $entitlement->status->value );
			$this->assertSame( 1, $this->count_entries( $entitlement->id, 'reversal' ) );
		}
		$this->assertLedgerClean();
	}

	#[DataProvider( 'hpos_modes' )]
	public function test_a_partial_refund_of_a_redeemed_unit_flags_it_and_cancels_only_the_unredeemed( string $hpos ): void {
		$this->use_hpos( $hpos );
		[ $order, $entitlements ]      = $this->paid_order();
		[ $u1c1, $u1c2, $u2c1, $u2c2 ] = $entitlements;
		$this->redeem( $u2c1 );

		$this->refund_units( $order, 1, '100.00' );

		$after = $this->by_id( $order->get_id() );
		$this->assertSame( 'redeemed', $after[ $u2c1->id ]->status->value );
		$this->assertArrayHasKey( OrderEntitlements::META_REFUND_FLAG, $after[ $u2c1->id ]->meta );
		$this->assertSame( 'cancelled', $after[ $u2c2->id ]->status->value );
		$this->assertSame( 'active', $after[ $u1c1->id ]->status->value, 'another unit is not taken instead' );
		$this->assertSame( 'active', $after[ $u1c2->id ]->status->value );
		$this->assertSame( 0, $this->count_entries( $u2c1->id, 'reversal' ) );
		$this->assertCount( 1, $this->notes_with( $order->get_id(), 'already redeemed' ) );
		$this->assertLedgerClean();
	}

	#[DataProvider( 'hpos_modes' )]
	public function test_an_amount_only_refund_cancels_nothing( string $hpos ): void {
		$this->use_hpos( $hpos );
		[ $order ] = $this->paid_order();

		$refund = wc_create_refund(
			array(
				'order_id' => $order->get_id(),
				'amount'   => '5.00',
				'reason'   => 'Goodwill',
			)
		);
		$this->assertNotWPError( $refund );

		foreach ( $this->by_id( $order->get_id() ) as $entitlement ) {
			$this->assertSame( 'active', $entitlement->status->value );
		}
		$this->assertLedgerClean();
	}

	/**
	 * A paid order of 2 units x 2 cycles at 100.00 each (25 %): entitlements by unit, then cycle.
	 *
	 * @return array{0: WC_Order, 1: list<Entitlement>}
	 */
	private function paid_order(): array {
		$product = $this->make_product( '100.00', array( PremiumProductSettings::META_CYCLES => '2' ) );
		$order   = $this->make_order( array( array( $product, 2 ) ) );
		$order->payment_complete();
		$entitlements = $this->entitlements_of( $order->get_id() );
		$this->assertCount( 4, $entitlements );
		return array( wc_get_order( $order->get_id() ), $entitlements );
	}

	/**
	 * Redeems an entitlement with a custom redemption.
	 *
	 * @param Entitlement $entitlement Entitlement.
	 */
	private function redeem( Entitlement $entitlement ): Entitlement {
		$other = $this->make_order( array( array( $this->make_product( '1.00', array(), false ), 1 ) ) );
		return $this->service( EntitlementService::class )->redeem_custom( $entitlement->id, $other->get_id(), 'Handed over at the desk' );
	}

	/**
	 * Refunds some units of the order's line.
	 *
	 * @param WC_Order $order  Order.
	 * @param int      $qty    Units.
	 * @param string   $amount Amount.
	 */
	private function refund_units( WC_Order $order, int $qty, string $amount ): void {
		$refund = wc_create_refund(
			array(
				'order_id'   => $order->get_id(),
				'amount'     => $amount,
				'line_items' => array(
					$this->item_id( $order ) => array(
						'qty'          => $qty,
						'refund_total' => $amount,
					),
				),
			)
		);
		$this->assertNotWPError( $refund );
	}

	/**
	 * The order's one line item id.
	 *
	 * @param WC_Order $order Order.
	 */
	private function item_id( WC_Order $order ): int {
		return (int) array_key_first( $order->get_items() );
	}

	/**
	 * The order's entitlements by id, fresh from the database.
	 *
	 * @param int $order_id Order.
	 * @return array<int, Entitlement>
	 */
	private function by_id( int $order_id ): array {
		$found = array();
		foreach ( $this->entitlements_of( $order_id ) as $entitlement ) {
			$found[ $entitlement->id ] = $entitlement;
		}
		return $found;
	}

	/**
	 * Asserts a value is not a WP_Error.
	 *
	 * @param mixed $value Value.
	 */
	private function assertNotWPError( mixed $value ): void {
		$this->assertNotInstanceOf( \WP_Error::class, $value, $value instanceof \WP_Error ? $value->get_error_message() : '' );
	}
}
