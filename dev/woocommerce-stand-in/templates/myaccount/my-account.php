<?php
/**
 * My account page (logged in): navigation, then the content of the current endpoint.
 *
 * @package WooCommerceStandIn\Templates
 */

defined( 'ABSPATH' ) || exit;

do_action( 'woocommerce_account_navigation' ); ?>

<div class="woocommerce-MyAccount-content">
	<?php do_action( 'woocommerce_account_content' ); ?>
</div>
