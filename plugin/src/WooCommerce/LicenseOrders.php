<?php
/**
 * Licenses sold through WooCommerce: provisioning on payment, the order's lifecycle after.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\WooCommerce;

use EntitlementLedger\DataStores\BrandStore;
use EntitlementLedger\DataStores\LicensedProductStore;
use EntitlementLedger\DataStores\LicenseStore;
use EntitlementLedger\Domain\Audit\ActorContext;
use EntitlementLedger\Domain\Clock;
use EntitlementLedger\Domain\DomainError;
use EntitlementLedger\Domain\Licenses\License;
use EntitlementLedger\Domain\Licenses\LicensedProduct;
use EntitlementLedger\Domain\Licenses\LicenseScope;
use EntitlementLedger\Domain\Licenses\LicenseService;
use EntitlementLedger\Domain\Licenses\LicenseStatus;
use EntitlementLedger\Domain\Licenses\SecretKeys;
use EntitlementLedger\Infrastructure\Registerable;
use Throwable;
use WC_Order;
use WC_Order_Item_Product;
use WC_Product;

/**
 * A WooCommerce product mapped to a licensed product (the product panel's fields, or the
 * licensed product's `wc_product_ids`) provisions one
 * license per order line when the order is paid, exactly once: the source key (order item
 * and licensed product) is unique in the database, so repeated hooks change nothing. Seats
 * are the product's seats times the quantity. A new key is kept on the line, sealed with
 * the site secret, so the customer sees it in the order details and emails.
 *
 * Afterwards: a cancelled order cancels its licenses, a refunded one suspends them (staff can
 * resume after a mistaken refund), and a WooCommerce Subscriptions renewal renews the
 * licenses of the subscription's first order.
 */
final class LicenseOrders implements Registerable {

	public const META_KEY    = '_el_license_key';
	public const META_PREFIX = '_el_license_key_prefix';

	/**
	 * Constructor.
	 *
	 * @param LicenseService       $service  Provisioning and lifecycle.
	 * @param LicenseStore         $licenses Licenses of an order.
	 * @param LicensedProductStore $products Mapping of WooCommerce products.
	 * @param SecretKeys           $secrets  Sealing keys for the order.
	 * @param BrandStore           $brands   Brand slugs.
	 * @param ActorContext         $actor    Runs as the system.
	 * @param Clock                $clock    Time.
	 */
	public function __construct(
		private LicenseService $service,
		private LicenseStore $licenses,
		private LicensedProductStore $products,
		private SecretKeys $secrets,
		private BrandStore $brands,
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
		add_action( 'woocommerce_payment_complete', array( $this, 'handle_paid' ), 10, 1 );
		add_action( 'woocommerce_order_status_processing', array( $this, 'handle_paid' ), 10, 1 );
		add_action( 'woocommerce_order_status_completed', array( $this, 'handle_paid' ), 10, 1 );
		add_action( 'woocommerce_order_status_cancelled', array( $this, 'handle_woocommerce_order_status_cancelled' ), 10, 1 );
		add_action( 'woocommerce_order_status_refunded', array( $this, 'handle_woocommerce_order_status_refunded' ), 10, 1 );
		add_action( 'woocommerce_order_item_meta_end', array( $this, 'handle_woocommerce_order_item_meta_end' ), 10, 4 );
		add_filter( 'woocommerce_hidden_order_itemmeta', array( $this, 'handle_woocommerce_hidden_order_itemmeta' ) );
		if ( class_exists( 'WC_Subscriptions' ) || function_exists( 'wcs_get_subscriptions_for_order' ) ) {
			add_action( 'woocommerce_subscription_renewal_payment_complete', array( $this, 'handle_woocommerce_subscription_renewal_payment_complete' ), 10, 2 );
		}
	}

	/**
	 * Provisions the licenses of a paid order's mapped lines (once).
	 *
	 * @param mixed $order_id Order id.
	 */
	public function handle_paid( mixed $order_id ): void {
		$order = $this->order( $order_id );
		if ( null === $order || ! $order->is_paid() ) {
			return;
		}
		// A Subscriptions renewal order repeats the first order's lines: it renews (below), it does not provision again.
		if ( function_exists( 'wcs_order_contains_renewal' ) && (bool) wcs_order_contains_renewal( $order ) ) {
			return;
		}
		$this->guarded(
			$order,
			function () use ( $order ): void {
				foreach ( $order->get_items() as $item ) {
					if ( $item instanceof WC_Order_Item_Product ) {
						$this->provision_line( $order, $item );
					}
				}
			}
		);
	}

