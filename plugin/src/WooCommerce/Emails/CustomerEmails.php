<?php
/**
 * Registers the customer emails with WooCommerce and sends them.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\WooCommerce\Emails;

use EntitlementLedger\Infrastructure\Registerable;

/**
 * Adds the gift emails to WooCommerce's email list (woocommerce_email_classes) and our public
 * lifecycle actions to WooCommerce's email actions (woocommerce_email_actions):
 *
 * - `entitlement_ledger_entitlement_created` ( int $entitlement_id ) → "Your premium gift is ready to choose";
 * - `entitlement_ledger_entitlement_redeemed` ( int $entitlement_id ) → "Your gift is on its way".
 *
 * WooCommerce then loads its mailer and fires `{action}_notification`, which each email's
 * trigger() listens to, like WooCommerce's own emails; a store that defers transactional
 * emails (`woocommerce_defer_transactional_emails`) sends ours in the background too, so a
 * checkout does not wait for them.
 *
 * The email classes extend WC_Email, so they are only loaded inside the filter, once
 * WooCommerce has loaded WC_Email.
 */
final class CustomerEmails implements Registerable {

	public const ACTION_CREATED  = 'entitlement_ledger_entitlement_created';
	public const ACTION_REDEEMED = 'entitlement_ledger_entitlement_redeemed';

	/**
	 * Our emails, created once: each one's constructor hooks its trigger(), so a second set
	 * (the filter can run more than once) would send every email twice.
	 *
	 * @var array<string, CustomerGiftEmail>|null
	 */
	private ?array $emails = null;

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
		add_filter( 'woocommerce_email_actions', array( $this, 'handle_woocommerce_email_actions' ) );
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
		$this->emails ??= array(
			'EntitlementLedger_Gift_Ready'   => new GiftReadyEmail( $this->content ),
			'EntitlementLedger_Gift_Shipped' => new GiftShippedEmail( $this->content ),
		);
		return array_merge( $emails, $this->emails );
	}

	/**
	 * Adds our lifecycle actions to the ones WooCommerce sends emails for.
	 *
	 * @param mixed $actions Action names.
	 * @return list<string>|mixed
	 */
	public function handle_woocommerce_email_actions( mixed $actions ): mixed {
		if ( ! is_array( $actions ) ) {
			return $actions;
		}
		$actions[] = self::ACTION_CREATED;
		$actions[] = self::ACTION_REDEEMED;
		return $actions;
	}
}
