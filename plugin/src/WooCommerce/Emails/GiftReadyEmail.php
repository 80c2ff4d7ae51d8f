<?php
/**
 * "Your premium gift is ready to choose".
 *
 * Loaded only from the woocommerce_email_classes filter, once WC_Email exists.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\WooCommerce\Emails;

/**
 * Sent to the customer when a premium gift entitlement is created (for a registered
 * customer, who can choose on My Account → Premium gifts).
 */
class GiftReadyEmail extends CustomerGiftEmail {

	public const ID = 'entitlement_ledger_gift_ready';

	/**
	 * Constructor.
	 *
	 * @param EmailContent $el_content Loads entitlements and builds template arguments.
	 */
	public function __construct( EmailContent $el_content ) {
		$this->id             = self::ID;
		$this->title          = __( 'Premium gift ready to choose', 'entitlement-ledger' );
		$this->description    = __( 'Sent to customers when a premium purchase gives them a gift to choose, with a link to My Account → Premium gifts.', 'entitlement-ledger' );
		$this->template_html  = 'emails/entitlement-ledger-gift-ready.php';
		$this->template_plain = 'emails/plain/entitlement-ledger-gift-ready.php';
		parent::__construct( $el_content );
		add_action( CustomerEmails::ACTION_CREATED . '_notification', array( $this, 'trigger' ) );
	}

	/**
	 * Default subject.
	 *
	 * @return string
	 */
	public function get_default_subject() {
		return __( 'Your premium gift is ready to choose', 'entitlement-ledger' );
	}

	/**
	 * Default heading.
	 *
	 * @return string
	 */
	public function get_default_heading() {
		return __( 'Choose your gift for cycle {cycle}', 'entitlement-ledger' );
	}

	/**
	 * Default text below the main content.
	 *
	 * @return string
	 */
	public function get_default_additional_content() {
		return __( 'Thank you for being a premium subscriber.', 'entitlement-ledger' );
	}

	/**
	 * Sends the invitation for a new, unredeemed premium gift entitlement.
	 *
	 * @param int|string $entitlement_id Entitlement id.
	 */
	public function trigger( $entitlement_id ): bool {
		$entitlement = $this->el_content->ready_entitlement( (int) $entitlement_id );
		if ( null === $entitlement ) {
			return false;
		}
		$this->customer_locale( true );
		$this->prepare( $entitlement, $this->el_content->ready_args( $entitlement ) );
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
			'gifts'         => array(
				array(
					'id'          => 1,
					'name'        => __( 'Tote bag', 'entitlement-ledger' ),
					'description' => '',
					'image_id'    => null,
				),
				array(
					'id'          => 2,
					'name'        => __( 'Notebook', 'entitlement-ledger' ),
					'description' => '',
					'image_id'    => null,
				),
			),
			'choose_url'    => EmailContent::account_url(),
			'expires_at'    => null,
		);
	}
}
