<?php
/**
 * My account orders table.
 *
 * @package WooCommerceStandIn\Templates
 *
 * @var int    $current_page
 * @var object $customer_orders orders, total, max_num_pages.
 * @var bool   $has_orders
 */

defined( 'ABSPATH' ) || exit;

do_action( 'woocommerce_before_account_orders', $has_orders ); ?>

<?php if ( $has_orders ) : ?>
	<table class="woocommerce-orders-table woocommerce-MyAccount-orders shop_table shop_table_responsive my_account_orders account-orders-table">
		<thead>
			<tr>
				<?php foreach ( wc_get_account_orders_columns() as $column_id => $column_name ) : ?>
					<th scope="col" class="woocommerce-orders-table__header woocommerce-orders-table__header-<?php echo esc_attr( $column_id ); ?>"><span class="nobr"><?php echo esc_html( $column_name ); ?></span></th>
				<?php endforeach; ?>
			</tr>
		</thead>
		<tbody>
			<?php foreach ( $customer_orders->orders as $customer_order ) : ?>
				<?php $item_count = $customer_order->get_item_count(); ?>
				<tr class="woocommerce-orders-table__row woocommerce-orders-table__row--status-<?php echo esc_attr( $customer_order->get_status() ); ?> order">
					<?php foreach ( wc_get_account_orders_columns() as $column_id => $column_name ) : ?>
						<?php $is_order_number = 'order-number' === $column_id; ?>
						<?php echo $is_order_number ? '<th scope="row"' : '<td'; ?> class="woocommerce-orders-table__cell woocommerce-orders-table__cell-<?php echo esc_attr( $column_id ); ?>" data-title="<?php echo esc_attr( $column_name ); ?>">
							<?php if ( has_action( 'woocommerce_my_account_my_orders_column_' . $column_id ) ) : ?>
								<?php do_action( 'woocommerce_my_account_my_orders_column_' . $column_id, $customer_order ); ?>
							<?php elseif ( $is_order_number ) : ?>
								<?php /* translators: %s: order number */ ?>
								<a href="<?php echo esc_url( $customer_order->get_view_order_url() ); ?>" aria-label="<?php echo esc_attr( sprintf( __( 'View order number %s', 'woocommerce' ), $customer_order->get_order_number() ) ); ?>"><?php echo esc_html( _x( '#', 'hash before order number', 'woocommerce' ) . $customer_order->get_order_number() ); ?></a>
							<?php elseif ( 'order-date' === $column_id ) : ?>
								<time datetime="<?php echo esc_attr( $customer_order->get_date_created()->date( 'c' ) ); ?>"><?php echo esc_html( $customer_order->get_date_created()->date_i18n( get_option( 'date_format' ) ) ); ?></time>
							<?php elseif ( 'order-status' === $column_id ) : ?>
								<?php echo esc_html( wc_get_order_status_name( $customer_order->get_status() ) ); ?>
							<?php elseif ( 'order-total' === $column_id ) : ?>
								<?php
								/* translators: 1: formatted order total 2: total order items */
								echo wp_kses_post( sprintf( _n( '%1$s for %2$s item', '%1$s for %2$s items', $item_count, 'woocommerce' ), $customer_order->get_formatted_order_total(), $item_count ) );
								?>
							<?php elseif ( 'order-actions' === $column_id ) : ?>
								<?php foreach ( wc_get_account_orders_actions( $customer_order ) as $key => $action ) : ?>
									<a href="<?php echo esc_url( $action['url'] ); ?>" class="woocommerce-button button <?php echo esc_attr( sanitize_html_class( $key ) ); ?>" aria-label="<?php echo esc_attr( $action['aria-label'] ?? $action['name'] ); ?>"><?php echo esc_html( $action['name'] ); ?></a>
								<?php endforeach; ?>
							<?php endif; ?>
						<?php echo $is_order_number ? '</th>' : '</td>'; ?>
					<?php endforeach; ?>
				</tr>
			<?php endforeach; ?>
		</tbody>
	</table>

	<?php if ( 1 < $customer_orders->max_num_pages ) : ?>
		<div class="woocommerce-pagination woocommerce-pagination--without-numbers woocommerce-Pagination">
			<?php if ( 1 !== $current_page ) : ?>
				<a class="woocommerce-button woocommerce-button--previous woocommerce-Button woocommerce-Button--previous button" href="<?php echo esc_url( wc_get_endpoint_url( 'orders', $current_page - 1 ) ); ?>"><?php esc_html_e( 'Previous', 'woocommerce' ); ?></a>
			<?php endif; ?>
			<?php if ( intval( $customer_orders->max_num_pages ) !== $current_page ) : ?>
				<a class="woocommerce-button woocommerce-button--next woocommerce-Button woocommerce-Button--next button" href="<?php echo esc_url( wc_get_endpoint_url( 'orders', $current_page + 1 ) ); ?>"><?php esc_html_e( 'Next', 'woocommerce' ); ?></a>
			<?php endif; ?>
		</div>
	<?php endif; ?>
<?php else : ?>
	<?php wc_print_notice( esc_html__( 'No order has been made yet.', 'woocommerce' ) . ' <a class="woocommerce-Button wc-forward button" href="' . esc_url( wc_get_page_permalink( 'shop' ) ) . '">' . esc_html__( 'Browse products', 'woocommerce' ) . '</a>', 'notice' ); ?>
<?php endif; ?>

<?php
do_action( 'woocommerce_after_account_orders', $has_orders );
