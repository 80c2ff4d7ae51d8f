<?php
/**
 * Licenses sold through WooCommerce orders.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\WooCommerce;

use EntitlementLedger\Database\Tables;
use EntitlementLedger\Domain\Licenses\BrandService;
use EntitlementLedger\Domain\Licenses\SecretKeys;
use EntitlementLedger\WooCommerce\LicenseOrders;
use EntitlementLedger\WooCommerce\LicenseProductPanel;
use PHPUnit\Framework\Attributes\DataProvider;
use WC_Order;
use WC_Order_Item_Product;

/**
 * A paid order of a mapped product provisions its license exactly once (HPOS on and off);
 * the key shows in the order details; cancelling cancels, refunding suspends, a
 * Subscriptions renewal renews, each audited.
 */
final class LicenseOrdersTest extends WooCommerceTestCase {

	/**
	 * A brand with a licensed product mapped to a new WooCommerce product; returns the WC product.
	 */
	private function licensed_product(): \WC_Product {
		$product = $this->make_product( '49.00', array(), false );
		$brands  = $this->service( BrandService::class );
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
				'seats'          => 2,
				'validity_days'  => 365,
				'wc_product_ids' => array( $product->get_id() ),
			)
		);
		return $product;
	}

	/**
	 * License rows of an order.
	 *
	 * @param int $order_id Order.
	 * @return list<array<string, string|null>>
	 */
	private function licenses_of( int $order_id ): array {
		global $wpdb;
		return $wpdb->get_results( $wpdb->prepare( 'SELECT * FROM %i WHERE source_order_id = %d ORDER BY id', Tables::name( Tables::LICENSES ), $order_id ), ARRAY_A );
	}

	#[DataProvider( 'hpos_modes' )]
	public function test_a_paid_order_provisions_its_license_once_and_shows_the_key( string $hpos ): void {
		$this->use_hpos( $hpos );
		$order = $this->make_order( array( array( $this->licensed_product(), 3 ) ) );

		$order->payment_complete();
		$order = wc_get_order( $order->get_id() );
		$this->assertInstanceOf( WC_Order::class, $order );
		$order->update_status( 'completed' );
		do_action( 'woocommerce_payment_complete', $order->get_id() );

		$licenses = $this->licenses_of( $order->get_id() );
		$this->assertCount( 1, $licenses, 'exactly once, whatever hooks fire' );
		$this->assertSame( '6', $licenses[0]['seats'], 'two seats per unit, three units' );
		$this->assertSame( 'ada.reader@example.test', $licenses[0]['customer_email'] );
		$this->assertSame( 'valid', $licenses[0]['status'] );

		$items = array_values( $order->get_items() );
		$this->assertInstanceOf( WC_Order_Item_Product::class, $items[0] );
		ob_start();
		do_action( 'woocommerce_order_item_meta_end', $items[0]->get_id(), wc_get_order( $order->get_id() )->get_item( $items[0]->get_id() ), $order, false );
		$html = (string) ob_get_clean();
		$this->assertSame( 1, preg_match( '/License key: (ELK-[0-9A-Z-]+)/', $html, $match ), $html );
		$this->assertStringNotContainsString( $match[1], (string) wp_json_encode( $items[0]->get_meta_data() ), 'the key is sealed on the order, not stored in the clear' );
		$this->assertSame( 200, $this->rest( 'GET', '/licenses/' . $match[1] )->get_status(), 'the key shown is the license key' );

		$second = $this->make_order( array( array( wc_get_product( $items[0]->get_product_id() ), 1 ) ) );
		$second->payment_complete();
		$this->assertCount( 1, $this->licenses_of( $second->get_id() ) );
		$this->assertSame( $licenses[0]['license_key_id'], $this->licenses_of( $second->get_id() )[0]['license_key_id'], 'the same customer\'s next purchase joins their key' );
		ob_start();
		$line = array_values( wc_get_order( $second->get_id() )->get_items() )[0];
		do_action( 'woocommerce_order_item_meta_end', $line->get_id(), $line, $second, true );
		$this->assertStringContainsString( 'added to your key ELK-' . substr( $match[1], 4, 8 ), (string) ob_get_clean() );
	}

	#[DataProvider( 'hpos_modes' )]
	public function test_cancel_refund_and_renewal_follow_the_order( string $hpos ): void {
		$this->use_hpos( $hpos );
		$product = $this->licensed_product();
		$paid    = $this->make_order( array( array( $product, 1 ) ) );
		$paid->payment_complete();
		$refunded = $this->make_order( array( array( $product, 1 ) ) );
		$refunded->payment_complete();

		wc_get_order( $paid->get_id() )->update_status( 'cancelled' );
		wc_get_order( $paid->get_id() )->update_status( 'cancelled' );
		$this->assertSame( 'cancelled', $this->licenses_of( $paid->get_id() )[0]['status'] );

		wc_get_order( $refunded->get_id() )->update_status( 'refunded' );
		$license = $this->licenses_of( $refunded->get_id() )[0];
		$this->assertSame( 'suspended', $license['status'] );

		$renewal = wc_create_order();
		$this->track_order( $renewal->get_id() );
		$renewal->set_parent_id( $refunded->get_id() );
		$renewal->save();
		$this->service( LicenseOrders::class )->handle_woocommerce_subscription_renewal_payment_complete( $renewal );
		$renewed = $this->licenses_of( $refunded->get_id() )[0];
		$this->assertGreaterThan( $license['expires_at'], $renewed['expires_at'], 'renewal extends the expiry' );
		$this->assertSame( 'suspended', $renewed['status'], 'a renewal does not lift a suspension' );

		global $wpdb;
		$actions = $wpdb->get_results( $wpdb->prepare( "SELECT action, actor_type, object_id FROM %i WHERE object_type = 'license' ORDER BY id", Tables::name( Tables::AUDIT_LOG ) ), ARRAY_A );
		$this->assertSame(
			array( 'license.provisioned', 'license.provisioned', 'license.cancelled', 'license.suspended', 'license.renewed' ),
			array_column( $actions, 'action' )
		);
		$this->assertSame( array( 'system' ), array_values( array_unique( array_column( $actions, 'actor_type' ) ) ) );
	}

	public function test_the_product_panel_sells_a_license_with_its_seats_and_validity(): void {
		$this->licensed_product();
		$licensed = $this->service( \EntitlementLedger\DataStores\LicensedProductStore::class )->find_by_slug(
			$this->service( \EntitlementLedger\DataStores\BrandStore::class )->find_by_slug( 'shop' )->id ?? 0,
			'shop-pro'
		);
		$this->assertNotNull( $licensed );
		$product = $this->make_product( '99.00', array(), false );
		$panel   = new LicenseProductPanel( $this->service( \EntitlementLedger\DataStores\BrandStore::class ), $this->service( \EntitlementLedger\DataStores\LicensedProductStore::class ) );

		$GLOBALS['product_object'] = $product;
		ob_start();
		$panel->handle_woocommerce_product_options_general_product_data();
		$html = (string) ob_get_clean();
		unset( $GLOBALS['product_object'] );
		$this->assertStringContainsString( '<optgroup label="Shop"><option value="' . $licensed->id . '">Shop Pro</option>', $html );

		wp_set_current_user( $this->make_user( 'shop_manager' ) );
		$_POST = array(
			'woocommerce_meta_nonce'          => wp_create_nonce( 'woocommerce_save_data' ),
			'_el_license_panel'               => '1',
			LicenseProductPanel::META_PRODUCT => (string) $licensed->id,
			LicenseProductPanel::META_SEATS   => '5',
			LicenseProductPanel::META_DAYS    => '30',
		);
		try {
			$panel->handle_woocommerce_admin_process_product_object( $product );
			$product->save();
			$_POST[ LicenseProductPanel::META_SEATS ] = '0';
			$panel->handle_woocommerce_admin_process_product_object( $product );
		} finally {
			$_POST = array();
		}
		$this->assertSame( '5', $product->get_meta( LicenseProductPanel::META_SEATS ), 'an invalid value is not saved' );

		$order = $this->make_order( array( array( wc_get_product( $product->get_id() ), 2 ) ) );
		$order->payment_complete();
		$license = $this->licenses_of( $order->get_id() )[0];
		$this->assertSame( '10', $license['seats'], 'five seats per unit' );
		$days = ( strtotime( (string) $license['expires_at'] . ' UTC' ) - time() ) / DAY_IN_SECONDS;
		$this->assertEqualsWithDelta( 30, $days, 0.1, 'the panel\'s validity' );
	}

	public function test_an_order_without_mapped_products_provisions_nothing(): void {
		$this->licensed_product();
		$order = $this->make_order( array( array( $this->make_product( '10.00', array(), false ), 1 ) ) );
		$order->payment_complete();
		$this->assertSame( array(), $this->licenses_of( $order->get_id() ) );
		$this->assertSame( 0, $this->count_rows( Tables::LICENSE_KEYS ) );
	}

	public function test_sealed_keys_open_only_with_the_site_secret(): void {
		$secrets = $this->service( SecretKeys::class );
		$sealed  = $secrets->seal( 'ELK-AAAAAAAA-AAAAAAA-AAAAAAA-AAAAAAA-AAAAAAA' );
		$this->assertSame( 'ELK-AAAAAAAA-AAAAAAA-AAAAAAA-AAAAAAA-AAAAAAA', $secrets->open( $sealed ) );
		$this->assertNull( $secrets->open( substr( $sealed, 0, -4 ) . 'AAAA' ) );
		$this->assertNull( $secrets->open( 'not sealed' ) );
	}
}
