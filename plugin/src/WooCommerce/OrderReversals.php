<?php
/**
 * Refunds and cancellations reverse entitlements.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\WooCommerce;

use EntitlementLedger\Database\Transaction;
use EntitlementLedger\Domain\Audit\ActorContext;
use EntitlementLedger\Domain\Clock;
use EntitlementLedger\Domain\DomainError;
use EntitlementLedger\Domain\Entitlements\Entitlement;
use EntitlementLedger\Domain\Entitlements\EntitlementService;
use EntitlementLedger\Domain\Entitlements\EntitlementStatus;
use EntitlementLedger\Infrastructure\Registerable;
use Throwable;
use WC_Order;
use WC_Order_Item_Product;
use WC_Order_Refund;

/**
 * A cancelled or fully refunded order cancels every unredeemed entitlement it sold; a refund
 * of some units of a premium line cancels the entitlements of those units (the last units of
 * the line, every cycle). Cancelling writes the reversal entries (EntitlementService::cancel()).
 * Redeemed entitlements are left as they are: each is flagged once, in its meta
 * (`refund_flag`, shown in the circulation view) and in an order note.
 *
 * Every pass recomputes the target from the order (the refunded quantity so far, across all
 * refunds), and an entitlement that is no longer unredeemed cannot be cancelled again, so
 * repeated or overlapping hooks (a full refund fires the refund and the status hooks) change
 * nothing twice.
 */
final class OrderReversals implements Registerable {

	/**
	 * Constructor.
	 *
	 * @param EntitlementService $entitlements Entitlement lifecycle.
	 * @param OrderEntitlements  $orders       Order lookups.
	 * @param Transaction        $transaction  Transactions.
	 * @param ActorContext       $actor        Who is acting.
	 * @param Clock              $clock        Time.
	 */
	public function __construct(
		private EntitlementService $entitlements,
		private OrderEntitlements $orders,
		private Transaction $transaction,
		private ActorContext $actor,
		private Clock $clock
	) {
	}

	/**
	 * When WooCommerce is active.
	 */
	public function is_needed(): bool {
		return class_exists( 'WooCommerce' );
	}

	/**
	 * Adds hooks.
	 */
	public function register(): void {
		add_action( 'woocommerce_order_status_cancelled', array( $this, 'handle_woocommerce_order_status_cancelled' ), 10, 2 );
		add_action( 'woocommerce_order_status_refunded', array( $this, 'handle_woocommerce_order_status_refunded' ), 10, 2 );
		add_action( 'woocommerce_order_refunded', array( $this, 'handle_woocommerce_order_refunded' ), 10, 2 );
	}

	/**
	 * `woocommerce_order_status_cancelled` ( int $order_id, WC_Order $order, array $status_transition ).
	 *
	 * @param mixed $order_id Order id.
	 * @param mixed $order    Order.
	 */
	public function handle_woocommerce_order_status_cancelled( mixed $order_id, mixed $order = null ): void {
		$order = $this->order( $order_id, $order );
		if ( null !== $order ) {
			/* translators: %s: order number. */
			$this->reverse( $order, null, null, sprintf( __( 'Order #%s was cancelled', 'entitlement-ledger' ), $order->get_order_number() ) );
		}
	}

	/**
	 * `woocommerce_order_status_refunded` ( int $order_id, WC_Order $order, array $status_transition ).
	 *
	 * @param mixed $order_id Order id.
	 * @param mixed $order    Order.
	 */
	public function handle_woocommerce_order_status_refunded( mixed $order_id, mixed $order = null ): void {
		$order = $this->order( $order_id, $order );
		if ( null !== $order ) {
			/* translators: %s: order number. */
			$this->reverse( $order, null, null, sprintf( __( 'Order #%s was refunded', 'entitlement-ledger' ), $order->get_order_number() ) );
		}
	}

	/**
	 * `woocommerce_order_refunded` ( int $order_id, int $refund_id ): for each premium line the
	 * refund gives units back on, the entitlements of the refunded units.
	 *
	 * @param mixed $order_id  Order id.
	 * @param mixed $refund_id Refund id.
	 */
	public function handle_woocommerce_order_refunded( mixed $order_id, mixed $refund_id = null ): void {
		$order  = $this->order( $order_id, null );
		$refund = is_numeric( $refund_id ) && function_exists( 'wc_get_order' ) ? wc_get_order( (int) $refund_id ) : false;
		if ( null === $order || ! $refund instanceof WC_Order_Refund ) {
			return;
		}
		$refunded_units = array();
		foreach ( $refund->get_items() as $refund_item ) {
			$item_id = absint( $refund_item->get_meta( '_refunded_item_id' ) );
			$line    = $item_id > 0 ? $order->get_item( $item_id ) : false;
			if ( ! $line instanceof WC_Order_Item_Product || 0 === (int) $refund_item->get_quantity() ) {
				continue;
			}
			$quantity = max( 0, (int) $line->get_quantity() );
			// Refund quantities are negative; count every refund of the line so far.
			$refunded                   = min( $quantity, abs( (int) $order->get_qty_refunded_for_item( $item_id ) ) );
			$refunded_units[ $item_id ] = array( $quantity - $refunded + 1, $quantity );
		}
		if ( array() === $refunded_units ) {
			return;
		}
		/* translators: 1: refund id, 2: order number. */
		$this->reverse( $order, $refunded_units, (int) $refund->get_id(), sprintf( __( 'Refund #%1$d of order #%2$s', 'entitlement-ledger' ), $refund->get_id(), $order->get_order_number() ) );
	}

