<?php
/**
 * My Account → License keys.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\WooCommerce;

use EntitlementLedger\Blocks\LicenseKeys\LicenseKeysBlock;
use EntitlementLedger\Infrastructure\Registerable;

/**
 * Adds the `license-keys` endpoint to WooCommerce's My Account (before Log out), rendering
 * the entitlement-ledger/license-keys block. Its rewrite rule is flushed together with the
 * premium gifts endpoint's (AccountGiftsEndpoint::REWRITE_VERSION names both).
 */
final class AccountLicensesEndpoint implements Registerable {

	public const ENDPOINT = 'license-keys';

	/**
	 * When WooCommerce is active.
	 */
	public function is_needed(): bool {
		return function_exists( 'WC' );
	}

	/**
	 * Adds hooks.
	 */
	public function register(): void {
		add_filter( 'woocommerce_get_query_vars', array( $this, 'handle_woocommerce_get_query_vars' ) );
		add_action( 'init', array( $this, 'handle_init' ), 11 );
		add_filter( 'woocommerce_account_menu_items', array( $this, 'handle_woocommerce_account_menu_items' ), 11 );
		add_action( 'woocommerce_account_' . self::ENDPOINT . '_endpoint', array( $this, 'handle_account_endpoint' ) );
		add_filter( 'woocommerce_endpoint_' . self::ENDPOINT . '_title', array( $this, 'handle_endpoint_title' ) );
	}

	/**
	 * Registers the query var with WooCommerce.
	 *
	 * @param mixed $vars Query vars.
	 * @return mixed
	 */
	public function handle_woocommerce_get_query_vars( mixed $vars ): mixed {
		if ( is_array( $vars ) ) {
			$vars[ self::ENDPOINT ] = self::ENDPOINT;
		}
		return $vars;
	}

	/**
	 * Adds the rewrite endpoint unless WooCommerce already did from the query vars.
	 */
	public function handle_init(): void {
		global $wp_rewrite;
		if ( $wp_rewrite instanceof \WP_Rewrite ) {
			foreach ( $wp_rewrite->endpoints as $endpoint ) {
				if ( isset( $endpoint[1] ) && self::ENDPOINT === $endpoint[1] ) {
					return;
				}
			}
		}
		add_rewrite_endpoint( self::ENDPOINT, (int) constant( 'EP_ROOT' ) | (int) constant( 'EP_PAGES' ) );
	}

	/**
	 * Adds "License keys" before Log out.
	 *
	 * @param mixed $items Menu items.
	 * @return mixed
	 */
	public function handle_woocommerce_account_menu_items( mixed $items ): mixed {
		if ( ! is_array( $items ) ) {
			return $items;
		}
		$menu = array();
		foreach ( $items as $key => $value ) {
			if ( 'customer-logout' === $key ) {
				$menu[ self::ENDPOINT ] = __( 'License keys', 'entitlement-ledger' );
			}
			$menu[ $key ] = $value;
		}
		$menu[ self::ENDPOINT ] ??= __( 'License keys', 'entitlement-ledger' );
		return $menu;
	}

	/**
	 * Prints the block.
	 */
	public function handle_account_endpoint(): void {
		if ( ! \WP_Block_Type_Registry::get_instance()->is_registered( LicenseKeysBlock::NAME ) ) {
			printf( '<p>%s</p>', esc_html__( 'Your license keys cannot be shown right now. Please try again later.', 'entitlement-ledger' ) );
			return;
		}
		echo LicenseKeysBlock::render(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- the block's render.php escapes everything it prints.
	}

	/**
	 * The endpoint's title.
	 */
	public function handle_endpoint_title(): string {
		return __( 'License keys', 'entitlement-ledger' );
	}
}
