<?php
/**
 * WC_Emails (WC()->mailer()): collects the email classes from woocommerce_email_classes, prints the
 * header and footer templates, and fires {action}_notification for WooCommerce's email actions
 * (order status changes, refunds, customer notes) so emails can hook their trigger() there.
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

/**
 * Email controller (WooCommerce's own emails are not included here).
 */
class WC_Emails {

	/** @var WC_Email[] Class name => email. */
	public $emails = array();

	/** @var WC_Emails|null */
	protected static $instance = null;

	/** @return WC_Emails */
	public static function instance() {
		if ( is_null( self::$instance ) ) {
			self::$instance = new self();
		}
		return self::$instance;
	}

	/** Hooks send_transactional_email() to the email actions (woocommerce_email_actions); runs on init. */
	public static function init_transactional_emails() {
		$email_actions = apply_filters(
			'woocommerce_email_actions',
			array(
				'woocommerce_low_stock',
				'woocommerce_no_stock',
				'woocommerce_product_on_backorder',
				'woocommerce_order_status_pending_to_processing',
				'woocommerce_order_status_pending_to_completed',
				'woocommerce_order_status_processing_to_cancelled',
				'woocommerce_order_status_pending_to_failed',
				'woocommerce_order_status_pending_to_on-hold',
				'woocommerce_order_status_failed_to_processing',
				'woocommerce_order_status_failed_to_completed',
				'woocommerce_order_status_failed_to_on-hold',
				'woocommerce_order_status_cancelled_to_processing',
				'woocommerce_order_status_cancelled_to_completed',
				'woocommerce_order_status_cancelled_to_on-hold',
				'woocommerce_order_status_on-hold_to_processing',
				'woocommerce_order_status_on-hold_to_cancelled',
				'woocommerce_order_status_on-hold_to_failed',
				'woocommerce_order_status_completed',
				'woocommerce_order_status_failed',
				'woocommerce_order_fully_refunded',
				'woocommerce_order_partially_refunded',
				'woocommerce_new_customer_note',
				'woocommerce_created_customer',
			)
		);
		foreach ( $email_actions as $action ) {
			add_action( $action, array( __CLASS__, 'send_transactional_email' ), 10, 10 );
		}
	}

	/**
	 * Loads the mailer, then fires {current action}_notification with the action's arguments.
	 *
	 * @param array $args Arguments of the action.
	 */
	public static function send_transactional_email( $args = array() ) {
		try {
			$args = func_get_args();
			self::instance();
			do_action_ref_array( current_filter() . '_notification', $args );
		} catch ( Exception $e ) {
			error_log( 'WooCommerce (stand-in): transactional email triggered fatal error for callback ' . current_filter() . ': ' . $e->getMessage() ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions
		}
	}

	/** Loads the email classes and hooks the header and footer. */
	public function __construct() {
		$this->init();
		add_action( 'woocommerce_email_header', array( $this, 'email_header' ) );
		add_action( 'woocommerce_email_footer', array( $this, 'email_footer' ) );
		add_filter( 'woocommerce_email_footer_text', array( $this, 'replace_placeholders' ) );
		do_action( 'woocommerce_email', $this );
	}

	/** Email classes from woocommerce_email_classes (class name => WC_Email instance). */
	public function init() {
		$this->emails = apply_filters( 'woocommerce_email_classes', $this->emails );
	}

	/** @return WC_Email[] */
	public function get_emails() {
		return $this->emails;
	}

	/** @return string Option woocommerce_email_from_name. */
	public function get_from_name() {
		return wp_specialchars_decode( get_option( 'woocommerce_email_from_name' ), ENT_QUOTES );
	}

	/** @return string Option woocommerce_email_from_address. */
	public function get_from_address() {
		return sanitize_email( get_option( 'woocommerce_email_from_address' ) );
	}

	/**
	 * Prints emails/email-header.php (woocommerce_email_header).
	 *
	 * @param mixed $email_heading Heading.
	 */
	public function email_header( $email_heading ) {
		wc_get_template( 'emails/email-header.php', array( 'email_heading' => $email_heading ) );
	}

	/** Prints emails/email-footer.php (woocommerce_email_footer). */
	public function email_footer() {
		wc_get_template( 'emails/email-footer.php' );
	}

	/**
	 * Replaces {site_title}, {site_address} and {site_url} (footer text).
	 *
	 * @param string $text Text.
	 * @return string
	 */
	public function replace_placeholders( $text ) {
		$domain = wp_parse_url( home_url(), PHP_URL_HOST );
		return str_replace( array( '{site_title}', '{site_address}', '{site_url}' ), array( wp_specialchars_decode( get_option( 'blogname' ), ENT_QUOTES ), $domain, $domain ), (string) $text );
	}

	/**
	 * A message inside the header and footer.
	 *
	 * @param string $email_heading Heading.
	 * @param string $message       Message.
	 * @param bool   $deprecated    Unused.
	 * @return string
	 */
	public function wrap_message( $email_heading, $message, $deprecated = false ) {
		ob_start();
		do_action( 'woocommerce_email_header', $email_heading, null );
		echo wp_kses_post( wpautop( wptexturize( $message ) ) );
		do_action( 'woocommerce_email_footer', null );
		return ob_get_clean();
	}

	/**
	 * Sends an email through a plain WC_Email.
	 *
	 * @param mixed  $to          Recipient.
	 * @param mixed  $subject     Subject.
	 * @param mixed  $message     Message.
	 * @param string $headers     Headers.
	 * @param string $attachments Attachments.
	 * @return bool
	 */
	public function send( $to, $subject, $message, $headers = "Content-Type: text/html\r\n", $attachments = '' ) {
		return ( new WC_Email() )->send( $to, $subject, $message, $headers, $attachments );
	}
}
