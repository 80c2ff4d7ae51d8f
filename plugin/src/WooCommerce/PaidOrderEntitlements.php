<?php
/**
 * Checkout creates entitlements.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\WooCommerce;

use EntitlementLedger\Database\Transaction;
use EntitlementLedger\DataStores\EntitlementQuery;
use EntitlementLedger\DataStores\EntitlementStore;
use EntitlementLedger\Domain\Audit\ActorContext;
use EntitlementLedger\Domain\DomainError;
use EntitlementLedger\Domain\Entitlements\EntitlementService;
use EntitlementLedger\Domain\Money\Currency;
use EntitlementLedger\Domain\Money\Money;
use EntitlementLedger\Domain\Settings\Settings;
use EntitlementLedger\Infrastructure\Registerable;
use Throwable;
use WC_DateTime;
use WC_Order;
use WC_Order_Item_Product;
use WC_Product;

/**
 * When an order with premium products is paid, creates one entitlement per unit and cycle of
 * each premium line, each with its deferral entry, in one transaction per order.
 *
 * Paid means any of: `woocommerce_payment_complete`, or the order reaching processing or
 * completed (gateways that skip payment_complete(), orders created in wp-admin, REST API
 * orders with set_paid, manual status changes). All of them may fire for one order, and any
 * may be retried: every entitlement has a source key (order item, unit, cycle) that is unique
 * in the database, and EntitlementService::create() returns the existing entitlement for a
 * used key, so the count is right however often this runs. The summary meta written on the
 * order afterwards only lets later hooks return early without touching the database.
 *
 * Hook handlers never throw: WooCommerce would turn an exception into a failed payment_complete().
 * A failure rolls the order's entitlements back, is noted on the order and logged, and the
 * next paid-status hook tries again.
 */
final class PaidOrderEntitlements implements Registerable {

	/**
	 * Orders handled on this request: payment_complete() fires the status hook and then its own.
	 *
	 * @var array<int, true>
	 */
	private array $handled = array();

	/**
	 * Constructor.
	 *
	 * @param EntitlementService $entitlements Entitlement lifecycle.
	 * @param EntitlementStore   $store        Entitlement SQL (renewal numbering).
	 * @param Transaction        $transaction  Transactions.
	 * @param ActorContext       $actor        Who is acting.
	 * @param Settings           $settings     Default deferred mode and value.
	 */
	public function __construct(
		private EntitlementService $entitlements,
		private EntitlementStore $store,
		private Transaction $transaction,
		private ActorContext $actor,
		private Settings $settings
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
		add_action( 'woocommerce_payment_complete', array( $this, 'handle_woocommerce_payment_complete' ), 10, 1 );
		add_action( 'woocommerce_order_status_processing', array( $this, 'handle_woocommerce_order_status_processing' ), 10, 2 );
		add_action( 'woocommerce_order_status_completed', array( $this, 'handle_woocommerce_order_status_completed' ), 10, 2 );
		if ( class_exists( 'WC_Subscriptions' ) || function_exists( 'wcs_get_subscriptions_for_order' ) ) {
			add_action( 'woocommerce_subscription_renewal_payment_complete', array( $this, 'handle_woocommerce_subscription_renewal_payment_complete' ), 10, 2 );
		}
	}

	/**
	 * `woocommerce_payment_complete` ( int $order_id, string $transaction_id ).
	 *
	 * @param mixed $order_id Order id.
	 */
	public function handle_woocommerce_payment_complete( mixed $order_id ): void {
		$this->process( $order_id, null );
	}

	/**
	 * `woocommerce_order_status_processing` ( int $order_id, WC_Order $order, array $status_transition ).
	 *
	 * @param mixed $order_id Order id.
	 * @param mixed $order    Order.
	 */
	public function handle_woocommerce_order_status_processing( mixed $order_id, mixed $order = null ): void {
		$this->process( $order_id, $order );
	}

	/**
	 * `woocommerce_order_status_completed` ( int $order_id, WC_Order $order, array $status_transition ).
	 *
	 * @param mixed $order_id Order id.
	 * @param mixed $order    Order.
	 */
	public function handle_woocommerce_order_status_completed( mixed $order_id, mixed $order = null ): void {
		$this->process( $order_id, $order );
	}

