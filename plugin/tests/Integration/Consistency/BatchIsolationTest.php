<?php
/**
 * A batch is one transaction: later items must not act on an old snapshot.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\Consistency;

use EntitlementLedger\Database\Tables;
use EntitlementLedger\Tests\Framework\HttpClient;
use WP_REST_Request;

/**
 * POST /entitlements/batch runs every item inside one outer transaction (each item under a
 * savepoint). Under InnoDB's default REPEATABLE READ the first plain SELECT fixes the
 * transaction's snapshot, so an item that locks its entitlement later still reads the
 * entitlement's journal as it was when the batch began. A change another request commits in
 * between (here: a redemption) is then invisible to the item's journal reads: the delete
 * reversed only the deferral and left deferred_balance −30.00 with the recognition unreversed.
 * Transaction::run() therefore runs plugin transactions at READ COMMITTED; this is its regression test.
 */
final class BatchIsolationTest extends ConsistencyTestCase {

	public function test_a_batch_delete_reverses_a_redemption_committed_while_the_batch_ran(): void {
		$user   = $this->act_as_circulation_manager();
		$http   = HttpClient::for_user( $user );
		$first  = $this->make_entitlement(
			array(
				'currency' => 'EUR',
				'number'   => 2031,
			)
		);
		$target = $this->make_entitlement( array( 'deferred_amount' => '30.00' ) );
		$order  = $this->make_order();

		// Once the first item is done (the batch's snapshot exists), another client redeems the target.
		$concurrent = null;
		$interleave = static function ( $response, $handler, WP_REST_Request $request ) use ( &$concurrent, $http, $first, $target, $order ) {
			if ( null === $concurrent && 'DELETE' === $request->get_method() && str_ends_with( $request->get_route(), "/entitlements/{$first}" ) ) {
				$concurrent = $http->request( 'POST', "/entitlements/{$target}/redeem", array( 'order_id' => $order ) );
			}
			return $response;
		};
		add_filter( 'rest_request_after_callbacks', $interleave, 10, 3 );
		$batch = $this->rest(
			'POST',
			'/entitlements/batch',
			array(
				'delete' => array(
					array(
						'id'     => $first,
						'reason' => 'Batch cleanup',
					),
					array(
						'id'     => $target,
						'reason' => 'Batch cleanup',
					),
				),
			)
		);
		remove_filter( 'rest_request_after_callbacks', $interleave, 10 );

		$this->assertIsArray( $concurrent, 'the concurrent redemption ran' );
		$this->assertSame( 200, $concurrent['status'], 'the concurrent redemption committed first: ' . $concurrent['raw'] );
		$this->assertSame( 200, $batch->get_status(), (string) wp_json_encode( $batch->get_data() ) );
		$item = $batch->get_data()['delete'][1];
		$this->assertArrayNotHasKey( 'error', $item, 'the delete item succeeded: ' . wp_json_encode( $item ) );

		$row          = $this->entitlement_row( $target );
		$recognitions = $this->reversed_recognitions( $target );
		$this->assertNotNull( $row['deleted_at'], 'the target is deleted' );
		$this->assertSame( '0', $row['deferred_balance'], 'nothing left deferred' );
		$this->assertSame( '0', $row['earned_amount'], 'the recognised revenue is reversed too' );
		$this->assertSame( 1, $recognitions, 'the concurrent recognition is reversed' );
		$this->assertSame( '0.00', $item['deferred_balance'], 'the item reports the entitlement as it is' );
		$this->assertLedgerSound();
	}

	/**
	 * Recognition entries of an entitlement that a reversal reverses.
	 *
	 * @param int $entitlement_id Entitlement.
	 */
	private function reversed_recognitions( int $entitlement_id ): int {
		global $wpdb;
		$entries = Tables::name( Tables::LEDGER_ENTRIES );
		return (int) $wpdb->get_var(
			$wpdb->prepare(
				"SELECT COUNT(*) FROM %i r JOIN %i o ON o.id = r.reverses_entry_id WHERE r.entitlement_id = %d AND r.kind = 'reversal' AND o.kind = 'recognition'",
				$entries,
				$entries,
				$entitlement_id
			)
		);
	}
}
