<?php
/**
 * Pages and endpoints: the My account, Cart and Checkout pages (options woocommerce_{page}_page_id),
 * endpoint URLs, the account menu, conditionals (is_account_page(), is_wc_endpoint_url()…), the
 * view_order capability and the template_redirect handling, with WooCommerce's names and filters.
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

/**
 * Id of a WooCommerce page (option woocommerce_{page}_page_id), -1 when unset.
 *
 * @param string $page myaccount, cart, checkout, shop…
 * @return int
 */
function wc_get_page_id( $page ) {
	if ( in_array( $page, array( 'change_password', 'edit_address', 'lost_password' ), true ) ) {
		$page = 'myaccount';
	} elseif ( in_array( $page, array( 'pay', 'thanks' ), true ) ) {
		$page = 'checkout';
	}
	$page = apply_filters( 'woocommerce_get_' . $page . '_page_id', get_option( 'woocommerce_' . $page . '_page_id' ) );
	return $page ? absint( $page ) : -1;
}

/**
 * Permalink of a WooCommerce page; the home URL (or $fallback) when it does not exist.
 *
 * @param string      $page     Page.
 * @param string|null $fallback Fallback URL.
 * @return string
 */
function wc_get_page_permalink( $page, $fallback = null ) {
	$page_id = wc_get_page_id( $page );
	$link    = 0 < $page_id ? get_permalink( $page_id ) : '';
	if ( ! $link ) {
		$link = is_null( $fallback ) ? get_home_url() : $fallback;
	}
	return apply_filters( 'woocommerce_get_' . $page . '_page_permalink', $link );
}

/**
 * Creates a page unless the option points to one or a page already holds the content (shortcode).
 *
 * @param string $slug         Slug.
 * @param string $option       Option that stores the page id.
 * @param string $page_title   Title.
 * @param string $page_content Content.
 * @param int    $post_parent  Parent page.
 * @param string $post_status  Status.
 * @return int Page id.
 */
