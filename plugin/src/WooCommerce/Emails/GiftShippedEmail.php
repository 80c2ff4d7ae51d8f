<?php
/**
 * "Your gift is on its way".
 *
 * Loaded only from the woocommerce_email_classes filter, once WC_Email exists.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\WooCommerce\Emails;

/**
 * Sent to the customer when a premium gift is redeemed with a gift from the catalogue:
 * the gift chosen and the fulfilment order's number.
 */
class GiftShippedEmail extends CustomerGiftEmail {

	public const ID = 'entitlement_ledger_gift_shipped';

	/**
	 * Constructor.
	 *
	 * @param EmailContent $el_content Loads entitlements and builds template arguments.
	 */
	public function __construct( EmailContent $el_content ) {
		$this->id             = self::ID;
		$this->title          = __( 'Premium gift on its way', 'entitlement-ledger' );
		$this->description    = __( 'Sent to customers when they (or your staff) redeem a premium gift, with the gift chosen and the order that ships it.', 'entitlement-ledger' );
		$this->template_html  = 'emails/entitlement-ledger-gift-shipped.php';
		$this->template_plain = 'emails/plain/entitlement-ledger-gift-shipped.php';
		$this->placeholders   = array(
			'{gift_name}'    => '',
			'{order_number}' => '',
		);
		parent::__construct( $el_content );
		add_action( CustomerEmails::ACTION_REDEEMED . '_notification', array( $this, 'trigger' ) );
	}

	/**
	 * Default subject.
	 *
	 * @return string
	 */
	public function get_default_subject() {
		return __( 'Your gift is on its way', 'entitlement-ledger' );
	}

	/**
	 * Default heading.
	 *
	 * @return string
	 */
	public function get_default_heading() {
		return __( 'Your gift is on its way', 'entitlement-ledger' );
	}

	/**
	 * Default text below the main content.
	 *
	 * @return string
	 */
	public function get_default_additional_content() {
		return __( 'Enjoy your gift!', 'entitlement-ledger' );
	}

	/**
	 * Sends the confirmation of a standard redemption.
	 *
	 * @param int|string $entitlement_id Entitlement id.
	 */
	public function trigger( $entitlement_id ): bool {
		$entitlement = $this->el_content->shipped_entitlement( (int) $entitlement_id );
		if ( null === $entitlement ) {
			return false;
		}
		$this->customer_locale( true );
		$this->prepare( $entitlement, $this->el_content->shipped_args( $entitlement ) );
		$sent = $this->send_to_customer();
		$this->customer_locale( false );
		return $sent;
	}

	/**
	 * Preview data.
	 *
	 * @return array<string, mixed>
	 */
	protected function sample_args(): array {
		return array(
			'customer_name' => __( 'Alex', 'entitlement-ledger' ),
			'cycle'         => (int) gmdate( 'Y' ),
			'reference'     => 1024,
			'gift_name'     => __( 'Tote bag', 'entitlement-ledger' ),
			'order'         => array(
				'id'           => 4711,
				'number'       => '4711',
				'status'       => 'processing',
				'status_label' => __( 'Processing', 'entitlement-ledger' ),
				'view_url'     => null,
			),
			'account_url'   => EmailContent::account_url(),
		);
	}
}
