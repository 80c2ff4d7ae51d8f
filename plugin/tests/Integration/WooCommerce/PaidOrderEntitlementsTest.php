<?php
/**
 * Checkout creates entitlements.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\WooCommerce;

use EntitlementLedger\Database\Transaction;
use EntitlementLedger\DataStores\EntitlementStore;
use EntitlementLedger\Domain\Audit\ActorContext;
use EntitlementLedger\Domain\Entitlements\Entitlement;
use EntitlementLedger\Domain\Entitlements\EntitlementService;
use EntitlementLedger\Domain\Settings\Settings;
use EntitlementLedger\WooCommerce\OrderEntitlements;
use EntitlementLedger\WooCommerce\PaidOrderEntitlements;
use EntitlementLedger\WooCommerce\PremiumProductSettings;
use EntitlementLedger\WooCommerce\WooCommerceFulfilment;
use PHPUnit\Framework\Attributes\DataProvider;
use WC_Product_Variable;
use WC_Product_Variation;

/**
 * Every paid-order hook path, exactly-once creation, amounts and currencies, skipped orders.
 */
final class PaidOrderEntitlementsTest extends WooCommerceTestCase {

	public function test_the_paid_order_hooks_are_registered_on_boot(): void {
		$handler = $this->service( PaidOrderEntitlements::class );
		$this->assertSame( 10, has_action( 'woocommerce_payment_complete', array( $handler, 'handle_woocommerce_payment_complete' ) ) );
		$this->assertSame( 10, has_action( 'woocommerce_order_status_processing', array( $handler, 'handle_woocommerce_order_status_processing' ) ) );
		$this->assertSame( 10, has_action( 'woocommerce_order_status_completed', array( $handler, 'handle_woocommerce_order_status_completed' ) ) );
		$this->assertFalse( has_action( 'woocommerce_subscription_renewal_payment_complete', array( $handler, 'handle_woocommerce_subscription_renewal_payment_complete' ) ), 'renewals only with WooCommerce Subscriptions' );
	}

	#[DataProvider( 'hpos_modes' )]
	public function test_payment_complete_creates_quantity_times_cycles_entitlements_that_sum_to_the_deferred_total( string $hpos ): void {
		$this->use_hpos( $hpos );
		$customer = $this->make_user( 'customer' );
		$product  = $this->make_product( '100.00', array( PremiumProductSettings::META_CYCLES => '2' ) );
		$order    = $this->make_order( array( array( $product, 2 ) ), $customer );
		$item_id  = array_key_first( $order->get_items() );

		$this->assertTrue( $order->payment_complete( 'txn-1' ) );

		$entitlements = $this->entitlements_of( $order->get_id() );
		$this->assertCount( 4, $entitlements, '2 units x 2 cycles' );
		$year = self::this_year();
		$this->assertSame( array( $year, $year + 1, $year, $year + 1 ), array_map( static fn( Entitlement $e ): int => $e->number, $entitlements ) );
		$this->assertSame( array( 1250, 1250, 1250, 1250 ), self::deferred( $entitlements ), '25 % of 200.00 split over four' );
		$this->assertSame( 5000, array_sum( self::deferred( $entitlements ) ) );
		foreach ( $entitlements as $index => $entitlement ) {
			$this->assertSame( $customer, $entitlement->customer_id );
			$this->assertSame( 'ada.reader@example.test', $entitlement->customer_email );
			$this->assertSame( 'Ada Reader', $entitlement->customer_name );
			$this->assertSame( $order->get_id(), $entitlement->subscription_id, 'no Subscriptions: the selling order' );
			$this->assertSame( $item_id, $entitlement->source_order_item_id );
			$this->assertSame( 'premium_gift', $entitlement->type );
			$this->assertSame( 'USD', $entitlement->currency->code );
			$this->assertSame( intdiv( $index, 2 ) + 1, $entitlement->meta[ OrderEntitlements::META_UNIT ] );
			$this->assertSame( 1, $this->count_entries( $entitlement->id, 'deferral' ) );
		}
		$this->assertSame( array(), $this->notes_with( $order->get_id(), 'Entitlement Ledger' ), 'success adds no note: the Entitlements box lists them' );
		$this->assertSame(
			array(
				'count' => 4,
				'items' => array( $item_id ),
			),
			OrderEntitlements::summary( wc_get_order( $order->get_id() ) )
		);
		$this->assertLedgerClean();
	}

