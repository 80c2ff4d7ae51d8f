<?php
/**
 * The gift emails.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\Account;

use EntitlementLedger\Domain\Entitlements\EntitlementService;
use EntitlementLedger\WooCommerce\Emails\CustomerEmails;
use EntitlementLedger\WooCommerce\Emails\CustomerGiftEmail;
use EntitlementLedger\WooCommerce\Emails\GiftReadyEmail;
use EntitlementLedger\WooCommerce\Emails\GiftShippedEmail;

/**
 * WooCommerce email classes, sent on the public lifecycle actions; mail is captured with
 * pre_wp_mail.
 */
class CustomerEmailsTest extends AccountTestCase {

	/**
	 * Mails sent during the test.
	 *
	 * @var list<array<string, mixed>>
	 */
	private array $mails = array();

	/**
	 * Captures mail; skips without WooCommerce's email classes.
	 */
	protected function setUp(): void {
		parent::setUp();
		if ( ! class_exists( 'WC_Email' ) || ! function_exists( 'wc_get_template_html' ) || ! method_exists( WC(), 'mailer' ) ) {
			$this->markTestSkipped( 'WooCommerce (or its stand-in) has no emails here.' );
		}
		$this->mails = array();
		add_filter( 'pre_wp_mail', array( $this, 'capture' ), 10, 2 );
	}

	/**
	 * Stops capturing.
	 */
	protected function tearDown(): void {
		remove_filter( 'pre_wp_mail', array( $this, 'capture' ) );
		foreach ( $this->emails() as $email ) {
			$email->enabled = 'yes';
		}
		parent::tearDown();
	}

	/**
	 * Pretends to send.
	 *
	 * @param mixed                $short_circuit Null.
	 * @param array<string, mixed> $atts          wp_mail() arguments.
	 */
	public function capture( mixed $short_circuit, array $atts ): bool {
		unset( $short_circuit );
		$this->mails[] = $atts;
		return true;
	}

	public function test_the_emails_are_woocommerce_email_classes(): void {
		$emails = apply_filters( 'woocommerce_email_classes', array() );
		$ids    = array();
		foreach ( $emails as $email ) {
			$this->assertInstanceOf( \WC_Email::class, $email );
			$ids[] = $email->id;
		}
		$this->assertContains( GiftReadyEmail::ID, $ids );
		$this->assertContains( GiftShippedEmail::ID, $ids );

		$ready = $this->email( GiftReadyEmail::ID );
		$this->assertTrue( $ready->is_customer_email() );
		$this->assertSame( 'Premium gift ready to choose', $ready->get_title() );
		$this->assertArrayHasKey( 'subject', $ready->get_form_fields(), 'editable under WooCommerce → Settings → Emails' );
		$this->assertArrayHasKey( 'heading', $ready->get_form_fields() );
		$this->assertArrayHasKey( 'enabled', $ready->get_form_fields() );
		$this->assertSame( CustomerGiftEmail::templates_path(), $ready->template_base );
		$this->assertFileExists( $ready->template_base . $ready->template_html );
		$this->assertFileExists( $ready->template_base . $ready->template_plain );

		// Sent the way WooCommerce sends its own: our actions are email actions, and each
		// email's trigger() listens to {action}_notification.
		$actions = apply_filters( 'woocommerce_email_actions', array() );
		$this->assertContains( CustomerEmails::ACTION_CREATED, $actions );
		$this->assertContains( CustomerEmails::ACTION_REDEEMED, $actions );
		$this->assertSame( 10, has_action( CustomerEmails::ACTION_CREATED, array( \WC_Emails::class, 'send_transactional_email' ) ) );
		$this->assertSame( 10, has_action( CustomerEmails::ACTION_CREATED . '_notification', array( $ready, 'trigger' ) ) );
		$this->assertSame( 10, has_action( CustomerEmails::ACTION_REDEEMED . '_notification', array( $this->email( GiftShippedEmail::ID ), 'trigger' ) ) );
	}

