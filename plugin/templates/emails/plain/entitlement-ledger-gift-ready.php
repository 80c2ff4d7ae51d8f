<?php
/**
 * Customer email: "Your premium gift is ready to choose" (plain text).
 *
 * This template can be overridden by copying it to yourtheme/woocommerce/emails/plain/entitlement-ledger-gift-ready.php.
 *
 * @package EntitlementLedger\Templates\Emails\Plain
 * @version 0.2.0
 *
 * @var string      $email_heading      Heading.
 * @var string      $additional_content Text set under WooCommerce → Settings → Emails.
 * @var WC_Email    $email              The email.
 * @var string      $customer_name      First name ('' when unknown).
 * @var int         $cycle              Cycle, e.g. 2026.
 * @var int         $reference          Entitlement reference number.
 * @var array<int, array{id: int, name: string, description: string, image_id: int|null}> $gifts Gifts on offer.
 * @var string      $choose_url         My Account → Premium gifts.
 * @var string|null $expires_at         Date to choose by.
 */

defined( 'ABSPATH' ) || exit;

echo "=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=\n";
echo esc_html( wp_strip_all_tags( $email_heading ) );
echo "\n=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=\n\n";

if ( '' !== $customer_name ) {
	/* translators: %s: customer first name. */
	echo esc_html( sprintf( __( 'Hi %s,', 'entitlement-ledger' ), $customer_name ) ) . "\n\n";
} else {
	echo esc_html__( 'Hi there,', 'entitlement-ledger' ) . "\n\n";
}

/* translators: %d: cycle number, e.g. 2026. */
echo esc_html( sprintf( __( 'Your premium subscription comes with a gift for cycle %d, and it is ready for you to choose.', 'entitlement-ledger' ), (int) $cycle ) ) . "\n\n";

if ( ! empty( $gifts ) ) {
	echo esc_html__( 'You can choose one of these gifts:', 'entitlement-ledger' ) . "\n";
	foreach ( $gifts as $entitlement_ledger_gift ) {
		echo '- ' . esc_html( $entitlement_ledger_gift['name'] );
		if ( '' !== $entitlement_ledger_gift['description'] ) {
			echo ' - ' . esc_html( $entitlement_ledger_gift['description'] );
		}
		echo "\n";
	}
	echo "\n";
} else {
	echo esc_html__( 'The gifts of this cycle will appear on your account page as soon as they are available.', 'entitlement-ledger' ) . "\n\n";
}

/* translators: %s: URL of the account page. */
echo esc_html( sprintf( __( 'Choose your gift: %s', 'entitlement-ledger' ), esc_url_raw( $choose_url ) ) ) . "\n\n";

if ( ! empty( $expires_at ) ) {
	/* translators: %s: date. */
	echo esc_html( sprintf( __( 'Please choose by %s.', 'entitlement-ledger' ), $expires_at ) ) . "\n\n";
}

echo "\n----------------------------------------\n\n";

if ( $additional_content ) {
	echo esc_html( wp_strip_all_tags( wptexturize( $additional_content ) ) );
	echo "\n\n----------------------------------------\n\n";
}

echo wp_kses_post( apply_filters( 'woocommerce_email_footer_text', get_option( 'woocommerce_email_footer_text' ) ) ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- WooCommerce's own filter, as in its templates.