	#[DataProvider( 'hpos_modes' )]
	public function test_every_paid_hook_firing_and_retrying_still_leaves_exactly_one_set( string $hpos ): void {
		$this->use_hpos( $hpos );
		$product = $this->make_product( '40.00', array( PremiumProductSettings::META_CYCLES => '3' ) );
		$order   = $this->make_order( array( array( $product, 1 ) ) );

		$order->payment_complete(); // processing, then payment_complete.
		$order->set_status( 'completed' );
		$order->save();
		do_action( 'woocommerce_payment_complete', $order->get_id(), '' );
		do_action( 'woocommerce_order_status_processing', $order->get_id(), $order, array() );
		do_action( 'woocommerce_order_status_completed', $order->get_id(), $order, array() );
		$this->assertCount( 3, $this->entitlements_of( $order->get_id() ) );

		// A new request that has lost the order summary: only the unique source keys stand between it and duplicates.
		$fresh = wc_get_order( $order->get_id() );
		$fresh->delete_meta_data( OrderEntitlements::META_SUMMARY );
		$fresh->save_meta_data();
		$this->fresh_handler()->process( $fresh->get_id(), $fresh );
		$this->fresh_handler()->handle_woocommerce_order_status_completed( $fresh->get_id(), null );

		$entitlements = $this->entitlements_of( $order->get_id() );
		$this->assertCount( 3, $entitlements, 'one per cycle, however many hooks fired' );
		$this->assertSame( array( 334, 333, 333 ), self::deferred( $entitlements ), '25 % of 40.00 over three cycles' );
		foreach ( $entitlements as $entitlement ) {
			$this->assertSame( 1, $this->count_entries( $entitlement->id, 'deferral' ), 'one deferral each' );
		}
		$this->assertSame( array(), $this->notes_with( $order->get_id(), 'Entitlement Ledger' ), 'no notes on success' );
		$this->assertLedgerClean();
	}

	/**
	 * Orders made in wp-admin, or through the REST API with set_paid, reach processing through
	 * set_status()->save() or payment_complete(): the same hooks.
	 *
	 * @param string $hpos HPOS on (yes) or off (no).
	 */
	#[DataProvider( 'hpos_modes' )]
	public function test_an_admin_or_rest_order_set_to_processing_creates_entitlements( string $hpos ): void {
		$this->use_hpos( $hpos );
		$order = $this->make_order( array( array( $this->make_product( '80.00' ), 1 ) ) );

		$order->set_status( 'processing' );
		$order->save();

		$this->assertSame( array( 2000 ), self::deferred( $this->entitlements_of( $order->get_id() ) ) );
		$this->assertLedgerClean();
	}

	#[DataProvider( 'hpos_modes' )]
	public function test_a_gateway_that_goes_straight_to_completed_creates_entitlements( string $hpos ): void {
		$this->use_hpos( $hpos );
		$order = $this->make_order( array( array( $this->make_product( '80.00' ), 1 ) ) );

		$order->update_status( 'on-hold' );
		$this->assertSame( array(), $this->entitlements_of( $order->get_id() ), 'on-hold is not paid' );
		$order->update_status( 'completed' );

		$this->assertCount( 1, $this->entitlements_of( $order->get_id() ) );
		$this->assertLedgerClean();
	}

	#[DataProvider( 'hpos_modes' )]
	public function test_a_guest_order_uses_the_billing_email_and_name( string $hpos ): void {
		$this->use_hpos( $hpos );
		$order = $this->make_order( array( array( $this->make_product( '60.00' ), 1 ) ) );
		$order->set_billing_email( 'Guest.Buyer@Example.test' );
		$order->set_billing_first_name( 'Grace' );
		$order->set_billing_last_name( 'Guest' );
		$order->save();

		$order->payment_complete();

		$entitlements = $this->entitlements_of( $order->get_id() );
		$this->assertCount( 1, $entitlements );
		$this->assertNull( $entitlements[0]->customer_id );
		$this->assertSame( 'guest.buyer@example.test', $entitlements[0]->customer_email );
		$this->assertSame( 'Grace Guest', $entitlements[0]->customer_name );
		$this->assertLedgerClean();
	}

