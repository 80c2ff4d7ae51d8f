<?php
/**
 * WC_Email: the base of every transactional email. Settings (enabled, subject, heading,
 * additional content, email type) live in woocommerce_{id}_settings; subclasses set id, title,
 * description, templates and placeholders and call send() from their trigger(), as in WooCommerce.
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

/**
 * Email (no CSS inlining, block editor, preheader, Cc/Bcc or template editing here).
 */
class WC_Email extends WC_Settings_API {

	/** @var string Why an email was skipped: no recipient. */
	const SKIP_REASON_NO_RECIPIENT = 'no_recipient';

	/** @var string Id, e.g. new_order. */
	public $id;

	/** @var string Title on the settings page. */
	public $title;

	/** @var string yes or no. */
	public $enabled;

	/** @var string Description on the settings page. */
	public $description;

	/** @var string Default heading (placeholders allowed). */
	public $heading = '';

	/** @var string Default subject (placeholders allowed). */
	public $subject = '';

	/** @var string Plain template, relative to template_base. */
	public $template_plain;

	/** @var string HTML template, relative to template_base. */
	public $template_html;

	/** @var string Template folder (the stand-in's templates/ when null). */
	public $template_base;

	/** @var string Comma-separated recipients. */
	public $recipient;

	/** @var object|bool The order, product or user the email is about. */
	public $object;

	/** @var bool Whether content is being built for sending. */
	public $sending;

	/** @var bool Sent manually only. */
	protected $manual = false;

	/** @var bool Sent to a customer (not the store). */
	protected $customer_email = false;

	/** @var array Regexes turning HTML into plain text. */
	public $plain_search = array( "/\r/", '/&(nbsp|#0*160);/i', '/&(quot|rdquo|ldquo|#0*8220|#0*8221|#0*147|#0*148);/i', '/&(apos|rsquo|lsquo|#0*8216|#0*8217);/i', '/&gt;/i', '/&lt;/i', '/&#0*38;/i', '/&amp;/i', '/&(copy|#0*169);/i', '/&(trade|#0*8482|#0*153);/i', '/&(reg|#0*174);/i', '/&(mdash|#0*151|#0*8212);/i', '/&(ndash|minus|#0*8211|#0*8722);/i', '/&(bull|#0*149|#0*8226);/i', '/&(pound|#0*163);/i', '/&(euro|#0*8364);/i', '/&(dollar|#0*36);/i', '/&[^&\s;]+;/i', '/[ ]{2,}/' );

	/** @var array Replacements for plain_search. */
	public $plain_replace = array( '', ' ', '"', "'", '>', '<', '&', '&', '(c)', '(tm)', '(R)', '--', '-', '*', '£', 'EUR', '$', '', ' ' );

	/** @var array Placeholder => value, replaced by format_string() (subclasses add '{order_number}' and the like). */
	public $placeholders = array();

	/** @var array Legacy find strings. */
	public $find = array();

	/** @var array Legacy replacements. */
	public $replace = array();

	/** @var string plain, html or multipart. */
	public $email_type;

	/** Site placeholders, settings and the save hook. */
	public function __construct() {
		$this->placeholders = array_merge(
			array(
				'{site_title}'   => $this->get_blogname(),
				'{site_address}' => wp_parse_url( home_url(), PHP_URL_HOST ),
				'{site_url}'     => wp_parse_url( home_url(), PHP_URL_HOST ),
				'{store_email}'  => $this->get_from_address(),
			),
			$this->placeholders
		);
		$this->init_form_fields();
		$this->init_settings();
		if ( is_null( $this->template_base ) ) {
			$this->template_base = WC()->plugin_path() . '/templates/';
		}
		$this->email_type = $this->get_option( 'email_type' );
		$this->enabled    = $this->get_option( 'enabled' );
		add_action( 'phpmailer_init', array( $this, 'handle_multipart' ) );
		add_action( 'woocommerce_update_options_email_' . $this->id, array( $this, 'process_admin_options' ) );
	}

