<?php
/**
 * Cart and notice functions: wc_load_cart(), wc_empty_cart(), wc_add_to_cart_message() and the
 * notices kept in the session ('wc_notices'), with WooCommerce's names, markup and filters.
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

/** Starts WC()->session, WC()->customer and WC()->cart (front-end requests do this on init). */
function wc_load_cart() {
	if ( ! did_action( 'before_woocommerce_init' ) || doing_action( 'before_woocommerce_init' ) ) {
		_doing_it_wrong( __FUNCTION__, 'This function should not be called before woocommerce_init.', '3.7' );
		return;
	}
	WC()->initialize_session();
	WC()->initialize_cart();
}

/** Empties the cart (when there is one). */
function wc_empty_cart() {
	if ( WC()->cart ) {
		WC()->cart->empty_cart();
	}
}

/** Sends no-cache headers (cart, checkout and account pages). */
function wc_nocache_headers() {
	if ( ! headers_sent() ) {
		nocache_headers();
	}
}

/**
 * Adds the "“Product” has been added to your cart." notice with a View cart link.
 *
 * @param int|array $products Product id, or product id => quantity.
 * @param bool      $show_qty Prefix the quantity.
 * @param bool      $return   Return the message instead of adding the notice.
 * @return string|void
 */
function wc_add_to_cart_message( $products, $show_qty = false, $return = false ) {
	$titles = array();
	foreach ( is_array( $products ) ? $products : array( $products => 1 ) as $product_id => $qty ) {
		/* translators: %s: product name */
		$title    = apply_filters( 'woocommerce_add_to_cart_qty_html', ( $show_qty && $qty > 1 ? absint( $qty ) . ' &times; ' : '' ), $product_id ) . apply_filters( 'woocommerce_add_to_cart_item_name_in_quotes', sprintf( _x( '&ldquo;%s&rdquo;', 'Item name in quotes', 'woocommerce' ), wp_strip_all_tags( get_the_title( $product_id ) ) ), $product_id );
		$titles[] = $title;
	}
	/* translators: %s: product name(s) */
	$added_text = sprintf( _n( '%s has been added to your cart.', '%s have been added to your cart.', count( $titles ), 'woocommerce' ), implode( ' ' . __( 'and', 'woocommerce' ) . ' ', $titles ) );
	$message    = sprintf( '%s <a href="%s" class="button wc-forward">%s</a>', esc_html( html_entity_decode( $added_text ) ), esc_url( wc_get_cart_url() ), esc_html__( 'View cart', 'woocommerce' ) );
	$message    = apply_filters( 'wc_add_to_cart_message_html', $message, $products, $show_qty );
	if ( $return ) {
		return $message;
	}
	wc_add_notice( $message, apply_filters( 'woocommerce_add_to_cart_notice_type', 'success' ) );
}

/**
 * Adds a notice (error, success or notice) to the session.
 *
 * @param string $message     Message (HTML allowed).
 * @param string $notice_type error, success or notice.
 * @param array  $data        Extra data.
 */
function wc_add_notice( $message, $notice_type = 'success', $data = array() ) {
	if ( ! WC()->session ) {
		return;
	}
	$message = apply_filters( 'woocommerce_add_' . $notice_type, $message );
	if ( '' !== (string) $message ) {
		$notices                   = WC()->session->get( 'wc_notices', array() );
		$notices[ $notice_type ][] = array( 'notice' => $message, 'data' => $data );
		WC()->session->set( 'wc_notices', $notices );
	}
}

/**
 * Number of notices (of a type).
 *
 * @param string $notice_type Type; all when empty.
 * @return int
 */
function wc_notice_count( $notice_type = '' ) {
	$notices = WC()->session ? (array) WC()->session->get( 'wc_notices', array() ) : array();
	if ( $notice_type ) {
		return isset( $notices[ $notice_type ] ) ? count( $notices[ $notice_type ] ) : 0;
	}
	return array_sum( array_map( 'count', $notices ) );
}

/**
 * Notices (of a type).
 *
 * @param string $notice_type Type; all when empty.
 * @return array
 */
function wc_get_notices( $notice_type = '' ) {
	$notices = WC()->session ? (array) WC()->session->get( 'wc_notices', array() ) : array();
	return $notice_type ? ( $notices[ $notice_type ] ?? array() ) : $notices;
}

/** Removes every notice. */
function wc_clear_notices() {
	if ( WC()->session ) {
		WC()->session->set( 'wc_notices', null );
	}
}

/**
 * Prints (or returns) and clears the notices: errors as <ul class="woocommerce-error" role="alert">,
 * successes as <div class="woocommerce-message" role="alert">, others as <div class="woocommerce-info">.
 *
 * @param bool $return Return instead of printing.
 * @return string|void
 */
function wc_print_notices( $return = false ) {
	$html = '';
	foreach ( apply_filters( 'woocommerce_notice_types', array( 'error', 'success', 'notice' ) ) as $type ) {
		$notices = wc_get_notices( $type );
		if ( $notices && 'error' === $type ) {
			$html .= '<ul class="woocommerce-error" role="alert">' . implode( '', array_map( fn( $n ) => '<li>' . wp_kses_post( $n['notice'] ) . '</li>', $notices ) ) . '</ul>';
		} else {
			foreach ( $notices as $notice ) {
				$html .= wc_print_notice( $notice['notice'], $type, $notice['data'] ?? array(), true );
			}
		}
	}
	wc_clear_notices();
	if ( $return ) {
		return $html;
	}
	echo $html; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- kses'd above.
}

/**
 * Prints (or returns) one notice.
 *
 * @param string $message     Message.
 * @param string $notice_type Type.
 * @param array  $data        Extra data.
 * @param bool   $return      Return instead of printing.
 * @return string|void
 */
function wc_print_notice( $message, $notice_type = 'success', $data = array(), $return = false ) {
	$message = apply_filters( 'woocommerce_add_message', $message );
	if ( 'error' === $notice_type ) {
		$html = '<ul class="woocommerce-error" role="alert"><li>' . wp_kses_post( $message ) . '</li></ul>';
	} else {
		$html = 'success' === $notice_type ? '<div class="woocommerce-message" role="alert">' . wp_kses_post( $message ) . '</div>' : '<div class="woocommerce-info" role="status">' . wp_kses_post( $message ) . '</div>';
	}
	if ( $return ) {
		return $html;
	}
	echo $html; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- kses'd above.
}

/** Prints the notices in their wrapper (hooked before the cart, checkout and account content). */
function woocommerce_output_all_notices() {
	echo '<div class="woocommerce-notices-wrapper">';
	wc_print_notices();
	echo '</div>';
}
