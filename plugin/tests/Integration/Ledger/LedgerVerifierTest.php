<?php
/**
 * The ledger verifier.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\Ledger;

use EntitlementLedger\Database\Tables;
use EntitlementLedger\DataStores\BulkSeeder;
use EntitlementLedger\DataStores\LedgerAuditQueries;
use EntitlementLedger\Domain\Entitlements\EntitlementService;
use EntitlementLedger\Domain\Ledger\LedgerVerifier;
use EntitlementLedger\Domain\Reports\LiabilityReport;
use EntitlementLedger\Domain\Reports\RevenueReport;
use EntitlementLedger\Tests\Framework\IntegrationTestCase;

/**
 * A ledger written through the services verifies clean; each corruption written with raw SQL
 * is reported under its invariant.
 */
final class LedgerVerifierTest extends IntegrationTestCase {

	public function test_a_ledger_written_by_the_services_has_no_violations(): void {
		$this->write_lifecycle();
		$this->assertSame( array(), $this->verifier()->verify() );
		$counts = $this->verifier()->counts();
		$this->assertSame( 5, $counts['entitlements'] );
		$this->assertSame( $counts['entries'] * 2, $counts['lines'] );
	}

	public function test_an_unbalanced_entry_with_one_line_is_reported(): void {
		$id       = $this->make_entitlement();
		$entry_id = $this->raw_entry( $id, 'adjustment', array( 'deferred_revenue' => -100 ) );

		$found = $this->invariants();
		$this->assertContains( 'entry_line_count', $found );
		$this->assertContains( 'entry_balance', $found );
		$this->assertStringContainsString( "Entry #{$entry_id}", $this->detail( 'entry_balance' ) );
	}

	public function test_a_balanced_entry_the_projections_do_not_know_is_reported_on_them(): void {
		$id = $this->make_entitlement();
		$this->raw_entry(
			$id,
			'adjustment',
			array(
				'receivable'       => 100,
				'deferred_revenue' => -100,
			)
		);

		$found = $this->invariants();
		$this->assertNotContains( 'entry_balance', $found );
		$this->assertContains( 'entitlement_balance', $found );
		$this->assertContains( 'entitlement_deferred', $found );
		$this->assertContains( 'daily_projection', $found );
	}

	public function test_a_line_in_another_currency_is_reported(): void {
		$this->make_entitlement();
		global $wpdb;
		$wpdb->query( $wpdb->prepare( "UPDATE %i SET currency = 'EUR' WHERE account = 'receivable'", Tables::name( Tables::LEDGER_LINES ) ) );

		$found = $this->invariants();
		$this->assertContains( 'line_currency', $found );
		$this->assertContains( 'entry_balance', $found, 'the entry no longer balances in USD' );
	}

	public function test_a_line_without_its_entry_is_reported(): void {
		$id = $this->make_entitlement();
		global $wpdb;
		$wpdb->insert(
			Tables::name( Tables::LEDGER_LINES ),
			array(
				'entry_id'       => 987654,
				'entitlement_id' => $id,
				'kind'           => 'deferral',
				'account'        => 'refunds',
				'amount'         => 0,
				'currency'       => 'USD',
				'created_at'     => gmdate( 'Y-m-d H:i:s' ),
			)
		);

		$this->assertSame( array( 'line_without_entry' ), $this->invariants() );
		$this->assertSame( '1 line(s) reference entry #987654, which does not exist.', $this->detail( 'line_without_entry' ) );
	}

	public function test_the_session_limits_are_restored_after_verifying(): void {
		global $wpdb;
		$before = $wpdb->get_var( 'SELECT @@SESSION.tmp_table_size' );
		$this->verifier()->verify();
		$this->assertSame( $before, $wpdb->get_var( 'SELECT @@SESSION.tmp_table_size' ) );
	}

	public function test_a_corrupted_daily_total_is_reported(): void {
		$this->make_entitlement();
		global $wpdb;
		$wpdb->query( $wpdb->prepare( "UPDATE %i SET amount = amount + 1 WHERE account = 'deferred_revenue'", Tables::name( Tables::LEDGER_DAILY ) ) );

		$this->assertSame( array( 'daily_projection' ), $this->invariants() );
		$this->assertStringContainsString( 'is -1249; the lines sum to -1250', $this->detail( 'daily_projection' ) );
	}

	public function test_a_daily_total_left_on_the_old_number_is_reported(): void {
		$id = $this->make_entitlement();
		global $wpdb;
		$wpdb->query( $wpdb->prepare( 'UPDATE %i SET number = 2027 WHERE id = %d', Tables::name( Tables::ENTITLEMENTS ), $id ) );

		$found = $this->invariants();
		$this->assertContains( 'daily_projection', $found );
		$this->assertContains( 'liability_projection', $found );
	}