	/**
	 * `woocommerce_subscription_renewal_payment_complete` ( WC_Subscription $subscription, WC_Order $last_order ):
	 * a paid renewal creates the next cycle's entitlement for each unit of each premium line of
	 * the renewal order, numbered one past the subscription's highest cycle so far. Source key
	 * "wcs_renewal:{renewal order}:{item}:{unit}". Only hooked when WooCommerce Subscriptions is
	 * active; tested against a fake of its API (tests/Fixtures), as no registry serves the plugin.
	 *
	 * @param mixed $subscription The subscription (WC_Subscription extends WC_Order).
	 * @param mixed $last_order   The paid renewal order.
	 */
	public function handle_woocommerce_subscription_renewal_payment_complete( mixed $subscription, mixed $last_order = null ): void {
		if ( ! $subscription instanceof WC_Order || ! $last_order instanceof WC_Order ) {
			return;
		}
		$this->run_guarded(
			$last_order,
			function () use ( $subscription, $last_order ): void {
				$highest = $this->store->query( new EntitlementQuery( subscription: $subscription->get_id(), deleted: 'include', orderby: 'number', order: 'desc', per_page: 1 ) )['items'];
				$number  = array() === $highest ? $this->first_cycle( $last_order ) : $highest[0]->number + 1;
				$this->create_for_order(
					$last_order,
					static fn( int $item_id, int $unit, int $cycle ): string => "wcs_renewal:{$last_order->get_id()}:{$item_id}:{$unit}",
					$number,
					$subscription->get_id()
				);
			}
		);
	}

	/**
	 * Creates the entitlements of a paid order (once per request; safe to repeat).
	 *
	 * @param mixed $order_id Order id.
	 * @param mixed $order    The order when the hook passes it.
	 */
	public function process( mixed $order_id, mixed $order ): void {
		$id = is_numeric( $order_id ) ? (int) $order_id : 0;
		if ( $id <= 0 || isset( $this->handled[ $id ] ) ) {
			return;
		}
		if ( ! $order instanceof WC_Order ) {
			$order = function_exists( 'wc_get_order' ) ? wc_get_order( $id ) : false;
		}
		if ( ! $order instanceof WC_Order || $this->is_skipped( $order ) ) {
			$this->handled[ $id ] = true;
			return;
		}
		// Once per request, failed or not: the next paid-status request retries a failure.
		$this->handled[ $id ] = true;
		$this->run_guarded(
			$order,
			fn() => $this->create_for_order(
				$order,
				static fn( int $item_id, int $unit, int $cycle ): string => "wc_order_item:{$item_id}:{$unit}:{$cycle}",
				$this->first_cycle( $order ),
				null
			)
		);
	}

	/**
	 * The cycle (entitlement number) of a purchase's first entitlement: the year, in the site's
	 * time zone, the order was paid (or created, before it has a payment date). Later cycles
	 * follow it year by year.
	 *
	 * @param WC_Order $order Order.
	 */
	public function first_cycle( WC_Order $order ): int {
		$date = $order->get_date_paid() ?? $order->get_date_created();
		$year = $date instanceof WC_DateTime ? (int) $date->date( 'Y' ) : (int) wp_date( 'Y' );
		return min( EntitlementService::MAX_NUMBER, max( EntitlementService::MIN_NUMBER, $year ) );
	}

	/**
	 * Orders that never create entitlements here: gift fulfilment orders, and Subscriptions
	 * renewal orders (their own hook numbers them).
	 *
	 * @param WC_Order $order Order.
	 */
	private function is_skipped( WC_Order $order ): bool {
		if ( OrderEntitlements::is_fulfilment( $order ) ) {
			return true;
		}
		return function_exists( 'wcs_order_contains_renewal' ) && (bool) wcs_order_contains_renewal( $order );
	}