	/**
	 * A cancelled order cancels its licenses.
	 *
	 * @param mixed $order_id Order id.
	 */
	public function handle_woocommerce_order_status_cancelled( mixed $order_id ): void {
		$this->change_all( $order_id, 'cancel', __( 'Order cancelled', 'entitlement-ledger' ) );
	}

	/**
	 * A refunded order suspends its licenses.
	 *
	 * @param mixed $order_id Order id.
	 */
	public function handle_woocommerce_order_status_refunded( mixed $order_id ): void {
		$this->change_all( $order_id, 'suspend', __( 'Order refunded', 'entitlement-ledger' ) );
	}

	/**
	 * A Subscriptions renewal renews the licenses sold by the subscription's first order.
	 *
	 * @param mixed $subscription The subscription (a WC_Order subclass).
	 * @param mixed $last_order   The renewal order.
	 */
	public function handle_woocommerce_subscription_renewal_payment_complete( mixed $subscription, mixed $last_order = null ): void {
		unset( $last_order );
		if ( ! $subscription instanceof WC_Order || $subscription->get_parent_id() <= 0 ) {
			return;
		}
		$this->change_all( $subscription->get_parent_id(), 'renew', __( 'Subscription renewed', 'entitlement-ledger' ) );
	}

	/**
	 * Shows a line's license key under it (order details; WooCommerce's emails fire the same action).
	 *
	 * @param mixed $item_id    Item id.
	 * @param mixed $item       Item.
	 * @param mixed $order      Order.
	 * @param mixed $plain_text Plain-text email.
	 */
	public function handle_woocommerce_order_item_meta_end( mixed $item_id, mixed $item, mixed $order = null, mixed $plain_text = false ): void {
		unset( $item_id, $order );
		if ( ! $item instanceof WC_Order_Item_Product ) {
			return;
		}
		$prefix = (string) $item->get_meta( self::META_PREFIX );
		if ( '' === $prefix ) {
			return;
		}
		$sealed = (string) $item->get_meta( self::META_KEY );
		$key    = '' === $sealed ? null : $this->secrets->open( $sealed );
		$text   = null === $key
			/* translators: %s: the first characters of the key. */
			? sprintf( __( 'License: added to your key %s', 'entitlement-ledger' ), 'ELK-' . $prefix . '-…' )
			/* translators: %s: license key. */
			: sprintf( __( 'License key: %s', 'entitlement-ledger' ), $key );
		if ( $plain_text ) {
			echo "\n" . esc_html( $text ) . "\n";
			return;
		}
		printf( '<p class="el-license-key"><code>%s</code></p>', esc_html( $text ) );
	}

	/**
	 * Keeps the sealed key out of wp-admin's item meta list.
	 *
	 * @param mixed $hidden Hidden meta keys.
	 * @return mixed
	 */
	public function handle_woocommerce_hidden_order_itemmeta( mixed $hidden ): mixed {
		return is_array( $hidden ) ? array_merge( $hidden, array( self::META_KEY, self::META_PREFIX ) ) : $hidden;
	}

	/**
	 * Provisions a line's license(s) unless already done.
	 *
	 * @param WC_Order              $order Order.
	 * @param WC_Order_Item_Product $item  Line.
	 */
	private function provision_line( WC_Order $order, WC_Order_Item_Product $item ): void {
		foreach ( $this->targets( $item ) as $target ) {
			[ $product, $seats_per_unit, $days ] = $target;
			$data                                = array(
				'brand'                => $this->brand_slug( $product->brand_id ),
				'product'              => $product->slug,
				'customer_email'       => $order->get_billing_email(),
				'customer_id'          => $order->get_customer_id(),
				'seats'                => min( 100000, $seats_per_unit * max( 1, (int) $item->get_quantity() ) ),
				'source_order_id'      => $order->get_id(),
				'source_order_item_id' => $item->get_id(),
				'source_key'           => sprintf( 'order:%d:item:%d:product:%d', $order->get_id(), $item->get_id(), $product->id ),
			);
			if ( null !== $days ) {
				$data['expires_at'] = gmdate( 'Y-m-d H:i:s', $this->clock->timestamp() + $days * DAY_IN_SECONDS );
			}
			$result = $this->service->provision( $data, LicenseScope::all() );
			if ( ! $result['created'] ) {
				continue;
			}
			$item->update_meta_data( self::META_PREFIX, $result['license']->key_lookup );
			if ( null !== $result['key'] ) {
				$item->update_meta_data( self::META_KEY, $this->secrets->seal( $result['key'] ) );
			}
			$item->save();
			$order->add_order_note(
				/* translators: 1: licensed product, 2: key prefix, 3: seats. */
				sprintf( __( 'License for %1$s provisioned on key ELK-%2$s (%3$d seats).', 'entitlement-ledger' ), $result['license']->product_name, $result['license']->key_lookup, $result['license']->seats )
			);
		}
	}

