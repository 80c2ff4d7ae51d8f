<?php
/**
 * A transaction InnoDB rolls back as a deadlock victim must not half-commit.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\Consistency;

use EntitlementLedger\Database\Tables;
use WP_Application_Passwords;
use wpdb;

/**
 * Forces a real deadlock between a redemption running on the test server and a second
 * database connection of this process, with the redemption as InnoDB's victim, and checks
 * that the redemption then either failed without writing anything or was retried in full.
 *
 * InnoDB answers a deadlock by rolling back the victim's WHOLE transaction. Statements the
 * victim runs afterwards execute in autocommit mode, each committed on its own. Regression test:
 * when writes did not check $wpdb's result, the redemption answered 200 and committed
 * status = redeemed with its deferred balance intact and no recognition entry.
 */
final class DeadlockRecoveryTest extends ConsistencyTestCase {

	/**
	 * Seconds to wait for the redemption to reach the locked row.
	 */
	private const WAIT_SECONDS = 10;

	/**
	 * A second connection, the other party of the deadlock.
	 *
	 * @var wpdb|null
	 */
	private ?wpdb $blocker = null;

	protected function tearDown(): void {
		if ( null !== $this->blocker ) {
			$this->blocker->query( 'ROLLBACK' );
			$this->blocker->close();
			$this->blocker = null;
		}
		parent::tearDown();
	}

	public function test_a_redemption_that_loses_a_deadlock_writes_all_or_nothing(): void {
		global $wpdb;
		$user   = $this->make_user( 'el_circulation_manager' );
		$number = wp_rand( 7000, 7999 ); // A cycle of its own: its liability row is this test's alone.
		$id     = $this->make_entitlement(
			array(
				'deferred_amount' => '30.00',
				'number'          => $number,
			)
		);
		$order  = $this->make_order();

		// The blocker writes enough rows to outweigh the redemption (InnoDB rolls back the
		// lighter transaction), then locks the liability row the redemption will update.
		$this->blocker = new wpdb( DB_USER, DB_PASSWORD, DB_NAME, DB_HOST );
		$this->blocker->query( 'START TRANSACTION' );
		$this->blocker->query( $this->padding_insert( 300 ) );
		$this->blocker->get_results( $this->blocker->prepare( 'SELECT * FROM %i WHERE number = %d FOR UPDATE', Tables::name( Tables::LIABILITY ), $number ) );
		$this->assertSame( '', $this->blocker->last_error, 'the blocker holds the liability row' );

		[ $multi, $handle ] = $this->start_redemption( $user, $id, $order );
		$this->assertTrue( $this->wait_for_liability_update( $multi, $number ), 'the redemption holds the entitlement row and waits for the liability row' );

		// Now the blocker asks for the entitlement row: a cycle, which InnoDB breaks at once.
		$this->blocker->get_row( $this->blocker->prepare( 'SELECT id FROM %i WHERE id = %d FOR UPDATE', Tables::name( Tables::ENTITLEMENTS ), $id ) );
		$blocker_error = (string) $this->blocker->last_error;
		$this->blocker->query( 'ROLLBACK' );
		if ( str_contains( $blocker_error, 'Deadlock' ) ) {
			$this->markTestSkipped( 'InnoDB chose the blocker, not the redemption, as the deadlock victim.' );
		}

		$response = $this->finish( $multi, $handle );
		$row      = $this->entitlement_row( $id );
		$entries  = $this->count_entries( $id, 'recognition' );
		$summary  = "response {$response['status']} " . substr( $response['raw'], 0, 300 ) . "; stored: status {$row['status']}, deferred_balance {$row['deferred_balance']}, earned_amount {$row['earned_amount']}, recognition entries {$entries}";

		$this->assertLedgerSound( $summary );
		if ( 200 === $response['status'] ) {
			$this->assertSame( 'redeemed', $row['status'], "a 200 is a complete redemption: {$summary}" );
			$this->assertSame( '0', $row['deferred_balance'], $summary );
			$this->assertSame( '3000', $row['earned_amount'], $summary );
			$this->assertSame( 1, $entries, $summary );
		} else {
			$this->assertGreaterThanOrEqual( 409, $response['status'], "a failure is reported: {$summary}" );
			$this->assertSame( 'active', $row['status'], "a failed redemption changes nothing: {$summary}" );
			$this->assertSame( '3000', $row['deferred_balance'], $summary );
			$this->assertSame( 0, $entries, $summary );
		}
	}

