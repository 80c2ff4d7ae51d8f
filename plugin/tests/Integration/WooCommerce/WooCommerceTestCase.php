<?php
/**
 * Shared fixtures of the WooCommerce integration tests.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\WooCommerce;

use EntitlementLedger\DataStores\EntitlementQuery;
use EntitlementLedger\DataStores\EntitlementStore;
use EntitlementLedger\Domain\Entitlements\Entitlement;
use EntitlementLedger\Domain\Ledger\LedgerVerifier;
use EntitlementLedger\Tests\Framework\IntegrationTestCase;
use EntitlementLedger\WooCommerce\PremiumProductSettings;
use WC_Order;
use WC_Product;
use WC_Product_Simple;

/**
 * Products and orders through WooCommerce's CRUD API (the stand-in), run with HPOS on and
 * off (the data provider flips `woocommerce_custom_orders_table_enabled`, which OrderUtil and
 * wc_get_page_screen_id() read), and the ledger verified after each scenario.
 */
abstract class WooCommerceTestCase extends IntegrationTestCase {

	/**
	 * Options to restore: name => value before the test.
	 *
	 * @var array<string, mixed>
	 */
	private array $saved_options = array();

	/**
	 * Orders created by the test.
	 *
	 * @var list<int>
	 */
	private array $created_orders = array();

	/**
	 * Products created by the test (variations before their parents).
	 *
	 * @var list<int>
	 */
	private array $created_products = array();

	/**
	 * HPOS on and off.
	 *
	 * @return array<string, array{string}>
	 */
	public static function hpos_modes(): array {
		return array(
			'HPOS on'  => array( 'yes' ),
			'HPOS off' => array( 'no' ),
		);
	}

	/**
	 * Deletes what the test created and restores options.
	 */
	protected function tearDown(): void {
		foreach ( array_reverse( $this->created_orders ) as $order_id ) {
			$order = wc_get_order( $order_id );
			if ( $order ) {
				$order->delete( true );
			}
		}
		foreach ( $this->created_products as $product_id ) {
			wp_delete_post( $product_id, true );
		}
		foreach ( $this->saved_options as $name => $value ) {
			update_option( $name, $value );
		}
		$this->created_orders   = array();
		$this->created_products = array();
		$this->saved_options    = array();
		parent::tearDown();
	}

	/**
	 * Sets an option for this test only.
	 *
	 * @param string $name  Option.
	 * @param mixed  $value Value.
	 */
	protected function set_option( string $name, mixed $value ): void {
		if ( ! array_key_exists( $name, $this->saved_options ) ) {
			$this->saved_options[ $name ] = get_option( $name );
		}
		update_option( $name, $value );
	}

	/**
	 * Turns HPOS on ('yes') or off ('no') for this test.
	 *
	 * @param string $hpos yes|no.
	 */
	protected function use_hpos( string $hpos ): void {
		$this->set_option( 'woocommerce_custom_orders_table_enabled', $hpos );
		$this->assertSame( 'yes' === $hpos, \Automattic\WooCommerce\Utilities\OrderUtil::custom_orders_table_usage_is_enabled() );
	}

	/**
	 * A simple product with premium meta (merged over premium percent 25, one cycle).
	 *
	 * @param string                $price Regular price.
	 * @param array<string, string> $meta  Premium meta overrides; array() values for a plain product.
	 * @param bool                  $premium Whether to add the premium meta at all.
	 */
	protected function make_product( string $price = '100.00', array $meta = array(), bool $premium = true ): WC_Product {
		$product = new WC_Product_Simple();
		$product->set_name( 'Premium ' . wp_generate_password( 6, false ) );
		$product->set_regular_price( $price );
		if ( $premium ) {
			$meta += array(
				PremiumProductSettings::META_PREMIUM       => 'yes',
				PremiumProductSettings::META_DEFERRED_MODE => 'percent',
				PremiumProductSettings::META_DEFERRED_VALUE => '25',
				PremiumProductSettings::META_CYCLES        => '1',
			);
		}
		foreach ( $meta as $key => $value ) {
			$product->update_meta_data( $key, $value );
		}
		$this->created_products[] = (int) $product->save();
		return $product;
	}

