<?php
/**
 * The entitlements linked to a WooCommerce order.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\WooCommerce;

use EntitlementLedger\DataStores\EntitlementQuery;
use EntitlementLedger\DataStores\EntitlementStore;
use EntitlementLedger\Domain\Entitlements\Entitlement;
use WC_Order;

/**
 * Reads an order's entitlements through the entitlement store (its order filter matches the
 * selling order and the fulfilment order), and the order meta our hooks leave behind: the
 * fulfilment marker written by WooCommerceFulfilment and the summary written on checkout.
 */
class OrderEntitlements {

	/**
	 * Order meta on a premium order: array{count: int, items: list<int>}, the entitlements
	 * linked so far and the line items already handled. Lets the orders list show a count
	 * without a query and lets repeated paid-status hooks return early; uniqueness itself
	 * comes from the entitlements' source keys.
	 */
	public const META_SUMMARY = '_el_entitlements';

	/**
	 * Entitlement meta: the unit (1…quantity) and cycle index (1…cycles) on the order line.
	 */
	public const META_UNIT  = 'wc_unit';
	public const META_CYCLE = 'wc_cycle';

	/**
	 * Entitlement meta set on a redeemed entitlement whose order was refunded or cancelled.
	 */
	public const META_REFUND_FLAG = 'refund_flag';

	private const PAGE_SIZE = 200;

	/**
	 * Constructor.
	 *
	 * @param EntitlementStore $store Entitlement SQL.
	 */
	public function __construct( private EntitlementStore $store ) {
	}

	/**
	 * Whether the order is a gift fulfilment order created by a standard redemption.
	 *
	 * @param WC_Order $order Order.
	 */
	public static function is_fulfilment( WC_Order $order ): bool {
		return 'yes' === $order->get_meta( WooCommerceFulfilment::META_FULFILMENT )
			|| WooCommerceFulfilment::CREATED_VIA === $order->get_created_via();
	}

	/**
	 * The entitlement a fulfilment order ships, from its order meta (no query).
	 *
	 * @param WC_Order $order Order.
	 */
	public static function fulfilled_entitlement_id( WC_Order $order ): int {
		$id = $order->get_meta( WooCommerceFulfilment::META_ENTITLEMENT );
		return is_scalar( $id ) ? absint( $id ) : 0;
	}

	/**
	 * The checkout summary stored on a premium order.
	 *
	 * @param WC_Order $order Order.
	 * @return array{count: int, items: list<int>}
	 */
	public static function summary( WC_Order $order ): array {
		$stored = $order->get_meta( self::META_SUMMARY );
		if ( ! is_array( $stored ) ) {
			return array(
				'count' => 0,
				'items' => array(),
			);
		}
		return array(
			'count' => isset( $stored['count'] ) && is_numeric( $stored['count'] ) ? max( 0, (int) $stored['count'] ) : 0,
			'items' => isset( $stored['items'] ) && is_array( $stored['items'] ) ? array_values( array_map( 'absint', $stored['items'] ) ) : array(),
		);
	}

	/**
	 * The first $limit entitlements linked to the order as seller or fulfilment, oldest first,
	 * and how many there are (two queries).
	 *
	 * @param int $order_id Order id.
	 * @param int $limit    Page size.
	 * @return array{items: list<Entitlement>, total: int}
	 */
	public function linked( int $order_id, int $limit ): array {
		return $this->store->query( new EntitlementQuery( order_id: $order_id, orderby: 'id', order: 'asc', per_page: max( 1, $limit ) ) );
	}

	/**
	 * Every entitlement the order sold (not deleted), oldest first.
	 *
	 * @param int $order_id Order id.
	 * @return list<Entitlement>
	 */
	public function sold_by( int $order_id ): array {
		$found = array();
		for ( $page = 1; ; $page++ ) {
			$result = $this->store->query( new EntitlementQuery( order_id: $order_id, orderby: 'id', order: 'asc', page: $page, per_page: self::PAGE_SIZE ) );
			foreach ( $result['items'] as $entitlement ) {
				if ( $entitlement->source_order_id === $order_id ) {
					$found[] = $entitlement;
				}
			}
			if ( $page * self::PAGE_SIZE >= $result['total'] ) {
				return $found;
			}
		}
	}

	/**
	 * The unit (1-based) each entitlement stands for on its line: from its meta, or else by
	 * creation order within its line and cycle.
	 *
	 * @param list<Entitlement> $entitlements Entitlements of one order.
	 * @return array<int, int> Entitlement id => unit.
	 */
	public static function units( array $entitlements ): array {
		$units = array();
		$rank  = array();
		foreach ( $entitlements as $entitlement ) {
			$group                     = $entitlement->source_order_item_id . ':' . $entitlement->number;
			$rank[ $group ]            = ( $rank[ $group ] ?? 0 ) + 1;
			$stored                    = $entitlement->meta[ self::META_UNIT ] ?? null;
			$units[ $entitlement->id ] = is_numeric( $stored ) && (int) $stored > 0 ? (int) $stored : $rank[ $group ];
		}
		return $units;
	}
}