	/**
	 * Adds the plain part of a multipart email.
	 *
	 * @param PHPMailer\PHPMailer\PHPMailer $mailer Mailer.
	 * @return PHPMailer\PHPMailer\PHPMailer
	 */
	public function handle_multipart( $mailer ) {
		if ( $this->sending && 'multipart' === $this->get_email_type() ) {
			$mailer->AltBody = wordwrap( preg_replace( $this->plain_search, $this->plain_replace, wp_strip_all_tags( $this->get_content_plain() ) ) ); // phpcs:ignore WordPress.NamingConventions.ValidVariableName.UsedPropertyNotSnakeCase
			$this->sending   = false;
		}
		return $mailer;
	}

	/**
	 * Replaces the placeholders ({site_title}, {order_number}…) and {blogname}.
	 *
	 * @param mixed $string Text.
	 * @return string
	 */
	public function format_string( $string ) {
		$find      = array_merge( (array) $this->find, array_keys( $this->placeholders ), array( '{blogname}' ) );
		$replace   = array_merge( (array) $this->replace, array_values( $this->placeholders ), array( $this->get_blogname() ) );
		return apply_filters( 'woocommerce_email_format_string', str_replace( $find, $replace, (string) $string ), $this );
	}

	/** Customer emails switch to the site's locale while they are built (woocommerce_allow_switching_email_locale). */
	public function setup_locale() {
		if ( apply_filters( 'woocommerce_allow_switching_email_locale', true, $this ) && $this->is_customer_email() && apply_filters( 'woocommerce_email_setup_locale', true ) ) {
			wc_switch_to_site_locale();
		}
	}

	/** Switches back after setup_locale() (woocommerce_allow_restoring_email_locale). */
	public function restore_locale() {
		if ( apply_filters( 'woocommerce_allow_restoring_email_locale', true, $this ) && $this->is_customer_email() && apply_filters( 'woocommerce_email_restore_locale', true ) ) {
			wc_restore_locale();
		}
	}

	/** @return string */
	public function get_default_subject() {
		return $this->subject;
	}

	/** @return string */
	public function get_default_heading() {
		return $this->heading;
	}

	/** @return string */
	public function get_default_additional_content() {
		return '';
	}

	/** @return string The additional content setting, formatted. */
	public function get_additional_content() {
		return apply_filters( 'woocommerce_email_additional_content_' . $this->id, $this->format_string( $this->get_option( 'additional_content' ) ), $this->object, $this );
	}

	/** @return string Subject setting (or default), formatted, filtered by woocommerce_email_subject_{id}. */
	public function get_subject() {
		return apply_filters( 'woocommerce_email_subject_' . $this->id, $this->format_string( $this->get_option( 'subject', $this->get_default_subject() ) ), $this->object, $this );
	}

	/** @return string Heading setting (or default), formatted, filtered by woocommerce_email_heading_{id}. */
	public function get_heading() {
		return apply_filters( 'woocommerce_email_heading_' . $this->id, $this->format_string( $this->get_option( 'heading', $this->get_default_heading() ) ), $this->object, $this );
	}

	/** @return string Valid addresses from $recipient, filtered by woocommerce_email_recipient_{id}. */
	public function get_recipient() {
		$recipient = apply_filters( 'woocommerce_email_recipient_' . $this->id, $this->recipient, $this->object, $this );
		return implode( ', ', array_filter( array_map( 'trim', explode( ',', (string) $recipient ) ), 'is_email' ) );
	}

	/** @return string Content-Type and Reply-to headers. */
	public function get_headers() {
		$header = 'Content-Type: ' . $this->get_content_type() . "\r\n";
		if ( $this->get_from_address() && $this->get_from_name() ) {
			$header .= 'Reply-to: ' . $this->get_from_name() . ' <' . $this->get_from_address() . ">\r\n";
		}
		return apply_filters( 'woocommerce_email_headers', $header, $this->id, $this->object, $this );
	}

	/** @return array Attachments (woocommerce_email_attachments). */
	public function get_attachments() {
		return apply_filters( 'woocommerce_email_attachments', array(), $this->id, $this->object, $this );
	}

	/** @return string plain, html or multipart. */
	public function get_email_type() {
		return $this->email_type && class_exists( 'DOMDocument' ) ? $this->email_type : 'plain';
	}