	/**
	 * Remembers a product created elsewhere in the test, for deletion.
	 *
	 * @param int $product_id Product id.
	 */
	protected function track_product( int $product_id ): void {
		array_unshift( $this->created_products, $product_id );
	}

	/**
	 * A pending order with lines, created through the CRUD API like wp-admin and the REST API do.
	 *
	 * @param list<array{0: WC_Product, 1: int, 2?: string}> $lines       Product, quantity, optional line total.
	 * @param int                                            $customer_id Customer (0 for a guest).
	 * @param string                                         $currency    Currency.
	 */
	protected function make_order( array $lines, int $customer_id = 0, string $currency = 'USD' ): WC_Order {
		$order = wc_create_order( array( 'customer_id' => $customer_id ) );
		$this->assertInstanceOf( WC_Order::class, $order );
		$this->created_orders[] = $order->get_id();
		$order->set_currency( $currency );
		foreach ( $lines as $line ) {
			$args = isset( $line[2] ) ? array(
				'subtotal' => $line[2],
				'total'    => $line[2],
			) : array();
			$order->add_product( $line[0], $line[1], $args );
		}
		$order->set_billing_first_name( 'Ada' );
		$order->set_billing_last_name( 'Reader' );
		$order->set_billing_email( 'ada.reader@example.test' );
		$order->calculate_totals( false );
		$order->save();
		return $order;
	}

	/**
	 * Remembers an order created elsewhere in the test, for deletion.
	 *
	 * @param int $order_id Order id.
	 */
	protected function track_order( int $order_id ): void {
		$this->created_orders[] = $order_id;
	}

	/**
	 * The entitlements an order sold, oldest first.
	 *
	 * @param int $order_id Order id.
	 * @return list<Entitlement>
	 */
	protected function entitlements_of( int $order_id ): array {
		$result = $this->service( EntitlementStore::class )->query( new EntitlementQuery( order_id: $order_id, orderby: 'id', order: 'asc', per_page: 100 ) );
		return array_values( array_filter( $result['items'], static fn( Entitlement $e ): bool => $e->source_order_id === $order_id ) );
	}

	/**
	 * The order's notes, oldest first.
	 *
	 * @param int $order_id Order id.
	 * @return list<string>
	 */
	protected function notes_of( int $order_id ): array {
		$notes = wc_get_order_notes(
			array(
				'order_id' => $order_id,
				'orderby'  => 'id',
				'order'    => 'ASC',
			)
		);
		return array_values( array_map( static fn( $note ): string => (string) $note->content, $notes ) );
	}

	/**
	 * Notes that mention a text.
	 *
	 * @param int    $order_id Order id.
	 * @param string $text     Text.
	 * @return list<string>
	 */
	protected function notes_with( int $order_id, string $text ): array {
		return array_values( array_filter( $this->notes_of( $order_id ), static fn( string $note ): bool => str_contains( $note, $text ) ) );
	}

	/**
	 * Deferral, reversal… entries of an entitlement.
	 *
	 * @param int    $entitlement_id Entitlement.
	 * @param string $kind           Entry kind.
	 */
	protected function count_entries( int $entitlement_id, string $kind ): int {
		global $wpdb;
		return (int) $wpdb->get_var(
			$wpdb->prepare( 'SELECT COUNT(*) FROM %i WHERE entitlement_id = %d AND kind = %s', \EntitlementLedger\Database\Tables::name( \EntitlementLedger\Database\Tables::LEDGER_ENTRIES ), $entitlement_id, $kind )
		);
	}

	/**
	 * Asserts LedgerVerifier finds no violation.
	 */
	protected function assertLedgerClean(): void {
		$violations = $this->service( LedgerVerifier::class )->verify();
		$this->assertSame( array(), $violations, 'LedgerVerifier: ' . wp_json_encode( array_slice( $violations, 0, 5 ) ) );
	}

	/**
	 * Minor units of each entitlement's deferred amount, in creation order.
	 *
	 * @param list<Entitlement> $entitlements Entitlements.
	 * @return list<int>
	 */
	protected static function deferred( array $entitlements ): array {
		return array_map( static fn( Entitlement $e ): int => $e->deferred_amount, $entitlements );
	}

	/**
	 * The year orders paid now belong to (the first cycle).
	 */
	protected static function this_year(): int {
		return (int) wp_date( 'Y' );
	}
}
