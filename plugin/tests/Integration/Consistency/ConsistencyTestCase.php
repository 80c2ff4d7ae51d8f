<?php
/**
 * Shared fixtures and ledger checks of the consistency tests.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\Consistency;

use EntitlementLedger\Database\Tables;
use EntitlementLedger\Domain\Clock;
use EntitlementLedger\Domain\Gifts\GiftService;
use EntitlementLedger\Domain\Ledger\LedgerVerifier;
use EntitlementLedger\Internal\Container;
use EntitlementLedger\Internal\ServiceProvider;
use EntitlementLedger\Plugin;
use EntitlementLedger\Tests\Framework\IntegrationTestCase;
use EntitlementLedger\WooCommerce\WooCommerceFulfilment;
use WC_Product_Simple;

/**
 * Gifts backed by real (stand-in) WooCommerce products, fulfilment order counts, and the
 * ledger invariants checked twice: by the plugin's LedgerVerifier and by independent SQL.
 */
abstract class ConsistencyTestCase extends IntegrationTestCase {

	/**
	 * Products this test created, deleted afterwards.
	 *
	 * @var list<int>
	 */
	private array $created_products = array();

	/**
	 * The container's clock before use_clock() replaced it.
	 *
	 * @var Clock|null
	 */
	private ?Clock $original_clock = null;

	/**
	 * Restores the clock and deletes the products the test created.
	 */
	protected function tearDown(): void {
		if ( null !== $this->original_clock ) {
			Plugin::container()->set( Clock::class, $this->original_clock );
			$this->original_clock = null;
		}
		foreach ( $this->created_products as $product_id ) {
			wp_delete_post( $product_id, true );
		}
		$this->created_products = array();
		parent::tearDown();
	}

	/**
	 * Makes $clock the time of the plugin's services; returns a container whose services use it.
	 *
	 * The clock replaces the Clock service of Plugin::container() (restored in tearDown), so
	 * services the container builds from now on use it. Services built before, at boot, keep
	 * the clock they were built with: Housekeeping is registered on boot and pulls in
	 * EntitlementService, Ledger and AuditLog. So the returned container is a fresh one,
	 * wired by the plugin's own ServiceProvider with $clock: take time-dependent services from it.
	 *
	 * @param MovableClock $clock The clock.
	 */
	protected function use_clock( MovableClock $clock ): Container {
		if ( null === $this->original_clock ) {
			$this->original_clock = Plugin::container()->get( Clock::class );
		}
		Plugin::container()->set( Clock::class, $clock );
		$container = new Container();
		( new ServiceProvider() )->register( $container );
		$container->set( Clock::class, $clock );
		return $container;
	}

	/**
	 * Creates a gift of a cycle, shipped as a zero-priced simple product; returns its id.
	 *
	 * @param int      $number Cycle.
	 * @param int|null $stock  Stock cap, or null for none.
	 * @param bool     $active Whether it is offered.
	 */
	protected function make_gift( int $number = 2026, ?int $stock = null, bool $active = true ): int {
		$this->assertTrue( function_exists( 'wc_create_order' ), 'WooCommerce (the stand-in) is loaded in the test process' );
		$product = new WC_Product_Simple();
		$product->set_name( 'Gift product ' . wp_generate_password( 6, false ) );
		$product->set_regular_price( '0' );
		$product->set_price( '0' );
		$product_id = (int) $product->save();
		$this->assertGreaterThan( 0, $product_id, 'gift product saved' );
		$this->created_products[] = $product_id;

		return $this->service( GiftService::class )->create(
			array(
				'number'     => $number,
				'name'       => 'Gift ' . $product_id,
				'product_id' => $product_id,
				'stock'      => $stock,
				'active'     => $active,
			)
		)->id;
	}

	/**
	 * An existing WooCommerce order, for custom redemptions.
	 */
	protected function make_order(): int {
		$order = wc_create_order();
		$this->assertInstanceOf( \WC_Order::class, $order );
		$order->save();
		return $order->get_id();
	}

	/**
	 * Ids of the fulfilment orders that link an entitlement (order meta _el_entitlement_id).
	 *
	 * @param int $entitlement_id Entitlement.
	 * @return list<int>
	 */
	protected function fulfilment_orders_for( int $entitlement_id ): array {
		$ids = wc_get_orders(
			array(
				'meta_key'   => WooCommerceFulfilment::META_ENTITLEMENT, // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_key -- the stand-in's small order table.
				'meta_value' => (string) $entitlement_id, // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_value -- as above.
				'status'     => 'any',
				'limit'      => -1,
				'return'     => 'ids',
			)
		);
		return array_values( array_map( 'intval', (array) $ids ) );
	}