	/**
	 * Runs $work as the system actor; logs and notes any failure instead of throwing.
	 *
	 * @param WC_Order         $order Order the work is for.
	 * @param callable(): void $work  Work.
	 */
	private function run_guarded( WC_Order $order, callable $work ): void {
		try {
			$this->actor->as_system( $work );
		} catch ( Throwable $error ) {
			$message = $error instanceof DomainError ? $error->getMessage() : __( 'an unexpected error occurred (see the error log)', 'entitlement-ledger' );
			$order->add_order_note(
				/* translators: %s: what went wrong. */
				sprintf( __( 'Entitlement Ledger could not create this order\'s entitlements: %s. Nothing was created; they will be created when the order next reaches processing or completed.', 'entitlement-ledger' ), $message )
			);
			if ( function_exists( 'wc_get_logger' ) ) {
				wc_get_logger()->error( sprintf( 'Order %d: %s', $order->get_id(), $error->getMessage() ), array( 'source' => 'entitlement-ledger' ) );
			} else {
				error_log( sprintf( 'Entitlement Ledger, order %d: %s', $order->get_id(), $error->getMessage() ) ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log -- WooCommerce's logger is missing.
			}
		}
	}

	/**
	 * Creates the missing entitlements of the order's premium lines, then notes them on the order
	 * and updates its summary.
	 *
	 * @param WC_Order                        $order           Order.
	 * @param callable(int, int, int): string $key             Source key of (item id, unit, cycle index).
	 * @param int                             $first_number    Number of the first cycle.
	 * @param int|null                        $subscription_id Subscription, when known (renewals).
	 */
	private function create_for_order( WC_Order $order, callable $key, int $first_number, ?int $subscription_id ): void {
		$summary = OrderEntitlements::summary( $order );
		$lines   = $this->premium_lines( $order, $summary['items'] );
		if ( array() === $lines ) {
			return;
		}
		$notes    = array();
		$currency = Currency::from( $order->get_currency() );
		$plan     = array();
		$handled  = array();
		foreach ( $lines as [ $item, $settings ] ) {
			$line_plan = $this->plan_line( $order, $item, $settings, $currency, $key, $first_number, $subscription_id, $notes );
			if ( null !== $line_plan ) {
				$plan      = array_merge( $plan, $line_plan );
				$handled[] = $item->get_id();
			}
		}

		$created = array();
		$create  = function () use ( $plan, &$created ): void {
			foreach ( $plan as $data ) {
				$created[] = $this->entitlements->create( $data );
			}
		};
		if ( count( $plan ) > 1 ) {
			$this->transaction->run( $create );
		} else {
			$create(); // One entitlement: create() is itself the order's one transaction.
		}

		// Successful creation adds no order note: the order's Entitlements box lists them, and
		// a note costs the checkout four queries. Notes are kept for what needs attention.
		if ( array() !== $notes ) {
			$order->add_order_note( implode( "\n", $notes ) );
		}
		if ( array() !== $handled ) {
			$order->update_meta_data(
				OrderEntitlements::META_SUMMARY,
				array(
					'count' => $summary['count'] + count( $created ),
					'items' => array_values( array_unique( array_merge( $summary['items'], $handled ) ) ),
				)
			);
			$order->save_meta_data();
		}
	}

	/**
	 * The order's premium product lines not handled yet, with their settings (products are read
	 * through the objects WooCommerce already loaded; a variation uses its parent's settings).
	 *
	 * @param WC_Order  $order   Order.
	 * @param list<int> $skipped Item ids already handled.
	 * @return list<array{0: WC_Order_Item_Product, 1: PremiumProductSettings}>
	 */
	private function premium_lines( WC_Order $order, array $skipped ): array {
		$lines = array();
		$mode  = null;
		$value = null;
		foreach ( $order->get_items() as $item ) {
			if ( ! $item instanceof WC_Order_Item_Product || in_array( $item->get_id(), $skipped, true ) ) {
				continue;
			}
			$product = $item->get_product();
			if ( ! $product instanceof WC_Product ) {
				continue;
			}
			if ( null === $mode ) {
				$mode  = (string) $this->settings->get( 'default_deferred_mode' );
				$value = (string) $this->settings->get( 'default_deferred_value' );
			}
			$settings = PremiumProductSettings::from_product( $product, $mode, (string) $value );
			if ( $settings->premium ) {
				$lines[] = array( $item, $settings );
			}
		}
		return $lines;
	}

	/**
	 * The create() arguments for one premium line, or null when the line has to wait (invalid
	 * settings: a note says why, and a later paid-status hook looks again). A line with nothing
	 * to defer plans no entitlement and counts as handled.
	 *
	 * @param WC_Order                        $order           Order.
	 * @param WC_Order_Item_Product           $item            Line.
	 * @param PremiumProductSettings          $settings        Its settings.
	 * @param Currency                        $currency        Order currency.
	 * @param callable(int, int, int): string $key             Source key builder.
	 * @param int                             $first_number    First cycle.
	 * @param int|null                        $subscription_id Subscription, when known.
	 * @param list<string>                    $notes           Order note lines (appended to).
	 * @return list<array<string, mixed>>|null
	 */
	private function plan_line( WC_Order $order, WC_Order_Item_Product $item, PremiumProductSettings $settings, Currency $currency, callable $key, int $first_number, ?int $subscription_id, array &$notes ): ?array {
		$errors = $settings->errors( $currency );
		if ( array() !== $errors ) {
			$notes[] = sprintf(
				/* translators: 1: product name, 2: what is wrong. */
				__( 'Entitlement Ledger created no entitlements for "%1$s": its premium settings are invalid (%2$s). Correct the product, then set the order to processing or completed again.', 'entitlement-ledger' ),
				$item->get_name(),
				implode( ' ', array_map( static fn( DomainError $error ): string => $error->getMessage(), $errors ) )
			);
			return null;
		}
		$quantity = max( 0, (int) $item->get_quantity() );
		$renewal  = null !== $subscription_id;
		$cycles   = $renewal ? 1 : $settings->cycle_count();
		if ( 0 === $quantity ) {
			return array();
		}
		$free    = PremiumProductSettings::to_minor( $item->get_total(), $currency ) <= 0;
		$amounts = $free ? array() : $settings->amounts( $item->get_total(), $quantity * $cycles, $currency );
		if ( array_sum( $amounts ) <= 0 ) {
			/* translators: %s: product name. */
			$notes[] = sprintf( __( 'Entitlement Ledger created no entitlements for "%s": the line has no amount to defer.', 'entitlement-ledger' ), $item->get_name() );
			return array();
		}
		$customer_id = $order->get_customer_id();
		$customer_id = $customer_id > 0 && false !== get_userdata( $customer_id ) ? $customer_id : null;
		$base        = array(
			'customer_id'          => $customer_id,
			'customer_email'       => $order->get_billing_email(),
			'customer_name'        => trim( $order->get_formatted_billing_full_name() ),
			'subscription_id'      => $subscription_id ?? $this->subscription_id( $order, $item ),
			'source_order_id'      => $order->get_id(),
			'source_order_item_id' => $item->get_id(),
			'type'                 => $settings->type,
			'currency'             => $currency->code,
		);
		$plan        = array();
		$skipped     = 0;
		for ( $unit = 1; $unit <= $quantity; $unit++ ) {
			for ( $cycle = 1; $cycle <= $cycles; $cycle++ ) {
				$minor = (int) array_shift( $amounts );
				if ( $minor <= 0 ) {
					++$skipped;
					continue;
				}
				$plan[] = $base + array(
					'number'          => min( EntitlementService::MAX_NUMBER, $first_number + $cycle - 1 ),
					'deferred_amount' => Money::format( $minor, $currency ),
					'source_key'      => $key( $item->get_id(), $unit, $cycle ),
					'meta'            => array(
						OrderEntitlements::META_UNIT  => $unit,
						OrderEntitlements::META_CYCLE => $cycle,
					),
				);
			}
		}
		if ( $skipped > 0 ) {
			/* translators: 1: number of entitlements, 2: product name. */
			$notes[] = sprintf( _n( 'Entitlement Ledger skipped %1$d entitlement of "%2$s": its share of the deferred amount rounds to zero.', 'Entitlement Ledger skipped %1$d entitlements of "%2$s": their share of the deferred amount rounds to zero.', $skipped, 'entitlement-ledger' ), $skipped, $item->get_name() );
		}
		return $plan;
	}

	/**
	 * The WooCommerce Subscriptions subscription that sold the line, else the order id.
	 *
	 * @param WC_Order              $order Order.
	 * @param WC_Order_Item_Product $item  Line.
	 */
	private function subscription_id( WC_Order $order, WC_Order_Item_Product $item ): int {
		if ( ! function_exists( 'wcs_get_subscriptions_for_order' ) ) {
			return $order->get_id();
		}
		$subscriptions = wcs_get_subscriptions_for_order( $order, array( 'order_type' => 'parent' ) );
		if ( ! is_array( $subscriptions ) || array() === $subscriptions ) {
			return $order->get_id();
		}
		foreach ( $subscriptions as $subscription ) {
			if ( ! $subscription instanceof WC_Order ) {
				continue;
			}
			foreach ( $subscription->get_items() as $line ) {
				if ( $line instanceof WC_Order_Item_Product && $line->get_product_id() === $item->get_product_id() ) {
					return $subscription->get_id();
				}
			}
		}
		$first = reset( $subscriptions );
		return $first instanceof WC_Order ? $first->get_id() : $order->get_id();
	}

}
