<?php
/**
 * A small fake of the WooCommerce Subscriptions API our checkout code calls, for the renewal
 * tests: no registry here serves WooCommerce Subscriptions.
 *
 * It follows the real signatures: `WC_Subscription extends WC_Order`,
 * `wcs_get_subscriptions_for_order( $order_or_id, $args = array() )` (with `order_type`
 * 'parent', 'renewal' or 'any'; subscriptions keyed by id) and `wcs_order_contains_renewal( $order )`.
 * Like the real plugin, a subscription's parent id is the order that sold it and a renewal order
 * carries the subscription's id in its `_subscription_renewal` meta. Loaded by the tests that need
 * it; ordinary orders see no subscriptions, as on a store where nobody bought one.
 *
 * @package EntitlementLedger
 */

// phpcs:disable Generic.Files.OneObjectStructurePerFile.MultipleFound, Universal.Files.SeparateFunctionsFromOO.Mixed, Squiz.Commenting.FunctionComment.Missing

if ( ! class_exists( 'WC_Subscription' ) ) {
	/**
	 * A subscription: an order-like object with its own id and lines (stored here as an order).
	 */
	class WC_Subscription extends WC_Order { // phpcs:ignore Generic.Classes.OpeningBraceSameLine.ContentAfterBrace
	}
}

if ( ! function_exists( 'wcs_get_subscriptions_for_order' ) ) {
	/**
	 * The subscriptions an order sold (parent) or renews (renewal).
	 *
	 * @param WC_Order|int         $order_or_id Order.
	 * @param array<string, mixed> $args        Only `order_type` is read.
	 * @return array<int, WC_Subscription>
	 */
	function wcs_get_subscriptions_for_order( $order_or_id, $args = array() ) {
		$order = $order_or_id instanceof WC_Order ? $order_or_id : wc_get_order( (int) $order_or_id );
		if ( ! $order instanceof WC_Order ) {
			return array();
		}
		$types = (array) ( $args['order_type'] ?? array( 'parent', 'renewal' ) );
		$ids   = array();
		if ( array_intersect( $types, array( 'parent', 'any' ) ) ) {
			$ids = array_merge( $ids, (array) get_option( 'el_fake_wcs_parent_' . $order->get_id(), array() ) );
		}
		if ( array_intersect( $types, array( 'renewal', 'any' ) ) && $order->get_meta( '_subscription_renewal' ) ) {
			$ids[] = (int) $order->get_meta( '_subscription_renewal' );
		}
		$subscriptions = array();
		foreach ( array_unique( array_map( 'intval', $ids ) ) as $id ) {
			$subscription = new WC_Subscription( $id );
			if ( $subscription->get_id() > 0 ) {
				$subscriptions[ $id ] = $subscription;
			}
		}
		return $subscriptions;
	}
}

if ( ! function_exists( 'wcs_order_contains_renewal' ) ) {
	/**
	 * Whether the order is a subscription renewal order.
	 *
	 * @param WC_Order|int $order Order.
	 * @return bool
	 */
	function wcs_order_contains_renewal( $order ) {
		$order = $order instanceof WC_Order ? $order : wc_get_order( (int) $order );
		return $order instanceof WC_Order && (int) $order->get_meta( '_subscription_renewal' ) > 0;
	}
}
