<?php
/**
 * Shared parts of the customer gift emails.
 *
 * Loaded only from the woocommerce_email_classes filter, once WC_Email exists.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\WooCommerce\Emails;

use EntitlementLedger\Domain\Entitlements\Entitlement;

/**
 * A WooCommerce customer email about one entitlement: enabled, subject, heading, additional
 * content and format are edited under WooCommerce → Settings → Emails like WooCommerce's own;
 * templates live in the plugin's templates/ folder and can be overridden by a theme under
 * woocommerce/emails/ (wc_get_template_html's lookup).
 */
abstract class CustomerGiftEmail extends \WC_Email {

	/**
	 * Template arguments of the email being sent.
	 *
	 * @var array<string, mixed>
	 */
	protected array $el_args = array();

	/**
	 * Constructor.
	 *
	 * @param EmailContent $el_content Loads entitlements and builds template arguments.
	 */
	public function __construct( protected EmailContent $el_content ) {
		$this->customer_email = true;
		$this->template_base  = self::templates_path();
		$this->placeholders   = array_merge(
			array(
				'{cycle}'         => '',
				'{customer_name}' => '',
			),
			$this->placeholders
		);
		parent::__construct();
	}

	/**
	 * The plugin's templates folder (default path of wc_get_template_html()).
	 */
	public static function templates_path(): string {
		return plugin_dir_path( ENTITLEMENT_LEDGER_FILE ) . 'templates/';
	}

	/**
	 * Sends the email about this entitlement, if it is due.
	 *
	 * @param int|string $entitlement_id Entitlement id.
	 */
	abstract public function trigger( $entitlement_id ): bool;

	/**
	 * Template arguments for the admin preview, when no entitlement is loaded.
	 *
	 * @return array<string, mixed>
	 */
	abstract protected function sample_args(): array;

	/**
	 * HTML body.
	 *
	 * @return string
	 */
	public function get_content_html() {
		return wc_get_template_html( $this->template_html, $this->template_args( false ), '', $this->template_base );
	}

	/**
	 * Plain-text body.
	 *
	 * @return string
	 */
	public function get_content_plain() {
		return wc_get_template_html( $this->template_plain, $this->template_args( true ), '', $this->template_base );
	}

	/**
	 * Loads the entitlement into the email: recipient, placeholders and template arguments.
	 *
	 * @param Entitlement          $entitlement Entitlement.
	 * @param array<string, mixed> $args        Template arguments.
	 */
	protected function prepare( Entitlement $entitlement, array $args ): void {
		$this->object                          = $entitlement;
		$this->recipient                       = $entitlement->customer_email;
		$this->el_args                         = $args;
		$this->placeholders['{cycle}']         = (string) $entitlement->number;
		$this->placeholders['{customer_name}'] = isset( $args['customer_name'] ) && is_string( $args['customer_name'] ) ? $args['customer_name'] : '';
		if ( array_key_exists( '{gift_name}', $this->placeholders ) ) {
			$this->placeholders['{gift_name}']    = isset( $args['gift_name'] ) && is_string( $args['gift_name'] ) ? $args['gift_name'] : '';
			$this->placeholders['{order_number}'] = isset( $args['order']['number'] ) && is_string( $args['order']['number'] ) ? $args['order']['number'] : '';
		}
	}

	/**
	 * Switches to the site's locale for the customer and back (WC_Email::setup_locale() and
	 * restore_locale(), when this WooCommerce has them).
	 *
	 * @param bool $on Switch to it (true) or back (false).
	 */
	protected function customer_locale( bool $on ): void {
		$method = $on ? 'setup_locale' : 'restore_locale';
		if ( method_exists( $this, $method ) ) {
			$this->{$method}();
		}
	}

	/**
	 * Sends to the customer when the email is enabled.
	 */
	protected function send_to_customer(): bool {
		$recipient = $this->get_recipient();
		if ( ! $this->is_enabled() || '' === (string) $recipient ) {
			return false;
		}
		return (bool) $this->send( $recipient, $this->get_subject(), $this->get_content(), $this->get_headers(), $this->get_attachments() );
	}

	/**
	 * Everything a template receives.
	 *
	 * @param bool $plain_text Plain-text template.
	 * @return array<string, mixed>
	 */
	private function template_args( bool $plain_text ): array {
		$args = array() === $this->el_args ? $this->sample_args() : $this->el_args;
		return $args + array(
			'email_heading'      => $this->get_heading(),
			'additional_content' => $this->get_additional_content(),
			'sent_to_admin'      => false,
			'plain_text'         => $plain_text,
			'email'              => $this,
		);
	}
}