	public function test_a_corrupted_liability_row_is_reported(): void {
		$this->make_entitlement();
		global $wpdb;
		$wpdb->query( $wpdb->prepare( 'UPDATE %i SET entitlements = entitlements + 1', Tables::name( Tables::LIABILITY ) ) );

		$this->assertSame( array( 'liability_projection' ), $this->invariants() );
	}

	public function test_amounts_that_disagree_with_the_lines_or_the_status_are_reported(): void {
		$active   = $this->make_entitlement();
		$redeemed = $this->make_entitlement();
		global $wpdb;
		$table = Tables::name( Tables::ENTITLEMENTS );
		$wpdb->query( $wpdb->prepare( 'UPDATE %i SET earned_amount = 5 WHERE id = %d', $table, $active ) );
		$wpdb->query( $wpdb->prepare( "UPDATE %i SET status = 'redeemed' WHERE id = %d", $table, $redeemed ) );

		$found = $this->invariants();
		$this->assertContains( 'entitlement_earned', $found );
		$this->assertContains( 'status_earned', $found );
		$this->assertContains( 'status_balance', $found );
		$this->assertStringContainsString( "Entitlement #{$redeemed} is redeemed", $this->detail( 'status_balance' ) );
	}

	public function test_a_negative_balance_is_reported(): void {
		$id = $this->make_entitlement();
		$this->raw_entry(
			$id,
			'recognition',
			array(
				'deferred_revenue' => 2000,
				'earned_revenue'   => -2000,
			)
		);
		global $wpdb;
		$wpdb->query( $wpdb->prepare( 'UPDATE %i SET deferred_balance = -750, earned_amount = 2000 WHERE id = %d', Tables::name( Tables::ENTITLEMENTS ), $id ) );

		$found = $this->invariants();
		$this->assertContains( 'entitlement_negative_balance', $found );
		$this->assertNotContains( 'entitlement_balance', $found );
	}

	public function test_reversals_must_reference_an_entry_of_the_same_entitlement_and_mirror_it(): void {
		$first  = $this->make_entitlement();
		$second = $this->make_entitlement();
		global $wpdb;
		$deferral_of_second = (int) $wpdb->get_var( $wpdb->prepare( 'SELECT id FROM %i WHERE entitlement_id = %d', Tables::name( Tables::LEDGER_ENTRIES ), $second ) );

		$this->raw_entry(
			$first,
			'reversal',
			array(
				'deferred_revenue' => 1250,
				'receivable'       => -1250,
			),
			999999
		);
		$this->raw_entry(
			$first,
			'reversal',
			array(
				'deferred_revenue' => 100,
				'receivable'       => -100,
			),
			$deferral_of_second
		);

		$found = $this->invariants();
		$this->assertContains( 'reversal_target', $found );
		$this->assertContains( 'reversal_mirror', $found );
		$this->assertStringContainsString( 'entry #999999, which does not exist', $this->details( 'reversal_target' ) );
		$this->assertStringContainsString( "of entitlement #{$second}", $this->details( 'reversal_target' ) );
	}

	public function test_the_database_refuses_a_second_reversal(): void {
		$this->assertTrue( $this->service( LedgerAuditQueries::class )->has_unique_reversal_key() );
		$this->assertSame( array(), $this->service( LedgerAuditQueries::class )->entries_reversed_twice( 10 ) );
	}

	public function test_examples_are_capped_per_invariant(): void {
		$ids = array();
		for ( $i = 0; $i < LedgerVerifier::MAX_EXAMPLES + 2; $i++ ) {
			$ids[] = $this->make_entitlement();
		}
		global $wpdb;
		$wpdb->query( $wpdb->prepare( "UPDATE %i SET status = 'cancelled'", Tables::name( Tables::ENTITLEMENTS ) ) );

		// The raw UPDATE also unbalances the counts projection (two buckets): leave those out.
		$violations = array_values( array_filter( $this->verifier()->verify(), static fn( array $violation ): bool => 'count_projection' !== $violation['invariant'] ) );
		$this->assertCount( LedgerVerifier::MAX_EXAMPLES + 1, $violations );
		$this->assertStringContainsString( 'More violations found', end( $violations )['detail'] );
	}