	/**
	 * The licensed products a line sells, with seats per unit and validity in days (null:
	 * the licensed product's): from the product panel's fields (a variation uses its
	 * parent's) and from licensed products that list the product in wc_product_ids.
	 *
	 * @param WC_Order_Item_Product $item Line.
	 * @return array<int, array{0: LicensedProduct, 1: int, 2: int|null}>
	 */
	private function targets( WC_Order_Item_Product $item ): array {
		$targets = array();
		foreach ( array_filter( array( $item->get_product_id(), $item->get_variation_id() ) ) as $wc_product_id ) {
			foreach ( $this->products->for_wc_product( (int) $wc_product_id ) as $product ) {
				$targets[ $product->id ] = array( $product, $product->seats, null );
			}
		}
		$source = $item->get_product_id() > 0 && function_exists( 'wc_get_product' ) ? wc_get_product( $item->get_product_id() ) : false;
		if ( $source instanceof WC_Product ) {
			$chosen  = (int) $source->get_meta( LicenseProductPanel::META_PRODUCT );
			$product = $chosen > 0 ? $this->products->find( $chosen ) : null;
			if ( null !== $product ) {
				$seats                   = (int) $source->get_meta( LicenseProductPanel::META_SEATS );
				$days                    = (int) $source->get_meta( LicenseProductPanel::META_DAYS );
				$targets[ $product->id ] = array( $product, $seats > 0 ? $seats : $product->seats, $days > 0 ? $days : null );
			}
		}
		return $targets;
	}

	/**
	 * Applies a lifecycle action to every license an order sold that allows it.
	 *
	 * @param mixed  $order_id Order id.
	 * @param string $action   cancel|suspend|renew.
	 * @param string $reason   Why.
	 */
	private function change_all( mixed $order_id, string $action, string $reason ): void {
		$order = $this->order( $order_id );
		if ( null === $order ) {
			return;
		}
		$this->guarded(
			$order,
			function () use ( $order, $action, $reason ): void {
				foreach ( $this->licenses->for_order( $order->get_id() ) as $license ) {
					if ( ! self::allows( $license, $action ) ) {
						continue; // Already there (repeated hooks), or final.
					}
					match ( $action ) {
						'cancel'  => $this->service->cancel( $license->id, LicenseScope::all(), $reason ),
						'suspend' => $this->service->suspend( $license->id, LicenseScope::all(), $reason ),
						default   => $this->service->renew( $license->id, LicenseScope::all(), null, $reason ),
					};
				}
			}
		);
	}

	/**
	 * Whether a license can take an action now.
	 *
	 * @param License $license License.
	 * @param string  $action  Action.
	 */
	private static function allows( License $license, string $action ): bool {
		return match ( $action ) {
			'cancel'  => LicenseStatus::Cancelled !== $license->status,
			'suspend' => LicenseStatus::Valid === $license->status,
			default   => LicenseStatus::Cancelled !== $license->status,
		};
	}

	/**
	 * Runs order work as the system; a failure becomes an order note and a log line, never
	 * a broken checkout.
	 *
	 * @param WC_Order         $order Order.
	 * @param callable(): void $work  Work.
	 */
	private function guarded( WC_Order $order, callable $work ): void {
		try {
			$this->actor->as_system( $work );
		} catch ( Throwable $error ) {
			$message = $error instanceof DomainError ? $error->getMessage() : __( 'an unexpected error occurred (see the error log)', 'entitlement-ledger' );
			/* translators: %s: what went wrong. */
			$order->add_order_note( sprintf( __( 'Entitlement Ledger could not update this order\'s licenses: %s.', 'entitlement-ledger' ), $message ) );
			error_log( sprintf( 'Entitlement Ledger, order %d licenses: %s', $order->get_id(), $error->getMessage() ) ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log -- operators need the cause.
		}
	}

	/**
	 * A brand's slug.
	 *
	 * @param int $brand_id Brand.
	 */
	private function brand_slug( int $brand_id ): string {
		return $this->brands->find( $brand_id )->slug ?? '';
	}

	/**
	 * The order.
	 *
	 * @param mixed $order_id Id.
	 */
	private function order( mixed $order_id ): ?WC_Order {
		$order = is_numeric( $order_id ) && function_exists( 'wc_get_order' ) ? wc_get_order( (int) $order_id ) : false;
		return $order instanceof WC_Order ? $order : null;
	}
}