	/**
	 * MIME type for the email type.
	 *
	 * @param string $default_content_type wp_mail()'s.
	 * @return string
	 */
	public function get_content_type( $default_content_type = '' ) {
		$types = array( 'html' => 'text/html', 'multipart' => 'multipart/alternative' );
		return apply_filters( 'woocommerce_email_content_type', $types[ $this->get_email_type() ] ?? 'text/plain', $this, $default_content_type );
	}

	/** @return string */
	public function get_title() {
		return apply_filters( 'woocommerce_email_title', $this->title, $this );
	}

	/** @return string */
	public function get_description() {
		return apply_filters( 'woocommerce_email_description', $this->description, $this );
	}

	/**
	 * A setting, filtered by woocommerce_email_get_option.
	 *
	 * @param string $key         Key.
	 * @param mixed  $empty_value Value for ''.
	 * @return string
	 */
	public function get_option( $key, $empty_value = null ) {
		$value = parent::get_option( $key, $empty_value );
		return apply_filters( 'woocommerce_email_get_option', $value, $this, $value, $key, $empty_value );
	}

	/** @return bool The enabled setting, filtered by woocommerce_email_enabled_{id}. */
	public function is_enabled() {
		return apply_filters( 'woocommerce_email_enabled_' . $this->id, 'yes' === $this->enabled, $this->object, $this );
	}

	/** @return bool */
	public function is_manual() {
		return $this->manual;
	}

	/** @return bool */
	public function is_customer_email() {
		return $this->customer_email;
	}

	/** @return string */
	public function get_blogname() {
		return wp_specialchars_decode( get_option( 'blogname' ), ENT_QUOTES );
	}

	/** @return string get_content_html(), or get_content_plain() as text for plain emails. */
	public function get_content() {
		$this->sending = true;
		if ( 'plain' === $this->get_email_type() ) {
			return wordwrap( preg_replace( $this->plain_search, $this->plain_replace, wp_strip_all_tags( $this->get_content_plain() ) ), 70 );
		}
		return $this->get_content_html();
	}

	/**
	 * CSS inlining: not done here (the content is returned as is).
	 *
	 * @param string|null $content Content.
	 * @return string
	 */
	public function style_inline( $content ) {
		return (string) $content;
	}

	/** @return string Plain content (subclasses). */
	public function get_content_plain() {
		return '';
	}

	/** @return string HTML content (subclasses; usually wc_get_template_html( $this->template_html, …, '', $this->template_base )). */
	public function get_content_html() {
		return '';
	}

	/**
	 * From name: option woocommerce_email_from_name (site title).
	 *
	 * @param string $from_name wp_mail()'s.
	 * @return string
	 */
	public function get_from_name( $from_name = '' ) {
		$from_name = apply_filters( 'woocommerce_email_from_name', get_option( 'woocommerce_email_from_name', get_bloginfo( 'name', 'display' ) ), $this, $from_name );
		return wp_specialchars_decode( esc_html( $from_name ), ENT_QUOTES );
	}

	/**
	 * From address: option woocommerce_email_from_address (admin email).
	 *
	 * @param string $from_email wp_mail()'s.
	 * @return string
	 */
	public function get_from_address( $from_email = '' ) {
		return sanitize_email( apply_filters( 'woocommerce_email_from_address', get_option( 'woocommerce_email_from_address', get_option( 'admin_email' ) ), $this, $from_email ) );
	}

	/**
	 * Sets the object the email is about.
	 *
	 * @param object $object Object.
	 */
	public function set_object( $object ) { // phpcs:ignore Universal.NamingConventions.NoReservedKeywordParameterNames.objectFound
		$this->object = $object;
	}

	/** @return bool Sends to get_recipient() when enabled (woocommerce_email_disabled / _skipped otherwise). */
	protected function send_notification(): bool {
		if ( ! $this->is_enabled() ) {
			do_action( 'woocommerce_email_disabled', $this->id, $this );
			return false;
		}
		if ( ! $this->get_recipient() ) {
			do_action( 'woocommerce_email_skipped', self::SKIP_REASON_NO_RECIPIENT, $this->id, $this );
			return false;
		}
		return $this->send( $this->get_recipient(), $this->get_subject(), $this->get_content(), $this->get_headers(), $this->get_attachments() );
	}

