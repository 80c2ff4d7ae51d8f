<?php
/**
 * Stand-in admin (not a WooCommerce class): the WooCommerce menu, the HPOS orders list
 * (admin.php?page=wc-orders) and order edit screen (…&action=edit&id=N) with the add_meta_boxes hooks.
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

/**
 * Admin screens.
 */
class WC_Stand_In_Admin {

	/** @var string Screen id of the orders page, as with HPOS. */
	const SCREEN_ID = 'woocommerce_page_wc-orders';

	/** @var WC_Order|null Order on the edit screen. */
	private static $order = null;

	/** Hooks. */
	public static function init() {
		add_action( 'admin_menu', array( __CLASS__, 'menu' ), 9 );
		add_action( 'load-post.php', array( __CLASS__, 'redirect_placeholder' ) );
	}

	/** Adds WooCommerce > Home and WooCommerce > Orders. */
	public static function menu() {
		add_menu_page( 'WooCommerce', 'WooCommerce', 'edit_others_shop_orders', 'woocommerce', array( __CLASS__, 'render_home' ), 'dashicons-cart', '55.5' );
		add_submenu_page( 'woocommerce', 'Home', 'Home', 'edit_others_shop_orders', 'woocommerce', array( __CLASS__, 'render_home' ) );
		$hook = add_submenu_page( 'woocommerce', __( 'Orders', 'woocommerce' ), __( 'Orders', 'woocommerce' ), 'edit_others_shop_orders', 'wc-orders', array( __CLASS__, 'render_orders' ) );
		add_action( 'load-' . $hook, array( __CLASS__, 'load_orders' ) );
	}

	/** Home page: says what this is. */
	public static function render_home() {
		echo '<div class="wrap"><h1>WooCommerce (test stand-in)</h1><p>' . esc_html__( 'This is a test double of WooCommerce for development, not WooCommerce. It has orders, products, customers, My account, a cart, a form checkout with the Check payments and Cash on delivery gateways, and emails added by plugins; no taxes, shipping, coupons, stock or online payments.', 'woocommerce' ) . '</p><p><a class="button" href="' . esc_url( admin_url( 'admin.php?page=wc-orders' ) ) . '">' . esc_html__( 'Orders', 'woocommerce' ) . '</a></p></div>';
	}

	/** With HPOS off, post.php?post={order id} is the edit URL (as in WooCommerce): send it to the stand-in's screen. */
	public static function redirect_placeholder() {
		$post_id = isset( $_GET['post'] ) ? absint( $_GET['post'] ) : 0; // phpcs:ignore WordPress.Security.NonceVerification.Recommended
		if ( $post_id && 'shop_order_placehold' === get_post_type( $post_id ) ) {
			wp_safe_redirect( admin_url( 'admin.php?page=wc-orders&action=edit&id=' . $post_id ) );
			exit;
		}
	}

	/** Before output: save a posted order, or set up the meta boxes of the edit screen. */
	public static function load_orders() {
		// phpcs:disable WordPress.Security.NonceVerification.Recommended -- read-only routing; the save is nonce-checked.
		if ( ! isset( $_GET['action'] ) || 'edit' !== $_GET['action'] ) {
			return;
		}
		$order = wc_get_order( isset( $_GET['id'] ) ? absint( $_GET['id'] ) : 0 );
		// phpcs:enable
		if ( ! $order instanceof WC_Order ) {
			wp_die( esc_html__( 'You attempted to edit an order that does not exist. Perhaps it was deleted?', 'woocommerce' ) );
		}
		if ( isset( $_POST['action'] ) && 'edit_order' === $_POST['action'] ) {
			check_admin_referer( 'update-order_' . $order->get_id() );
			do_action( 'woocommerce_process_shop_order_meta', $order->get_id(), $order );
			$status = isset( $_POST['order_status'] ) ? sanitize_text_field( wp_unslash( $_POST['order_status'] ) ) : '';
			if ( $status && 'wc-' . $order->get_status() !== $status ) {
				$order->set_status( $status, '', true );
			}
			$order->save();
			wp_safe_redirect( add_query_arg( 'message', 1, $order->get_edit_order_url() ) );
			exit;
		}
		self::$order = $order;
		do_action( 'add_meta_boxes', self::SCREEN_ID, $order );
		do_action( 'add_meta_boxes_' . self::SCREEN_ID, $order );
	}

	/** Orders list or the edit screen. */
	public static function render_orders() {
		if ( self::$order ) {
			self::render_edit( self::$order );
			return;
		}
		require_once __DIR__ . '/class-wc-stand-in-orders-list-table.php';
		$table = new WC_Stand_In_Orders_List_Table();
		$table->prepare_items();
		echo '<div class="wrap"><h1 class="wp-heading-inline">' . esc_html__( 'Orders', 'woocommerce' ) . '</h1><hr class="wp-header-end">';
		$table->views();
		echo '<form method="get"><input type="hidden" name="page" value="wc-orders">';
		$table->display();
		echo '</form></div>';
	}

