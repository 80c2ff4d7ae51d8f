<?php
/**
 * The my-gifts block's server render and the /me representation.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\Account;

use EntitlementLedger\Blocks\MyGifts\MyGiftsBlock;
use PHPUnit\Framework\Attributes\DataProvider;

/**
 * A customer sees their own entitlements by cycle, newest first, in every status; the gifts
 * they can pick; the gift and the fulfilment order once redeemed; never anyone else's.
 */
class MyGiftsBlockTest extends AccountTestCase {

	#[DataProvider( 'hpos_modes' )]
	public function test_a_customer_sees_every_status_by_cycle_newest_first( string $hpos ): void {
		$this->use_hpos( $hpos );
		$customer  = $this->make_customer();
		$tote      = $this->make_gift( 2026, 'Tote bag' );
		$notebook  = $this->make_gift( 2026, 'Notebook' );
		$retired   = $this->make_gift( 2026, 'Retired mug', array( 'active' => false ) );
		$sold_out  = $this->make_gift( 2026, 'Sold-out poster', array( 'stock' => 0 ) );
		$next_year = $this->make_gift( 2027, 'Umbrella' );

		$active    = $this->make_customer_entitlement( $customer, 2027 );
		$redeemed  = $this->make_redeemed( $customer, 2026, $tote );
		$open      = $this->make_customer_entitlement( $customer, 2026 );
		$expired   = $this->make_expired( $customer, 2025 );
		$cancelled = $this->make_cancelled( $customer, 2025 );
		$order     = $this->order_of( $redeemed );

		$html = $this->render_as( $customer );

		// Cycles newest first.
		$this->assertMatchesRegularExpression( '#Cycle 2027.*Cycle 2026.*Cycle 2025#s', $html );

		$card = self::card( $html, $active->id );
		$this->assertStringContainsString( 'Unredeemed', $card );
		$this->assertStringContainsString( 'Umbrella', $card );
		$this->assertStringNotContainsString( 'Tote bag', $card, 'only gifts of its own cycle' );
		$this->assertStringContainsString( 'name="gift_id"', $card );
		$this->assertStringContainsString( 'value="' . $next_year->id . '"', $card );
		$this->assertMatchesRegularExpression( '#<button type="submit"[^>]*>\s*Redeem#', $card );

		$card = self::card( $html, $open->id );
		$this->assertStringContainsString( 'value="' . $tote->id . '"', $card );
		$this->assertStringContainsString( 'value="' . $notebook->id . '"', $card );
		$this->assertStringContainsString( 'About Notebook', $card, 'description' );
		$this->assertStringNotContainsString( 'value="' . $retired->id . '"', $card, 'inactive gifts are not offered' );
		$this->assertStringNotContainsString( 'value="' . $sold_out->id . '"', $card, 'sold-out gifts are not offered' );

		$card = self::card( $html, $redeemed->id );
		$this->assertStringContainsString( '>Redeemed<', $card );
		$this->assertStringContainsString( 'Tote bag', $card );
		$this->assertStringContainsString( '<span data-el-slot="order-number">' . $order->get_order_number() . '</span>', $card );
		$this->assertStringContainsString( wc_get_order_status_name( $order->get_status() ), $card );
		$this->assertStringNotContainsString( '<form', $card );
		if ( function_exists( 'wc_get_account_endpoint_url' ) ) {
			$this->assertStringContainsString( 'href="' . esc_url( $order->get_view_order_url() ) . '"', $card );
		}

		$card = self::card( $html, $expired->id );
		$this->assertStringContainsString( '>Expired<', $card );
		$this->assertStringContainsString( 'expired on', $card );
		$this->assertStringNotContainsString( '<form', $card );

		$card = self::card( $html, $cancelled->id );
		$this->assertStringContainsString( '>Cancelled<', $card );
		$this->assertStringContainsString( 'This gift was cancelled.', $card );
		$this->assertStringNotContainsString( '<form', $card );

		// What view.js needs: the REST base, a REST nonce, the templates.
		$this->assertStringContainsString( 'data-el-rest-url="' . esc_url( rest_url( 'entitlement-ledger/v1/me/' ) ) . '"', $html );
		$this->assertMatchesRegularExpression( '#data-el-nonce="[0-9a-f]{10}"#', $html );
		$this->assertSame( 1, wp_verify_nonce( (string) preg_replace( '#.*data-el-nonce="([0-9a-f]{10})".*#s', '$1', $html ), 'wp_rest' ) );
		$this->assertStringContainsString( '<template data-el-dialog-template>', $html );
		$this->assertStringContainsString( '<template data-el-redeemed-template>', $html );
	}

	public function test_another_customers_entitlements_never_appear(): void {
		$alice = $this->make_customer( 'Alice' );
		$bob   = $this->make_customer( 'Bob' );
		$gift  = $this->make_gift( 2026, 'Tote bag' );
		$mine  = $this->make_customer_entitlement( $alice, 2026 );
		$his   = $this->make_customer_entitlement( $bob, 2026 );
		$his_r = $this->make_redeemed( $bob, 2026, $gift );
		$guest = $this->make_entitlement( array( 'customer_email' => get_userdata( $alice )->user_email ) );

		$html = $this->render_as( $alice );
		$this->assertNotSame( '', self::card( $html, $mine->id ) );
		foreach ( array( $his->id, $his_r->id, $guest ) as $other ) {
			$this->assertSame( '', self::card( $html, $other ), "entitlement {$other} is not Alice's" );
			$this->assertStringNotContainsString( 'gift #' . $other . '<', $html );
		}
		$this->assertStringNotContainsString( '"' . $this->order_of( $his_r )->get_order_number() . '"', $html );

		$html = $this->render_as( $bob );
		$this->assertSame( '', self::card( $html, $mine->id ) );
		$this->assertNotSame( '', self::card( $html, $his->id ) );
	}

