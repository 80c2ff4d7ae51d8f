<?php
/**
 * Entitlements on the order screens.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\WooCommerce;

use EntitlementLedger\Domain\Entitlements\EntitlementService;
use EntitlementLedger\Domain\Gifts\GiftService;
use EntitlementLedger\WooCommerce\OrderAdmin;
use EntitlementLedger\WooCommerce\WooCommerceFulfilment;
use PHPUnit\Framework\Attributes\DataProvider;
use WC_Order;

/**
 * The orders list column (HPOS and posts storage hooks) and the order meta box, for a premium
 * order and the fulfilment order of one of its entitlements.
 */
final class OrderAdminTest extends WooCommerceTestCase {

	/**
	 * Loads the screen and meta box APIs (as wp-admin does) and clears registered boxes.
	 */
	protected function setUp(): void {
		parent::setUp();
		require_once ABSPATH . 'wp-admin/includes/class-wp-screen.php';
		require_once ABSPATH . 'wp-admin/includes/screen.php';
		require_once ABSPATH . 'wp-admin/includes/template.php';
		$GLOBALS['wp_meta_boxes'] = array(); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- each test starts with no meta boxes registered.
	}

	public function test_register_adds_the_list_and_meta_box_hooks_for_both_storages(): void {
		$admin = $this->service( OrderAdmin::class );
		$admin->register();
		$this->assertSame( 10, has_filter( 'manage_woocommerce_page_wc-orders_columns', array( $admin, 'handle_manage_orders_columns' ) ) );
		$this->assertSame( 10, has_action( 'manage_woocommerce_page_wc-orders_custom_column', array( $admin, 'handle_manage_woocommerce_page_wc_orders_custom_column' ) ) );
		$this->assertSame( 10, has_filter( 'manage_edit-shop_order_columns', array( $admin, 'handle_manage_orders_columns' ) ) );
		$this->assertSame( 10, has_action( 'manage_shop_order_posts_custom_column', array( $admin, 'handle_manage_shop_order_posts_custom_column' ) ) );
		$this->assertSame( 10, has_action( 'add_meta_boxes', array( $admin, 'handle_add_meta_boxes' ) ) );
		$this->assertFalse( $admin->is_needed(), 'not outside wp-admin' );
	}

	#[DataProvider( 'hpos_modes' )]
	public function test_the_list_column_marks_fulfilment_orders_and_counts_premium_orders_without_queries( string $hpos ): void {
		$this->use_hpos( $hpos );
		wp_set_current_user( $this->make_user( 'administrator' ) );
		[ $premium, $fulfilment, $redeemed_id ] = $this->premium_and_fulfilment_orders();
		$plain                                  = $this->make_order( array( array( $this->make_product( '5.00', array(), false ), 1 ) ) );
		$admin                                  = $this->service( OrderAdmin::class );

		$columns = $admin->handle_manage_orders_columns(
			array(
				'cb'           => '<input type="checkbox" />',
				'order_number' => 'Order',
				'order_total'  => 'Total',
			)
		);
		$this->assertSame( array( 'cb', 'order_number', OrderAdmin::COLUMN, 'order_total' ), array_keys( $columns ) );

		// The list table loads its page of orders with their meta (WooCommerce reads it with the
		// orders; the stand-in reads it on first use, so read it here).
		$orders = array_map( 'wc_get_order', array( $premium->get_id(), $fulfilment->get_id(), $plain->get_id() ) );
		array_map( static fn( WC_Order $order ): array => $order->get_meta_data(), $orders );
		$queries = 0;
		$counter = static function ( string $query ) use ( &$queries ): string {
			++$queries;
			return $query;
		};
		add_filter( 'query', $counter );
		$cells = array_map( fn( WC_Order $order ): string => $this->hpos_cell( $admin, $order ), $orders );
		remove_filter( 'query', $counter );
		$this->assertSame( 0, $queries, 'the column reads only order meta already loaded' );

		$this->assertStringContainsString( '2 entitlements', $cells[0] );
		$this->assertStringContainsString( 'Gift fulfilment', $cells[1] );
		$this->assertStringContainsString( 'href="' . esc_url( admin_url( 'admin.php?page=entitlement-ledger&entitlement=' . $redeemed_id ) ) . '"', $cells[1] );
		$this->assertStringContainsString( 'Entitlement #' . $redeemed_id, $cells[1] );
		$this->assertStringNotContainsString( 'entitlement', strtolower( $cells[2] ) );

		ob_start();
		$admin->handle_manage_shop_order_posts_custom_column( OrderAdmin::COLUMN, $fulfilment->get_id() );
		$admin->handle_manage_shop_order_posts_custom_column( 'order_total', $fulfilment->get_id() );
		$legacy = (string) ob_get_clean();
		$this->assertSame( $cells[1], $legacy, 'posts storage: same cell from the post id, other columns untouched' );
	}

