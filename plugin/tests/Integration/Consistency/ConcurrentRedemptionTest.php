<?php
/**
 * Redemption races over real HTTP, on separate PHP-FPM workers.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\Consistency;

use EntitlementLedger\Database\Tables;
use EntitlementLedger\Domain\Access\Capabilities;
use EntitlementLedger\Tests\Framework\HttpClient;

/**
 * Simultaneous requests on one entitlement (or one gift) queue on row locks: exactly one
 * transition wins, the others see its result and answer 409, and the winner's side effects
 * (one recognition entry, one fulfilment order, one unit of gift stock) happen exactly once.
 */
final class ConcurrentRedemptionTest extends ConsistencyTestCase {

	private const ROUNDS = 5;

	private HttpClient $http;

	protected function setUp(): void {
		parent::setUp();
		$this->http = HttpClient::for_user( $this->make_user( Capabilities::ROLE_CIRCULATION_MANAGER ) );
	}

	public function test_twenty_simultaneous_redemptions_of_one_entitlement_succeed_exactly_once(): void {
		$gift    = $this->make_gift( 2026, 1000 );
		$order   = $this->make_order();
		$winners = array();
		for ( $round = 1; $round <= self::ROUNDS; $round++ ) {
			$id       = $this->make_entitlement( array( 'deferred_amount' => '40.00' ) );
			$orders   = $this->fulfilment_orders_for( $id );
			$redeemed = $this->redeemed_count( $gift );
			$requests = array();
			for ( $i = 0; $i < 20; $i++ ) {
				// Alternate the two kinds, and let a different kind lead each round.
				$standard   = 0 === ( $i + $round ) % 2;
				$requests[] = array(
					'POST',
					"/entitlements/{$id}/redeem",
					$standard ? array( 'gift_id' => $gift ) : array(
						'order_id' => $order,
						'note'     => "Round {$round} request {$i}",
					),
				);
			}
			$responses = $this->http->parallel( $requests );

			$won    = array();
			$refuse = array();
			foreach ( $responses as $i => $response ) {
				if ( 200 === $response['status'] ) {
					$won[] = $i;
				} else {
					$refuse[] = $response['status'] . ' ' . ( $response['body']['code'] ?? substr( $response['raw'], 0, 120 ) );
				}
			}
			$outcome = "round {$round}: " . count( $won ) . ' won; refusals ' . wp_json_encode( array_count_values( $refuse ) );
			$this->assertCount( 1, $won, $outcome );
			$this->assertSame( array( '409 el_not_redeemable' => 19 ), array_count_values( $refuse ), $outcome );

			$winner = $responses[ $won[0] ]['body'];
			$method = $winner['redemption']['method'];
			$row    = $this->entitlement_row( $id );
			$this->assertSame( 'redeemed', $row['status'], $outcome );
			$this->assertSame( '0', $row['deferred_balance'], $outcome );
			$this->assertSame( '4000', $row['earned_amount'], $outcome );
			$this->assertSame( 1, $this->count_entries( $id, 'recognition' ), "exactly one recognition entry; {$outcome}" );

			$new_orders = array_values( array_diff( $this->fulfilment_orders_for( $id ), $orders ) );
			if ( 'standard' === $method ) {
				$this->assertCount( 1, $new_orders, "the standard winner created exactly one fulfilment order; {$outcome}" );
				$this->assertSame( (string) $new_orders[0], $row['redemption_order_id'], 'the entitlement records its fulfilment order' );
				$this->assertSame( $redeemed + 1, $this->redeemed_count( $gift ), 'one unit of gift stock taken' );
			} else {
				$this->assertSame( array(), $new_orders, "a custom winner creates no order; {$outcome}" );
				$this->assertSame( (string) $order, $row['redemption_order_id'] );
				$this->assertSame( $redeemed, $this->redeemed_count( $gift ), 'no gift stock taken' );
			}
			$winners[] = $method . ' (request ' . $won[0] . ')';
		}
		$this->assertSame( $this->standard_redemptions_of( $gift ), $this->redeemed_count( $gift ), 'redeemed_count equals the standard redemptions of the gift' );
		$this->assertLedgerSound();
		$this->report( 'redeem x20', $winners );
	}