	public function test_an_order_linked_to_someone_elses_account_is_not_shown(): void {
		$alice   = $this->make_customer( 'Alice' );
		$bob     = $this->make_customer( 'Bob' );
		$bobs    = $this->make_order( array( array( $this->make_product(), 1 ) ), $bob );
		$service = $this->service( \EntitlementLedger\Domain\Entitlements\EntitlementService::class );
		$linked  = $service->redeem_custom( $this->make_customer_entitlement( $alice, 2026 )->id, $bobs->get_id(), 'Staff linked the wrong order' );

		$card = self::card( $this->render_as( $alice ), $linked->id );
		$this->assertStringContainsString( '>Redeemed<', $card );
		$this->assertStringContainsString( 'Arranged with our team', $card );
		$this->assertStringNotContainsString( 'order-number', $card );
		$this->assertStringNotContainsString( (string) $bobs->get_order_number(), $card );

		wp_set_current_user( $alice );
		$item = $this->rest( 'GET', '/me/entitlements' )->get_data()[0];
		$this->assertNull( $item['fulfilment_order'] );
		$this->assertNull( $item['gift'] );
	}

	public function test_me_routes_add_the_gift_and_the_fulfilment_order(): void {
		$customer = $this->make_customer();
		$gift     = $this->make_gift( 2026, 'Tote bag' );
		$open     = $this->make_customer_entitlement( $customer, 2026 );
		wp_set_current_user( $customer );

		$response = $this->rest( 'POST', '/me/entitlements/' . $open->id . '/redeem', array( 'gift_id' => $gift->id ) );
		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$body  = $response->get_data();
		$order = wc_get_order( (int) $body['redemption']['order_id'] );
		$this->assertInstanceOf( \WC_Order::class, $order );
		$this->track_order( $order->get_id() );
		$this->assertSame(
			array(
				'id'   => $gift->id,
				'name' => 'Tote bag',
			),
			$body['gift']
		);
		$this->assertSame( $order->get_id(), $body['fulfilment_order']['id'] );
		$this->assertSame( (string) $order->get_order_number(), $body['fulfilment_order']['number'] );
		$this->assertSame( $order->get_status(), $body['fulfilment_order']['status'] );
		$this->assertSame( wc_get_order_status_name( $order->get_status() ), $body['fulfilment_order']['status_label'] );
		$this->assertSame( function_exists( 'wc_get_account_endpoint_url' ) ? $order->get_view_order_url() : null, $body['fulfilment_order']['view_url'] );

		$listed = $this->rest( 'GET', '/me/entitlements' )->get_data();
		$this->assertSame( $body['fulfilment_order'], $listed[0]['fulfilment_order'] );

		$schema = $this->rest( 'OPTIONS', '/me/entitlements' )->get_data()['schema']['properties'];
		$this->assertArrayHasKey( 'fulfilment_order', $schema );
		$this->assertArrayHasKey( 'gift', $schema );
	}

	public function test_an_unredeemed_entitlement_without_gifts_says_so(): void {
		$customer = $this->make_customer();
		$this->make_gift( 2026, 'Only last year' );
		$open = $this->make_customer_entitlement( $customer, 2031 );

		$card = self::card( $this->render_as( $customer ), $open->id );
		$this->assertStringContainsString( 'The gifts for cycle 2031 are not ready yet', $card );
		$this->assertStringNotContainsString( '<form', $card );
	}

	public function test_empty_state_and_logged_out_visitor(): void {
		$customer = $this->make_customer();
		$html     = $this->render_as( $customer );
		$this->assertStringContainsString( 'You have no premium gifts yet.', $html );
		$this->assertStringNotContainsString( '<article', $html );

		$this->make_customer_entitlement( $customer, 2026 );
		$html = $this->render_as( 0 );
		$this->assertStringContainsString( 'Log in to see your premium gifts.', $html );
		$this->assertStringContainsString( esc_url( wp_login_url() ), $html );
		$this->assertStringNotContainsString( '<article', $html );
		$this->assertStringContainsString( 'data-el-nonce=""', $html );
	}

	public function test_gift_text_is_escaped(): void {
		$customer = $this->make_customer();
		$this->make_gift( 2026, 'Mug <b>bold</b>', array( 'description' => 'Says "hi" & <script>alert(1)</script>' ) );
		$open = $this->make_customer_entitlement( $customer, 2026 );

		$card = self::card( $this->render_as( $customer ), $open->id );
		$this->assertStringNotContainsString( '<script>', $card );
		$this->assertStringNotContainsString( '<b>', $card );
		$this->assertStringContainsString( 'Mug bold', $card, 'names are stored as plain text' );
	}

	public function test_the_block_is_registered_from_the_build_with_its_scripts(): void {
		$block = \WP_Block_Type_Registry::get_instance()->get_registered( MyGiftsBlock::NAME );
		$this->assertNotNull( $block );
		$this->assertNotEmpty( $block->view_script_handles );
		$this->assertNotEmpty( $block->editor_script_handles );
		$this->assertNotEmpty( $block->style_handles );
		$this->assertIsCallable( $block->render_callback );
	}

	public function test_block_registry_tolerates_a_missing_build(): void {
		$registry = new \EntitlementLedger\Blocks\BlockRegistry( sys_get_temp_dir() . '/el-no-build-' . wp_generate_password( 6, false ) );
		$this->assertSame( array(), $registry->register_blocks() );
	}
}