	/**
	 * Edit screen: addresses, items, totals, status, meta boxes (normal, advanced, side) and notes.
	 *
	 * @param WC_Order $order Order.
	 */
	private static function render_edit( $order ) {
		echo '<div class="wrap"><h1>' . esc_html( sprintf( /* translators: %s: order number */ __( 'Order #%s details', 'woocommerce' ), $order->get_order_number() ) ) . '</h1>';
		if ( isset( $_GET['message'] ) ) { // phpcs:ignore WordPress.Security.NonceVerification.Recommended
			echo '<div class="notice notice-success"><p>' . esc_html__( 'Order updated.', 'woocommerce' ) . '</p></div>';
		}
		echo '<form method="post" id="order"><input type="hidden" name="action" value="edit_order">';
		wp_nonce_field( 'update-order_' . $order->get_id() );
		echo '<div id="poststuff"><div id="post-body" class="metabox-holder columns-2"><div id="post-body-content"><div class="postbox"><div class="inside">';
		$created = $order->get_date_created();
		echo '<p>' . esc_html__( 'Date created:', 'woocommerce' ) . ' ' . esc_html( $created ? $created->date_i18n( 'Y-m-d H:i' ) : '' ) . ' &nbsp; ' . esc_html__( 'Status:', 'woocommerce' ) . ' <select name="order_status" id="order_status">';
		foreach ( wc_get_order_statuses() as $status => $label ) {
			echo '<option value="' . esc_attr( $status ) . '"' . selected( 'wc-' . $order->get_status(), $status, false ) . '>' . esc_html( $label ) . '</option>';
		}
		$customer = $order->get_user();
		echo '</select> &nbsp; ' . esc_html__( 'Customer:', 'woocommerce' ) . ' ' . esc_html( $customer ? $customer->display_name . ' (#' . $customer->ID . ')' : __( 'Guest', 'woocommerce' ) ) . '</p>';
		echo '<table class="widefat striped"><tr><th>' . esc_html__( 'Billing', 'woocommerce' ) . '</th><th>' . esc_html__( 'Shipping', 'woocommerce' ) . '</th></tr><tr>';
		foreach ( array( 'billing', 'shipping' ) as $type ) {
			$a     = $order->get_address( $type );
			$lines = array( trim( $a['first_name'] . ' ' . $a['last_name'] ), $a['company'], $a['address_1'], $a['address_2'], trim( $a['city'] . ' ' . $a['state'] . ' ' . $a['postcode'] ), $a['country'], isset( $a['email'] ) ? $a['email'] : '', $a['phone'] );
			echo '<td>' . wp_kses( implode( '<br>', array_map( 'esc_html', array_filter( $lines ) ) ), array( 'br' => array() ) ) . '</td>';
		}
		echo '</tr></table><h2>' . esc_html__( 'Items', 'woocommerce' ) . '</h2><table class="widefat striped"><thead><tr><th>' . esc_html__( 'Item', 'woocommerce' ) . '</th><th>' . esc_html__( 'Qty', 'woocommerce' ) . '</th><th>' . esc_html__( 'Total', 'woocommerce' ) . '</th><th>' . esc_html__( 'Refunded', 'woocommerce' ) . '</th></tr></thead><tbody>';
		foreach ( $order->get_items() as $item_id => $item ) {
			$refunded = $order->get_total_refunded_for_item( $item_id );
			echo '<tr><td>' . esc_html( $item->get_name() ) . '</td><td>' . esc_html( $item->get_quantity() ) . '</td><td>' . wp_kses_post( wc_price( $item->get_total(), array( 'currency' => $order->get_currency() ) ) ) . '</td><td>' . ( $refunded ? wp_kses_post( wc_price( -$refunded, array( 'currency' => $order->get_currency() ) ) ) : '' ) . '</td></tr>';
		}
		echo '</tbody><tfoot><tr><th colspan="2">' . esc_html__( 'Order Total:', 'woocommerce' ) . '</th><th colspan="2">' . wp_kses_post( wc_price( $order->get_total(), array( 'currency' => $order->get_currency() ) ) );
		if ( $order->get_total_refunded() ) {
			echo ' (' . esc_html__( 'Refunded:', 'woocommerce' ) . ' ' . wp_kses_post( wc_price( $order->get_total_refunded(), array( 'currency' => $order->get_currency() ) ) ) . ')';
		}
		echo '</th></tr></tfoot></table><p><button type="submit" class="button button-primary" name="save" value="update">' . esc_html__( 'Update', 'woocommerce' ) . '</button></p></div></div>';
		do_meta_boxes( self::SCREEN_ID, 'normal', $order );
		do_meta_boxes( self::SCREEN_ID, 'advanced', $order );
		echo '</div><div id="postbox-container-1" class="postbox-container"><div class="postbox"><h2 class="hndle">' . esc_html__( 'Order notes', 'woocommerce' ) . '</h2><div class="inside"><ul class="order_notes">';
		foreach ( wc_get_order_notes( array( 'order_id' => $order->get_id() ) ) as $note ) {
			echo '<li class="note' . ( $note->customer_note ? ' customer-note' : '' ) . '"><div class="note_content">' . wp_kses_post( wpautop( $note->content ) ) . '</div><p class="meta">' . esc_html( $note->date_created->date_i18n( 'Y-m-d H:i' ) . ' ' . $note->added_by ) . '</p></li>';
		}
		echo '</ul></div></div>';
		do_meta_boxes( self::SCREEN_ID, 'side', $order );
		echo '</div></div></div></form></div>';
	}
}