	/**
	 * Cancels the unredeemed entitlements in scope and flags the redeemed ones, in one
	 * transaction, then notes what changed on the order. Never throws (a failure is noted).
	 *
	 * @param WC_Order                         $order     Order that sold them.
	 * @param array<int, array{int, int}>|null $units   Item id => first and last refunded unit; null for all.
	 * @param int|null                         $refund_id Refund, for a partial refund.
	 * @param string                           $reason    Why.
	 */
	private function reverse( WC_Order $order, ?array $units, ?int $refund_id, string $reason ): void {
		if ( OrderEntitlements::is_fulfilment( $order ) ) {
			return;
		}
		try {
			[ $cancelled, $flagged ] = $this->actor->as_system(
				function () use ( $order, $units, $refund_id, $reason ): array {
					$targets = $this->targets( $this->orders->sold_by( $order->get_id() ), $units );
					if ( array() === $targets ) {
						return array( array(), array() );
					}
					return $this->transaction->run( fn(): array => $this->apply( $order, $targets, $refund_id, $reason ) );
				}
			);
		} catch ( Throwable $error ) {
			/* translators: %s: error message. */
			$order->add_order_note( sprintf( __( 'Entitlement Ledger could not reverse this order\'s entitlements: %s. Cancel them in Entitlements.', 'entitlement-ledger' ), $error instanceof DomainError ? $error->getMessage() : __( 'an unexpected error occurred', 'entitlement-ledger' ) ) );
			return;
		}
		$lines = array();
		if ( array() !== $cancelled ) {
			/* translators: 1: reason, 2: entitlement ids. */
			$lines[] = sprintf( __( 'Entitlement Ledger: %1$s, so these unredeemed entitlements were cancelled and their deferred revenue reversed: %2$s.', 'entitlement-ledger' ), $reason, self::ids( $cancelled ) );
		}
		if ( array() !== $flagged ) {
			/* translators: 1: reason, 2: entitlement ids. */
			$lines[] = sprintf( __( 'Entitlement Ledger: %1$s, but these entitlements were already redeemed and were left unchanged (flagged for review): %2$s.', 'entitlement-ledger' ), $reason, self::ids( $flagged ) );
		}
		if ( array() !== $lines ) {
			$order->add_order_note( implode( "\n", $lines ) );
		}
	}

	/**
	 * The entitlements a reversal concerns: all, or those of the refunded units of each line.
	 *
	 * @param list<Entitlement>                $sold  Entitlements the order sold.
	 * @param array<int, array{int, int}>|null $units Item id => first and last refunded unit; null for all.
	 * @return list<Entitlement>
	 */
	private function targets( array $sold, ?array $units ): array {
		if ( null === $units ) {
			return $sold;
		}
		$unit_of = OrderEntitlements::units( $sold );
		$targets = array();
		foreach ( $sold as $entitlement ) {
			$range = $units[ (int) $entitlement->source_order_item_id ] ?? null;
			if ( null !== $range && $unit_of[ $entitlement->id ] >= $range[0] && $unit_of[ $entitlement->id ] <= $range[1] ) {
				$targets[] = $entitlement;
			}
		}
		// Latest units first.
		usort( $targets, static fn( Entitlement $a, Entitlement $b ): int => array( $unit_of[ $b->id ], $b->id ) <=> array( $unit_of[ $a->id ], $a->id ) );
		return $targets;
	}

	/**
	 * Cancels or flags each target. Runs inside the order's transaction.
	 *
	 * @param WC_Order          $order     Order.
	 * @param list<Entitlement> $targets   Entitlements.
	 * @param int|null          $refund_id Refund.
	 * @param string            $reason    Why.
	 * @return array{0: list<int>, 1: list<int>} Cancelled ids, newly flagged ids.
	 */
	private function apply( WC_Order $order, array $targets, ?int $refund_id, string $reason ): array {
		$cancelled = array();
		$flagged   = array();
		foreach ( $targets as $entitlement ) {
			if ( EntitlementStatus::Active === $entitlement->status ) {
				try {
					$this->entitlements->cancel( $entitlement->id, $reason );
					$cancelled[] = $entitlement->id;
				} catch ( DomainError $error ) {
					continue; // Changed meanwhile (e.g. already cancelled): nothing to do.
				}
			} elseif ( EntitlementStatus::Redeemed === $entitlement->status && ! isset( $entitlement->meta[ OrderEntitlements::META_REFUND_FLAG ] ) ) {
				$meta                                        = $entitlement->meta;
				$meta[ OrderEntitlements::META_REFUND_FLAG ] = array(
					'order_id'   => $order->get_id(),
					'refund_id'  => $refund_id,
					'reason'     => $reason,
					'flagged_at' => $this->clock->now(),
				);
				$this->entitlements->update( $entitlement->id, array( 'meta' => $meta ) );
				$flagged[] = $entitlement->id;
			}
		}
		return array( $cancelled, $flagged );
	}

	/**
	 * The order a hook is about (not a refund, not missing).
	 *
	 * @param mixed $order_id Order id.
	 * @param mixed $order    Order, when the hook passes it.
	 */
	private function order( mixed $order_id, mixed $order ): ?WC_Order {
		if ( $order instanceof WC_Order ) {
			return $order;
		}
		$order = is_numeric( $order_id ) && function_exists( 'wc_get_order' ) ? wc_get_order( (int) $order_id ) : false;
		return $order instanceof WC_Order ? $order : null;
	}

	/**
	 * "#1, #2".
	 *
	 * @param list<int> $ids Ids.
	 */
	private static function ids( array $ids ): string {
		return implode( ', ', array_map( static fn( int $id ): string => '#' . $id, $ids ) );
	}
}