	public function test_bulk_seeded_data_verifies_and_reports_agree(): void {
		$written = $this->service( BulkSeeder::class )->seed( 300, array( 'USD', 'EUR', 'JPY' ), 7, (int) strtotime( '2026-11-22 12:00:00 UTC' ), true, 120 );
		$this->assertSame( 300, $written['entitlements'] );
		$this->assertSame( 300, $this->count_rows( Tables::ENTITLEMENTS ) );
		$this->assertSame( $written['lines'], $this->count_rows( Tables::LEDGER_LINES ) );
		$this->assertSame( array(), $this->verifier()->verify() );

		global $wpdb;
		$statuses = $wpdb->get_col( $wpdb->prepare( 'SELECT DISTINCT status FROM %i ORDER BY status', Tables::name( Tables::ENTITLEMENTS ) ) );
		$this->assertSame( array( 'active', 'cancelled', 'expired', 'redeemed' ), $statuses );

		$revenue   = $this->service( RevenueReport::class )->rows( 'month', null, null, null );
		$liability = $this->service( LiabilityReport::class )->rows( null, null, '2026-11-22 12:00:00' );
		foreach ( $liability['totals'] as $code => $total ) {
			$this->assertSame( $total['deferred_balance'], $revenue['totals'][ $code ]['closing_deferred'], "{$code}: liability = closing deferred" );
		}

		// The same seed twice more: ids continue, nothing collides, still sound.
		$this->service( BulkSeeder::class )->seed( 50, array( 'USD' ), 7, (int) strtotime( '2026-11-22 12:00:00 UTC' ), false, 1000 );
		$this->assertSame( 350, $this->count_rows( Tables::ENTITLEMENTS ) );
		$this->assertSame( array(), $this->verifier()->verify() );
	}

	/**
	 * Creates, redeems, undoes, adjusts, cancels, deletes, renumbers and expires.
	 */
	private function write_lifecycle(): void {
		$service = $this->service( EntitlementService::class );
		$order   = wc_create_order();
		$order->save();

		$redeemed = $this->make_entitlement();
		$service->redeem_custom( $redeemed, $order->get_id(), 'By hand' );

		$undone = $this->make_entitlement( array( 'deferred_amount' => '30.00' ) );
		$service->redeem_custom( $undone, $order->get_id(), 'By hand' );
		$service->unredeem( $undone, 'Wrong reader' );
		$service->adjust( $undone, '-5.00', 'Discount' );
		$service->update( $undone, array( 'number' => 2027 ) );

		$cancelled = $this->make_entitlement( array( 'currency' => 'EUR' ) );
		$service->adjust( $cancelled, '2.00', 'Shipping' );
		$service->cancel( $cancelled, 'Refunded' );

		$deleted = $this->make_entitlement();
		$service->redeem_custom( $deleted, $order->get_id(), 'By hand' );
		$service->delete( $deleted, 'Duplicate' );

		$expiring = $this->make_entitlement(
			array(
				'starts_at'  => '2020-01-01 00:00:00',
				'expires_at' => '2020-06-01 00:00:00',
			)
		);
		$this->assertNotNull( $service->expire( $expiring ) );
	}

	/**
	 * Writes a journal entry straight into the tables, bypassing the ledger and its projections.
	 *
	 * @param int                $entitlement_id Entitlement.
	 * @param string             $kind           Kind.
	 * @param array<string, int> $lines          Amount by account.
	 * @param int|null           $reverses       Entry reversed.
	 */
	private function raw_entry( int $entitlement_id, string $kind, array $lines, ?int $reverses = null ): int {
		global $wpdb;
		$now = gmdate( 'Y-m-d H:i:s' );
		$wpdb->insert(
			Tables::name( Tables::LEDGER_ENTRIES ),
			array(
				'kind'              => $kind,
				'entitlement_id'    => $entitlement_id,
				'reverses_entry_id' => $reverses,
				'currency'          => 'USD',
				'memo'              => 'raw',
				'created_at'        => $now,
			)
		);
		$entry_id = (int) $wpdb->insert_id;
		foreach ( $lines as $account => $amount ) {
			$wpdb->insert(
				Tables::name( Tables::LEDGER_LINES ),
				array(
					'entry_id'       => $entry_id,
					'entitlement_id' => $entitlement_id,
					'kind'           => $kind,
					'account'        => $account,
					'amount'         => $amount,
					'currency'       => 'USD',
					'created_at'     => $now,
				)
			);
		}
		return $entry_id;
	}

	/**
	 * The distinct invariants violated, sorted.
	 *
	 * @return list<string>
	 */
	private function invariants(): array {
		$found = array_values( array_unique( array_column( $this->verifier()->verify(), 'invariant' ) ) );
		sort( $found );
		return $found;
	}

	/**
	 * The first detail of an invariant.
	 *
	 * @param string $invariant Invariant.
	 */
	private function detail( string $invariant ): string {
		foreach ( $this->verifier()->verify() as $violation ) {
			if ( $invariant === $violation['invariant'] ) {
				return $violation['detail'];
			}
		}
		return '';
	}

	/**
	 * All details of an invariant, one per line.
	 *
	 * @param string $invariant Invariant.
	 */
	private function details( string $invariant ): string {
		$details = array();
		foreach ( $this->verifier()->verify() as $violation ) {
			if ( $invariant === $violation['invariant'] ) {
				$details[] = $violation['detail'];
			}
		}
		return implode( "\n", $details );
	}

	/**
	 * The verifier.
	 */
	private function verifier(): LedgerVerifier {
		return $this->service( LedgerVerifier::class );
	}
}
