<?php
/**
 * My account addresses: billing and shipping, each with its edit link.
 *
 * @package WooCommerceStandIn\Templates
 */

defined( 'ABSPATH' ) || exit;

$get_addresses = apply_filters(
	'woocommerce_my_account_get_addresses',
	array(
		'billing'  => __( 'Billing address', 'woocommerce' ),
		'shipping' => __( 'Shipping address', 'woocommerce' ),
	),
	get_current_user_id()
);
?>
<p><?php echo esc_html( apply_filters( 'woocommerce_my_account_my_address_description', __( 'The following addresses will be used on the checkout page by default.', 'woocommerce' ) ) ); ?></p>

<div class="u-columns woocommerce-Addresses col2-set addresses">
	<?php foreach ( $get_addresses as $name => $address_title ) : ?>
		<?php $address = wc_get_account_formatted_address( $name ); ?>
		<div class="u-column woocommerce-Address">
			<header class="woocommerce-Address-title title">
				<h2><?php echo esc_html( $address_title ); ?></h2>
				<a href="<?php echo esc_url( wc_get_endpoint_url( 'edit-address', $name ) ); ?>" class="edit">
					<?php
					/* translators: %s: address title */
					echo esc_html( sprintf( $address ? __( 'Edit %s', 'woocommerce' ) : __( 'Add %s', 'woocommerce' ), $address_title ) );
					?>
				</a>
			</header>
			<address>
				<?php echo $address ? wp_kses_post( $address ) : esc_html__( 'You have not set up this type of address yet.', 'woocommerce' ); ?>
			</address>
		</div>
	<?php endforeach; ?>
</div>