	/**
	 * Sends through wp_mail (woocommerce_mail_callback) with this email's from name, address and
	 * content type, then fires woocommerce_email_sent.
	 *
	 * @param string $to          Recipient(s).
	 * @param string $subject     Subject.
	 * @param string $message     Body.
	 * @param string $headers     Headers.
	 * @param array  $attachments Attachments.
	 * @return bool
	 */
	public function send( $to, $subject, $message, $headers, $attachments ) {
		add_filter( 'wp_mail_from', array( $this, 'get_from_address' ) );
		add_filter( 'wp_mail_from_name', array( $this, 'get_from_name' ) );
		add_filter( 'wp_mail_content_type', array( $this, 'get_content_type' ) );
		$message  = apply_filters( 'woocommerce_mail_content', $this->style_inline( $message ) );
		$callback = apply_filters( 'woocommerce_mail_callback', 'wp_mail', $this );
		$params   = apply_filters( 'woocommerce_mail_callback_params', array( $to, wp_specialchars_decode( $subject ), $message, $headers, $attachments ), $this );
		$return   = $callback( ...$params );
		remove_filter( 'wp_mail_from', array( $this, 'get_from_address' ) );
		remove_filter( 'wp_mail_from_name', array( $this, 'get_from_name' ) );
		remove_filter( 'wp_mail_content_type', array( $this, 'get_content_type' ) );
		do_action( 'woocommerce_email_sent', $return, (string) $this->id, $this );
		return (bool) $return;
	}

	/** Enabled, subject, heading, additional content, email type. */
	public function init_form_fields() {
		/* translators: %s: list of placeholders */
		$placeholders      = sprintf( __( 'Available placeholders: %s', 'woocommerce' ), implode( ', ', array_map( fn( $p ) => '<code>' . esc_html( $p ) . '</code>', array_keys( $this->placeholders ) ) ) );
		$this->form_fields = array(
			'enabled'            => array( 'title' => __( 'Enable/Disable', 'woocommerce' ), 'type' => 'checkbox', 'label' => __( 'Enable this email notification', 'woocommerce' ), 'default' => 'yes' ),
			'subject'            => array( 'title' => __( 'Subject', 'woocommerce' ), 'type' => 'text', 'description' => $placeholders, 'placeholder' => $this->get_default_subject(), 'default' => '' ),
			'heading'            => array( 'title' => __( 'Email heading', 'woocommerce' ), 'type' => 'text', 'description' => $placeholders, 'placeholder' => $this->get_default_heading(), 'default' => '' ),
			'additional_content' => array( 'title' => __( 'Additional content', 'woocommerce' ), 'type' => 'textarea', 'description' => __( 'Text to appear below the main email content.', 'woocommerce' ) . ' ' . $placeholders, 'placeholder' => __( 'N/A', 'woocommerce' ), 'default' => $this->get_default_additional_content() ),
			'email_type'         => array( 'title' => __( 'Email type', 'woocommerce' ), 'type' => 'select', 'description' => __( 'Choose which format of email to send.', 'woocommerce' ), 'default' => 'html', 'options' => $this->get_email_type_options() ),
		);
	}

	/** @return array plain, html and multipart. */
	public function get_email_type_options() {
		return array( 'plain' => __( 'Plain text', 'woocommerce' ), 'html' => __( 'HTML', 'woocommerce' ), 'multipart' => __( 'Multipart', 'woocommerce' ) );
	}

	/** Prints the settings section: title, description, fields. */
	public function admin_options() {
		echo '<h2>' . esc_html( $this->get_title() ) . ' <small class="wc-admin-breadcrumb"><a href="' . esc_url( admin_url( 'admin.php?page=wc-settings&tab=email' ) ) . '" aria-label="' . esc_attr__( 'Return to emails', 'woocommerce' ) . '">&#x2934;&#xfe0e;</a></small></h2>';
		echo wp_kses_post( wpautop( $this->get_description() ) );
		parent::admin_options();
	}
}
