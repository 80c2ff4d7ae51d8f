<?php
/**
 * WooCommerce Subscriptions: the parent order's entitlements belong to the subscription, and a
 * paid renewal creates the next cycle's.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\WooCommerce;

use EntitlementLedger\Database\Transaction;
use EntitlementLedger\DataStores\EntitlementQuery;
use EntitlementLedger\DataStores\EntitlementStore;
use EntitlementLedger\Domain\Audit\ActorContext;
use EntitlementLedger\Domain\Entitlements\Entitlement;
use EntitlementLedger\Domain\Entitlements\EntitlementService;
use EntitlementLedger\Domain\Settings\Settings;
use EntitlementLedger\WooCommerce\PaidOrderEntitlements;
use PHPUnit\Framework\Attributes\DataProvider;
use WC_Order;
use WC_Product;
use WC_Subscription;

/**
 * Runs against tests/Fixtures/woocommerce-subscriptions-fake.php (real signatures, no registry
 * serves the plugin): what is tested is our side of the contract.
 */
final class SubscriptionRenewalsTest extends WooCommerceTestCase {

	public static function setUpBeforeClass(): void {
		parent::setUpBeforeClass();
		require_once dirname( __DIR__, 2 ) . '/Fixtures/woocommerce-subscriptions-fake.php';
	}

	public function test_with_woocommerce_subscriptions_the_renewal_hook_is_registered(): void {
		$handler = $this->handler();
		$handler->register();
		try {
			$this->assertSame( 10, has_action( 'woocommerce_subscription_renewal_payment_complete', array( $handler, 'handle_woocommerce_subscription_renewal_payment_complete' ) ) );
		} finally {
			remove_action( 'woocommerce_subscription_renewal_payment_complete', array( $handler, 'handle_woocommerce_subscription_renewal_payment_complete' ), 10 );
			remove_action( 'woocommerce_payment_complete', array( $handler, 'handle_woocommerce_payment_complete' ), 10 );
			remove_action( 'woocommerce_order_status_processing', array( $handler, 'handle_woocommerce_order_status_processing' ), 10 );
			remove_action( 'woocommerce_order_status_completed', array( $handler, 'handle_woocommerce_order_status_completed' ), 10 );
		}
	}

	#[DataProvider( 'hpos_modes' )]
	public function test_the_parent_orders_entitlements_belong_to_the_subscription( string $hpos ): void {
		$this->use_hpos( $hpos );
		$product                   = $this->make_product( '120.00' );
		[ $parent, $subscription ] = $this->subscribe( $product );

		$parent->payment_complete();

		$entitlements = $this->entitlements_of( $parent->get_id() );
		$this->assertCount( 1, $entitlements );
		$this->assertSame( $subscription->get_id(), $entitlements[0]->subscription_id, 'not the selling order' );
		$this->assertSame( self::this_year(), $entitlements[0]->number );
		$this->assertLedgerClean();
	}

	#[DataProvider( 'hpos_modes' )]
	public function test_a_paid_renewal_creates_the_next_cycle_exactly_once( string $hpos ): void {
		$this->use_hpos( $hpos );
		$product                   = $this->make_product( '120.00' );
		[ $parent, $subscription ] = $this->subscribe( $product, 2 );
		$parent->payment_complete();
		$first = $this->of_subscription( $subscription->get_id() );
		$this->assertCount( 2, $first, 'two units' );

		$renewal = $this->renewal_of( $subscription, $product, 2 );
		$renewal->payment_complete(); // The ordinary paid-order hooks leave renewal orders alone.
		$this->assertSame( array(), $this->entitlements_of( $renewal->get_id() ) );

		$handler = $this->handler();
		$handler->handle_woocommerce_subscription_renewal_payment_complete( $subscription, $renewal );
		$this->handler()->handle_woocommerce_subscription_renewal_payment_complete( $subscription, wc_get_order( $renewal->get_id() ) ); // A retry on a later request.

		$renewed = $this->entitlements_of( $renewal->get_id() );
		$this->assertCount( 2, $renewed, 'one per unit, however often the hook fires' );
		foreach ( $renewed as $entitlement ) {
			$this->assertSame( $first[0]->number + 1, $entitlement->number, 'the cycle after the highest so far' );
			$this->assertSame( $subscription->get_id(), $entitlement->subscription_id );
			$this->assertSame( 1, $this->count_entries( $entitlement->id, 'deferral' ) );
		}
		$this->assertSame( array( 3000, 3000 ), self::deferred( $renewed ), 'the product default 25 % of 2 × 120.00, split over the units' );
		$this->assertCount( 4, $this->of_subscription( $subscription->get_id() ) );
		$this->assertLedgerClean();
	}

	public function test_a_renewal_of_a_subscription_without_entitlements_starts_at_the_paid_year(): void {
		$product            = $this->make_product( '50.00' );
		[ , $subscription ] = $this->subscribe( $product );
		$renewal            = $this->renewal_of( $subscription, $product, 1 );
		$renewal->set_date_paid( '2031-03-01T10:00:00+00:00' );
		$renewal->save();

		$this->handler()->handle_woocommerce_subscription_renewal_payment_complete( $subscription, $renewal );

		$renewed = $this->entitlements_of( $renewal->get_id() );
		$this->assertCount( 1, $renewed );
		$this->assertSame( 2031, $renewed[0]->number );
	}

