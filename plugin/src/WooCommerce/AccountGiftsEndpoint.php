<?php
/**
 * My Account → Premium gifts.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\WooCommerce;

use EntitlementLedger\Blocks\MyGifts\MyGiftsBlock;
use EntitlementLedger\Domain\Settings\Settings;
use EntitlementLedger\Infrastructure\Registerable;

/**
 * Adds the premium-gifts endpoint to WooCommerce's My Account page the documented way
 * (woocommerce_get_query_vars, a rewrite endpoint, woocommerce_account_menu_items,
 * woocommerce_account_{endpoint}_endpoint, woocommerce_endpoint_{endpoint}_title) and
 * renders the entitlement-ledger/my-gifts block there.
 */
final class AccountGiftsEndpoint implements Registerable {

	public const ENDPOINT = 'premium-gifts';

	/**
	 * Option holding the endpoint set the rewrite rules were last flushed for.
	 */
	public const REWRITE_OPTION = 'entitlement_ledger_rewrite_version';

	/**
	 * Change this when the plugin's endpoints change: the rules are flushed once.
	 */
	public const REWRITE_VERSION = '2:premium-gifts,license-keys';

	private const DEFAULT_LABEL = 'Premium gifts';

	/**
	 * Constructor.
	 *
	 * @param Settings $settings Plugin settings (the menu label).
	 */
	public function __construct( private Settings $settings ) {
	}

	/**
	 * Only with WooCommerce.
	 */
	public function is_needed(): bool {
		return function_exists( 'WC' );
	}

	/**
	 * Adds the hooks.
	 */
	public function register(): void {
		add_filter( 'woocommerce_get_query_vars', array( $this, 'handle_woocommerce_get_query_vars' ) );
		add_action( 'init', array( $this, 'handle_init' ), 11 );
		add_action( 'init', array( $this, 'handle_init_late' ), 999 );
		add_filter( 'woocommerce_account_menu_items', array( $this, 'handle_woocommerce_account_menu_items' ), 10, 2 );
		add_action( 'woocommerce_account_' . self::ENDPOINT . '_endpoint', array( $this, 'handle_account_endpoint' ) );
		add_filter( 'woocommerce_endpoint_' . self::ENDPOINT . '_title', array( $this, 'handle_endpoint_title' ), 10, 3 );
	}

	/**
	 * Makes the endpoint one of WooCommerce's account query vars.
	 *
	 * @param mixed $vars Query var => endpoint slug.
	 * @return array<string, string>|mixed
	 */
	public function handle_woocommerce_get_query_vars( mixed $vars ): mixed {
		if ( is_array( $vars ) ) {
			$vars[ self::ENDPOINT ] = self::ENDPOINT;
		}
		return $vars;
	}

	/**
	 * Adds the rewrite endpoint (unless WooCommerce already added it from its query vars).
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
		// EP_ROOT | EP_PAGES, as WooCommerce's own account endpoints (read through constant() for PHPStan's stubs).
		add_rewrite_endpoint( self::ENDPOINT, (int) constant( 'EP_ROOT' ) | (int) constant( 'EP_PAGES' ) );
	}

	/**
	 * Flushes the rewrite rules once after activation or when the endpoints changed (the
	 * option flag records which set was flushed), never on ordinary requests.
	 */
	public function handle_init_late(): void {
		if ( self::REWRITE_VERSION === get_option( self::REWRITE_OPTION ) ) {
			return;
		}
		flush_rewrite_rules( false );
		update_option( self::REWRITE_OPTION, self::REWRITE_VERSION, true );
	}

	/**
	 * Asks for a flush on the next request (activation calls this).
	 */
	public static function schedule_rewrite_flush(): void {
		delete_option( self::REWRITE_OPTION );
	}

	/**
	 * Adds "Premium gifts" to the account menu, before "Log out".
	 *
	 * @param mixed $items     Endpoint => label.
	 * @param mixed $endpoints Endpoint => slug (unused).
	 * @return array<string, string>|mixed
	 */
	public function handle_woocommerce_account_menu_items( mixed $items, mixed $endpoints = array() ): mixed {
		unset( $endpoints );
		if ( ! is_array( $items ) ) {
			return $items;
		}
		$label = $this->label();
		$menu  = array();
		foreach ( $items as $key => $value ) {
			if ( 'customer-logout' === $key ) {
				$menu[ self::ENDPOINT ] = $label;
			}
			if ( self::ENDPOINT !== $key ) {
				$menu[ $key ] = $value;
			}
		}
		if ( ! isset( $menu[ self::ENDPOINT ] ) ) {
			$menu[ self::ENDPOINT ] = $label;
		}
		return $menu;
	}

	/**
	 * The endpoint's content: the my-gifts block.
	 */
	public function handle_account_endpoint(): void {
		if ( ! \WP_Block_Type_Registry::get_instance()->is_registered( MyGiftsBlock::NAME ) ) {
			printf( '<p>%s</p>', esc_html__( 'Your premium gifts cannot be shown right now. Please try again later.', 'entitlement-ledger' ) );
			return;
		}
		// The block's render.php escapes everything it prints.
		echo MyGiftsBlock::render(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
	}

	/**
	 * The page title on the endpoint.
	 *
	 * @param mixed  $title    Title so far.
	 * @param string $endpoint Endpoint.
	 * @param string $action   Action (unused).
	 */
	public function handle_endpoint_title( mixed $title, string $endpoint = '', string $action = '' ): string {
		unset( $title, $endpoint, $action );
		return $this->label();
	}

	/**
	 * The menu label: the account_menu_label setting ("Premium gifts", translated, by default).
	 */
	public function label(): string {
		$label = $this->settings->get( 'account_menu_label' );
		$label = is_string( $label ) ? trim( $label ) : '';
		return '' === $label || self::DEFAULT_LABEL === $label ? __( 'Premium gifts', 'entitlement-ledger' ) : $label;
	}
}
