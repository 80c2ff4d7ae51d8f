<?php
/**
 * Edit one address (billing or shipping).
 *
 * @package WooCommerceStandIn\Templates
 *
 * @var string $load_address billing or shipping.
 * @var array  $address      Fields, each with its value.
 */

defined( 'ABSPATH' ) || exit;

$page_title = 'billing' === $load_address ? __( 'Billing address', 'woocommerce' ) : __( 'Shipping address', 'woocommerce' );

do_action( 'woocommerce_before_edit_account_address_form' ); ?>

<form method="post" novalidate>
	<h2><?php echo esc_html( apply_filters( 'woocommerce_my_account_edit_address_title', $page_title, $load_address ) ); ?></h2>
	<div class="woocommerce-address-fields">
		<div class="woocommerce-address-fields__field-wrapper">
			<?php
			foreach ( $address as $key => $field ) {
				// phpcs:ignore WordPress.Security.NonceVerification.Missing -- re-displaying the posted form.
				woocommerce_form_field( $key, $field, isset( $_POST[ $key ] ) ? wc_clean( wp_unslash( $_POST[ $key ] ) ) : $field['value'] );
			}
			?>
		</div>
		<p>
			<button type="submit" class="button" name="save_address" value="<?php esc_attr_e( 'Save address', 'woocommerce' ); ?>"><?php esc_html_e( 'Save address', 'woocommerce' ); ?></button>
			<?php wp_nonce_field( 'woocommerce-edit_address', 'woocommerce-edit-address-nonce' ); ?>
			<input type="hidden" name="action" value="edit_address">
		</p>
	</div>
</form>

<?php do_action( 'woocommerce_after_edit_account_address_form' ); ?>