	#[DataProvider( 'hpos_modes' )]
	public function test_percent_remainder_cents_go_to_the_first_entitlements( string $hpos ): void {
		$this->use_hpos( $hpos );
		$product = $this->make_product( '10.00', array( PremiumProductSettings::META_DEFERRED_VALUE => '33.33' ) );
		$order   = $this->make_order( array( array( $product, 3 ) ) );

		$order->payment_complete();

		// 33.33 % of 30.00 = 9.999, rounded to 10.00, split 3.34 + 3.33 + 3.33.
		$this->assertSame( array( 334, 333, 333 ), self::deferred( $this->entitlements_of( $order->get_id() ) ) );
		$this->assertLedgerClean();
	}

	#[DataProvider( 'hpos_modes' )]
	public function test_a_fixed_amount_is_deferred_per_entitlement( string $hpos ): void {
		$this->use_hpos( $hpos );
		$product = $this->make_product(
			'49.00',
			array(
				PremiumProductSettings::META_DEFERRED_MODE => 'fixed',
				PremiumProductSettings::META_DEFERRED_VALUE => '7.50',
				PremiumProductSettings::META_CYCLES        => '2',
				PremiumProductSettings::META_TYPE          => 'annual_book',
			)
		);
		$plain   = $this->make_product( '5.00', array(), false );
		$order   = $this->make_order( array( array( $product, 2 ), array( $plain, 3 ) ) );

		$order->payment_complete();

		$entitlements = $this->entitlements_of( $order->get_id() );
		$this->assertSame( array( 750, 750, 750, 750 ), self::deferred( $entitlements ), 'only the premium line' );
		$this->assertSame( array( 'annual_book' ), array_values( array_unique( array_map( static fn( Entitlement $e ): string => $e->type, $entitlements ) ) ) );
		$this->assertLedgerClean();
	}

	#[DataProvider( 'hpos_modes' )]
	public function test_a_yen_order_defers_whole_yen( string $hpos ): void {
		$this->use_hpos( $hpos );
		$this->set_option( 'woocommerce_currency', 'JPY' );
		$percent = $this->make_product( '1005', array( PremiumProductSettings::META_DEFERRED_VALUE => '10' ) );
		$fixed   = $this->make_product(
			'3000',
			array(
				PremiumProductSettings::META_DEFERRED_MODE => 'fixed',
				PremiumProductSettings::META_DEFERRED_VALUE => '1500',
			)
		);
		$order   = $this->make_order( array( array( $percent, 2 ), array( $fixed, 1 ) ), 0, 'JPY' );

		$order->payment_complete();

		$entitlements = $this->entitlements_of( $order->get_id() );
		// 10 % of ¥2,010 = ¥201: ¥101 + ¥100; then ¥1,500 fixed.
		$this->assertSame( array( 101, 100, 1500 ), self::deferred( $entitlements ) );
		$this->assertSame( array( 'JPY' ), array_values( array_unique( array_map( static fn( Entitlement $e ): string => $e->currency->code, $entitlements ) ) ) );
		$this->assertLedgerClean();
	}

	#[DataProvider( 'hpos_modes' )]
	public function test_a_variation_takes_its_parents_settings( string $hpos ): void {
		$this->use_hpos( $hpos );
		$parent = new WC_Product_Variable();
		$parent->set_name( 'Premium variable' );
		$parent->update_meta_data( PremiumProductSettings::META_PREMIUM, 'yes' );
		$parent->update_meta_data( PremiumProductSettings::META_DEFERRED_MODE, 'fixed' );
		$parent->update_meta_data( PremiumProductSettings::META_DEFERRED_VALUE, '9.00' );
		$parent_id = (int) $parent->save();
		$this->track_product( $parent_id );
		$variation = new WC_Product_Variation();
		$variation->set_parent_id( $parent_id );
		$variation->set_regular_price( '30.00' );
		$variation->update_meta_data( PremiumProductSettings::META_DEFERRED_VALUE, '1.00' ); // Ignored: the parent's settings apply.
		$this->track_product( (int) $variation->save() );

		$order = $this->make_order( array( array( $variation, 1 ) ) );
		$order->payment_complete();

		$this->assertSame( array( 900 ), self::deferred( $this->entitlements_of( $order->get_id() ) ) );
		$this->assertLedgerClean();
	}

