<?php
/**
 * Customer email: "Your premium gift is ready to choose" (HTML).
 *
 * This template can be overridden by copying it to yourtheme/woocommerce/emails/entitlement-ledger-gift-ready.php.
 *
 * @package EntitlementLedger\Templates\Emails
 * @version 0.2.0
 *
 * @var string      $email_heading      Heading.
 * @var string      $additional_content Text set under WooCommerce → Settings → Emails.
 * @var bool        $sent_to_admin      Always false.
 * @var bool        $plain_text         Always false here.
 * @var WC_Email    $email              The email.
 * @var string      $customer_name      First name ('' when unknown).
 * @var int         $cycle              Cycle, e.g. 2026.
 * @var int         $reference          Entitlement reference number.
 * @var array<int, array{id: int, name: string, description: string, image_id: int|null}> $gifts Gifts on offer.
 * @var string      $choose_url         My Account → Premium gifts.
 * @var string|null $expires_at         Date to choose by.
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
/* translators: %d: cycle number, e.g. 2026. */
printf( esc_html__( 'Your premium subscription comes with a gift for cycle %d, and it is ready for you to choose.', 'entitlement-ledger' ), (int) $cycle );
?>
</p>

<?php if ( ! empty( $gifts ) ) : ?>
	<p><?php esc_html_e( 'You can choose one of these gifts:', 'entitlement-ledger' ); ?></p>
	<ul>
		<?php foreach ( $gifts as $entitlement_ledger_gift ) : ?>
			<li>
				<strong><?php echo esc_html( $entitlement_ledger_gift['name'] ); ?></strong>
				<?php if ( '' !== $entitlement_ledger_gift['description'] ) : ?>
					&ndash; <?php echo esc_html( $entitlement_ledger_gift['description'] ); ?>
				<?php endif; ?>
			</li>
		<?php endforeach; ?>
	</ul>
<?php else : ?>
	<p><?php esc_html_e( 'The gifts of this cycle will appear on your account page as soon as they are available.', 'entitlement-ledger' ); ?></p>
<?php endif; ?>

<p><a class="link" href="<?php echo esc_url( $choose_url ); ?>"><?php esc_html_e( 'Choose your gift', 'entitlement-ledger' ); ?></a></p>

<?php if ( ! empty( $expires_at ) ) : ?>
	<p>
	<?php
	/* translators: %s: date. */
	printf( esc_html__( 'Please choose by %s.', 'entitlement-ledger' ), esc_html( $expires_at ) );
	?>
	</p>
<?php endif; ?>

<?php
if ( $additional_content ) {
	echo wp_kses_post( wpautop( wptexturize( $additional_content ) ) );
}

do_action( 'woocommerce_email_footer', $email ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- WooCommerce's email layout.
