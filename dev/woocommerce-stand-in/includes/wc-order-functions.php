<?php
/**
 * Order functions: create, get, query, statuses, refunds, notes.
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

/**
 * Creates and saves an order.
 *
 * @param array $args status, customer_id, customer_note, parent, created_via, cart_hash, order_id (update that order).
 * @return WC_Order|WP_Error
 */
function wc_create_order( $args = array() ) {
	$args = wp_parse_args( $args, array( 'status' => null, 'customer_id' => null, 'customer_note' => null, 'parent' => null, 'created_via' => null, 'cart_hash' => null, 'order_id' => 0 ) );
	try {
		$order = new WC_Order( $args['order_id'] );
		if ( ! is_null( $args['parent'] ) ) {
			$order->set_parent_id( absint( $args['parent'] ) );
		}
		if ( ! is_null( $args['status'] ) ) {
			$order->set_status( $args['status'] );
		}
		if ( ! is_null( $args['customer_note'] ) ) {
			$order->set_customer_note( $args['customer_note'] );
		}
		if ( ! is_null( $args['customer_id'] ) ) {
			$order->set_customer_id( is_numeric( $args['customer_id'] ) ? absint( $args['customer_id'] ) : 0 );
		}
		if ( ! is_null( $args['created_via'] ) ) {
			$order->set_created_via( sanitize_text_field( $args['created_via'] ) );
		}
		if ( ! is_null( $args['cart_hash'] ) ) {
			$order->set_cart_hash( sanitize_text_field( $args['cart_hash'] ) );
		}
		if ( ! $args['order_id'] ) {
			$order->set_currency( get_woocommerce_currency() );
			$order->set_prices_include_tax( 'yes' === get_option( 'woocommerce_prices_include_tax' ) );
			$order->set_customer_ip_address( isset( $_SERVER['REMOTE_ADDR'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REMOTE_ADDR'] ) ) : '' );
			$order->set_customer_user_agent( isset( $_SERVER['HTTP_USER_AGENT'] ) ? sanitize_text_field( wp_unslash( $_SERVER['HTTP_USER_AGENT'] ) ) : '' );
		}
		$order->save();
	} catch ( Exception $e ) {
		return new WP_Error( 'error', $e->getMessage() );
	}
	return $order;
}

/**
 * Gets an order or refund by id, post or object; false when there is none (or before init).
 *
 * @param mixed $the_order Order id, WP_Post, order object; false for the global post.
 * @return WC_Order|WC_Order_Refund|false
 */
function wc_get_order( $the_order = false ) {
	if ( ! did_action( 'woocommerce_after_register_post_type' ) ) {
		_doing_it_wrong( __FUNCTION__, 'wc_get_order should not be called before post types are registered (woocommerce_after_register_post_type action)', '2.5' );
		return false;
	}
	if ( false === $the_order ) {
		$the_order = isset( $GLOBALS['post'] ) ? $GLOBALS['post'] : 0;
	}
	$id      = $the_order instanceof WC_Abstract_Order ? $the_order->get_id() : ( $the_order instanceof WP_Post ? $the_order->ID : ( is_numeric( $the_order ) ? (int) $the_order : 0 ) );
	$classes = array( 'shop_order' => 'WC_Order', 'shop_order_refund' => 'WC_Order_Refund' );
	$type    = $id ? WC_Stand_In_Order_Store::get_order_type( $id ) : null;
	if ( ! $type || ! isset( $classes[ $type ] ) ) {
		return false;
	}
	$classname = apply_filters( 'woocommerce_order_class', $classes[ $type ], $type, $id );
	try {
		return new $classname( $id );
	} catch ( Exception $e ) {
		return false;
	}
}

/**
 * Queries orders. Args: type, status, customer_id, customer, billing_email, parent, parent_exclude, include,
 * exclude, created_via, meta_key / meta_value / meta_compare, meta_query, date_created, limit (default the
 * posts_per_page option), page, offset, paginate, orderby (date, id, modified, total, rand), order, return (objects|ids).
 *
 * @param array $args Query vars.
 * @return WC_Order[]|int[]|stdClass
 */
function wc_get_orders( $args ) {
	$legacy = array( 'numberposts' => 'limit', 'post_type' => 'type', 'post_status' => 'status', 'post_parent' => 'parent', 'author' => 'customer', 'email' => 'billing_email', 'posts_per_page' => 'limit', 'paged' => 'page' );
	foreach ( $legacy as $from => $to ) {
		if ( isset( $args[ $from ] ) ) {
			$args[ $to ] = $args[ $from ];
		}
	}
	return ( new WC_Stand_In_Order_Store() )->query( apply_filters( 'woocommerce_order_query_args', $args ) );
}

/** @return array<string,string> 'wc-' prefixed statuses => labels. */
function wc_get_order_statuses() {
	return apply_filters(
		'wc_order_statuses',
		array(
			'wc-pending'    => _x( 'Pending payment', 'Order status', 'woocommerce' ),
			'wc-processing' => _x( 'Processing', 'Order status', 'woocommerce' ),
			'wc-on-hold'    => _x( 'On hold', 'Order status', 'woocommerce' ),
			'wc-completed'  => _x( 'Completed', 'Order status', 'woocommerce' ),
			'wc-cancelled'  => _x( 'Cancelled', 'Order status', 'woocommerce' ),
			'wc-refunded'   => _x( 'Refunded', 'Order status', 'woocommerce' ),
			'wc-failed'     => _x( 'Failed', 'Order status', 'woocommerce' ),
		)
	);
}

/**
 * Whether a string is an order status (with 'wc-').
 *
 * @param string $maybe_status Status.
 * @return bool
 */
function wc_is_order_status( $maybe_status ) {
	$statuses = wc_get_order_statuses();
	return isset( $statuses[ $maybe_status ] );
}

/** @return array Statuses counted as paid. */
function wc_get_is_paid_statuses() {
	return apply_filters( 'woocommerce_order_is_paid_statuses', array( 'processing', 'completed' ) );
}

/**
 * Label of a status.
 *
 * @param string $status Status, with or without 'wc-'.
 * @return string
 */
function wc_get_order_status_name( $status ) {
	$statuses   = wc_get_order_statuses();
	$unprefixed = WC_Stand_In_Status::remove_prefix( (string) $status );
	return isset( $statuses[ 'wc-' . $unprefixed ] ) ? $statuses[ 'wc-' . $unprefixed ] : $unprefixed;
}

/**
 * Order key.
 *
 * @param string $key Key without prefix; random when empty.
 * @return string
 */
function wc_generate_order_key( $key = '' ) {
	return 'wc_' . apply_filters( 'woocommerce_generate_order_key', 'order_' . ( '' === $key ? wp_generate_password( 13, false ) : $key ) );
}

/**
 * Creates a refund: amount, reason, order_id, line_items (item id => qty, refund_total), refund_payment
 * (no gateways here: refunding the payment is an error), restock_items (no stock here: ignored).
 *
 * @param array $args Arguments.
 * @return WC_Order_Refund|WP_Error
 */
function wc_create_refund( $args = array() ) {
	$args = wp_parse_args( $args, array( 'amount' => 0, 'reason' => null, 'order_id' => 0, 'refund_id' => 0, 'line_items' => array(), 'refund_payment' => false, 'restock_items' => false ) );
	try {
		$order = wc_get_order( $args['order_id'] );
		if ( ! $order instanceof WC_Order ) {
			throw new Exception( __( 'Invalid order ID.', 'woocommerce' ) );
		}
		$remaining_amount = $order->get_remaining_refund_amount();
		$remaining_items  = $order->get_remaining_refund_items();
		$refund_qty       = 0;
		$refund           = new WC_Order_Refund( $args['refund_id'] );
		if ( 0 > $args['amount'] || $args['amount'] > $remaining_amount ) {
			throw new Exception( __( 'Invalid refund amount.', 'woocommerce' ) );
		}
		$refund->set_currency( $order->get_currency() );
		$refund->set_amount( $args['amount'] );
		$refund->set_parent_id( absint( $args['order_id'] ) );
		$refund->set_refunded_by( get_current_user_id() ? get_current_user_id() : 1 );
		$refund->set_prices_include_tax( $order->get_prices_include_tax() );
		if ( ! is_null( $args['reason'] ) ) {
			$refund->set_reason( $args['reason'] );
		}
		foreach ( is_array( $args['line_items'] ) ? $order->get_items() : array() as $item_id => $item ) {
			if ( ! isset( $args['line_items'][ $item_id ] ) ) {
				continue;
			}
			$qty   = isset( $args['line_items'][ $item_id ]['qty'] ) ? $args['line_items'][ $item_id ]['qty'] : 0;
			$total = isset( $args['line_items'][ $item_id ]['refund_total'] ) ? $args['line_items'][ $item_id ]['refund_total'] : 0;
			if ( empty( $qty ) && empty( $total ) ) {
				continue;
			}
			$class         = get_class( $item );
			$refunded_item = new $class( $item );
			$refunded_item->set_id( 0 );
			$refunded_item->add_meta_data( '_refunded_item_id', $item_id, true );
			$refunded_item->set_total( (float) $total * -1 );
			$refunded_item->set_subtotal( (float) $total * -1 );
			$refunded_item->set_total_tax( 0 );
			$refunded_item->set_subtotal_tax( 0 );
			$refunded_item->set_quantity( $qty * -1 );
			$refund->add_item( $refunded_item );
			$refund_qty += $qty;
		}
		$refund->calculate_totals( false );
		$refund->set_total( $args['amount'] * -1 );
		if ( isset( $args['date_created'] ) ) {
			$refund->set_date_created( $args['date_created'] );
		}
		do_action( 'woocommerce_create_refund', $refund, $args );
		if ( $refund->save() ) {
			if ( $args['refund_payment'] ) {
				$refund->delete( true );
				return new WP_Error( 'error', __( 'The payment gateway for this order does not exist.', 'woocommerce' ) );
			}
			$partial = ( $remaining_amount - $args['amount'] ) > 0 || ( ! empty( $args['line_items'] ) && $order->has_free_item() && ( $remaining_items - $refund_qty ) > 0 );
			if ( (bool) apply_filters( 'woocommerce_order_is_partially_refunded', $partial, $order->get_id(), $refund->get_id() ) ) {
				do_action( 'woocommerce_order_partially_refunded', $order->get_id(), $refund->get_id() );
			} else {
				do_action( 'woocommerce_order_fully_refunded', $order->get_id(), $refund->get_id() );
				$parent_status = apply_filters( 'woocommerce_order_fully_refunded_status', 'refunded', $order->get_id(), $refund->get_id() );
				if ( $parent_status ) {
					$order->update_status( $parent_status );
				}
			}
		}
		$order->set_date_modified( time() );
		$order->save();
		do_action( 'woocommerce_refund_created', $refund->get_id(), $args );
		do_action( 'woocommerce_order_refunded', $order->get_id(), $refund->get_id() );
	} catch ( Exception $e ) {
		if ( isset( $refund ) && $refund instanceof WC_Order_Refund && $refund->get_id() ) {
			$refund->delete( true );
		}
		return new WP_Error( 'error', $e->getMessage() );
	}
	return $refund;
}

/**
 * When an order is set to refunded, refunds what is left (as WooCommerce does).
 *
 * @param int $order_id Order id.
 */
function wc_order_fully_refunded( $order_id ) {
	$order  = wc_get_order( $order_id );
	$amount = $order ? wc_format_decimal( $order->get_total() - $order->get_total_refunded() ) : 0;
	if ( ! $amount || $amount <= 0 ) {
		return;
	}
	wc_create_refund( array( 'amount' => $amount, 'reason' => __( 'Order fully refunded.', 'woocommerce' ), 'order_id' => $order_id, 'line_items' => array() ) );
	$order->add_order_note( __( 'Order status set to refunded. To return funds to the customer you will need to issue a refund through your payment gateway.', 'woocommerce' ) );
}
add_action( 'woocommerce_order_status_refunded', 'wc_order_fully_refunded' );

/**
 * An order note as an object: id, date_created, content, customer_note, added_by, order_id.
 *
 * @param int|WP_Comment $data Note id or comment.
 * @return stdClass|null
 */
function wc_get_order_note( $data ) {
	$data = is_numeric( $data ) ? get_comment( $data ) : $data;
	if ( ! $data instanceof WP_Comment ) {
		return null;
	}
	return (object) apply_filters(
		'woocommerce_get_order_note',
		array(
			'id'            => (int) $data->comment_ID,
			'date_created'  => wc_string_to_datetime( $data->comment_date ),
			'content'       => $data->comment_content,
			'customer_note' => (bool) get_comment_meta( $data->comment_ID, 'is_customer_note', true ),
			'added_by'      => __( 'WooCommerce', 'woocommerce' ) === $data->comment_author ? 'system' : $data->comment_author,
			'order_id'      => absint( $data->comment_post_ID ),
		),
		$data
	);
}

/**
 * Order notes. Args: order_id, order__in, order__not_in, limit, orderby (date_created, date_created_gmt, id), order, type (customer|internal).
 *
 * @param array $args Query args.
 * @return stdClass[]
 */
function wc_get_order_notes( $args ) {
	foreach ( array( 'limit' => 'number', 'order_id' => 'post_id', 'order__in' => 'post__in', 'order__not_in' => 'post__not_in' ) as $from => $to ) {
		if ( isset( $args[ $from ] ) ) {
			$args[ $to ] = $args[ $from ];
			unset( $args[ $from ] );
		}
	}
	$orderby         = array( 'date_created' => 'comment_date', 'date_created_gmt' => 'comment_date_gmt', 'id' => 'comment_ID' );
	$args['orderby'] = ! empty( $args['orderby'] ) && isset( $orderby[ $args['orderby'] ] ) ? $orderby[ $args['orderby'] ] : 'comment_ID';
	if ( isset( $args['type'] ) && 'customer' === $args['type'] ) {
		$args['meta_query'] = array( array( 'key' => 'is_customer_note', 'value' => 1, 'compare' => '=' ) ); // phpcs:ignore WordPress.DB.SlowDBQuery
	} elseif ( isset( $args['type'] ) && 'internal' === $args['type'] ) {
		$args['meta_query'] = array( array( 'key' => 'is_customer_note', 'compare' => 'NOT EXISTS' ) ); // phpcs:ignore WordPress.DB.SlowDBQuery
	}
	$args['type']   = 'order_note';
	$args['status'] = 'approve';
	unset( $args['count'], $args['fields'] );
	remove_filter( 'comments_clauses', array( 'WC_Stand_In_Install', 'exclude_order_comments' ), 10 );
	$notes = get_comments( $args );
	add_filter( 'comments_clauses', array( 'WC_Stand_In_Install', 'exclude_order_comments' ), 10, 1 );
	return array_filter( array_map( 'wc_get_order_note', $notes ) );
}

/**
 * Adds a note to an order.
 *
 * @param int    $order_id         Order id.
 * @param string $note             Note.
 * @param bool   $is_customer_note Customer note.
 * @param bool   $added_by_user    Added by the current user.
 * @return int|WP_Error
 */
function wc_create_order_note( $order_id, $note, $is_customer_note = false, $added_by_user = false ) {
	$order = wc_get_order( $order_id );
	if ( ! $order ) {
		return new WP_Error( 'invalid_order_id', __( 'Invalid order ID.', 'woocommerce' ), array( 'status' => 400 ) );
	}
	return $order->add_order_note( $note, (int) $is_customer_note, $added_by_user );
}

/**
 * Deletes an order note.
 *
 * @param int $note_id Note id.
 * @return bool
 */
function wc_delete_order_note( $note_id ) {
	$note = wc_get_order_note( $note_id );
	if ( $note && wp_delete_comment( $note_id, true ) ) {
		do_action( 'woocommerce_order_note_deleted', $note_id, $note );
		return true;
	}
	return false;
}
