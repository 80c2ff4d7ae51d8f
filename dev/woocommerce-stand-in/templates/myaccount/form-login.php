<?php
/**
 * Login form (My account, logged out). Stand-in: it posts to wp-login.php, which logs in and
 * returns to this page; WooCommerce posts it to the page itself.
 *
 * @package WooCommerceStandIn\Templates
 */

defined( 'ABSPATH' ) || exit;

global $wp;
$redirect_to = home_url( add_query_arg( array(), $wp->request ? user_trailingslashit( $wp->request ) : '' ) );

do_action( 'woocommerce_before_customer_login_form' ); ?>

<h2><?php esc_html_e( 'Login', 'woocommerce' ); ?></h2>

<form class="woocommerce-form woocommerce-form-login login" method="post" action="<?php echo esc_url( site_url( 'wp-login.php', 'login_post' ) ); ?>">
	<?php do_action( 'woocommerce_login_form_start' ); ?>
	<p class="woocommerce-form-row woocommerce-form-row--wide form-row form-row-wide">
		<label for="username"><?php esc_html_e( 'Username or email address', 'woocommerce' ); ?>&nbsp;<span class="required" aria-hidden="true">*</span></label>
		<input type="text" class="woocommerce-Input woocommerce-Input--text input-text" name="log" id="username" autocomplete="username" required aria-required="true">
	</p>
	<p class="woocommerce-form-row woocommerce-form-row--wide form-row form-row-wide">
		<label for="password"><?php esc_html_e( 'Password', 'woocommerce' ); ?>&nbsp;<span class="required" aria-hidden="true">*</span></label>
		<input class="woocommerce-Input woocommerce-Input--text input-text" type="password" name="pwd" id="password" autocomplete="current-password" required aria-required="true">
	</p>
	<?php do_action( 'woocommerce_login_form' ); ?>
	<p class="form-row">
		<label class="woocommerce-form__label woocommerce-form__label-for-checkbox woocommerce-form-login__rememberme">
			<input class="woocommerce-form__input woocommerce-form__input-checkbox" name="rememberme" type="checkbox" id="rememberme" value="forever"> <span><?php esc_html_e( 'Remember me', 'woocommerce' ); ?></span>
		</label>
		<input type="hidden" name="redirect_to" value="<?php echo esc_url( $redirect_to ); ?>">
		<button type="submit" class="woocommerce-button button woocommerce-form-login__submit" name="wp-submit" value="<?php esc_attr_e( 'Log in', 'woocommerce' ); ?>"><?php esc_html_e( 'Log in', 'woocommerce' ); ?></button>
	</p>
	<p class="woocommerce-LostPassword lost_password">
		<a href="<?php echo esc_url( wp_lostpassword_url() ); ?>"><?php esc_html_e( 'Lost your password?', 'woocommerce' ); ?></a>
	</p>
	<?php do_action( 'woocommerce_login_form_end' ); ?>
</form>

<?php do_action( 'woocommerce_after_customer_login_form' ); ?>
