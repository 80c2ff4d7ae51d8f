<?php
/**
 * Order details: items with their visible meta, totals, payment method, note, then the addresses.
 *
 * @package WooCommerceStandIn\Templates
 *
 * @var int $order_id
 */

defined( 'ABSPATH' ) || exit;

$order = wc_get_order( $order_id );
if ( ! $order ) {
	return;
}
do_action( 'woocommerce_order_details_before_order_table', $order );
?>
<section class="woocommerce-order-details">
	<h2 class="woocommerce-order-details__title"><?php esc_html_e( 'Order details', 'woocommerce' ); ?></h2>
	<table class="woocommerce-table woocommerce-table--order-details shop_table order_details">
		<thead>
			<tr>
				<th class="woocommerce-table__product-name product-name"><?php esc_html_e( 'Product', 'woocommerce' ); ?></th>
				<th class="woocommerce-table__product-table product-total"><?php esc_html_e( 'Total', 'woocommerce' ); ?></th>
			</tr>
		</thead>
		<tbody>
			<?php foreach ( $order->get_items() as $item_id => $item ) : ?>
				<?php $product = $item->get_product(); ?>
				<tr class="<?php echo esc_attr( apply_filters( 'woocommerce_order_item_class', 'woocommerce-table__line-item order_item', $item, $order ) ); ?>">
					<td class="woocommerce-table__product-name product-name">
						<?php echo wp_kses_post( apply_filters( 'woocommerce_order_item_name', $product && $product->exists() ? sprintf( '<a href="%s">%s</a>', esc_url( $product->get_permalink() ), esc_html( $item->get_name() ) ) : esc_html( $item->get_name() ), $item, true ) ); ?>
						<strong class="product-quantity"><?php echo esc_html( '× ' . $item->get_quantity() ); ?></strong>
						<?php do_action( 'woocommerce_order_item_meta_start', $item_id, $item, $order, false ); ?>
						<?php wc_display_item_meta( $item ); ?>
						<?php do_action( 'woocommerce_order_item_meta_end', $item_id, $item, $order, false ); ?>
					</td>
					<td class="woocommerce-table__product-total product-total"><?php echo wp_kses_post( wc_price( $item->get_subtotal(), array( 'currency' => $order->get_currency() ) ) ); ?></td>
				</tr>
			<?php endforeach; ?>
			<?php do_action( 'woocommerce_order_details_after_order_table_items', $order ); ?>
		</tbody>
		<tfoot>
			<tr>
				<th scope="row"><?php esc_html_e( 'Subtotal:', 'woocommerce' ); ?></th>
				<td><?php echo wp_kses_post( wc_price( $order->get_subtotal(), array( 'currency' => $order->get_currency() ) ) ); ?></td>
			</tr>
			<?php if ( $order->get_payment_method_title() ) : ?>
				<tr>
					<th scope="row"><?php esc_html_e( 'Payment method:', 'woocommerce' ); ?></th>
					<td><?php echo esc_html( $order->get_payment_method_title() ); ?></td>
				</tr>
			<?php endif; ?>
			<tr>
				<th scope="row"><?php esc_html_e( 'Total:', 'woocommerce' ); ?></th>
				<td><?php echo wp_kses_post( $order->get_formatted_order_total() ); ?></td>
			</tr>
			<?php if ( $order->get_customer_note() ) : ?>
				<tr>
					<th><?php esc_html_e( 'Note:', 'woocommerce' ); ?></th>
					<td><?php echo wp_kses( nl2br( wptexturize( $order->get_customer_note() ) ), array( 'br' => array() ) ); ?></td>
				</tr>
			<?php endif; ?>
		</tfoot>
	</table>
	<?php do_action( 'woocommerce_order_details_after_order_table', $order ); ?>
</section>

<section class="woocommerce-customer-details">
	<section class="woocommerce-columns woocommerce-columns--2 woocommerce-columns--addresses col2-set addresses">
		<div class="woocommerce-column woocommerce-column--1 woocommerce-column--billing-address col-1">
			<h2 class="woocommerce-column__title"><?php esc_html_e( 'Billing address', 'woocommerce' ); ?></h2>
			<address>
				<?php echo wp_kses_post( $order->get_formatted_billing_address( esc_html__( 'N/A', 'woocommerce' ) ) ); ?>
				<?php if ( $order->get_billing_phone() ) : ?>
					<p class="woocommerce-customer-details--phone"><?php echo esc_html( $order->get_billing_phone() ); ?></p>
				<?php endif; ?>
				<?php if ( $order->get_billing_email() ) : ?>
					<p class="woocommerce-customer-details--email"><?php echo esc_html( $order->get_billing_email() ); ?></p>
				<?php endif; ?>
			</address>
		</div>
		<div class="woocommerce-column woocommerce-column--2 woocommerce-column--shipping-address col-2">
			<h2 class="woocommerce-column__title"><?php esc_html_e( 'Shipping address', 'woocommerce' ); ?></h2>
			<address><?php echo wp_kses_post( $order->get_formatted_shipping_address( esc_html__( 'N/A', 'woocommerce' ) ) ); ?></address>
		</div>
	</section>
	<?php do_action( 'woocommerce_order_details_after_customer_details', $order ); ?>
</section>
