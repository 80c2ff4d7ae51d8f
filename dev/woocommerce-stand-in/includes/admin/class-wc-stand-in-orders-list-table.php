<?php
/**
 * Stand-in orders list table (not a WooCommerce class).
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

if ( ! class_exists( 'WP_List_Table' ) ) {
	require_once ABSPATH . 'wp-admin/includes/class-wp-list-table.php';
}

/**
 * Orders: number, date, status, customer, total; status views; 20 per page.
 */
class WC_Stand_In_Orders_List_Table extends WP_List_Table {

	/** Constructor. */
	public function __construct() {
		parent::__construct( array( 'singular' => 'order', 'plural' => 'orders', 'screen' => WC_Stand_In_Admin::SCREEN_ID ) );
	}

	/** @return array */
	public function get_columns() {
		return array(
			'order_number' => __( 'Order', 'woocommerce' ),
			'order_date'   => __( 'Date', 'woocommerce' ),
			'order_status' => __( 'Status', 'woocommerce' ),
			'customer'     => __( 'Customer', 'woocommerce' ),
			'order_total'  => __( 'Total', 'woocommerce' ),
		);
	}

	/** Loads one page of orders. */
	public function prepare_items() {
		$status = isset( $_GET['status'] ) ? sanitize_text_field( wp_unslash( $_GET['status'] ) ) : 'all'; // phpcs:ignore WordPress.Security.NonceVerification.Recommended
		$result = wc_get_orders(
			array(
				'status'   => 'all' === $status ? array_keys( wc_get_order_statuses() ) : $status,
				'limit'    => 20,
				'page'     => $this->get_pagenum(),
				'paginate' => true,
			)
		);
		$this->items           = $result->orders;
		// WooCommerce's HPOS list table passes its columns through the screen's filter, where plugins add theirs.
		$columns               = apply_filters( 'manage_woocommerce_page_wc-orders_columns', $this->get_columns() );
		$this->_column_headers = array( $columns, get_hidden_columns( $this->screen ), array(), 'order_number' );
		$this->set_pagination_args( array( 'total_items' => $result->total, 'per_page' => 20 ) );
	}

	/** @return array Status links with counts. */
	protected function get_views() {
		$current = isset( $_GET['status'] ) ? sanitize_text_field( wp_unslash( $_GET['status'] ) ) : 'all'; // phpcs:ignore WordPress.Security.NonceVerification.Recommended
		$views   = array();
		foreach ( array_merge( array( 'all' => __( 'All', 'woocommerce' ) ), wc_get_order_statuses() ) as $status => $label ) {
			$count = wc_get_orders( array( 'status' => 'all' === $status ? array_keys( wc_get_order_statuses() ) : $status, 'limit' => 1, 'paginate' => true, 'return' => 'ids' ) )->total;
			if ( $count || 'all' === $status ) {
				$url              = admin_url( 'admin.php?page=wc-orders' . ( 'all' === $status ? '' : '&status=' . $status ) );
				$views[ $status ] = sprintf( '<a href="%s"%s>%s <span class="count">(%d)</span></a>', esc_url( $url ), $current === $status ? ' class="current" aria-current="page"' : '', esc_html( $label ), $count );
			}
		}
		return $views;
	}

	/**
	 * Cell contents.
	 *
	 * @param WC_Order $order       Order.
	 * @param string   $column_name Column.
	 * @return string
	 */
	protected function column_default( $order, $column_name ) {
		switch ( $column_name ) {
			case 'order_number':
				return '<a href="' . esc_url( $order->get_edit_order_url() ) . '"><strong>#' . esc_html( $order->get_order_number() ) . '</strong></a>';
			case 'order_date':
				$date = $order->get_date_created();
				return $date ? esc_html( $date->date_i18n( 'Y-m-d H:i' ) ) : '';
			case 'order_status':
				return '<mark class="order-status status-' . esc_attr( $order->get_status() ) . '"><span>' . esc_html( wc_get_order_status_name( $order->get_status() ) ) . '</span></mark>';
			case 'customer':
				$name = trim( $order->get_formatted_billing_full_name() );
				$user = $order->get_user();
				return esc_html( $name ? $name : ( $user ? $user->display_name : $order->get_billing_email() ) );
			case 'order_total':
				return wp_kses_post( wc_price( $order->get_total(), array( 'currency' => $order->get_currency() ) ) );
		}
		// Other columns belong to plugins: WooCommerce fires this action with ($column, $order).
		ob_start();
		do_action( 'manage_woocommerce_page_wc-orders_custom_column', $column_name, $order );
		return (string) ob_get_clean();
	}
}
