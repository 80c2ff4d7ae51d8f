<?php
/**
 * The my-gifts block's form without JavaScript.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Blocks\MyGifts;

use EntitlementLedger\Domain\DomainError;
use EntitlementLedger\Domain\Entitlements\Entitlement;
use EntitlementLedger\Domain\Entitlements\EntitlementService;
use EntitlementLedger\Domain\Entitlements\EntitlementStatus;
use EntitlementLedger\Infrastructure\Registerable;

/**
 * Handles the redeem form posted to admin-post.php (action el_redeem_gift) when the view
 * script did not take it over: the same ownership rule and service call as
 * POST /me/entitlements/{id}/redeem, then a redirect back to the page with a notice.
 *
 * @phpstan-import-type Notice from RedeemNotices
 */
final class RedeemForm implements Registerable {

	public const ACTION = 'el_redeem_gift';

	/**
	 * Constructor.
	 *
	 * @param EntitlementService $service Lifecycle.
	 * @param CustomerGifts      $gifts   Ownership and order summaries.
	 * @param RedeemNotices      $notices The notice carried across the redirect.
	 */
	public function __construct(
		private EntitlementService $service,
		private CustomerGifts $gifts,
		private RedeemNotices $notices
	) {
	}

	/**
	 * Only admin-post.php requests (which are admin requests) handle the form.
	 */
	public function is_needed(): bool {
		return is_admin();
	}

	/**
	 * Hooks the admin-post actions.
	 */
	public function register(): void {
		add_action( 'admin_post_' . self::ACTION, array( $this, 'handle_admin_post' ) );
		add_action( 'admin_post_nopriv_' . self::ACTION, array( $this, 'handle_admin_post_nopriv' ) );
	}

	/**
	 * The nonce action of one entitlement's form.
	 *
	 * @param int $entitlement_id Entitlement id.
	 */
	public static function nonce_action( int $entitlement_id ): string {
		return self::ACTION . '_' . $entitlement_id;
	}

	/**
	 * Logged in: redeem, remember the outcome, go back to the page.
	 */
	public function handle_admin_post(): void {
		// The nonce is checked in process(), per entitlement.
		// phpcs:ignore WordPress.Security.NonceVerification.Missing
		$input  = wp_unslash( $_POST );
		$notice = $this->process( is_array( $input ) ? $input : array() );
		$this->notices->push( get_current_user_id(), $notice['type'], $notice['message'], $notice['entitlement_id'] );
		wp_safe_redirect( $this->return_url( $notice['entitlement_id'] ) );
		exit;
	}

	/**
	 * Logged out (the session ended): to the login form, then back to the page.
	 */
	public function handle_admin_post_nopriv(): void {
		wp_safe_redirect( wp_login_url( $this->return_url( 0 ) ) );
		exit;
	}

	/**
	 * Redeems for the current user; returns the notice to show.
	 *
	 * @param array<mixed> $input Posted fields (unslashed).
	 * @return Notice
	 */
	public function process( array $input ): array {
		$id      = isset( $input['entitlement_id'] ) && is_scalar( $input['entitlement_id'] ) ? absint( $input['entitlement_id'] ) : 0;
		$gift_id = isset( $input['gift_id'] ) && is_scalar( $input['gift_id'] ) ? absint( $input['gift_id'] ) : 0;
		$nonce   = isset( $input['_wpnonce'] ) && is_string( $input['_wpnonce'] ) ? sanitize_key( $input['_wpnonce'] ) : '';

		if ( false === wp_verify_nonce( $nonce, self::nonce_action( $id ) ) ) {
			return self::error( __( 'This form has expired. Please choose your gift again.', 'entitlement-ledger' ), $id );
		}
		$entitlement = $this->gifts->own( get_current_user_id(), $id );
		if ( null === $entitlement ) {
			// Someone else's and missing look the same, as on the REST route (404).
			return self::error( EntitlementService::not_found()->getMessage(), 0 );
		}
		if ( $this->already_redeemed_with( $entitlement, $gift_id ) ) {
			// A second submit of the same choice (double click, reload): same outcome as the first.
			return $this->success( $entitlement );
		}
		if ( 0 === $gift_id ) {
			return self::error( __( 'Choose a gift first.', 'entitlement-ledger' ), $id );
		}
		try {
			return $this->success( $this->service->redeem_standard( $id, $gift_id ) );
		} catch ( DomainError $error ) {
			$now = $this->gifts->own( get_current_user_id(), $id );
			if ( null !== $now && $this->already_redeemed_with( $now, $gift_id ) ) {
				return $this->success( $now );
			}
			return self::error( $error->getMessage(), $id );
		}
	}

	/**
	 * Where to go back to: the page the form was on.
	 *
	 * @param int $entitlement_id Card to scroll to (0 for none).
	 */
	private function return_url( int $entitlement_id ): string {
		$referer = wp_get_referer();
		if ( false === $referer ) {
			$referer = function_exists( 'wc_get_account_endpoint_url' ) ? wc_get_account_endpoint_url( 'premium-gifts' ) : home_url( '/' );
		}
		$url = add_query_arg( RedeemNotices::QUERY_FLAG, '1', remove_query_arg( RedeemNotices::QUERY_FLAG, $referer ) );
		return $entitlement_id > 0 ? explode( '#', $url )[0] . '#el-entitlement-' . $entitlement_id : $url;
	}

	/**
	 * Whether the entitlement is already redeemed with this gift.
	 *
	 * @param Entitlement $entitlement Entitlement.
	 * @param int         $gift_id     Gift posted.
	 */
	private function already_redeemed_with( Entitlement $entitlement, int $gift_id ): bool {
		return EntitlementStatus::Redeemed === $entitlement->status && $gift_id > 0 && $gift_id === $entitlement->redemption?->gift_id;
	}

	/**
	 * The success notice: the gift and the order that ships it.
	 *
	 * @param Entitlement $entitlement Redeemed entitlement.
	 * @return Notice
	 */
	private function success( Entitlement $entitlement ): array {
		$gift  = $this->gifts->gift_summary( $entitlement );
		$order = $this->gifts->fulfilment_order( $entitlement );
		if ( null !== $gift && null !== $order ) {
			/* translators: 1: gift name, 2: order number. */
			$message = sprintf( __( 'Thank you! You chose %1$s. It ships with order #%2$s.', 'entitlement-ledger' ), $gift['name'], $order['number'] );
		} elseif ( null !== $gift ) {
			/* translators: %s: gift name. */
			$message = sprintf( __( 'Thank you! You chose %s.', 'entitlement-ledger' ), $gift['name'] );
		} else {
			$message = __( 'Thank you! Your gift is redeemed.', 'entitlement-ledger' );
		}
		return array(
			'type'           => 'success',
			'message'        => $message,
			'entitlement_id' => $entitlement->id,
		);
	}

	/**
	 * An error notice.
	 *
	 * @param string $message        Message.
	 * @param int    $entitlement_id Card (0 for none).
	 * @return Notice
	 */
	private static function error( string $message, int $entitlement_id ): array {
		return array(
			'type'           => 'error',
			'message'        => $message,
			'entitlement_id' => $entitlement_id,
		);
	}
}
