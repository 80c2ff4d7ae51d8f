<?php
/**
 * The one-time notice shown after a redemption without JavaScript.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Blocks\MyGifts;

/**
 * Carries the outcome of the admin-post form across its redirect: a short-lived transient
 * per user, read once by the block, and only when the redirect's query flag is present.
 *
 * @phpstan-type Notice array{type: 'success'|'error', message: string, entitlement_id: int}
 */
class RedeemNotices {

	public const QUERY_FLAG = 'el-notice';

	private const PREFIX = 'entitlement_ledger_redeem_notice_';
	private const TTL    = 600;

	/**
	 * Stores the notice for the user's next page view.
	 *
	 * @param int               $user_id        User.
	 * @param 'success'|'error' $type           Kind.
	 * @param string            $message        Translated message.
	 * @param int               $entitlement_id Card it belongs to (0 for none).
	 */
	public function push( int $user_id, string $type, string $message, int $entitlement_id ): void {
		set_transient(
			self::PREFIX . $user_id,
			array(
				'type'           => $type,
				'message'        => $message,
				'entitlement_id' => $entitlement_id,
			),
			self::TTL
		);
	}

	/**
	 * Takes the user's notice, if the request came from the form's redirect.
	 *
	 * @param int $user_id User.
	 * @return Notice|null
	 */
	public function pull( int $user_id ): ?array {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a display flag; the notice itself is per user.
		if ( $user_id <= 0 || ! isset( $_GET[ self::QUERY_FLAG ] ) ) {
			return null;
		}
		$notice = get_transient( self::PREFIX . $user_id );
		if ( false === $notice ) {
			return null;
		}
		delete_transient( self::PREFIX . $user_id );
		if ( ! is_array( $notice ) || ! isset( $notice['type'], $notice['message'] ) ) {
			return null;
		}
		return array(
			'type'           => 'success' === $notice['type'] ? 'success' : 'error',
			'message'        => (string) $notice['message'],
			'entitlement_id' => (int) ( $notice['entitlement_id'] ?? 0 ),
		);
	}
}
