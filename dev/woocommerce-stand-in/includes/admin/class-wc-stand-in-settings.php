<?php
/**
 * Stand-in settings screen (not a WooCommerce class): WooCommerce > Settings > Emails
 * (admin.php?page=wc-settings&tab=email) lists WC()->mailer()->get_emails(); each email's form is at
 * &section={lowercase class name} and saves through woocommerce_update_options_email_{id}, as in WooCommerce.
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

/**
 * Settings page with one tab, Emails.
 */
class WC_Stand_In_Settings {

	/** @var bool Whether this request saved settings. */
	private static $saved = false;

	/** Hooks. */
	public static function init() {
		add_action( 'admin_menu', array( __CLASS__, 'menu' ), 50 );
	}

	/** Adds WooCommerce > Settings. */
	public static function menu() {
		$hook = add_submenu_page( 'woocommerce', __( 'WooCommerce settings', 'woocommerce' ), __( 'Settings', 'woocommerce' ), 'manage_woocommerce', 'wc-settings', array( __CLASS__, 'render' ) );
		add_action( 'load-' . $hook, array( __CLASS__, 'save' ) );
	}

	/** @return WC_Email|null The email of the current section. */
	private static function current_email() {
		$section = isset( $_GET['section'] ) ? sanitize_title( wp_unslash( $_GET['section'] ) ) : ''; // phpcs:ignore WordPress.Security.NonceVerification.Recommended
		foreach ( WC()->mailer()->get_emails() as $class => $email ) {
			if ( $section && sanitize_title( $class ) === $section ) {
				return $email;
			}
		}
		return null;
	}

	/** Saves a posted email form (nonce woocommerce-settings). */
	public static function save() {
		if ( empty( $_POST['save'] ) ) {
			return;
		}
		check_admin_referer( 'woocommerce-settings' );
		$email = self::current_email();
		if ( $email ) {
			do_action( 'woocommerce_update_options_email_' . $email->id );
			do_action( 'woocommerce_update_options_email' );
			do_action( 'woocommerce_update_options' );
			self::$saved = true;
		}
	}

	/** The emails list, or the current email's form. */
	public static function render() {
		echo '<div class="wrap woocommerce"><nav class="nav-tab-wrapper woo-nav-tab-wrapper"><a href="' . esc_url( admin_url( 'admin.php?page=wc-settings&tab=email' ) ) . '" class="nav-tab nav-tab-active" aria-current="page">' . esc_html__( 'Emails', 'woocommerce' ) . '</a></nav>';
		$email = self::current_email();
		if ( self::$saved ) {
			echo '<div id="message" class="updated inline"><p><strong>' . esc_html__( 'Your settings have been saved.', 'woocommerce' ) . '</strong></p></div>';
		}
		if ( $email ) {
			echo '<form method="post" id="mainform" action="" enctype="multipart/form-data">';
			$email->init_settings();
			$email->admin_options();
			echo '<p class="submit"><button name="save" class="button-primary woocommerce-save-button" type="submit" value="' . esc_attr__( 'Save changes', 'woocommerce' ) . '">' . esc_html__( 'Save changes', 'woocommerce' ) . '</button>';
			wp_nonce_field( 'woocommerce-settings' );
			echo '</p></form></div>';
			return;
		}
		echo '<h2>' . esc_html__( 'Email notifications', 'woocommerce' ) . '</h2><p>' . esc_html__( 'Email notifications sent from WooCommerce are listed below. Click on an email to configure it.', 'woocommerce' ) . '</p>';
		echo '<table class="wc_emails widefat striped"><thead><tr><th class="wc-email-settings-table-name">' . esc_html__( 'Email', 'woocommerce' ) . '</th><th class="wc-email-settings-table-status">' . esc_html__( 'Status', 'woocommerce' ) . '</th><th class="wc-email-settings-table-email_type">' . esc_html__( 'Content type', 'woocommerce' ) . '</th><th class="wc-email-settings-table-recipient">' . esc_html__( 'Recipient(s)', 'woocommerce' ) . '</th><th class="wc-email-settings-table-actions"><span class="screen-reader-text">' . esc_html__( 'Actions', 'woocommerce' ) . '</span></th></tr></thead><tbody>';
		$emails = WC()->mailer()->get_emails();
		if ( ! $emails ) {
			echo '<tr><td colspan="5">' . esc_html__( 'No email classes are registered (filter woocommerce_email_classes).', 'woocommerce' ) . '</td></tr>';
		}
		foreach ( $emails as $class => $item ) {
			$url    = admin_url( 'admin.php?page=wc-settings&tab=email&section=' . sanitize_title( $class ) );
			$status = $item->is_manual() ? __( 'Manually sent', 'woocommerce' ) : ( $item->is_enabled() ? __( 'Enabled', 'woocommerce' ) : __( 'Disabled', 'woocommerce' ) );
			echo '<tr><td class="wc-email-settings-table-name"><a href="' . esc_url( $url ) . '">' . esc_html( $item->get_title() ) . '</a><p class="description">' . esc_html( $item->get_description() ) . '</p></td>';
			echo '<td class="wc-email-settings-table-status">' . esc_html( $status ) . '</td><td class="wc-email-settings-table-email_type">' . esc_html( $item->get_content_type() ) . '</td>';
			echo '<td class="wc-email-settings-table-recipient">' . esc_html( $item->is_customer_email() ? __( 'Customer', 'woocommerce' ) : $item->get_recipient() ) . '</td>';
			/* translators: %s: email title */
			echo '<td class="wc-email-settings-table-actions"><a class="button alignright" href="' . esc_url( $url ) . '" aria-label="' . esc_attr( sprintf( __( 'Manage %s', 'woocommerce' ), $item->get_title() ) ) . '">' . esc_html__( 'Manage', 'woocommerce' ) . '</a></td></tr>';
		}
		echo '</tbody></table></div>';
	}
}
