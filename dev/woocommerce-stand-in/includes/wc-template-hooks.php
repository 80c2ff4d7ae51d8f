<?php
/**
 * WooCommerce's template hooks for the parts the stand-in renders.
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

add_action( 'template_redirect', 'wc_template_redirect' );
add_filter( 'the_title', 'wc_page_endpoint_title', 10, 2 );

// Notices.
add_action( 'woocommerce_before_cart', 'woocommerce_output_all_notices', 10 );
add_action( 'woocommerce_cart_is_empty', 'woocommerce_output_all_notices', 5 );
add_action( 'woocommerce_before_checkout_form', 'woocommerce_output_all_notices', 10 );
add_action( 'woocommerce_before_customer_login_form', 'woocommerce_output_all_notices', 10 );
add_action( 'woocommerce_account_content', 'woocommerce_output_all_notices', 5 );

// My account.
add_action( 'woocommerce_account_navigation', 'woocommerce_account_navigation' );
add_action( 'woocommerce_account_content', 'woocommerce_account_content' );
add_action( 'woocommerce_account_orders_endpoint', 'woocommerce_account_orders' );
add_action( 'woocommerce_account_view-order_endpoint', 'woocommerce_account_view_order' );
add_action( 'woocommerce_account_edit-address_endpoint', 'woocommerce_account_edit_address' );
add_action( 'woocommerce_account_edit-account_endpoint', 'woocommerce_account_edit_account' );

// Order details.
add_action( 'woocommerce_thankyou', 'woocommerce_order_details_table', 10 );
add_action( 'woocommerce_view_order', 'woocommerce_order_details_table', 10 );
