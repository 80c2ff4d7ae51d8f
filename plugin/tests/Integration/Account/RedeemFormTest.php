<?php
/**
 * The my-gifts form without JavaScript (admin-post.php).
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\Account;

use EntitlementLedger\Blocks\MyGifts\RedeemForm;
use EntitlementLedger\Blocks\MyGifts\RedeemNotices;
use EntitlementLedger\DataStores\EntitlementStore;
use EntitlementLedger\Domain\Entitlements\EntitlementStatus;
use RuntimeException;

/**
 * Same rule as POST /me/entitlements/{id}/redeem: the customer's own entitlement only,
 * anyone else's answered exactly like a missing one; a nonce per entitlement; back to the
 * page with a one-time notice.
 */
class RedeemFormTest extends AccountTestCase {

	/**
	 * Restores the request superglobals.
	 */
	protected function tearDown(): void {
		$_POST    = array();
		$_GET     = array();
		$_REQUEST = array();
		parent::tearDown();
	}

	public function test_the_owner_redeems_and_gets_the_order_number(): void {
		$customer = $this->make_customer();
		$gift     = $this->make_gift( 2026, 'Tote bag' );
		$open     = $this->make_customer_entitlement( $customer, 2026 );
		wp_set_current_user( $customer );

		$notice = $this->form()->process( $this->post( $open->id, $gift->id ) );

		$after = $this->service( EntitlementStore::class )->find( $open->id );
		$this->assertSame( EntitlementStatus::Redeemed, $after?->status );
		$this->track_order( (int) $after->redemption?->order_id );
		$order = $this->order_of( $after );
		$this->assertSame( 'success', $notice['type'] );
		$this->assertSame( $open->id, $notice['entitlement_id'] );
		$this->assertSame( 'Thank you! You chose Tote bag. It ships with order #' . $order->get_order_number() . '.', $notice['message'] );
		$this->assertSame( $customer, $order->get_customer_id() );
	}

	public function test_someone_elses_entitlement_is_refused_like_a_missing_one(): void {
		$alice   = $this->make_customer( 'Alice' );
		$mallory = $this->make_customer( 'Mallory' );
		$gift    = $this->make_gift( 2026, 'Tote bag' );
		$hers    = $this->make_customer_entitlement( $alice, 2026 );

		// Mallory posts Alice's id with a nonce valid for her own session and that id.
		wp_set_current_user( $mallory );
		$refused = $this->form()->process( $this->post( $hers->id, $gift->id ) );
		$missing = $this->form()->process( $this->post( 999999999, $gift->id ) );

		$this->assertSame( 'error', $refused['type'] );
		$this->assertSame( 'No entitlement with that id.', $refused['message'] );
		$this->assertSame( $missing, $refused, 'indistinguishable from an id that does not exist (404)' );
		$this->assertSame( EntitlementStatus::Active, $this->service( EntitlementStore::class )->find( $hers->id )?->status );
		$this->assertSame( 0, $this->service( \EntitlementLedger\DataStores\GiftStore::class )->find( $gift->id )?->redeemed_count );
	}

	public function test_a_bad_nonce_changes_nothing(): void {
		$customer = $this->make_customer();
		$gift     = $this->make_gift( 2026, 'Tote bag' );
		$open     = $this->make_customer_entitlement( $customer, 2026 );
		wp_set_current_user( $customer );

		$input             = $this->post( $open->id, $gift->id );
		$input['_wpnonce'] = wp_create_nonce( RedeemForm::nonce_action( $open->id + 1 ) );
		$notice            = $this->form()->process( $input );

		$this->assertSame( 'error', $notice['type'] );
		$this->assertStringContainsString( 'expired', $notice['message'] );
		$this->assertSame( EntitlementStatus::Active, $this->service( EntitlementStore::class )->find( $open->id )?->status );
	}

	public function test_no_gift_chosen_and_an_unavailable_gift_are_explained(): void {
		$customer = $this->make_customer();
		$retired  = $this->make_gift( 2026, 'Retired mug', array( 'active' => false ) );
		$open     = $this->make_customer_entitlement( $customer, 2026 );
		wp_set_current_user( $customer );

		$this->assertSame( 'Choose a gift first.', $this->form()->process( $this->post( $open->id, 0 ) )['message'] );
		$notice = $this->form()->process( $this->post( $open->id, $retired->id ) );
		$this->assertSame( 'error', $notice['type'] );
		$this->assertSame( 'That gift is inactive or out of stock.', $notice['message'] );
		$this->assertSame( EntitlementStatus::Active, $this->service( EntitlementStore::class )->find( $open->id )?->status );
	}

	public function test_a_second_submit_of_the_same_choice_succeeds_without_a_second_order(): void {
		$customer = $this->make_customer();
		$gift     = $this->make_gift( 2026, 'Tote bag' );
		$open     = $this->make_customer_entitlement( $customer, 2026 );
		wp_set_current_user( $customer );

		$first  = $this->form()->process( $this->post( $open->id, $gift->id ) );
		$second = $this->form()->process( $this->post( $open->id, $gift->id ) );
		$after  = $this->service( EntitlementStore::class )->find( $open->id );
		$this->track_order( (int) $after?->redemption?->order_id );

		$this->assertSame( $first, $second );
		$this->assertSame( 1, $this->service( \EntitlementLedger\DataStores\GiftStore::class )->find( $gift->id )?->redeemed_count );
	}