	public function test_a_new_entitlement_sends_your_gift_is_ready_to_choose(): void {
		$customer = $this->make_customer( 'Ada' );
		$this->make_gift( 2026, 'Tote bag' );
		$this->make_gift( 2026, 'Notebook' );
		$entitlement = $this->make_customer_entitlement( $customer, 2026 );

		$mails = $this->sent_by( 'entitlement_ledger_entitlement_created', $entitlement->id );

		$this->assertCount( 1, $mails );
		$mail = $mails[0];
		$this->assertSame( strtolower( get_userdata( $customer )->user_email ), $this->recipient( $mail ) );
		$this->assertSame( 'Your premium gift is ready to choose', $mail['subject'] );
		$body = (string) $mail['message'];
		$this->assertStringContainsString( 'Hi Ada,', $body );
		$this->assertStringContainsString( 'Choose your gift for cycle 2026', $body, 'heading with {cycle}' );
		$this->assertStringContainsString( 'Tote bag', $body );
		$this->assertStringContainsString( 'Notebook', $body );
		if ( function_exists( 'wc_get_account_endpoint_url' ) ) {
			$this->assertStringContainsString( esc_url( wc_get_account_endpoint_url( 'premium-gifts' ) ), $body );
		}
	}

	public function test_loading_the_email_list_again_does_not_send_twice(): void {
		$customer = $this->make_customer( 'Ada' );
		$this->make_gift( 2026, 'Tote bag' );
		apply_filters( 'woocommerce_email_classes', array() ); // Settings → Emails, another plugin...
		apply_filters( 'woocommerce_email_classes', array() );
		$entitlement = $this->make_customer_entitlement( $customer, 2026 );

		$this->assertCount( 1, $this->sent_by( 'entitlement_ledger_entitlement_created', $entitlement->id ) );
	}

	public function test_a_redemption_sends_your_gift_is_on_its_way_with_the_order_number(): void {
		$customer    = $this->make_customer( 'Ada' );
		$gift        = $this->make_gift( 2026, 'Tote bag' );
		$entitlement = $this->make_redeemed( $customer, 2026, $gift );
		$order       = $this->order_of( $entitlement );

		$mails = $this->sent_by( 'entitlement_ledger_entitlement_redeemed', $entitlement->id );

		$this->assertCount( 1, $mails );
		$mail = $mails[0];
		$this->assertSame( strtolower( get_userdata( $customer )->user_email ), $this->recipient( $mail ) );
		$this->assertSame( 'Your gift is on its way', $mail['subject'] );
		$body = (string) $mail['message'];
		$this->assertStringContainsString( 'Tote bag', $body );
		$this->assertStringContainsString( '#<strong>' . $order->get_order_number() . '</strong>', $body );
	}

	public function test_subjects_edited_in_the_settings_fill_the_placeholders(): void {
		$customer                   = $this->make_customer( 'Ada' );
		$gift                       = $this->make_gift( 2026, 'Tote bag' );
		$entitlement                = $this->make_redeemed( $customer, 2026, $gift );
		$email                      = $this->email( GiftShippedEmail::ID );
		$settings                   = $email->settings;
		$email->settings['subject'] = '{customer_name}: {gift_name} ships with order #{order_number} ({cycle})';
		try {
			$mails = $this->sent_by( 'entitlement_ledger_entitlement_redeemed', $entitlement->id );
		} finally {
			$email->settings = $settings;
		}
		$this->assertSame( 'Ada: Tote bag ships with order #' . $this->order_of( $entitlement )->get_order_number() . ' (2026)', $mails[0]['subject'] ?? null );
		$this->assertArrayNotHasKey( '{order_number}', $this->email( GiftReadyEmail::ID )->placeholders, 'the invitation has no order yet' );
	}

