<?php
/**
 * Parallel transitions of different entitlements over real HTTP.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\Consistency;

use EntitlementLedger\Domain\Access\Capabilities;
use EntitlementLedger\Domain\Entitlements\EntitlementService;
use EntitlementLedger\Domain\Ledger\LedgerVerifier;
use EntitlementLedger\Tests\Framework\HttpClient;

/**
 * Requests on different entitlements do not wait for each other's row locks, but they all
 * add to the same projection rows (el_ledger_daily per day, currency, cycle, kind and account;
 * el_liability per cycle, currency and day). Whatever InnoDB does with those rows (lock waits,
 * deadlocks), every request must end either fully written or not at all.
 *
 * Regression test: projection rows were upserted in the order of each entry's lines, which
 * differs between entries of one kind (a deferral reverses as receivable, deferred_revenue; a
 * negative adjustment as deferred_revenue, receivable), so parallel cancels deadlocked on
 * el_ledger_daily; with unchecked write results every request still answered 200 while
 * cancelled entitlements kept their balance and the liability projection drifted.
 */
final class ConcurrentLedgerWritesTest extends ConsistencyTestCase {

	private const ROUNDS   = 3;
	private const PARALLEL = 24;

	private HttpClient $http;

	private EntitlementService $entitlements;

	protected function setUp(): void {
		parent::setUp();
		$this->http         = HttpClient::for_user( $this->make_user( Capabilities::ROLE_CIRCULATION_MANAGER ) );
		$this->entitlements = $this->service( EntitlementService::class );
	}

	public function test_parallel_cancels_of_different_entitlements_keep_the_ledger_sound(): void {
		$statuses = array();
		for ( $round = 1; $round <= self::ROUNDS; $round++ ) {
			$requests = array();
			for ( $i = 0; $i < self::PARALLEL; $i++ ) {
				$id = $this->make_entitlement( array( 'deferred_amount' => '50.00' ) );
				if ( 0 === $i % 2 ) {
					// A negative adjustment's lines come in the other account order than a deferral's.
					$this->entitlements->adjust( $id, '-10.00', 'Partial refund' );
				}
				$requests[] = array( 'POST', "/entitlements/{$id}/cancel", array( 'reason' => "Round {$round}" ) );
			}
			$statuses = array_merge( $statuses, $this->statuses( $this->http->parallel( $requests ) ) );
		}
		$this->assert_sound_after( 'parallel cancels', $statuses );
	}

	public function test_a_parallel_mix_of_adjustments_cancels_and_redemptions_keeps_the_ledger_sound(): void {
		$order    = $this->make_order();
		$statuses = array();
		for ( $round = 1; $round <= self::ROUNDS; $round++ ) {
			$requests = array();
			for ( $i = 0; $i < self::PARALLEL; $i++ ) {
				$id         = $this->make_entitlement( array( 'deferred_amount' => '50.00' ) );
				$requests[] = match ( $i % 4 ) {
					0 => array(
						'POST',
						"/entitlements/{$id}/adjust",
						array(
							'amount' => '5.00',
							'reason' => 'Upgrade',
						),
					),
					1 => array(
						'POST',
						"/entitlements/{$id}/adjust",
						array(
							'amount' => '-5.00',
							'reason' => 'Discount',
						),
					),
					2 => array( 'POST', "/entitlements/{$id}/cancel", array( 'reason' => 'Refunded' ) ),
					3 => array( 'POST', "/entitlements/{$id}/redeem", array( 'order_id' => $order ) ),
				};
			}
			$statuses = array_merge( $statuses, $this->statuses( $this->http->parallel( $requests ) ) );
		}
		$this->assert_sound_after( 'a parallel mix', $statuses );
	}

	/**
	 * Status and code of each response.
	 *
	 * @param list<array{status: int, headers: array<string, string>, body: mixed, raw: string}> $responses Responses.
	 * @return list<string>
	 */
	private function statuses( array $responses ): array {
		return array_map(
			static fn( array $response ): string => (string) $response['status'] . ( 200 === $response['status'] ? '' : ' ' . ( $response['body']['code'] ?? '' ) ),
			$responses
		);
	}

	/**
	 * Asserts every request either succeeded or failed cleanly and the ledger is sound.
	 *
	 * @param string       $workload What ran.
	 * @param list<string> $statuses Response statuses.
	 */
	private function assert_sound_after( string $workload, array $statuses ): void {
		$counts = array_count_values( $statuses );
		ksort( $counts );
		if ( getenv( 'EL_CONSISTENCY_VERBOSE' ) ) {
			fwrite( STDERR, "\n[{$workload}] " . wp_json_encode( $counts ) . "\n" );
		}
		$violations = $this->service( LedgerVerifier::class )->verify();
		$this->assertSame( array(), $violations, "the ledger is sound after {$workload}; responses " . wp_json_encode( $counts ) );
		$this->assertLedgerSound( $workload );
		foreach ( array_keys( $counts ) as $status ) {
			$this->assertContains( (int) $status, array( 200, 409, 503 ), "every request succeeded or failed cleanly: {$status}" );
		}
	}
}
