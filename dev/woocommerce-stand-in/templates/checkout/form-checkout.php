<?php
/**
 * Checkout form: billing and shipping fields, order notes, the order review, the payment methods
 * and "Place order". It posts to the checkout page (classic, non-AJAX checkout).
 *
 * @package WooCommerceStandIn\Templates
 *
 * @var WC_Checkout $checkout
 */

defined( 'ABSPATH' ) || exit;

do_action( 'woocommerce_before_checkout_form', $checkout );

$gateways = WC()->cart->needs_payment() ? WC()->payment_gateways()->get_available_payment_gateways() : array();
WC()->payment_gateways()->set_current_gateway( $gateways );
// phpcs:disable WordPress.Security.NonceVerification.Missing -- re-displaying the posted form.
$chosen_gateway    = isset( $_POST['payment_method'] ) ? wc_clean( wp_unslash( $_POST['payment_method'] ) ) : '';
$ship_to_different = isset( $_POST['woocommerce_checkout_place_order'] ) ? ! empty( $_POST['ship_to_different_address'] ) : apply_filters( 'woocommerce_ship_to_different_address_checked', 'shipping' === get_option( 'woocommerce_ship_to_destination' ) );
// phpcs:enable
?>
<form name="checkout" method="post" class="checkout woocommerce-checkout" action="<?php echo esc_url( wc_get_checkout_url() ); ?>" enctype="multipart/form-data" aria-label="<?php esc_attr_e( 'Checkout', 'woocommerce' ); ?>">

	<div class="col2-set" id="customer_details">
		<div class="col-1">
			<div class="woocommerce-billing-fields">
				<h3><?php esc_html_e( 'Billing details', 'woocommerce' ); ?></h3>
				<?php do_action( 'woocommerce_before_checkout_billing_form', $checkout ); ?>
				<div class="woocommerce-billing-fields__field-wrapper">
					<?php
					foreach ( $checkout->get_checkout_fields( 'billing' ) as $key => $field ) {
						woocommerce_form_field( $key, $field, $checkout->get_value( $key ) );
					}
					?>
				</div>
				<?php do_action( 'woocommerce_after_checkout_billing_form', $checkout ); ?>
			</div>
		</div>
		<div class="col-2">
			<div class="woocommerce-shipping-fields">
				<h3 id="ship-to-different-address">
					<label class="woocommerce-form__label woocommerce-form__label-for-checkbox checkbox">
						<input id="ship-to-different-address-checkbox" class="woocommerce-form__input woocommerce-form__input-checkbox input-checkbox" type="checkbox" name="ship_to_different_address" value="1"<?php checked( $ship_to_different ); ?>> <span><?php esc_html_e( 'Ship to a different address?', 'woocommerce' ); ?></span>
					</label>
				</h3>
				<div class="shipping_address">
					<?php do_action( 'woocommerce_before_checkout_shipping_form', $checkout ); ?>
					<div class="woocommerce-shipping-fields__field-wrapper">
						<?php
						foreach ( $checkout->get_checkout_fields( 'shipping' ) as $key => $field ) {
							woocommerce_form_field( $key, $field, $checkout->get_value( $key ) );
						}
						?>
					</div>
					<?php do_action( 'woocommerce_after_checkout_shipping_form', $checkout ); ?>
				</div>
			</div>
			<div class="woocommerce-additional-fields">
				<?php do_action( 'woocommerce_before_order_notes', $checkout ); ?>
				<div class="woocommerce-additional-fields__field-wrapper">
					<?php
					foreach ( $checkout->get_checkout_fields( 'order' ) as $key => $field ) {
						woocommerce_form_field( $key, $field, $checkout->get_value( $key ) );
					}
					?>
				</div>
				<?php do_action( 'woocommerce_after_order_notes', $checkout ); ?>
			</div>
		</div>
	</div>

	<h3 id="order_review_heading"><?php esc_html_e( 'Your order', 'woocommerce' ); ?></h3>
	<?php do_action( 'woocommerce_checkout_before_order_review' ); ?>
	<div id="order_review" class="woocommerce-checkout-review-order">
		<table class="shop_table woocommerce-checkout-review-order-table">
			<thead>
				<tr>
					<th class="product-name"><?php esc_html_e( 'Product', 'woocommerce' ); ?></th>
					<th class="product-total"><?php esc_html_e( 'Subtotal', 'woocommerce' ); ?></th>
				</tr>
			</thead>
			<tbody>
				<?php foreach ( WC()->cart->get_cart() as $cart_item_key => $cart_item ) : ?>
					<tr class="<?php echo esc_attr( apply_filters( 'woocommerce_cart_item_class', 'cart_item', $cart_item, $cart_item_key ) ); ?>">
						<td class="product-name">
							<?php echo wp_kses_post( apply_filters( 'woocommerce_cart_item_name', $cart_item['data']->get_name(), $cart_item, $cart_item_key ) ); ?>&nbsp;<strong class="product-quantity"><?php echo esc_html( sprintf( '× %s', $cart_item['quantity'] ) ); ?></strong>
							<?php echo wp_kses_post( wc_get_formatted_cart_item_data( $cart_item ) ); ?>
						</td>
						<td class="product-total"><?php echo wp_kses_post( WC()->cart->get_product_subtotal( $cart_item['data'], $cart_item['quantity'] ) ); ?></td>
					</tr>
				<?php endforeach; ?>
			</tbody>
			<tfoot>
				<tr class="cart-subtotal">
					<th><?php esc_html_e( 'Subtotal', 'woocommerce' ); ?></th>
					<td><?php echo wp_kses_post( WC()->cart->get_cart_subtotal() ); ?></td>
				</tr>
				<tr class="order-total">
					<th><?php esc_html_e( 'Total', 'woocommerce' ); ?></th>
					<td><strong><?php echo wp_kses_post( WC()->cart->get_total() ); ?></strong></td>
				</tr>
			</tfoot>
		</table>

		<div id="payment" class="woocommerce-checkout-payment">
			<?php if ( WC()->cart->needs_payment() ) : ?>
				<ul class="wc_payment_methods payment_methods methods">
					<?php if ( ! $gateways ) : ?>
						<li class="woocommerce-notice woocommerce-notice--info woocommerce-info"><?php esc_html_e( 'Sorry, it seems that there are no available payment methods. Please contact us if you require assistance or wish to make alternate arrangements.', 'woocommerce' ); ?></li>
					<?php endif; ?>
					<?php foreach ( $gateways as $gateway ) : ?>
						<li class="wc_payment_method payment_method_<?php echo esc_attr( $gateway->id ); ?>">
							<input id="payment_method_<?php echo esc_attr( $gateway->id ); ?>" type="radio" class="input-radio" name="payment_method" value="<?php echo esc_attr( $gateway->id ); ?>"<?php checked( $chosen_gateway ? $chosen_gateway === $gateway->id : $gateway->chosen ); ?> data-order_button_text="<?php echo esc_attr( $gateway->order_button_text ); ?>">
							<label for="payment_method_<?php echo esc_attr( $gateway->id ); ?>"><?php echo wp_kses_post( $gateway->get_title() ); ?> <?php echo wp_kses_post( $gateway->get_icon() ); ?></label>
							<?php if ( $gateway->has_fields() || $gateway->get_description() ) : ?>
								<div class="payment_box payment_method_<?php echo esc_attr( $gateway->id ); ?>"><?php $gateway->payment_fields(); ?></div>
							<?php endif; ?>
						</li>
					<?php endforeach; ?>
				</ul>
			<?php endif; ?>
			<div class="form-row place-order">
				<?php do_action( 'woocommerce_review_order_before_submit' ); ?>
				<button type="submit" class="button alt" name="woocommerce_checkout_place_order" id="place_order" value="<?php esc_attr_e( 'Place order', 'woocommerce' ); ?>" data-value="<?php esc_attr_e( 'Place order', 'woocommerce' ); ?>"><?php echo esc_html( apply_filters( 'woocommerce_order_button_text', __( 'Place order', 'woocommerce' ) ) ); ?></button>
				<?php do_action( 'woocommerce_review_order_after_submit' ); ?>
				<?php wp_nonce_field( 'woocommerce-process_checkout', 'woocommerce-process-checkout-nonce' ); ?>
			</div>
		</div>
	</div>
	<?php do_action( 'woocommerce_checkout_after_order_review' ); ?>
</form>

<?php do_action( 'woocommerce_after_checkout_form', $checkout ); ?>