function wc_create_page( $slug, $option = '', $page_title = '', $page_content = '', $post_parent = 0, $post_status = 'publish' ) {
	global $wpdb;
	$existing = $option ? get_post( (int) get_option( $option ) ) : null;
	if ( $existing && 'page' === $existing->post_type && ! in_array( $existing->post_status, array( 'pending', 'trash', 'future', 'auto-draft' ), true ) ) {
		return $existing->ID;
	}
	$match = strlen( $page_content ) ? array( 'post_content', '%' . $wpdb->esc_like( trim( str_replace( array( '<!-- wp:shortcode -->', '<!-- /wp:shortcode -->' ), '', $page_content ) ) ) . '%' ) : array( 'post_name', $slug );
	$found = $wpdb->get_var( $wpdb->prepare( "SELECT ID FROM {$wpdb->posts} WHERE post_type = 'page' AND post_status NOT IN ('pending', 'trash', 'future', 'auto-draft') AND {$match[0]} LIKE %s LIMIT 1", $match[1] ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- the column is one of two literals.
	$found = apply_filters( 'woocommerce_create_page_id', $found, $slug, $page_content );
	if ( ! $found ) {
		$page_data = array( 'post_status' => $post_status, 'post_type' => 'page', 'post_author' => 1, 'post_name' => $slug, 'post_title' => $page_title, 'post_content' => $page_content, 'post_parent' => $post_parent, 'comment_status' => 'closed' );
		$found     = wp_insert_post( $page_data );
		do_action( 'woocommerce_page_created', $found, $page_data );
	}
	if ( $option ) {
		update_option( $option, (int) $found );
	}
	return (int) $found;
}

/**
 * URL of an endpoint on a page: {permalink}/{slug}/{value}/ (or ?slug=value without pretty permalinks).
 *
 * @param string $endpoint  Endpoint key (mapped to its slug).
 * @param string $value     Value, e.g. an order id.
 * @param string $permalink Page URL; the current post's when empty.
 * @return string
 */
function wc_get_endpoint_url( $endpoint, $value = '', $permalink = '' ) {
	if ( ! $permalink ) {
		$permalink = get_permalink();
	}
	$query_vars = WC()->query->get_query_vars();
	$endpoint   = ! empty( $query_vars[ $endpoint ] ) ? $query_vars[ $endpoint ] : $endpoint;
	$value      = get_option( 'woocommerce_myaccount_edit_address_endpoint', 'edit-address' ) === $endpoint ? wc_edit_address_i18n( $value ) : $value;
	if ( get_option( 'permalink_structure' ) ) {
		$query_string = '';
		if ( strstr( $permalink, '?' ) ) {
			$query_string = '?' . wp_parse_url( $permalink, PHP_URL_QUERY );
			$permalink    = current( explode( '?', $permalink ) );
		}
		$url = trailingslashit( $permalink ) . ( $value ? trailingslashit( $endpoint ) . user_trailingslashit( $value ) : user_trailingslashit( $endpoint ) ) . $query_string;
	} else {
		$url = add_query_arg( $endpoint, $value, $permalink );
	}
	return apply_filters( 'woocommerce_get_endpoint_url', $url, $endpoint, $value, $permalink );
}

/** @return string Cart page URL (woocommerce_get_cart_url). */
function wc_get_cart_url() {
	return apply_filters( 'woocommerce_get_cart_url', wc_get_page_permalink( 'cart' ) );
}

/** @return string Checkout page URL (woocommerce_get_checkout_url). */
function wc_get_checkout_url() {
	$url = wc_get_page_permalink( 'checkout' );
	if ( $url && is_ssl() ) {
		$url = str_replace( 'http:', 'https:', $url );
	}
	return apply_filters( 'woocommerce_get_checkout_url', $url );
}

/**
 * Link that removes a cart item.
 *
 * @param string $cart_item_key Cart item key.
 * @return string
 */
function wc_get_cart_remove_url( $cart_item_key ) {
	$cart_page_url = wc_get_cart_url();
	return apply_filters( 'woocommerce_get_remove_url', $cart_page_url ? wp_nonce_url( add_query_arg( 'remove_item', $cart_item_key, $cart_page_url ), 'woocommerce-cart' ) : '' );
}

/**
 * Maps billing/shipping to their edit-address slugs (and back with $flip).
 *
 * @param string $id   billing, shipping or a slug.
 * @param bool   $flip Slug to id.
 * @return string
 */
function wc_edit_address_i18n( $id, $flip = false ) {
	$slugs = apply_filters( 'woocommerce_edit_address_slugs', array( 'billing' => sanitize_title( _x( 'billing', 'edit-address-slug', 'woocommerce' ) ), 'shipping' => sanitize_title( _x( 'shipping', 'edit-address-slug', 'woocommerce' ) ) ) );
	if ( $flip ) {
		$slugs = array_flip( $slugs );
	}
	return isset( $slugs[ $id ] ) ? $slugs[ $id ] : $id;
}

/** @return array Account menu: endpoint => label (woocommerce_account_menu_items). */
function wc_get_account_menu_items() {
	$endpoints = array(
		'orders'          => get_option( 'woocommerce_myaccount_orders_endpoint', 'orders' ),
		'edit-address'    => get_option( 'woocommerce_myaccount_edit_address_endpoint', 'edit-address' ),
		'edit-account'    => get_option( 'woocommerce_myaccount_edit_account_endpoint', 'edit-account' ),
		'customer-logout' => get_option( 'woocommerce_logout_endpoint', 'customer-logout' ),
	);
	$items     = array(
		'dashboard'       => __( 'Dashboard', 'woocommerce' ),
		'orders'          => __( 'Orders', 'woocommerce' ),
		'edit-address'    => _n( 'Address', 'Addresses', 2, 'woocommerce' ),
		'edit-account'    => __( 'Account details', 'woocommerce' ),
		'customer-logout' => __( 'Log out', 'woocommerce' ),
	);
	foreach ( $endpoints as $endpoint_id => $endpoint ) {
		if ( empty( $endpoint ) ) {
			unset( $items[ $endpoint_id ] );
		}
	}
	return apply_filters( 'woocommerce_account_menu_items', $items, $endpoints );
}

/**
 * Whether an account menu item is the current page.
 *
 * @param string $endpoint Endpoint key.
 * @return bool
 */
function wc_is_current_account_menu_item( $endpoint ) {
	global $wp;
	$current = isset( $wp->query_vars[ $endpoint ] );
	if ( 'dashboard' === $endpoint && ( isset( $wp->query_vars['page'] ) || empty( $wp->query_vars ) ) ) {
		$current = true;
	} elseif ( 'orders' === $endpoint && isset( $wp->query_vars['view-order'] ) ) {
		$current = true;
	}
	return $current;
}

/**
 * Classes of an account menu item.
 *
 * @param string $endpoint Endpoint key.
 * @return string
 */
function wc_get_account_menu_item_classes( $endpoint ) {
	$classes = array( 'woocommerce-MyAccount-navigation-link', 'woocommerce-MyAccount-navigation-link--' . $endpoint );
	if ( wc_is_current_account_menu_item( $endpoint ) ) {
		$classes[] = 'is-active';
	}
	return implode( ' ', array_map( 'sanitize_html_class', apply_filters( 'woocommerce_account_menu_item_classes', $classes, $endpoint ) ) );
}

/**
 * URL of an account endpoint (dashboard: the page; customer-logout: with its nonce).
 *
 * @param string $endpoint Endpoint key.
 * @return string
 */
function wc_get_account_endpoint_url( $endpoint ) {
	if ( 'dashboard' === $endpoint ) {
		return wc_get_page_permalink( 'myaccount' );
	}
	$url = wc_get_endpoint_url( $endpoint, '', wc_get_page_permalink( 'myaccount' ) );
	return 'customer-logout' === $endpoint ? wp_nonce_url( $url, 'customer-logout' ) : $url;
}

/** @return array Columns of the account orders table. */
function wc_get_account_orders_columns() {
	return apply_filters(
		'woocommerce_account_orders_columns',
		array(
			'order-number'  => __( 'Order', 'woocommerce' ),
			'order-date'    => __( 'Date', 'woocommerce' ),
			'order-status'  => __( 'Status', 'woocommerce' ),
			'order-total'   => __( 'Total', 'woocommerce' ),
			'order-actions' => __( 'Actions', 'woocommerce' ),
		)
	);
}

/**
 * Actions for an order in the account orders table (view).
 *
 * @param int|WC_Order $order Order.
 * @return array
 */
function wc_get_account_orders_actions( $order ) {
	$order = $order instanceof WC_Order ? $order : wc_get_order( $order );
	/* translators: %s: order number */
	$actions = array( 'view' => array( 'url' => $order->get_view_order_url(), 'name' => __( 'View', 'woocommerce' ), 'aria-label' => sprintf( __( 'View order number %s', 'woocommerce' ), $order->get_order_number() ) ) );
	return apply_filters( 'woocommerce_my_account_my_orders_actions', $actions, $order );
}

/**
 * A customer's address formatted for the account page.
 *
 * @param string $address_type billing or shipping.
 * @param int    $customer_id  User id (current user when 0).
 * @return string
 */
function wc_get_account_formatted_address( $address_type = 'billing', $customer_id = 0 ) {
	$customer = new WC_Customer( $customer_id ? $customer_id : get_current_user_id() );
	$getter   = "get_{$address_type}";
	return WC()->countries->get_formatted_address( apply_filters( 'woocommerce_my_account_my_address_formatted_address', $customer->$getter(), $customer->get_id(), $address_type ) );
}

/**
 * The account page's logout link (customer-logout endpoint with its nonce).
 *
 * @param string $redirect Where to go after logging out (when there is no account page).
 * @return string
 */
function wc_logout_url( $redirect = '' ) {
	if ( 0 < wc_get_page_id( 'myaccount' ) ) {
		return wp_nonce_url( wc_get_endpoint_url( 'customer-logout', '', wc_get_page_permalink( 'myaccount' ) ), 'customer-logout' );
	}
	return wp_logout_url( $redirect ? $redirect : home_url() );
}

/** @return bool Viewing the My account page (or a page with its shortcode). */
function is_account_page() {
	$page_id = wc_get_page_id( 'myaccount' );
	return ( $page_id > 0 && is_page( $page_id ) ) || wc_post_content_has_shortcode( 'woocommerce_my_account' ) || apply_filters( 'woocommerce_is_account_page', false );
}

/** @return bool Viewing the Cart page. */
function is_cart() {
	$page_id = wc_get_page_id( 'cart' );
	return ( $page_id > 0 && is_page( $page_id ) ) || wc_post_content_has_shortcode( 'woocommerce_cart' );
}

/** @return bool Viewing the Checkout page. */
function is_checkout() {
	$page_id = wc_get_page_id( 'checkout' );
	return ( $page_id > 0 && is_page( $page_id ) ) || wc_post_content_has_shortcode( 'woocommerce_checkout' ) || apply_filters( 'woocommerce_is_checkout', false );
}

/** @return bool Viewing a single product. */
function is_product() {
	return is_singular( array( 'product' ) );
}

/** @return bool Viewing the checkout's order-received endpoint. */
function is_order_received_page() {
	global $wp;
	$page_id = wc_get_page_id( 'checkout' );
	return apply_filters( 'woocommerce_is_order_received_page', $page_id > 0 && is_page( $page_id ) && isset( $wp->query_vars['order-received'] ) );
}

/**
 * Whether an endpoint (any WooCommerce endpoint when false) is being viewed.
 *
 * @param string|false $endpoint Endpoint key.
 * @return bool
 */
function is_wc_endpoint_url( $endpoint = false ) {
	global $wp;
	$wc_endpoints = WC()->query->get_query_vars();
	if ( false !== $endpoint ) {
		return isset( $wc_endpoints[ $endpoint ] ) && isset( $wp->query_vars[ $wc_endpoints[ $endpoint ] ] );
	}
	foreach ( $wc_endpoints as $key => $value ) {
		if ( isset( $wp->query_vars[ $key ] ) ) {
			return true;
		}
	}
	return false;
}

/**
 * Whether the current post's content has a shortcode.
 *
 * @param string $tag Shortcode.
 * @return bool
 */
function wc_post_content_has_shortcode( $tag = '' ) {
	global $post;
	return is_singular() && $post instanceof WP_Post && has_shortcode( $post->post_content, $tag );
}

/**
 * Grants view_order on a customer's own orders (user_has_cap), as WooCommerce does.
 *
 * @param array $allcaps All capabilities.
 * @param array $caps    Required capabilities.
 * @param array $args    Capability, user id, object id.
 * @return array
 */
function wc_customer_has_capability( $allcaps, $caps, $args ) {
	if ( isset( $caps[0], $args[1], $args[2] ) && 'view_order' === $caps[0] ) {
		$order = wc_get_order( $args[2] );
		if ( $order instanceof WC_Order && (int) $args[1] === $order->get_user_id() ) {
			$allcaps['view_order'] = true;
		}
	}
	return $allcaps;
}

/** template_redirect: logout endpoint, empty-cart checkout redirect, no-cache headers on WooCommerce pages. */
function wc_template_redirect() {
	global $wp;
	// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- verified here.
	if ( isset( $wp->query_vars['customer-logout'] ) && ! empty( $_REQUEST['_wpnonce'] ) && wp_verify_nonce( sanitize_key( $_REQUEST['_wpnonce'] ), 'customer-logout' ) ) {
		wp_safe_redirect( str_replace( '&amp;', '&', wp_logout_url( apply_filters( 'woocommerce_logout_default_redirect_url', wc_get_page_permalink( 'myaccount' ) ) ) ) );
		exit;
	}
	if ( wc_get_page_id( 'checkout' ) > 0 && is_page( wc_get_page_id( 'checkout' ) ) && WC()->cart && WC()->cart->is_empty() && ! isset( $wp->query_vars['order-received'] ) && apply_filters( 'woocommerce_checkout_redirect_empty_cart', true ) ) {
		wc_add_notice( __( 'Checkout is not available whilst your cart is empty.', 'woocommerce' ), 'notice' );
		wp_safe_redirect( wc_get_cart_url() );
		exit;
	}
	if ( is_cart() || is_checkout() || is_account_page() ) {
		wc_nocache_headers();
	}
}

/**
 * On an endpoint, the page title becomes the endpoint's title (the_title).
 *
 * @param string $title   Title.
 * @param int    $post_id Post id.
 * @return string
 */
function wc_page_endpoint_title( $title, $post_id = 0 ) {
	global $wp_query;
	if ( ! is_null( $wp_query ) && ! is_admin() && is_main_query() && in_the_loop() && is_page() && is_wc_endpoint_url() && ( ! $post_id || (int) $post_id === get_queried_object_id() ) ) {
		$endpoint_title = WC()->query->get_endpoint_title( WC()->query->get_current_endpoint() );
		if ( $endpoint_title ) {
			$title = $endpoint_title;
			remove_filter( 'the_title', 'wc_page_endpoint_title' );
		}
	}
	return $title;
}
