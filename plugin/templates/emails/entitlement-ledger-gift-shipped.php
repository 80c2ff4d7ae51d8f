<?php
/**
 * Customer email: "Your gift is on its way" (HTML).
 *
 * This template can be overridden by copying it to yourtheme/woocommerce/emails/entitlement-ledger-gift-shipped.php.
 *
 * @package EntitlementLedger\Templates\Emails
 * @version 0.2.0
 *
 * @var string   $email_heading      Heading.
 * @var string   $additional_content Text set under WooCommerce → Settings → Emails.
 * @var bool     $sent_to_admin      Always false.
 * @var bool     $plain_text         Always false here.
 * @var WC_Email $email              The email.
 * @var string   $customer_name      First name ('' when unknown).
 * @var int      $cycle              Cycle, e.g. 2026.
 * @var int      $reference          Entitlement reference number.
 * @var string   $gift_name          The gift chosen.
 * @var array{id: int, number: string, status: string, status_label: string, view_url: string|null}|null $order The order that ships it.
 * @var string   $account_url        My Account → Premium gifts ('' for guests).
 */

defined( 'ABSPATH' ) || exit;

do_action( 'woocommerce_email_header', $email_heading, $email ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- WooCommerce's email layout. ?>

<p>
<?php
if ( '' !== $customer_name ) {
	/* translators: %s: customer first name. */
	printf( esc_html__( 'Hi %s,', 'entitlement-ledger' ), esc_html( $customer_name ) );
} else {
	esc_html_e( 'Hi there,', 'entitlement-ledger' );
}
?>
</p>
<p>
<?php
printf(
	/* translators: 1: gift name, 2: cycle number. */
	esc_html__( 'Thank you for choosing your premium gift for cycle %2$s: %1$s.', 'entitlement-ledger' ),
	'<strong>' . esc_html( $gift_name ) . '</strong>',
	esc_html( (string) $cycle )
);
?>
</p>

<?php if ( ! empty( $order ) ) : ?>
	<p>
	<?php
	printf(
		/* translators: 1: order number, 2: order status. */
		esc_html__( 'It ships with order #%1$s (%2$s).', 'entitlement-ledger' ),
		'<strong>' . esc_html( $order['number'] ) . '</strong>',
		esc_html( $order['status_label'] )
	);
	?>
	</p>
	<?php if ( ! empty( $order['view_url'] ) ) : ?>
		<p><a class="link" href="<?php echo esc_url( $order['view_url'] ); ?>"><?php esc_html_e( 'View your order', 'entitlement-ledger' ); ?></a></p>
	<?php endif; ?>
<?php else : ?>
	<p><?php esc_html_e( 'We are preparing it for shipping now.', 'entitlement-ledger' ); ?></p>
<?php endif; ?>

<?php if ( '' !== $account_url ) : ?>
	<p><a class="link" href="<?php echo esc_url( $account_url ); ?>"><?php esc_html_e( 'See all your premium gifts', 'entitlement-ledger' ); ?></a></p>
<?php endif; ?>

<?php
if ( $additional_content ) {
	echo wp_kses_post( wpautop( wptexturize( $additional_content ) ) );
}

do_action( 'woocommerce_email_footer', $email ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- WooCommerce's email layout.