	#[DataProvider( 'hpos_modes' )]
	public function test_the_meta_box_lists_the_linked_entitlements_on_both_orders( string $hpos ): void {
		$this->use_hpos( $hpos );
		wp_set_current_user( $this->make_user( 'administrator' ) );
		[ $premium, $fulfilment, $redeemed_id ] = $this->premium_and_fulfilment_orders();
		$plain                                  = $this->make_order( array( array( $this->make_product( '5.00', array(), false ), 1 ) ) );
		$admin                                  = $this->service( OrderAdmin::class );
		$screen                                 = wc_get_page_screen_id( 'shop-order' );
		$this->assertSame( 'yes' === $hpos ? 'woocommerce_page_wc-orders' : 'shop_order', $screen );

		$admin->handle_add_meta_boxes( $screen, wc_get_order( $plain->get_id() ) );
		$this->assertFalse( $this->box_registered( $screen ), 'no box on an order without entitlements' );
		$admin->handle_add_meta_boxes( $screen, wc_get_order( $premium->get_id() ) );
		$this->assertTrue( $this->box_registered( $screen ) );
		$this->assertTrue( $this->box_registered( 'woocommerce_page_wc-orders' ), 'also on the HPOS screen id the order screen uses' );

		$premium_box = $this->render_box( $admin, wc_get_order( $premium->get_id() ) );
		$this->assertSame( 2, substr_count( $premium_box, '<tr><td>' ), 'two entitlements' );
		$this->assertStringContainsString( '>#' . $redeemed_id . '</a>', $premium_box );
		$this->assertStringContainsString( 'Unredeemed', $premium_box );
		$this->assertStringContainsString( 'Redeemed', $premium_box );
		$this->assertStringContainsString( 'Sold it', $premium_box );
		$this->assertStringContainsString( 'woocommerce-Price-amount', $premium_box, 'amounts through wc_price()' );
		$this->assertStringContainsString( '25.00', $premium_box );
		$this->assertStringContainsString( '<td>' . self::this_year() . '</td>', $premium_box );

		$fulfilment_box = $this->render_box( $admin, wc_get_order( $fulfilment->get_id() ) );
		$this->assertStringContainsString( 'Gift fulfilment', $fulfilment_box );
		$this->assertSame( 1, substr_count( $fulfilment_box, '<tr><td>' ) );
		$this->assertStringContainsString( '>#' . $redeemed_id . '</a>', $fulfilment_box );
		$this->assertStringContainsString( 'Fulfils it', $fulfilment_box );
		$this->assertStringContainsString( 'Redeemed', $fulfilment_box );

		// The posts-storage callback argument is the order's post.
		$post = new \WP_Post( (object) array( 'ID' => $premium->get_id() ) );
		$this->assertSame( $premium_box, $this->render_box( $admin, $post ) );
	}

	public function test_staff_without_the_circulation_capability_see_ids_without_links(): void {
		wp_set_current_user( $this->make_user( 'customer' ) );
		[ , $fulfilment, $redeemed_id ] = $this->premium_and_fulfilment_orders();

		$cell = $this->hpos_cell( $this->service( OrderAdmin::class ), wc_get_order( $fulfilment->get_id() ) );

		$this->assertStringContainsString( 'Entitlement #' . $redeemed_id, $cell );
		$this->assertStringNotContainsString( '<a ', $cell );
	}

	/**
	 * A paid premium order of two entitlements; the first redeemed with a standard redemption,
	 * which creates the fulfilment order.
	 *
	 * @return array{0: WC_Order, 1: WC_Order, 2: int} Premium order, fulfilment order, redeemed entitlement id.
	 */
	private function premium_and_fulfilment_orders(): array {
		$premium = $this->make_order( array( array( $this->make_product( '100.00' ), 2 ) ) );
		$premium->payment_complete();
		$entitlements = $this->entitlements_of( $premium->get_id() );
		$this->assertCount( 2, $entitlements );

		$gift_product = $this->make_product( '0', array(), false );
		$gift         = $this->service( GiftService::class )->create(
			array(
				'number'     => $entitlements[0]->number,
				'name'       => 'Tote bag',
				'product_id' => $gift_product->get_id(),
			)
		);
		$redeemed     = $this->service( EntitlementService::class )->redeem_standard( $entitlements[0]->id, $gift->id );
		$this->assertNotNull( $redeemed->redemption?->order_id );
		$this->track_order( (int) $redeemed->redemption->order_id );
		$fulfilment = wc_get_order( (int) $redeemed->redemption->order_id );
		$this->assertInstanceOf( WC_Order::class, $fulfilment );
		$this->assertSame( (string) $redeemed->id, $fulfilment->get_meta( WooCommerceFulfilment::META_ENTITLEMENT ) );
		$this->assertSame( array(), $this->entitlements_of( $fulfilment->get_id() ), 'a fulfilment order sells nothing' );
		return array( wc_get_order( $premium->get_id() ), $fulfilment, $redeemed->id );
	}

	/**
	 * The HPOS list cell of an order.
	 *
	 * @param OrderAdmin $admin Service.
	 * @param WC_Order   $order Order.
	 */
	private function hpos_cell( OrderAdmin $admin, WC_Order $order ): string {
		ob_start();
		$admin->handle_manage_woocommerce_page_wc_orders_custom_column( OrderAdmin::COLUMN, $order );
		return (string) ob_get_clean();
	}

	/**
	 * The meta box's HTML.
	 *
	 * @param OrderAdmin $admin         Service.
	 * @param mixed      $post_or_order Callback argument.
	 */
	private function render_box( OrderAdmin $admin, mixed $post_or_order ): string {
		ob_start();
		$admin->render_meta_box( $post_or_order );
		return (string) ob_get_clean();
	}

	/**
	 * Whether our meta box is registered on a screen.
	 *
	 * @param string $screen Screen id.
	 */
	private function box_registered( string $screen ): bool {
		return isset( $GLOBALS['wp_meta_boxes'][ $screen ]['normal']['default'][ OrderAdmin::META_BOX ] );
	}
}
