<?php
/**
 * Admin screen links of an entitlement's customer and orders.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\WooCommerce;

use EntitlementLedger\Domain\Entitlements\Entitlement;
use EntitlementLedger\Domain\Licenses\License;
use WC_Order;

/**
 * The edit screens staff can open from an entitlement: the customer's profile, the
 * subscription, the order that sold it and the order that fulfils it. Order URLs come from
 * WooCommerce (`WC_Order::get_edit_order_url()`), so they follow HPOS or posts storage. A link
 * is null when the record is missing or the current user could not open it (a Circulation
 * Manager without order or user capabilities sees the ids only).
 */
final class AdminLinks {

	/**
	 * The links of one entitlement (a few order reads: single-item responses only).
	 *
	 * @param Entitlement $entitlement Entitlement.
	 * @return array{customer: string|null, subscription: string|null, source_order: string|null, redemption_order: string|null}
	 */
	public function for_entitlement( Entitlement $entitlement ): array {
		return array(
			'customer'         => $this->customer( $entitlement->customer_id ),
			'subscription'     => $this->subscription( $entitlement->subscription_id ),
			'source_order'     => $this->order( $entitlement->source_order_id ),
			'redemption_order' => $this->order( $entitlement->redemption?->order_id ),
		);
	}

	/**
	 * The links of one license: its customer's profile and the order that sold it.
	 *
	 * @param License $license License.
	 * @return array{customer: string|null, source_order: string|null}
	 */
	public function for_license( License $license ): array {
		return array(
			'customer'     => $this->customer( $license->customer_id ),
			'source_order' => $this->order( $license->source_order_id ),
		);
	}

	/**
	 * The customer's profile screen.
	 *
	 * @param int|null $user_id WP user id.
	 */
	private function customer( ?int $user_id ): ?string {
		if ( null === $user_id || ! current_user_can( 'edit_user', $user_id ) ) {
			return null;
		}
		$url = get_edit_user_link( $user_id );
		return '' === $url ? null : $url;
	}

	/**
	 * A WooCommerce Subscriptions subscription when that plugin runs; otherwise the id is the
	 * order that sold the premium product (design.md).
	 *
	 * @param int|null $id Subscription or order id.
	 */
	private function subscription( ?int $id ): ?string {
		if ( null === $id ) {
			return null;
		}
		if ( function_exists( 'wcs_get_subscription' ) ) {
			$subscription = wcs_get_subscription( $id );
			if ( $subscription instanceof WC_Order ) {
				return $this->editable( $subscription );
			}
		}
		return $this->order( $id );
	}

	/**
	 * An order's edit screen.
	 *
	 * @param int|null $order_id Order id.
	 */
	private function order( ?int $order_id ): ?string {
		if ( null === $order_id || ! function_exists( 'wc_get_order' ) ) {
			return null;
		}
		$order = wc_get_order( $order_id );
		return $order instanceof WC_Order ? $this->editable( $order ) : null;
	}

	/**
	 * The edit URL when the current user may edit orders.
	 *
	 * @param WC_Order $order Order or subscription.
	 */
	private function editable( WC_Order $order ): ?string {
		if ( ! current_user_can( 'edit_others_shop_orders' ) ) {
			return null;
		}
		$url = $order->get_edit_order_url();
		return '' === $url ? null : $url;
	}
}