	public function test_the_handler_redirects_back_with_a_notice_the_block_shows_once(): void {
		$customer = $this->make_customer();
		$gift     = $this->make_gift( 2026, 'Tote bag' );
		$open     = $this->make_customer_entitlement( $customer, 2026 );
		wp_set_current_user( $customer );

		$page     = home_url( '/my-account/premium-gifts/' );
		$_POST    = wp_slash( $this->post( $open->id, $gift->id ) + array( '_wp_http_referer' => $page ) );
		$_REQUEST = $_POST; // phpcs:ignore WordPress.Security.NonceVerification.Missing -- the handler checks the nonce.
		$location = $this->redirect_of( fn() => $this->form()->handle_admin_post() );
		$after    = $this->service( EntitlementStore::class )->find( $open->id );
		$this->track_order( (int) $after?->redemption?->order_id );

		$this->assertSame( $page . '?' . RedeemNotices::QUERY_FLAG . '=1#el-entitlement-' . $open->id, $location );
		$this->assertSame( EntitlementStatus::Redeemed, $after?->status );

		// Without the flag the notice waits; with it, it is shown once.
		$this->assertStringNotContainsString( 'Thank you!', $this->render_as( $customer ) );
		$_GET[ RedeemNotices::QUERY_FLAG ] = '1';
		$html                              = $this->render_as( $customer );
		$this->assertStringContainsString( 'Thank you! You chose Tote bag.', $html );
		$this->assertStringContainsString( 'role="status"', $html );
		$this->assertStringNotContainsString( 'Thank you!', $this->render_as( $customer ) );
	}

	public function test_the_form_posts_to_admin_post_with_a_nonce_per_entitlement(): void {
		$customer = $this->make_customer();
		$this->make_gift( 2026, 'Tote bag' );
		$open = $this->make_customer_entitlement( $customer, 2026 );

		$card = self::card( $this->render_as( $customer ), $open->id );
		$this->assertStringContainsString( 'action="' . esc_url( admin_url( 'admin-post.php' ) ) . '"', $card );
		$this->assertStringContainsString( 'name="action" value="' . RedeemForm::ACTION . '"', $card );
		$this->assertSame( 1, preg_match( '#name="_wpnonce" value="([0-9a-f]{10})"#', $card, $nonce ) );
		$this->assertSame( 1, wp_verify_nonce( $nonce[1], RedeemForm::nonce_action( $open->id ) ) );
	}

	public function test_logged_out_posts_go_to_the_login_form(): void {
		$_REQUEST['_wp_http_referer'] = '/my-account/premium-gifts/';
		$location                     = $this->redirect_of( fn() => $this->form()->handle_admin_post_nopriv() );
		$this->assertStringStartsWith( wp_login_url(), $location );
	}

	public function test_only_admin_post_requests_register_the_handler(): void {
		$this->assertFalse( $this->form()->is_needed(), 'not on front-end requests' );
		$form = $this->form();
		$form->register();
		$this->assertSame( 10, has_action( 'admin_post_' . RedeemForm::ACTION, array( $form, 'handle_admin_post' ) ) );
		$this->assertSame( 10, has_action( 'admin_post_nopriv_' . RedeemForm::ACTION, array( $form, 'handle_admin_post_nopriv' ) ) );
		remove_action( 'admin_post_' . RedeemForm::ACTION, array( $form, 'handle_admin_post' ) );
		remove_action( 'admin_post_nopriv_' . RedeemForm::ACTION, array( $form, 'handle_admin_post_nopriv' ) );
	}

	/**
	 * The form handler from the container.
	 */
	private function form(): RedeemForm {
		return $this->service( RedeemForm::class );
	}

	/**
	 * Fields the block's form posts, with a valid nonce for the current user.
	 *
	 * @param int $entitlement_id Entitlement.
	 * @param int $gift_id        Gift (0 for none).
	 * @return array<string, string>
	 */
	private function post( int $entitlement_id, int $gift_id ): array {
		return array(
			'action'         => RedeemForm::ACTION,
			'entitlement_id' => (string) $entitlement_id,
			'gift_id'        => 0 === $gift_id ? '' : (string) $gift_id,
			'_wpnonce'       => wp_create_nonce( RedeemForm::nonce_action( $entitlement_id ) ),
		);
	}

	/**
	 * Runs a handler that redirects and exits; returns where it redirected.
	 *
	 * @param callable $handler Handler.
	 */
	private function redirect_of( callable $handler ): string {
		$stop = static function ( string $location ): never {
			throw new RuntimeException( 'redirect:' . $location );
		};
		add_filter( 'wp_redirect', $stop );
		try {
			$handler();
			$this->fail( 'The handler did not redirect.' );
		} catch ( RuntimeException $redirect ) {
			$this->assertStringStartsWith( 'redirect:', $redirect->getMessage() );
			return substr( $redirect->getMessage(), strlen( 'redirect:' ) );
		} finally {
			remove_filter( 'wp_redirect', $stop );
		}
	}
}
