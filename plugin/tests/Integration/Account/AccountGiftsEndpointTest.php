<?php
/**
 * My Account → Premium gifts.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\Account;

use EntitlementLedger\Domain\Settings\Settings;
use EntitlementLedger\WooCommerce\AccountGiftsEndpoint;

/**
 * The endpoint is added the documented WooCommerce way, sits in the account menu before
 * "Log out" with the configured label, renders the block, and the rewrite rules are
 * flushed once per endpoint version only.
 */
class AccountGiftsEndpointTest extends AccountTestCase {

	private const MENU = array(
		'dashboard'       => 'Dashboard',
		'orders'          => 'Orders',
		'edit-address'    => 'Addresses',
		'edit-account'    => 'Account details',
		'customer-logout' => 'Log out',
	);

	public function test_hooks_are_registered(): void {
		$endpoint = $this->endpoint();
		$this->assertTrue( $endpoint->is_needed(), 'WooCommerce is active' );
		$this->assertSame( 10, has_filter( 'woocommerce_get_query_vars', array( $endpoint, 'handle_woocommerce_get_query_vars' ) ) );
		$this->assertSame( 11, has_action( 'init', array( $endpoint, 'handle_init' ) ) );
		$this->assertSame( 10, has_filter( 'woocommerce_account_menu_items', array( $endpoint, 'handle_woocommerce_account_menu_items' ) ) );
		$this->assertSame( 10, has_action( 'woocommerce_account_' . AccountGiftsEndpoint::ENDPOINT . '_endpoint', array( $endpoint, 'handle_account_endpoint' ) ) );
		$this->assertSame( 10, has_filter( 'woocommerce_endpoint_' . AccountGiftsEndpoint::ENDPOINT . '_title', array( $endpoint, 'handle_endpoint_title' ) ) );
	}

	public function test_the_endpoint_is_a_woocommerce_query_var_and_a_rewrite_endpoint(): void {
		$vars = apply_filters( 'woocommerce_get_query_vars', array( 'orders' => 'orders' ) );
		$this->assertSame( 'premium-gifts', $vars['premium-gifts'] ?? null );
		if ( function_exists( 'WC' ) && isset( WC()->query ) && is_object( WC()->query ) && method_exists( WC()->query, 'get_query_vars' ) ) {
			$this->assertArrayHasKey( 'premium-gifts', WC()->query->get_query_vars() );
		}

		global $wp_rewrite;
		$masks = array();
		foreach ( $wp_rewrite->endpoints as $endpoint ) {
			if ( 'premium-gifts' === $endpoint[1] ) {
				$masks[] = $endpoint[0];
			}
		}
		$this->assertCount( 1, $masks, 'added once (by WooCommerce from its query vars, or by us)' );
		$this->assertSame( EP_PAGES, $masks[0] & EP_PAGES, 'on pages (the My Account page)' );
		$this->assertNotEmpty( preg_grep( '#premium-gifts#', array_keys( (array) get_option( 'rewrite_rules' ) ) ), 'the stored rules include it' );
		$this->assertSame( AccountGiftsEndpoint::REWRITE_VERSION, get_option( AccountGiftsEndpoint::REWRITE_OPTION ) );
	}

	public function test_rewrite_rules_are_flushed_once_per_endpoint_version(): void {
		$endpoint = $this->endpoint();
		$flushes  = 0;
		$count    = static function () use ( &$flushes ): void {
			++$flushes;
		};
		add_action( 'generate_rewrite_rules', $count );
		try {
			$endpoint->handle_init_late();
			$this->assertSame( 0, $flushes, 'nothing to do on an ordinary request' );

			AccountGiftsEndpoint::schedule_rewrite_flush();
			$endpoint->handle_init_late();
			$endpoint->handle_init_late();
			$this->assertSame( 1, $flushes, 'once after activation or an endpoint change' );
			$this->assertSame( AccountGiftsEndpoint::REWRITE_VERSION, get_option( AccountGiftsEndpoint::REWRITE_OPTION ) );
		} finally {
			remove_action( 'generate_rewrite_rules', $count );
		}
	}

	public function test_the_menu_item_comes_before_log_out_with_the_configured_label(): void {
		$menu = apply_filters( 'woocommerce_account_menu_items', self::MENU, array() );
		$this->assertSame( array( 'dashboard', 'orders', 'edit-address', 'edit-account', 'premium-gifts', 'license-keys', 'customer-logout' ), array_keys( $menu ) );
		$this->assertSame( 'Premium gifts', $menu['premium-gifts'] );

		$this->set_option( Settings::OPTION, array( 'account_menu_label' => 'My gifts' ) );
		$menu = apply_filters( 'woocommerce_account_menu_items', self::MENU, array() );
		$this->assertSame( 'My gifts', $menu['premium-gifts'] );
		$this->assertSame( 'My gifts', apply_filters( 'woocommerce_endpoint_' . AccountGiftsEndpoint::ENDPOINT . '_title', 'Premium-gifts', 'premium-gifts', '' ) );

		$without_logout = self::MENU;
		unset( $without_logout['customer-logout'] );
		$this->assertSame( array( 'premium-gifts', 'license-keys' ), array_slice( array_keys( apply_filters( 'woocommerce_account_menu_items', $without_logout, array() ) ), -2 ) );

		if ( function_exists( 'wc_get_account_menu_items' ) ) {
			$this->assertArrayHasKey( 'premium-gifts', wc_get_account_menu_items() );
		}
	}

	public function test_the_title_is_the_label(): void {
		$this->assertSame( 'Premium gifts', apply_filters( 'woocommerce_endpoint_' . AccountGiftsEndpoint::ENDPOINT . '_title', 'x', 'premium-gifts', '' ) );
	}

	public function test_the_endpoint_renders_the_block_for_the_customer(): void {
		$customer = $this->make_customer();
		$this->make_gift( 2026, 'Tote bag' );
		$open = $this->make_customer_entitlement( $customer, 2026 );
		wp_set_current_user( $customer );

		ob_start();
		do_action( 'woocommerce_account_' . AccountGiftsEndpoint::ENDPOINT . '_endpoint', '' );
		$html = (string) ob_get_clean();

		$this->assertStringContainsString( 'wp-block-entitlement-ledger-my-gifts', $html );
		$this->assertNotSame( '', self::card( $html, $open->id ) );
		$this->assertStringContainsString( 'Tote bag', $html );
	}

	public function test_the_account_url_ends_with_the_endpoint(): void {
		if ( ! function_exists( 'wc_get_account_endpoint_url' ) || ! function_exists( 'wc_get_page_id' ) || wc_get_page_id( 'myaccount' ) <= 0 ) {
			$this->markTestSkipped( 'WooCommerce has no My Account page here.' );
		}
		$this->assertStringEndsWith( '/premium-gifts/', wc_get_account_endpoint_url( 'premium-gifts' ) );
	}

	/**
	 * The registered endpoint service.
	 */
	private function endpoint(): AccountGiftsEndpoint {
		return $this->service( AccountGiftsEndpoint::class );
	}
}
