<?php
/**
 * Stand-in front end (not a WooCommerce class): WooCommerce renders products with its own
 * templates; here a product post's content (through the theme's the_content) gets the notices,
 * the price and the add to cart form. Also a small stylesheet for the account, cart and checkout.
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

/**
 * Product content and styles.
 */
class WC_Stand_In_Frontend {

	/** Hooks. */
	public static function init() {
		add_filter( 'the_content', array( __CLASS__, 'product_content' ), 20 );
		add_action( 'wp_enqueue_scripts', array( __CLASS__, 'styles' ) );
	}

	/**
	 * On a single product, puts the notices, price and add to cart form before its description.
	 *
	 * @param string $content Content.
	 * @return string
	 */
	public static function product_content( $content ) {
		if ( ! is_singular( 'product' ) || get_the_ID() !== get_queried_object_id() || doing_filter( 'get_the_excerpt' ) || ! WC()->cart ) {
			return $content;
		}
		$product = wc_get_product( get_the_ID() );
		if ( ! $product ) {
			return $content;
		}
		$GLOBALS['product'] = $product; // phpcs:ignore WordPress.WP.GlobalVariablesOverride -- WooCommerce's templates read global $product.
		ob_start();
		echo '<div class="woocommerce product">';
		woocommerce_output_all_notices();
		echo '<p class="price">' . wp_kses_post( $product->get_price_html() ) . '</p>';
		wc_get_template( 'single-product/add-to-cart/' . ( $product->is_type( 'variable' ) ? 'variable' : 'simple' ) . '.php' );
		echo '</div>';
		return ob_get_clean() . $content;
	}

	/** Enqueues assets/css/woocommerce.css on the front end. */
	public static function styles() {
		wp_enqueue_style( 'woocommerce-stand-in', WC()->plugin_url() . '/assets/css/woocommerce.css', array(), WC_VERSION );
	}
}
