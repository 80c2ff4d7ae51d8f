<?php
/**
 * Order received ("Thank you") page. Stand-in: the overview also shows the status.
 *
 * @package WooCommerceStandIn\Templates
 *
 * @var WC_Order|false $order
 */

defined( 'ABSPATH' ) || exit;
?>
<div class="woocommerce-order">
	<?php if ( $order ) : ?>
		<?php do_action( 'woocommerce_before_thankyou', $order->get_id() ); ?>
		<p class="woocommerce-notice woocommerce-notice--success woocommerce-thankyou-order-received"><?php echo wp_kses_post( apply_filters( 'woocommerce_thankyou_order_received_text', esc_html__( 'Thank you. Your order has been received.', 'woocommerce' ), $order ) ); ?></p>
		<ul class="woocommerce-order-overview woocommerce-thankyou-order-details order_details">
			<li class="woocommerce-order-overview__order order"><?php esc_html_e( 'Order number:', 'woocommerce' ); ?> <strong><?php echo esc_html( $order->get_order_number() ); ?></strong></li>
			<li class="woocommerce-order-overview__date date"><?php esc_html_e( 'Date:', 'woocommerce' ); ?> <strong><?php echo esc_html( $order->get_date_created() ? $order->get_date_created()->date_i18n( get_option( 'date_format' ) ) : '' ); ?></strong></li>
			<li class="woocommerce-order-overview__status status"><?php esc_html_e( 'Status:', 'woocommerce' ); ?> <strong><?php echo esc_html( wc_get_order_status_name( $order->get_status() ) ); ?></strong></li>
			<?php if ( $order->get_billing_email() ) : ?>
				<li class="woocommerce-order-overview__email email"><?php esc_html_e( 'Email:', 'woocommerce' ); ?> <strong><?php echo esc_html( $order->get_billing_email() ); ?></strong></li>
			<?php endif; ?>
			<li class="woocommerce-order-overview__total total"><?php esc_html_e( 'Total:', 'woocommerce' ); ?> <strong><?php echo wp_kses_post( $order->get_formatted_order_total() ); ?></strong></li>
			<?php if ( $order->get_payment_method_title() ) : ?>
				<li class="woocommerce-order-overview__payment-method method"><?php esc_html_e( 'Payment method:', 'woocommerce' ); ?> <strong><?php echo wp_kses_post( $order->get_payment_method_title() ); ?></strong></li>
			<?php endif; ?>
		</ul>
		<?php do_action( 'woocommerce_thankyou_' . $order->get_payment_method(), $order->get_id() ); ?>
		<?php do_action( 'woocommerce_thankyou', $order->get_id() ); ?>
	<?php else : ?>
		<p class="woocommerce-notice woocommerce-notice--success woocommerce-thankyou-order-received"><?php echo wp_kses_post( apply_filters( 'woocommerce_thankyou_order_received_text', esc_html__( 'Thank you. Your order has been received.', 'woocommerce' ), null ) ); ?></p>
	<?php endif; ?>
</div>
