<?php
/**
 * My account dashboard.
 *
 * @package WooCommerceStandIn\Templates
 *
 * @var WP_User $current_user
 */

defined( 'ABSPATH' ) || exit;
?>
<p>
	<?php
	/* translators: 1: user display name 2: logout url */
	echo wp_kses_post( sprintf( __( 'Hello %1$s (not %1$s? <a href="%2$s">Log out</a>)', 'woocommerce' ), '<strong>' . esc_html( $current_user->display_name ) . '</strong>', esc_url( wc_logout_url() ) ) );
	?>
</p>
<p>
	<?php
	/* translators: 1: orders url 2: addresses url 3: account details url */
	echo wp_kses_post( sprintf( __( 'From your account dashboard you can view your <a href="%1$s">recent orders</a>, manage your <a href="%2$s">shipping and billing addresses</a>, and <a href="%3$s">edit your password and account details</a>.', 'woocommerce' ), esc_url( wc_get_endpoint_url( 'orders' ) ), esc_url( wc_get_endpoint_url( 'edit-address' ) ), esc_url( wc_get_endpoint_url( 'edit-account' ) ) ) );
	?>
</p>
<?php
do_action( 'woocommerce_account_dashboard' );
