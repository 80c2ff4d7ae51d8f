<?php
/**
 * What the my-gifts block's render.php prints.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Blocks\MyGifts;

use EntitlementLedger\Plugin;

/**
 * Gathers everything render.php needs for the current visitor, so the template only
 * loops and escapes.
 *
 * @phpstan-import-type CycleView from CustomerGifts
 * @phpstan-import-type Notice from RedeemNotices
 * @phpstan-type Context array{logged_in: bool, login_url: string, rest_url: string, rest_nonce: string, form_action: string, return_url: string, cycles: list<CycleView>, notice: Notice|null, shop_url: string|null}
 */
class MyGiftsBlock {

	public const NAME = 'entitlement-ledger/my-gifts';

	/**
	 * Constructor.
	 *
	 * @param CustomerGifts $gifts   The customer's entitlements and gifts.
	 * @param RedeemNotices $notices Notice from the no-JS form.
	 */
	public function __construct( private CustomerGifts $gifts, private RedeemNotices $notices ) {
	}

	/**
	 * The block from the plugin's container (render.php runs outside it).
	 */
	public static function instance(): self {
		return Plugin::container()->get( self::class );
	}

	/**
	 * The render context for the current visitor.
	 *
	 * @return Context
	 */
	public function context(): array {
		$user_id = get_current_user_id();
		$here    = self::current_url();
		return array(
			'logged_in'   => $user_id > 0,
			'login_url'   => wp_login_url( $here ),
			'rest_url'    => esc_url_raw( rest_url( 'entitlement-ledger/v1/me/' ) ),
			'rest_nonce'  => $user_id > 0 ? wp_create_nonce( 'wp_rest' ) : '',
			'form_action' => admin_url( 'admin-post.php' ),
			'return_url'  => $here,
			'cycles'      => $this->gifts->cycles( $user_id ),
			'notice'      => $this->notices->pull( $user_id ),
			'shop_url'    => self::shop_url(),
		);
	}

	/**
	 * The block as a string, for places that are not post content (the My Account endpoint).
	 */
	public static function render(): string {
		return render_block(
			array(
				'blockName'    => self::NAME,
				'attrs'        => array(),
				'innerBlocks'  => array(),
				'innerHTML'    => '',
				'innerContent' => array(),
			)
		);
	}

	/**
	 * The shop page, to point a customer without gifts at the premium products.
	 */
	private static function shop_url(): ?string {
		if ( ! function_exists( 'wc_get_page_permalink' ) || ! function_exists( 'wc_get_page_id' ) || wc_get_page_id( 'shop' ) <= 0 ) {
			return null;
		}
		$url = wc_get_page_permalink( 'shop' );
		return '' === $url ? null : $url;
	}

	/**
	 * The URL of the page being rendered (without its query string).
	 */
	private static function current_url(): string {
		global $wp;
		$request = $wp instanceof \WP && is_string( $wp->request ) ? $wp->request : '';
		if ( '' !== $request ) {
			return home_url( user_trailingslashit( $request ) );
		}
		$permalink = is_singular() ? get_permalink() : false;
		return false === $permalink ? home_url( '/' ) : $permalink;
	}
}