	#[DataProvider( 'hpos_modes' )]
	public function test_orders_without_premium_lines_and_fulfilment_orders_are_ignored( string $hpos ): void {
		$this->use_hpos( $hpos );
		$plain = $this->make_order( array( array( $this->make_product( '5.00', array(), false ), 1 ) ) );
		$plain->payment_complete();

		$fulfilment = $this->make_order( array( array( $this->make_product( '50.00' ), 1 ) ) );
		$fulfilment->set_created_via( WooCommerceFulfilment::CREATED_VIA );
		$fulfilment->update_meta_data( WooCommerceFulfilment::META_FULFILMENT, 'yes' );
		$fulfilment->save();
		$fulfilment->set_status( 'processing' );
		$fulfilment->save();

		$this->assertSame( array(), $this->entitlements_of( $plain->get_id() ) );
		$this->assertSame( array(), $this->entitlements_of( $fulfilment->get_id() ) );
		$this->assertSame( array(), $this->notes_with( $plain->get_id(), 'Entitlement Ledger' ) );
		$this->assertSame( '', wc_get_order( $plain->get_id() )->get_meta( OrderEntitlements::META_SUMMARY ) );
		$this->assertSame( 0, $this->count_rows( \EntitlementLedger\Database\Tables::ENTITLEMENTS ) );
	}

	#[DataProvider( 'hpos_modes' )]
	public function test_invalid_product_settings_create_nothing_and_say_so_until_corrected( string $hpos ): void {
		$this->use_hpos( $hpos );
		$product = $this->make_product( '20.00', array( PremiumProductSettings::META_DEFERRED_VALUE => '150' ) );
		$order   = $this->make_order( array( array( $product, 1 ) ) );

		$order->payment_complete();

		$this->assertSame( array(), $this->entitlements_of( $order->get_id() ) );
		$notes = $this->notes_with( $order->get_id(), 'premium settings are invalid' );
		$this->assertCount( 1, $notes, 'one note although two paid hooks fired' );
		$this->assertStringContainsString( 'Deferred percent must be a number from 0 to 100', $notes[0] );

		// Corrected, then completed on a later request: the line is handled now.
		$product->update_meta_data( PremiumProductSettings::META_DEFERRED_VALUE, '50' );
		$product->save();
		$reloaded = wc_get_order( $order->get_id() );
		$reloaded->update_status( 'completed' );
		$this->assertSame( array(), $this->entitlements_of( $order->get_id() ), 'this request already handled the order' );
		$this->fresh_handler()->handle_woocommerce_order_status_completed( $order->get_id(), wc_get_order( $order->get_id() ) );
		$this->assertSame( array( 1000 ), self::deferred( $this->entitlements_of( $order->get_id() ) ) );
		$this->assertLedgerClean();
	}

	#[DataProvider( 'hpos_modes' )]
	public function test_a_free_premium_line_creates_nothing_and_is_noted( string $hpos ): void {
		$this->use_hpos( $hpos );
		$order = $this->make_order( array( array( $this->make_product( '20.00' ), 1, '0' ) ) );

		$order->payment_complete();

		$this->assertSame( array(), $this->entitlements_of( $order->get_id() ) );
		$this->assertCount( 1, $this->notes_with( $order->get_id(), 'no amount to defer' ) );
		$this->assertSame( 0, OrderEntitlements::summary( wc_get_order( $order->get_id() ) )['count'] );
	}

	#[DataProvider( 'hpos_modes' )]
	public function test_an_order_currency_the_fixed_amount_cannot_be_in_is_noted_not_thrown( string $hpos ): void {
		$this->use_hpos( $hpos );
		$product = $this->make_product(
			'20.00',
			array(
				PremiumProductSettings::META_DEFERRED_MODE => 'fixed',
				PremiumProductSettings::META_DEFERRED_VALUE => '12.50',
			)
		);
		$order   = $this->make_order( array( array( $product, 1, '2000' ) ), 0, 'JPY' );

		$this->assertTrue( $order->payment_complete(), 'payment_complete() is never failed by our handler' );

		$this->assertSame( array(), $this->entitlements_of( $order->get_id() ) );
		$this->assertCount( 1, $this->notes_with( $order->get_id(), 'Deferred amount must be an amount in JPY' ) );
	}

