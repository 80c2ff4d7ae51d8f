<?php
/**
 * Registers the customer emails with WooCommerce and sends them.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\WooCommerce\Emails;

use EntitlementLedger\Infrastructure\Registerable;

/**
 * Adds the gift emails to WooCommerce's email list (woocommerce_email_classes) and sends
 * them on the public lifecycle actions:
 *
 * - `entitlement_ledger_entitlement_created` ( int $entitlement_id ) → "Your premium gift is ready to choose";
 * - `entitlement_ledger_entitlement_redeemed` ( int $entitlement_id ) → "Your gift is on its way".
 *
 * The email classes extend WC_Email, so they are only loaded inside the filter, once
 * WooCommerce has loaded WC_Email.
 */
final class CustomerEmails implements Registerable {

	public const ACTION_CREATED  = 'entitlement_ledger_entitlement_created';
	public const ACTION_REDEEMED = 'entitlement_ledger_entitlement_redeemed';

	/**
	 * Constructor.
	 *
	 * @param EmailContent $content What the emails say.
	 */
	public function __construct( private EmailContent $content ) {
	}

	/**
	 * Only with WooCommerce.
	 */
	public function is_needed(): bool {
		return function_exists( 'WC' );
	}

	/**
	 * Adds the hooks.
	 */
	public function register(): void {
		add_filter( 'woocommerce_email_classes', array( $this, 'handle_woocommerce_email_classes' ) );
		add_action( self::ACTION_CREATED, array( $this, 'handle_entitlement_created' ) );
		add_action( self::ACTION_REDEEMED, array( $this, 'handle_entitlement_redeemed' ) );
	}

	/**
	 * Adds the email classes.
	 *
	 * @param mixed $emails Email class name => instance.
	 * @return array<string, object>|mixed
	 */
	public function handle_woocommerce_email_classes( mixed $emails ): mixed {
		if ( ! is_array( $emails ) || ! class_exists( 'WC_Email' ) ) {
			return $emails;
		}
		$emails['EntitlementLedger_Gift_Ready']   = new GiftReadyEmail( $this->content );
		$emails['EntitlementLedger_Gift_Shipped'] = new GiftShippedEmail( $this->content );
		return $emails;
	}

	/**
	 * "Your premium gift is ready to choose".
	 *
	 * @param mixed $entitlement_id Entitlement id.
	 */
	public function handle_entitlement_created( mixed $entitlement_id ): void {
		$this->email( GiftReadyEmail::ID )?->trigger( is_numeric( $entitlement_id ) ? (int) $entitlement_id : 0 );
	}

	/**
	 * "Your gift is on its way".
	 *
	 * @param mixed $entitlement_id Entitlement id.
	 */
	public function handle_entitlement_redeemed( mixed $entitlement_id ): void {
		$this->email( GiftShippedEmail::ID )?->trigger( is_numeric( $entitlement_id ) ? (int) $entitlement_id : 0 );
	}

	/**
	 * Our email instance from WooCommerce's mailer (which loads the email classes).
	 *
	 * @param string $id Email id.
	 */
	private function email( string $id ): ?CustomerGiftEmail {
		$woocommerce = function_exists( 'WC' ) ? WC() : null;
		if ( ! is_object( $woocommerce ) || ! method_exists( $woocommerce, 'mailer' ) ) {
			return null;
		}
		$mailer = $woocommerce->mailer();
		if ( ! is_object( $mailer ) || ! method_exists( $mailer, 'get_emails' ) ) {
			return null;
		}
		foreach ( (array) $mailer->get_emails() as $email ) {
			if ( $email instanceof CustomerGiftEmail && $id === $email->id ) {
				return $email;
			}
		}
		return null;
	}
}