	/**
	 * How many journal entries of a kind an entitlement has.
	 *
	 * @param int    $entitlement_id Entitlement.
	 * @param string $kind           Entry kind.
	 */
	protected function count_entries( int $entitlement_id, string $kind ): int {
		global $wpdb;
		return (int) $wpdb->get_var(
			$wpdb->prepare( 'SELECT COUNT(*) FROM %i WHERE entitlement_id = %d AND kind = %s', Tables::name( Tables::LEDGER_ENTRIES ), $entitlement_id, $kind )
		);
	}

	/**
	 * One entitlement row as stored.
	 *
	 * @param int $entitlement_id Entitlement.
	 * @return array<string, string|null>
	 */
	protected function entitlement_row( int $entitlement_id ): array {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM %i WHERE id = %d', Tables::name( Tables::ENTITLEMENTS ), $entitlement_id ), ARRAY_A );
		$this->assertIsArray( $row, "entitlement #{$entitlement_id} exists" );
		return $row;
	}

	/**
	 * A gift's redeemed_count as stored.
	 *
	 * @param int $gift_id Gift.
	 */
	protected function redeemed_count( int $gift_id ): int {
		global $wpdb;
		return (int) $wpdb->get_var( $wpdb->prepare( 'SELECT redeemed_count FROM %i WHERE id = %d', Tables::name( Tables::GIFTS ), $gift_id ) );
	}

	/**
	 * Asserts the ledger is sound: the plugin's verifier finds nothing, and independent SQL agrees
	 * that every entry balances, each currency's deferred balances equal the credit balance of
	 * deferred_revenue, earned amounts equal earned_revenue, and no balance is negative.
	 *
	 * @param string $context Added to failure messages (e.g. the seed).
	 */
	protected function assertLedgerSound( string $context = '' ): void {
		global $wpdb;
		$suffix     = '' === $context ? '' : " ({$context})";
		$violations = $this->service( LedgerVerifier::class )->verify();
		$this->assertSame( array(), $violations, 'LedgerVerifier finds no violation' . $suffix . ': ' . wp_json_encode( array_slice( $violations, 0, 10 ) ) );

		$entries = Tables::name( Tables::LEDGER_ENTRIES );
		$lines   = Tables::name( Tables::LEDGER_LINES );
		$table   = Tables::name( Tables::ENTITLEMENTS );

		$unbalanced = $wpdb->get_results(
			$wpdb->prepare(
				'SELECT e.id, COUNT(l.id) AS line_count, COALESCE(SUM(l.amount), 0) AS total
				FROM %i e LEFT JOIN %i l ON l.entry_id = e.id
				GROUP BY e.id HAVING line_count < 2 OR total <> 0',
				$entries,
				$lines
			),
			ARRAY_A
		);
		$this->assertSame( array(), $unbalanced, 'every entry has two or more lines summing to zero' . $suffix );

		$per_currency = $wpdb->get_results(
			$wpdb->prepare(
				"SELECT c.currency,
					COALESCE((SELECT SUM(t.deferred_balance) FROM %i t WHERE t.currency = c.currency), 0) AS balances,
					COALESCE((SELECT -SUM(l.amount) FROM %i l WHERE l.currency = c.currency AND l.account = 'deferred_revenue'), 0) AS deferred_credit,
					COALESCE((SELECT SUM(t.earned_amount) FROM %i t WHERE t.currency = c.currency), 0) AS earned,
					COALESCE((SELECT -SUM(l.amount) FROM %i l WHERE l.currency = c.currency AND l.account = 'earned_revenue'), 0) AS earned_credit
				FROM (SELECT currency FROM %i UNION SELECT currency FROM %i) c",
				$table,
				$lines,
				$table,
				$lines,
				$table,
				$lines
			),
			ARRAY_A
		);
		foreach ( $per_currency as $row ) {
			$this->assertSame( (int) $row['deferred_credit'], (int) $row['balances'], "Σ deferred_balance = −Σ deferred_revenue lines in {$row['currency']}{$suffix}" );
			$this->assertSame( (int) $row['earned_credit'], (int) $row['earned'], "Σ earned_amount = −Σ earned_revenue lines in {$row['currency']}{$suffix}" );
		}

		$negative = $wpdb->get_col( $wpdb->prepare( 'SELECT id FROM %i WHERE deferred_balance < 0', $table ) );
		$this->assertSame( array(), $negative, 'no entitlement has a negative deferred balance' . $suffix );
	}
}
