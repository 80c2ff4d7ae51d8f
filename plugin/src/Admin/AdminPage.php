<?php
/**
 * The Entitlements menu and the admin app.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Admin;

use EntitlementLedger\Domain\Access\Capabilities;
use EntitlementLedger\Domain\Money\Currency;
use EntitlementLedger\Infrastructure\Registerable;

/**
 * Adds the top-level Entitlements menu and loads the React admin app on its page only.
 */
final class AdminPage implements Registerable {

	public const SLUG    = 'entitlement-ledger';
	public const ROOT_ID = 'entitlement-ledger-admin';
	private const HANDLE = 'entitlement-ledger-admin';
	private const BUILD  = 'build/admin-app/';

	/**
	 * The first request of the Circulation screen with its default view (admin-app
	 * features/circulation/view.ts DEFAULT_VIEW): preloaded into the page, so the first rows
	 * render without waiting for a REST round trip. A saved view that differs simply
	 * fetches as usual.
	 */
	public const PRELOAD_PATHS = array(
		'/entitlement-ledger/v1/entitlements?order=desc&orderby=created_at&page=1&per_page=20',
	);

	private string $hook_suffix = '';

	/**
	 * Only in wp-admin.
	 */
	public function is_needed(): bool {
		return is_admin();
	}

	/**
	 * Adds hooks.
	 */
	public function register(): void {
		add_action( 'admin_menu', array( $this, 'handle_admin_menu' ) );
		add_action( 'admin_enqueue_scripts', array( $this, 'handle_admin_enqueue_scripts' ) );
	}

	/**
	 * Adds the menu.
	 */
	public function handle_admin_menu(): void {
		$this->hook_suffix = (string) add_menu_page(
			__( 'Entitlements', 'entitlement-ledger' ),
			__( 'Entitlements', 'entitlement-ledger' ),
			$this->menu_capability(),
			self::SLUG,
			array( $this, 'render' ),
			'dashicons-tickets-alt',
			56
		);
	}

	/**
	 * The capability that opens the page: circulation staff's, or license staff's for a user
	 * who manages licenses only (the app then shows the license screens alone).
	 */
	private function menu_capability(): string {
		return ! current_user_can( Capabilities::MANAGE_ENTITLEMENTS ) && current_user_can( Capabilities::MANAGE_LICENSES )
			? Capabilities::MANAGE_LICENSES
			: Capabilities::MANAGE_ENTITLEMENTS;
	}

	/**
	 * The mount point; the app renders everything else.
	 */
	public function render(): void {
		printf(
			'<div class="wrap"><div id="%1$s"><p>%2$s</p></div><noscript>%3$s</noscript></div>',
			esc_attr( self::ROOT_ID ),
			esc_html__( 'Loading…', 'entitlement-ledger' ),
			esc_html__( 'The circulation desk needs JavaScript.', 'entitlement-ledger' )
		);
	}

	/**
	 * Loads the app's build on our page.
	 *
	 * @param string $hook_suffix Current admin page.
	 */
	public function handle_admin_enqueue_scripts( string $hook_suffix ): void {
		if ( '' === $this->hook_suffix || $hook_suffix !== $this->hook_suffix ) {
			return;
		}
		$dir        = plugin_dir_path( ENTITLEMENT_LEDGER_FILE ) . self::BUILD;
		$asset_file = $dir . 'index.asset.php';
		if ( ! is_readable( $asset_file ) ) {
			add_action( 'admin_notices', array( $this, 'missing_build_notice' ) );
			return;
		}
		$asset = require $asset_file;
		$url   = plugin_dir_url( ENTITLEMENT_LEDGER_FILE ) . self::BUILD;
		wp_enqueue_script( self::HANDLE, $url . 'index.js', $asset['dependencies'], $asset['version'], true );
		wp_set_script_translations( self::HANDLE, 'entitlement-ledger', plugin_dir_path( ENTITLEMENT_LEDGER_FILE ) . 'languages' );
		if ( current_user_can( 'upload_files' ) ) {
			// The gift editor's "Choose from the media library" (wp.media); others use the product image.
			wp_enqueue_media();
		}
		if ( is_readable( $dir . 'index.css' ) ) {
			wp_enqueue_style( self::HANDLE, $url . 'index.css', array( 'wp-components' ), $asset['version'] );
		}
		wp_add_inline_script(
			self::HANDLE,
			'window.entitlementLedger = ' . wp_json_encode( $this->boot_data() ) . ';',
			'before'
		);
		$this->preload();
	}

	/**
	 * Preloads the Circulation screen's first list request the way the block editor preloads
	 * its own (rest_preload_api_request + apiFetch's preloading middleware), only on the
	 * screen that shows it.
	 */
	private function preload(): void {
		$screen = isset( $_GET['screen'] ) ? sanitize_key( wp_unslash( $_GET['screen'] ) ) : 'circulation'; // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- navigation only.
		$routed = array_intersect( array( 'entitlement', 'subscription', 'customer', 'email' ), array_keys( $_GET ) ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- navigation only.
		if ( 'circulation' !== $screen || array() !== $routed ) {
			return;
		}
		$data = array_reduce( self::PRELOAD_PATHS, 'rest_preload_api_request', array() );
		wp_add_inline_script(
			'wp-api-fetch',
			sprintf( 'wp.apiFetch.use( wp.apiFetch.createPreloadingMiddleware( %s ) );', wp_json_encode( $data ) ),
			'after'
		);
	}

	/**
	 * Tells the site owner how to build the app.
	 */
	public function missing_build_notice(): void {
		printf( '<div class="notice notice-error"><p>%s</p></div>', esc_html__( 'The Entitlement Ledger admin app is not built. Run "npm run build" in the repository.', 'entitlement-ledger' ) );
	}

	/**
	 * Data the app needs before its first request.
	 *
	 * @return array<string, mixed>
	 */
	private function boot_data(): array {
		return array(
			'rootId'        => self::ROOT_ID,
			'userId'        => get_current_user_id(),
			'restNamespace' => 'entitlement-ledger/v1',
			'storeCurrency' => function_exists( 'get_woocommerce_currency' ) ? get_woocommerce_currency() : 'USD',
			'currencies'    => Currency::codes(),
			'woocommerce'   => function_exists( 'WC' ),
			'capabilities'  => array(
				'manageEntitlements' => current_user_can( Capabilities::MANAGE_ENTITLEMENTS ),
				'viewReports'        => current_user_can( Capabilities::VIEW_REPORTS ),
				'manageSettings'     => current_user_can( Capabilities::MANAGE_SETTINGS ),
				'manageLicenses'     => current_user_can( Capabilities::MANAGE_LICENSES ),
			),
			'adminUrl'      => admin_url(),
		);
	}
}
