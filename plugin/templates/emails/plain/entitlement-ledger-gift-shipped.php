<?php
/**
 * Customer email: "Your gift is on its way" (plain text).
 *
 * This template can be overridden by copying it to yourtheme/woocommerce/emails/plain/entitlement-ledger-gift-shipped.php.
 *
 * @package EntitlementLedger\Templates\Emails\Plain
 * @version 0.2.0
 *
 * @var string   $email_heading      Heading.
 * @var string   $additional_content Text set under WooCommerce → Settings → Emails.
 * @var WC_Email $email              The email.
 * @var string   $customer_name      First name ('' when unknown).
 * @var int      $cycle              Cycle, e.g. 2026.
 * @var int      $reference          Entitlement reference number.
 * @var string   $gift_name          The gift chosen.
 * @var array{id: int, number: string, status: string, status_label: string, view_url: string|null}|null $order The order that ships it.
 * @var string   $account_url        My Account → Premium gifts ('' for guests).
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

/* translators: 1: gift name, 2: cycle number. */
echo esc_html( sprintf( __( 'Thank you for choosing your premium gift for cycle %2$s: %1$s.', 'entitlement-ledger' ), $gift_name, (string) $cycle ) ) . "\n\n";

if ( ! empty( $order ) ) {
	/* translators: 1: order number, 2: order status. */
	echo esc_html( sprintf( __( 'It ships with order #%1$s (%2$s).', 'entitlement-ledger' ), $order['number'], $order['status_label'] ) ) . "\n\n";
	if ( ! empty( $order['view_url'] ) ) {
		/* translators: %s: URL of the order page. */
		echo esc_html( sprintf( __( 'View your order: %s', 'entitlement-ledger' ), esc_url_raw( $order['view_url'] ) ) ) . "\n\n";
	}
} else {
	echo esc_html__( 'We are preparing it for shipping now.', 'entitlement-ledger' ) . "\n\n";
}

if ( '' !== $account_url ) {
	/* translators: %s: URL of the account page. */
	echo esc_html( sprintf( __( 'See all your premium gifts: %s', 'entitlement-ledger' ), esc_url_raw( $account_url ) ) ) . "\n\n";
}

echo "\n----------------------------------------\n\n";

if ( $additional_content ) {
	echo esc_html( wp_strip_all_tags( wptexturize( $additional_content ) ) );
	echo "\n\n----------------------------------------\n\n";
}

echo wp_kses_post( apply_filters( 'woocommerce_email_footer_text', get_option( 'woocommerce_email_footer_text' ) ) ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- WooCommerce's own filter, as in its templates.