	/**
	 * Starts POST /entitlements/{id}/redeem on the test server without waiting for it.
	 *
	 * @param int $user_id  Circulation manager.
	 * @param int $id       Entitlement.
	 * @param int $order_id Order to link.
	 * @return array{0: \CurlMultiHandle, 1: \CurlHandle}
	 */
	private function start_redemption( int $user_id, int $id, int $order_id ): array {
		$password = WP_Application_Passwords::create_new_application_password( $user_id, array( 'name' => 'deadlock-test' ) );
		$this->assertIsArray( $password );
		$user   = get_userdata( $user_id );
		$handle = curl_init( rtrim( (string) getenv( 'EL_TEST_URL' ), '/' ) . "/wp-json/entitlement-ledger/v1/entitlements/{$id}/redeem" );
		curl_setopt_array(
			$handle,
			array(
				CURLOPT_POST           => true,
				CURLOPT_POSTFIELDS     => (string) wp_json_encode( array( 'order_id' => $order_id ) ),
				CURLOPT_HTTPHEADER     => array( 'Content-Type: application/json', 'Expect:' ),
				CURLOPT_RETURNTRANSFER => true,
				CURLOPT_TIMEOUT        => 120,
				CURLOPT_USERPWD        => ( false === $user ? '' : $user->user_login ) . ':' . $password[0],
			)
		);
		$multi = curl_multi_init();
		curl_multi_add_handle( $multi, $handle );
		curl_multi_exec( $multi, $running );
		return array( $multi, $handle );
	}

	/**
	 * Waits until a connection other than ours runs the liability upsert of the cycle.
	 *
	 * @param \CurlMultiHandle $multi  The running request.
	 * @param int              $number Cycle.
	 */
	private function wait_for_liability_update( \CurlMultiHandle $multi, int $number ): bool {
		global $wpdb;
		$deadline = microtime( true ) + self::WAIT_SECONDS;
		while ( microtime( true ) < $deadline ) {
			curl_multi_exec( $multi, $running );
			$waiting = (int) $wpdb->get_var(
				$wpdb->prepare(
					'SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID <> CONNECTION_ID() AND INFO LIKE %s AND INFO LIKE %s',
					'INSERT INTO `' . $wpdb->esc_like( Tables::name( Tables::LIABILITY ) ) . '`%',
					'%VALUES (' . $number . ',%'
				)
			);
			if ( $waiting > 0 ) {
				return true;
			}
			if ( 0 === $running ) {
				return false;
			}
			usleep( 20000 );
		}
		return false;
	}

	/**
	 * Waits for the request to end.
	 *
	 * @param \CurlMultiHandle $multi  Multi handle.
	 * @param \CurlHandle      $handle Request.
	 * @return array{status: int, raw: string}
	 */
	private function finish( \CurlMultiHandle $multi, \CurlHandle $handle ): array {
		do {
			curl_multi_exec( $multi, $running );
			if ( $running > 0 ) {
				curl_multi_select( $multi, 0.5 );
			}
		} while ( $running > 0 );
		$result = array(
			'status' => (int) curl_getinfo( $handle, CURLINFO_RESPONSE_CODE ),
			'raw'    => (string) curl_multi_getcontent( $handle ),
		);
		curl_multi_remove_handle( $multi, $handle );
		curl_multi_close( $multi );
		return $result;
	}

	/**
	 * An INSERT of $rows throwaway audit rows (rolled back with the blocker's transaction).
	 *
	 * @param int $rows Rows.
	 */
	private function padding_insert( int $rows ): string {
		global $wpdb;
		$values = implode( ', ', array_fill( 0, $rows, "('system', '', 'test.padding', 'test', 0, '', '', '2026-01-01 00:00:00')" ) );
		return $wpdb->prepare( 'INSERT INTO %i (actor_type, actor_id, action, object_type, object_id, request_id, ip, created_at) VALUES ', Tables::name( Tables::AUDIT_LOG ) ) . $values;
	}
}