	public function test_a_gift_with_three_in_stock_is_given_exactly_three_times(): void {
		$gift = $this->make_gift( 2026, 3 );
		$ids  = array();
		for ( $i = 0; $i < 10; $i++ ) {
			$ids[] = $this->make_entitlement( array( 'customer_email' => "stock{$i}@example.test" ) );
		}
		$responses = $this->http->parallel(
			array_map( static fn( int $id ): array => array( 'POST', "/entitlements/{$id}/redeem", array( 'gift_id' => $gift ) ), $ids )
		);

		$statuses = array();
		foreach ( $responses as $i => $response ) {
			$statuses[ $ids[ $i ] ] = $response['status'] . ' ' . ( 200 === $response['status'] ? 'ok' : ( $response['body']['code'] ?? substr( $response['raw'], 0, 120 ) ) );
		}
		$counts = array_count_values( $statuses );
		ksort( $counts );
		$this->assertSame(
			array(
				'200 ok'                  => 3,
				'409 el_gift_unavailable' => 7,
			),
			$counts,
			'three win, seven find the gift out of stock'
		);
		$this->assertSame( 3, $this->redeemed_count( $gift ), 'redeemed_count is the stock' );
		foreach ( $statuses as $id => $status ) {
			$won = '200 ok' === $status;
			$this->assertSame( $won ? 'redeemed' : 'active', $this->entitlement_row( $id )['status'], "entitlement #{$id}" );
			$this->assertSame( $won ? 1 : 0, $this->count_entries( $id, 'recognition' ), "entitlement #{$id}" );
			$this->assertCount( $won ? 1 : 0, $this->fulfilment_orders_for( $id ), "fulfilment orders of entitlement #{$id}: a refused redemption leaves none" );
		}
		$this->assertLedgerSound();
		$this->report( 'stock 3 x10', $counts );
	}

	public function test_a_cancel_racing_redemptions_has_exactly_one_winner(): void {
		$order    = $this->make_order();
		$outcomes = array();
		for ( $round = 1; $round <= self::ROUNDS; $round++ ) {
			$id       = $this->make_entitlement( array( 'deferred_amount' => '25.00' ) );
			$requests = array();
			for ( $i = 0; $i < 10; $i++ ) {
				$requests[] = 0 === ( $i + $round ) % 2
					? array( 'POST', "/entitlements/{$id}/cancel", array( 'reason' => "Refund {$i}" ) )
					: array( 'POST', "/entitlements/{$id}/redeem", array( 'order_id' => $order ) );
			}
			$responses = $this->http->parallel( $requests );

			$won     = array();
			$refused = array();
			foreach ( $responses as $i => $response ) {
				$action = str_ends_with( $requests[ $i ][1], '/cancel' ) ? 'cancel' : 'redeem';
				if ( 200 === $response['status'] ) {
					$won[] = $action;
					continue;
				}
				$refused[] = $action . ' ' . $response['status'] . ' ' . ( $response['body']['code'] ?? substr( $response['raw'], 0, 120 ) );
			}
			$summary = "round {$round}: won " . wp_json_encode( $won ) . ', refused ' . wp_json_encode( array_count_values( $refused ) );
			$this->assertCount( 1, $won, $summary );
			$expected_refusals = array(
				'cancel 409 el_not_cancellable' => 'redeem' === $won[0] ? 5 : 4,
				'redeem 409 el_not_redeemable'  => 'cancel' === $won[0] ? 5 : 4,
			);
			$refusals          = array_count_values( $refused );
			ksort( $refusals );
			$this->assertSame( $expected_refusals, $refusals, $summary );

			$row = $this->entitlement_row( $id );
			$this->assertSame( '0', $row['deferred_balance'], $summary );
			if ( 'cancel' === $won[0] ) {
				$this->assertSame( 'cancelled', $row['status'], $summary );
				$this->assertSame( '0', $row['earned_amount'], $summary );
				$this->assertSame( 0, $this->count_entries( $id, 'recognition' ), $summary );
				$this->assertSame( 1, $this->count_entries( $id, 'reversal' ), $summary );
			} else {
				$this->assertSame( 'redeemed', $row['status'], $summary );
				$this->assertSame( '2500', $row['earned_amount'], $summary );
				$this->assertSame( 1, $this->count_entries( $id, 'recognition' ), $summary );
				$this->assertSame( 0, $this->count_entries( $id, 'reversal' ), $summary );
			}
			$outcomes[] = $won[0];
		}
		$this->assertLedgerSound();
		$this->report( 'cancel vs redeem', $outcomes );
	}

	/**
	 * Entitlements redeemed (and not undone) with a gift.
	 *
	 * @param int $gift_id Gift.
	 */
	private function standard_redemptions_of( int $gift_id ): int {
		global $wpdb;
		return (int) $wpdb->get_var(
			$wpdb->prepare(
				"SELECT COUNT(*) FROM %i WHERE status = 'redeemed' AND redemption_method = 'standard' AND redemption_gift_id = %d",
				Tables::name( Tables::ENTITLEMENTS ),
				$gift_id
			)
		);
	}

	/**
	 * Prints a race's outcome when EL_CONSISTENCY_VERBOSE is set.
	 *
	 * @param string $race    Name.
	 * @param mixed  $outcome Outcome.
	 */
	private function report( string $race, mixed $outcome ): void {
		if ( getenv( 'EL_CONSISTENCY_VERBOSE' ) ) {
			fwrite( STDERR, "\n[{$race}] " . wp_json_encode( $outcome ) . "\n" );
		}
	}
}
