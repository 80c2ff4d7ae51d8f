<?php
/**
 * Account details: names, display name and email (no password change in the stand-in).
 *
 * @package WooCommerceStandIn\Templates
 *
 * @var WP_User $user
 */

defined( 'ABSPATH' ) || exit;

do_action( 'woocommerce_before_edit_account_form' ); ?>

<form class="woocommerce-EditAccountForm edit-account" action="" method="post">
	<?php
	// phpcs:disable WordPress.Security.NonceVerification.Missing -- re-displaying the posted form.
	$fields = array(
		'account_first_name'   => array( 'label' => __( 'First name', 'woocommerce' ), 'autocomplete' => 'given-name', 'value' => $user->first_name, 'class' => array( 'woocommerce-form-row--first', 'form-row-first' ) ),
		'account_last_name'    => array( 'label' => __( 'Last name', 'woocommerce' ), 'autocomplete' => 'family-name', 'value' => $user->last_name, 'class' => array( 'woocommerce-form-row--last', 'form-row-last' ) ),
		'account_display_name' => array( 'label' => __( 'Display name', 'woocommerce' ), 'value' => $user->display_name, 'description' => __( 'This will be how your name will be displayed in the account section and in reviews', 'woocommerce' ), 'class' => array( 'form-row-wide' ) ),
		'account_email'        => array( 'label' => __( 'Email address', 'woocommerce' ), 'type' => 'email', 'autocomplete' => 'email', 'value' => $user->user_email, 'class' => array( 'form-row-wide' ) ),
	);
	foreach ( $fields as $key => $field ) {
		woocommerce_form_field( $key, $field + array( 'required' => true ), isset( $_POST[ $key ] ) ? wc_clean( wp_unslash( $_POST[ $key ] ) ) : $field['value'] );
	}
	// phpcs:enable
	do_action( 'woocommerce_edit_account_form' );
	?>
	<p>
		<?php wp_nonce_field( 'save_account_details', 'save-account-details-nonce' ); ?>
		<button type="submit" class="woocommerce-Button button" name="save_account_details" value="<?php esc_attr_e( 'Save changes', 'woocommerce' ); ?>"><?php esc_html_e( 'Save changes', 'woocommerce' ); ?></button>
		<input type="hidden" name="action" value="save_account_details">
	</p>
</form>

<?php do_action( 'woocommerce_after_edit_account_form' ); ?>
