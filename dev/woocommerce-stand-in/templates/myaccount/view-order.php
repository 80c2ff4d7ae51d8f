<?php
/**
 * One order in My account: its number, date and status, then woocommerce_view_order (the details table).
 *
 * @package WooCommerceStandIn\Templates
 *
 * @var WC_Order $order
 * @var int      $order_id
 */

defined( 'ABSPATH' ) || exit;

$notes = wc_get_order_notes( array( 'order_id' => $order_id, 'type' => 'customer' ) );
?>
<p>
<?php
/* translators: 1: order number 2: order date 3: order status */
echo wp_kses_post( sprintf( __( 'Order #%1$s was placed on %2$s and is currently %3$s.', 'woocommerce' ), '<mark class="order-number">' . esc_html( $order->get_order_number() ) . '</mark>', '<mark class="order-date">' . esc_html( $order->get_date_created() ? $order->get_date_created()->date_i18n( get_option( 'date_format' ) ) : '' ) . '</mark>', '<mark class="order-status">' . esc_html( wc_get_order_status_name( $order->get_status() ) ) . '</mark>' ) );
?>
</p>

<?php if ( $notes ) : ?>
	<h2><?php esc_html_e( 'Order updates', 'woocommerce' ); ?></h2>
	<ol class="woocommerce-OrderUpdates commentlist notes">
		<?php foreach ( $notes as $note ) : ?>
			<li class="woocommerce-OrderUpdate comment note">
				<p class="woocommerce-OrderUpdate-meta meta"><?php echo esc_html( $note->date_created->date_i18n( get_option( 'date_format' ) ) ); ?></p>
				<div class="woocommerce-OrderUpdate-description description"><?php echo wp_kses_post( wpautop( wptexturize( $note->content ) ) ); ?></div>
			</li>
		<?php endforeach; ?>
	</ol>
<?php endif; ?>

<?php
do_action( 'woocommerce_view_order', $order_id );
