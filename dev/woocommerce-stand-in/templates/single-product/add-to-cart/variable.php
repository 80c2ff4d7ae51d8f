<?php
/**
 * Add to cart form of a variable product. Stand-in: one "Options" select of the purchasable
 * variations (name variation_id) instead of WooCommerce's per-attribute selects and script.
 *
 * @package WooCommerceStandIn\Templates
 */

defined( 'ABSPATH' ) || exit;

global $product;

$variations = array_filter( array_map( 'wc_get_product', $product->get_children() ), fn( $v ) => $v && $v->is_purchasable() );
if ( ! $variations ) {
	echo '<p class="stock out-of-stock">' . esc_html__( 'This product is currently out of stock and unavailable.', 'woocommerce' ) . '</p>';
	return;
}
do_action( 'woocommerce_before_add_to_cart_form' ); ?>

<form class="variations_form cart" action="<?php echo esc_url( apply_filters( 'woocommerce_add_to_cart_form_action', $product->get_permalink() ) ); ?>" method="post" enctype="multipart/form-data">
	<p class="variations">
		<label for="variation_id"><?php esc_html_e( 'Options', 'woocommerce' ); ?></label>
		<select id="variation_id" name="variation_id" required>
			<option value=""><?php esc_html_e( 'Choose an option', 'woocommerce' ); ?></option>
			<?php foreach ( $variations as $variation ) : ?>
				<option value="<?php echo esc_attr( $variation->get_id() ); ?>"><?php echo esc_html( implode( ', ', $variation->get_attributes() ) . ' — ' . wp_strip_all_tags( wc_price( $variation->get_price() ) ) ); ?></option>
			<?php endforeach; ?>
		</select>
	</p>
	<?php do_action( 'woocommerce_before_add_to_cart_button' ); ?>
	<?php woocommerce_quantity_input( array( 'min_value' => 1 ), $product ); ?>
	<button type="submit" name="add-to-cart" value="<?php echo esc_attr( $product->get_id() ); ?>" class="single_add_to_cart_button button alt"><?php esc_html_e( 'Add to cart', 'woocommerce' ); ?></button>
	<?php do_action( 'woocommerce_after_add_to_cart_button' ); ?>
</form>

<?php do_action( 'woocommerce_after_add_to_cart_form' ); ?>