	public function test_plain_text_emails_use_the_plain_templates(): void {
		$customer          = $this->make_customer( 'Ada' );
		$gift              = $this->make_gift( 2026, 'Tote bag' );
		$entitlement       = $this->make_redeemed( $customer, 2026, $gift );
		$email             = $this->email( GiftShippedEmail::ID );
		$type              = $email->email_type;
		$email->email_type = 'plain';
		try {
			$mails = $this->sent_by( 'entitlement_ledger_entitlement_redeemed', $entitlement->id );
		} finally {
			$email->email_type = $type;
		}
		$this->assertCount( 1, $mails );
		$body = (string) $mails[0]['message'];
		$this->assertStringNotContainsString( '<strong>', $body );
		$this->assertStringContainsString( 'It ships with order #' . $this->order_of( $entitlement )->get_order_number(), $body );
	}

	public function test_nothing_is_sent_when_disabled_not_due_or_for_a_guest(): void {
		$customer = $this->make_customer();
		$gift     = $this->make_gift( 2026, 'Tote bag' );

		$open     = $this->make_customer_entitlement( $customer, 2026 );
		$redeemed = $this->make_redeemed( $customer, 2026, $gift );
		$guest    = $this->make_entitlement( array( 'customer_email' => 'guest@example.test' ) );
		$custom   = $this->service( EntitlementService::class )->redeem_custom( $this->make_customer_entitlement( $customer, 2026 )->id, $this->order_of( $redeemed )->get_id(), 'Arranged by phone' );
		$fresh    = $this->make_customer_entitlement( $customer, 2026 );

		$this->email( GiftReadyEmail::ID )->enabled = 'no';
		$this->assertSame( array(), $this->sent_by( 'entitlement_ledger_entitlement_created', $fresh->id ), 'disabled in the settings' );
		$this->email( GiftReadyEmail::ID )->enabled = 'yes';

		$this->assertSame( array(), $this->sent_by( 'entitlement_ledger_entitlement_created', $redeemed->id ), 'no longer waiting for a choice' );
		$this->assertSame( array(), $this->sent_by( 'entitlement_ledger_entitlement_redeemed', $open->id ), 'not redeemed' );
		$this->assertSame( array(), $this->sent_by( 'entitlement_ledger_entitlement_created', $guest ), 'a guest cannot choose online' );
		$this->assertSame( array(), $this->sent_by( 'entitlement_ledger_entitlement_created', 999999999 ), 'missing' );
		$this->assertSame( array(), $this->sent_by( 'entitlement_ledger_entitlement_redeemed', $custom->id ), 'custom redemptions are the staff\'s to announce' );
	}

	/**
	 * The mails sent while an action runs.
	 *
	 * @param string $action         Action.
	 * @param int    $entitlement_id Its argument.
	 * @return list<array<string, mixed>>
	 */
	private function sent_by( string $action, int $entitlement_id ): array {
		$this->mails = array();
		do_action( $action, $entitlement_id );
		return $this->mails;
	}

	/**
	 * Our email instances as WooCommerce's mailer holds them.
	 *
	 * @return list<CustomerGiftEmail>
	 */
	private function emails(): array {
		if ( ! function_exists( 'WC' ) || ! method_exists( WC(), 'mailer' ) ) {
			return array();
		}
		return array_values( array_filter( WC()->mailer()->get_emails(), static fn( $email ): bool => $email instanceof CustomerGiftEmail ) );
	}

	/**
	 * One of our emails.
	 *
	 * @param string $id Email id.
	 */
	private function email( string $id ): CustomerGiftEmail {
		foreach ( $this->emails() as $email ) {
			if ( $id === $email->id ) {
				return $email;
			}
		}
		$this->fail( "WooCommerce's mailer has no {$id} email." );
	}

	/**
	 * The single recipient of a captured mail.
	 *
	 * @param array<string, mixed> $mail wp_mail() arguments.
	 */
	private function recipient( array $mail ): string {
		$to = $mail['to'];
		return is_array( $to ) ? (string) reset( $to ) : (string) $to;
	}
}