	public function test_a_renewal_hook_with_the_wrong_arguments_does_nothing(): void {
		$before = count( $this->service( EntitlementStore::class )->query( new EntitlementQuery( per_page: 1 ) )['items'] );
		$this->handler()->handle_woocommerce_subscription_renewal_payment_complete( 'not a subscription', null );
		$this->handler()->handle_woocommerce_subscription_renewal_payment_complete( 42, 43 );
		$this->assertSame( $before, count( $this->service( EntitlementStore::class )->query( new EntitlementQuery( per_page: 1 ) )['items'] ) );
	}

	/**
	 * A pending parent order and the subscription it sells (same lines), linked as Subscriptions does.
	 *
	 * @param WC_Product $product  Premium product.
	 * @param int        $quantity Units.
	 * @return array{0: WC_Order, 1: WC_Subscription}
	 */
	private function subscribe( WC_Product $product, int $quantity = 1 ): array {
		$parent       = $this->make_order( array( array( $product, $quantity ) ) );
		$subscription = new WC_Subscription();
		$subscription->set_parent_id( $parent->get_id() );
		$subscription->add_product( $product, $quantity );
		$subscription->set_billing_email( 'ada.reader@example.test' );
		$subscription->calculate_totals( false );
		$subscription->save();
		$this->track_order( $subscription->get_id() );
		$this->set_option( 'el_fake_wcs_parent_' . $parent->get_id(), array( $subscription->get_id() ) );
		return array( $parent, $subscription );
	}

	/**
	 * A pending renewal order of the subscription.
	 *
	 * @param WC_Subscription $subscription Subscription.
	 * @param WC_Product      $product      Product.
	 * @param int             $quantity     Units.
	 */
	private function renewal_of( WC_Subscription $subscription, WC_Product $product, int $quantity ): WC_Order {
		$renewal = $this->make_order( array( array( $product, $quantity ) ) );
		$renewal->update_meta_data( '_subscription_renewal', (string) $subscription->get_id() );
		$renewal->save();
		return $renewal;
	}

	/**
	 * A subscription's entitlements, oldest first.
	 *
	 * @param int $subscription_id Subscription.
	 * @return list<Entitlement>
	 */
	private function of_subscription( int $subscription_id ): array {
		return $this->service( EntitlementStore::class )->query( new EntitlementQuery( subscription: $subscription_id, orderby: 'id', order: 'asc', per_page: 100 ) )['items'];
	}

	/**
	 * A handler with no memory of this request.
	 */
	private function handler(): PaidOrderEntitlements {
		return new PaidOrderEntitlements(
			$this->service( EntitlementService::class ),
			$this->service( EntitlementStore::class ),
			$this->service( Transaction::class ),
			$this->service( ActorContext::class ),
			$this->service( Settings::class )
		);
	}

	public function test_a_subscriptions_renewal_order_renews_instead_of_provisioning_again(): void {
		$product = $this->make_product( '49.00', array(), false );
		$brands  = $this->service( \EntitlementLedger\Domain\Licenses\BrandService::class );
		$brands->create_brand(
			array(
				'slug' => 'shop',
				'name' => 'Shop',
			)
		);
		$brands->create_product(
			'shop',
			array(
				'slug'           => 'shop-pro',
				'name'           => 'Shop Pro',
				'validity_days'  => 365,
				'wc_product_ids' => array( $product->get_id() ),
			)
		);
		$first = $this->make_order( array( array( $product, 1 ) ) );
		$first->payment_complete();
		$before = $this->licenses_sold_by( $first->get_id() )[0];

		$subscription = new \WC_Subscription();
		$subscription->set_parent_id( $first->get_id() );
		$subscription->save();
		$this->track_order( $subscription->get_id() );
		$renewal = $this->make_order( array( array( $product, 1 ) ) );
		$renewal->update_meta_data( '_subscription_renewal', $subscription->get_id() );
		$renewal->save();
		$renewal->payment_complete();
		$this->service( \EntitlementLedger\WooCommerce\LicenseOrders::class )->handle_woocommerce_subscription_renewal_payment_complete( $subscription, $renewal );

		$this->assertSame( array(), $this->licenses_sold_by( $renewal->get_id() ), 'no second license for the renewal order' );
		$this->assertSame( 1, $this->count_rows( \EntitlementLedger\Database\Tables::LICENSES ) );
		$after = $this->licenses_sold_by( $first->get_id() )[0];
		$this->assertGreaterThan( $before['expires_at'], $after['expires_at'] );
		$this->assertSame( 'valid', $after['status'] );
	}

	/**
	 * License rows sold by an order.
	 *
	 * @param int $order_id Order.
	 * @return list<array<string, string|null>>
	 */
	private function licenses_sold_by( int $order_id ): array {
		global $wpdb;
		return $wpdb->get_results( $wpdb->prepare( 'SELECT * FROM %i WHERE source_order_id = %d ORDER BY id', \EntitlementLedger\Database\Tables::name( \EntitlementLedger\Database\Tables::LICENSES ), $order_id ), ARRAY_A );
	}

}