	public function test_the_first_cycle_is_the_year_the_order_was_paid(): void {
		$order = $this->make_order( array( array( $this->make_product( '10.00', array(), false ), 1 ) ) );
		$order->set_date_created( '2031-06-01T10:00:00+00:00' );
		$this->assertSame( 2031, $this->service( PaidOrderEntitlements::class )->first_cycle( $order ) );
		$order->set_date_paid( '2032-01-15T10:00:00+00:00' );
		$this->assertSame( 2032, $this->service( PaidOrderEntitlements::class )->first_cycle( $order ) );
	}

	/**
	 * The checkout cost of the handler: queries during payment_complete() of a one-line,
	 * one-cycle premium guest order, with and without it. Reported in the failure message.
	 *
	 * @param string $hpos HPOS on (yes) or off (no).
	 */
	#[DataProvider( 'hpos_modes' )]
	public function test_payment_processing_query_overhead_of_a_one_line_premium_order( string $hpos ): void {
		$this->use_hpos( $hpos );
		$handler = $this->service( PaidOrderEntitlements::class );
		$product = $this->make_product( '100.00' );
		// Warm up per-request caches (table metadata, options) the way a shop's earlier requests would.
		$this->make_order( array( array( $product, 1 ) ) )->payment_complete();

		$without = $this->count_queries(
			function () use ( $handler, $product ): void {
				remove_action( 'woocommerce_payment_complete', array( $handler, 'handle_woocommerce_payment_complete' ), 10 );
				remove_action( 'woocommerce_order_status_processing', array( $handler, 'handle_woocommerce_order_status_processing' ), 10 );
				try {
					$this->make_order( array( array( $product, 1 ) ) )->payment_complete();
				} finally {
					$handler->register();
				}
			},
			true
		);
		$with    = $this->count_queries( fn() => $this->make_order( array( array( $product, 1 ) ) )->payment_complete(), true );
		$added   = $with - $without;
		// What EntitlementService::create() itself costs (its transaction, ledger, projections, audit).
		$create = $this->count_queries( fn() => $this->make_entitlement( array( 'customer_email' => 'bench@example.test' ) ), false );
		// Ours on top: the order note (4–5), the order summary meta (1), and reading the order's and the
		// product's meta, which the stand-in loads lazily (WooCommerce has it loaded already).
		$this->assertLessThanOrEqual( 8, $added - $create, "queries added by the handler: {$added} ({$with} with, {$without} without), of which EntitlementService::create(): {$create}" );
		$this->assertLedgerClean();
	}

	/**
	 * Queries run by $work (order creation excluded when $payment_only: counts from the first status read).
	 *
	 * @param callable(): mixed $work         Work.
	 * @param bool              $payment_only Count only from payment_complete() on.
	 */
	private function count_queries( callable $work, bool $payment_only ): int {
		$count    = 0;
		$counting = ! $payment_only;
		$start    = static function () use ( &$counting ): void {
			$counting = true;
		};
		$counter  = static function ( string $query ) use ( &$count, &$counting ): string {
			if ( $counting ) {
				++$count;
			}
			return $query;
		};
		add_action( 'woocommerce_pre_payment_complete', $start );
		add_filter( 'query', $counter );
		try {
			$work();
		} finally {
			remove_filter( 'query', $counter );
			remove_action( 'woocommerce_pre_payment_complete', $start );
		}
		return $count;
	}

	/**
	 * A handler with no memory of this request, as on a later request.
	 */
	private function fresh_handler(): PaidOrderEntitlements {
		return new PaidOrderEntitlements(
			$this->service( EntitlementService::class ),
			$this->service( EntitlementStore::class ),
			$this->service( Transaction::class ),
			$this->service( ActorContext::class ),
			$this->service( Settings::class )
		);
	}
}
