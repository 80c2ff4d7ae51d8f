<?php
/**
 * Idempotency-Key over real HTTP.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\Consistency;

use EntitlementLedger\Database\Tables;
use EntitlementLedger\Domain\Access\Capabilities;
use EntitlementLedger\Domain\Entitlements\EntitlementService;
use EntitlementLedger\Tests\Framework\HttpClient;

/**
 * A key is scoped to the client, stored with the first completed response in the same
 * transaction as the work, and replayed (`Idempotent-Replayed: true`) for the same request;
 * another request under the key is 422 el_idempotency_mismatch; concurrent duplicates never
 * write twice.
 */
final class IdempotencyTest extends ConsistencyTestCase {

	private HttpClient $http;

	/**
	 * Customer email unique to this test, to count its entitlements.
	 *
	 * @var string
	 */
	private string $email;

	protected function setUp(): void {
		parent::setUp();
		$this->http  = HttpClient::for_user( $this->make_user( Capabilities::ROLE_CIRCULATION_MANAGER ) );
		$this->email = 'idem-' . strtolower( wp_generate_password( 10, false ) ) . '@example.test';
	}

	public function test_a_repeated_create_is_replayed_with_the_same_status_and_body_and_writes_once(): void {
		$key  = $this->new_key();
		$body = $this->create_body( array( 'meta' => array( 'channel' => 'phone' ) ) );

		$first  = $this->http->request( 'POST', '/entitlements', $body, array( 'Idempotency-Key' => $key ) );
		$second = $this->http->request( 'POST', '/entitlements', $body, array( 'Idempotency-Key' => $key ) );

		$this->assertSame( 201, $first['status'], $first['raw'] );
		$this->assertArrayNotHasKey( 'idempotent-replayed', $first['headers'], 'the first response is not a replay' );
		$this->assertSame( 201, $second['status'], $second['raw'] );
		$this->assertSame( 'true', $second['headers']['idempotent-replayed'] ?? null, 'the repeat is marked as a replay' );
		$this->assertSame( $first['raw'], $second['raw'], 'the replayed body is the stored one, byte for byte' );
		$this->assertSame( $first['headers']['location'] ?? null, $second['headers']['location'] ?? null, 'Location is replayed' );

		$id = (int) $first['body']['id'];
		$this->assertSame( array( $id ), $this->entitlement_ids(), 'exactly one entitlement' );
		$this->assertSame( 1, $this->count_entries( $id, 'deferral' ), 'exactly one deferral entry' );
		$this->assertSame( 1, $this->audit_rows( 'entitlement.created', $id ), 'exactly one audit row' );
	}

	/**
	 * Regression: replay() decoded the stored body into arrays, so "meta":{} came back as "meta":[].
	 */
	public function test_a_replay_keeps_empty_json_objects(): void {
		$key      = $this->new_key();
		$body     = $this->create_body();
		$original = $this->http->request( 'POST', '/entitlements', $body, array( 'Idempotency-Key' => $key ) );
		$replay   = $this->http->request( 'POST', '/entitlements', $body, array( 'Idempotency-Key' => $key ) );

		$this->assertSame( 201, $original['status'], $original['raw'] );
		$this->assertStringContainsString( '"meta":{}', $original['raw'] );
		$this->assertSame( 'true', $replay['headers']['idempotent-replayed'] ?? null );
		$this->assertEquals( $original['body'], $replay['body'], 'same data once decoded as arrays' );
		$this->assertSame( $original['raw'], $replay['raw'], 'the replayed body is byte-identical (an empty object stays {})' );
	}

	public function test_the_same_key_with_another_body_is_422_and_writes_nothing(): void {
		$key   = $this->new_key();
		$first = $this->http->request( 'POST', '/entitlements', $this->create_body(), array( 'Idempotency-Key' => $key ) );
		$this->assertSame( 201, $first['status'], $first['raw'] );
		$id     = (int) $first['body']['id'];
		$before = $this->table_counts();

		$other = $this->http->request( 'POST', '/entitlements', $this->create_body( array( 'deferred_amount' => '99.00' ) ), array( 'Idempotency-Key' => $key ) );
		$this->assertSame( 422, $other['status'], $other['raw'] );
		$this->assertSame( 'el_idempotency_mismatch', $other['body']['code'] ?? null );

		$elsewhere = $this->http->request( 'POST', "/entitlements/{$id}/cancel", array( 'reason' => 'Key reused on another route' ), array( 'Idempotency-Key' => $key ) );
		$this->assertSame( 422, $elsewhere['status'], 'the key belongs to the create request: ' . $elsewhere['raw'] );
		$this->assertSame( 'el_idempotency_mismatch', $elsewhere['body']['code'] ?? null );

		$this->assertSame( $before, $this->table_counts(), 'no row written anywhere' );
		$this->assertSame( 'active', $this->entitlement_row( $id )['status'], 'the cancel did not run' );
		$this->assertSame( array( $id ), $this->entitlement_ids() );
	}

	public function test_keys_are_scoped_to_the_client(): void {
		$key     = $this->new_key();
		$body    = $this->create_body();
		$another = HttpClient::for_user( $this->make_user( Capabilities::ROLE_CIRCULATION_MANAGER ) );

		$mine   = $this->http->request( 'POST', '/entitlements', $body, array( 'Idempotency-Key' => $key ) );
		$theirs = $another->request( 'POST', '/entitlements', $body, array( 'Idempotency-Key' => $key ) );
		$this->assertSame( 201, $mine['status'], $mine['raw'] );
		$this->assertSame( 201, $theirs['status'], $theirs['raw'] );
		$this->assertArrayNotHasKey( 'idempotent-replayed', $theirs['headers'], "another user's key does not replay mine" );
		$this->assertNotSame( $mine['body']['id'], $theirs['body']['id'] );

		$theirs_mismatch = $another->request( 'POST', '/entitlements', $this->create_body( array( 'deferred_amount' => '1.00' ) ), array( 'Idempotency-Key' => $this->new_key() ) );
		$this->assertSame( 201, $theirs_mismatch['status'], 'a fresh key of the other client works: ' . $theirs_mismatch['raw'] );

		$mine_again   = $this->http->request( 'POST', '/entitlements', $body, array( 'Idempotency-Key' => $key ) );
		$theirs_again = $another->request( 'POST', '/entitlements', $body, array( 'Idempotency-Key' => $key ) );
		$this->assertSame( $mine['body']['id'], $mine_again['body']['id'], 'each client replays its own response' );
		$this->assertSame( $theirs['body']['id'], $theirs_again['body']['id'] );
		$this->assertSame( 'true', $mine_again['headers']['idempotent-replayed'] ?? null );
		$this->assertSame( 'true', $theirs_again['headers']['idempotent-replayed'] ?? null );
		$this->assertCount( 3, $this->entitlement_ids() );
	}

	public function test_the_request_hash_ignores_key_order_and_whitespace(): void {
		$key     = $this->new_key();
		$json    = array( 'Content-Type' => 'application/json' );
		$ordered = '{"customer_email":"' . $this->email . '","number":2026,"deferred_amount":"9.99","currency":"USD","meta":{"a":"1","b":"2","c":"3"}}';
		$shuffle = "{ \"meta\": { \"c\": \"3\", \"a\": \"1\", \"b\": \"2\" },\n  \"currency\": \"USD\", \"deferred_amount\": \"9.99\", \"number\": 2026, \"customer_email\": \"{$this->email}\" }";

		$first  = $this->http->request( 'POST', '/entitlements', $ordered, $json + array( 'Idempotency-Key' => $key ) );
		$second = $this->http->request( 'POST', '/entitlements', $shuffle, $json + array( 'Idempotency-Key' => $key ) );
		$this->assertSame( 201, $first['status'], $first['raw'] );
		$this->assertSame( 201, $second['status'], $second['raw'] );
		$this->assertSame( 'true', $second['headers']['idempotent-replayed'] ?? null, 'reordered keys (top level and nested) are the same request' );
		$this->assertSame( $first['body']['id'], $second['body']['id'] );

		$changed = $this->http->request( 'POST', '/entitlements', str_replace( '"c":"3"', '"c":"4"', $ordered ), $json + array( 'Idempotency-Key' => $key ) );
		$this->assertSame( 422, $changed['status'], 'a changed nested value is another request: ' . $changed['raw'] );
		$this->assertCount( 1, $this->entitlement_ids() );
	}

	public function test_an_error_response_is_replayed_without_running_the_work_again(): void {
		$this->act_as_circulation_manager();
		$service = $this->service( EntitlementService::class );
		$id      = $this->make_entitlement( array( 'customer_email' => $this->email ) );
		$order   = $this->make_order();
		$service->redeem_custom( $id, $order, 'First redemption' );

		$key     = $this->new_key();
		$request = array( 'order_id' => $order );
		$refused = $this->http->request( 'POST', "/entitlements/{$id}/redeem", $request, array( 'Idempotency-Key' => $key ) );
		$this->assertSame( 409, $refused['status'], $refused['raw'] );
		$this->assertSame( 'el_not_redeemable', $refused['body']['code'] ?? null );

		// The redemption would succeed now; the key must still answer what it answered first.
		$service->unredeem( $id, 'Undo before the retry' );
		$replayed = $this->http->request( 'POST', "/entitlements/{$id}/redeem", $request, array( 'Idempotency-Key' => $key ) );
		$this->assertSame( 409, $replayed['status'], $replayed['raw'] );
		$this->assertSame( 'true', $replayed['headers']['idempotent-replayed'] ?? null );
		$this->assertSame( $refused['raw'], $replayed['raw'] );
		$this->assertSame( 'active', $this->entitlement_row( $id )['status'], 'the replay did not redeem' );
		$this->assertSame( 1, $this->count_entries( $id, 'recognition' ), 'only the first redemption recognised revenue' );

		$fresh = $this->http->request( 'POST', "/entitlements/{$id}/redeem", $request, array( 'Idempotency-Key' => $this->new_key() ) );
		$this->assertSame( 200, $fresh['status'], 'with a new key the redemption runs: ' . $fresh['raw'] );
		$this->assertSame( 2, $this->count_entries( $id, 'recognition' ) );
	}

	public function test_an_invalid_key_is_400_and_writes_nothing(): void {
		$invalid = array(
			'192 characters'  => str_repeat( 'k', 192 ),
			'non-ASCII'       => 'clé-' . wp_generate_password( 8, false ),
			'inner space'     => 'two words',
			'control byte'    => "tab\tkey",
			'emoji (UTF-8)'   => "key-\u{1F381}",
			'only non-ASCII'  => 'ÄÖÜ',
			'high byte 0x7F+' => "key\x7F",
		);
		foreach ( $invalid as $label => $key ) {
			$response = $this->http->request( 'POST', '/entitlements', $this->create_body(), array( 'Idempotency-Key' => $key ) );
			$this->assertSame( 400, $response['status'], "{$label}: {$response['raw']}" );
			$this->assertSame( 'el_invalid_idempotency_key', $response['body']['code'] ?? null, $label );
		}
		$this->assertSame( array(), $this->entitlement_ids(), 'no invalid key wrote anything' );
		$this->assertSame( 0, $this->count_rows( Tables::IDEMPOTENCY_KEYS ) );

		$longest = $this->http->request( 'POST', '/entitlements', $this->create_body(), array( 'Idempotency-Key' => str_repeat( '~', 191 ) ) );
		$this->assertSame( 201, $longest['status'], '191 printable ASCII characters are a valid key: ' . $longest['raw'] );
	}

	public function test_ten_concurrent_creates_with_one_key_write_once(): void {
		$key       = $this->new_key();
		$body      = $this->create_body();
		$responses = $this->http->parallel( array_fill( 0, 10, array( 'POST', '/entitlements', $body, array( 'Idempotency-Key' => $key ) ) ) );

		$mix = $this->classify( $responses, 201 );
		$ids = $this->entitlement_ids();
		$this->assertCount( 1, $ids, 'exactly one entitlement; responses: ' . wp_json_encode( $mix ) );
		$this->assertSame( 1, $mix['original'], 'exactly one response ran the work: ' . wp_json_encode( $mix ) );
		$this->assertSame( 0, $mix['other'], 'every response is the original, a replay or in-flight: ' . wp_json_encode( $mix ) );
		$this->assertSame( 1, $this->count_entries( $ids[0], 'deferral' ), 'exactly one deferral entry' );
		foreach ( $responses as $response ) {
			if ( 201 === $response['status'] ) {
				$this->assertSame( $ids[0], (int) $response['body']['id'], 'every success names the one entitlement' );
			}
		}
		$this->report_mix( 'create', $mix );
	}

	public function test_ten_concurrent_redemptions_with_one_key_recognise_once(): void {
		$this->act_as_circulation_manager();
		$id        = $this->make_entitlement( array( 'customer_email' => $this->email ) );
		$request   = array(
			'order_id' => $this->make_order(),
			'note'     => 'Concurrent retry',
		);
		$key       = $this->new_key();
		$responses = $this->http->parallel( array_fill( 0, 10, array( 'POST', "/entitlements/{$id}/redeem", $request, array( 'Idempotency-Key' => $key ) ) ) );

		$mix = $this->classify( $responses, 200 );
		$this->assertSame( 1, $mix['original'], 'exactly one response ran the redemption: ' . wp_json_encode( $mix ) );
		$this->assertSame( 0, $mix['other'], 'no duplicate ran the work (a 409 el_not_redeemable would mean it did): ' . wp_json_encode( $mix ) );
		$this->assertSame( 1, $this->count_entries( $id, 'recognition' ), 'exactly one recognition entry; responses: ' . wp_json_encode( $mix ) );
		$row = $this->entitlement_row( $id );
		$this->assertSame( 'redeemed', $row['status'] );
		$this->assertSame( '0', $row['deferred_balance'] );
		$this->assertLedgerSound();
		$this->report_mix( 'redeem', $mix );
	}

	/**
	 * Sorts concurrent responses into the original, replays, in-flight answers and anything else.
	 *
	 * @param list<array{status: int, headers: array<string, string>, body: mixed, raw: string}> $responses Responses.
	 * @param int                                                                                $success   Status of the original.
	 * @return array{original: int, replayed: int, in_flight: int, other: int, others: list<string>}
	 */
	private function classify( array $responses, int $success ): array {
		$mix = array(
			'original'  => 0,
			'replayed'  => 0,
			'in_flight' => 0,
			'other'     => 0,
			'others'    => array(),
		);
		foreach ( $responses as $response ) {
			$replayed = 'true' === ( $response['headers']['idempotent-replayed'] ?? null );
			$code     = is_array( $response['body'] ) ? ( $response['body']['code'] ?? null ) : null;
			if ( $success === $response['status'] ) {
				++$mix[ $replayed ? 'replayed' : 'original' ];
			} elseif ( 409 === $response['status'] && 'el_idempotency_in_flight' === $code ) {
				++$mix['in_flight'];
			} else {
				++$mix['other'];
				$mix['others'][] = $response['status'] . ' ' . substr( $response['raw'], 0, 200 );
			}
		}
		return $mix;
	}

	/**
	 * Prints a race's outcome when EL_CONSISTENCY_VERBOSE is set.
	 *
	 * @param string               $race Name.
	 * @param array<string, mixed> $mix  Outcome.
	 */
	private function report_mix( string $race, array $mix ): void {
		if ( getenv( 'EL_CONSISTENCY_VERBOSE' ) ) {
			fwrite( STDERR, "\n[idempotency {$race}] " . wp_json_encode( $mix ) . "\n" );
		}
	}

	/**
	 * A fresh Idempotency-Key.
	 */
	private function new_key(): string {
		return 'test-' . wp_generate_uuid4();
	}

	/**
	 * A create body for this test's customer.
	 *
	 * @param array<string, mixed> $overrides Fields.
	 * @return array<string, mixed>
	 */
	private function create_body( array $overrides = array() ): array {
		return $overrides + array(
			'customer_email'  => $this->email,
			'number'          => 2026,
			'deferred_amount' => '12.50',
			'currency'        => 'USD',
		);
	}

	/**
	 * Ids of this test's entitlements.
	 *
	 * @return list<int>
	 */
	private function entitlement_ids(): array {
		global $wpdb;
		$ids = $wpdb->get_col( $wpdb->prepare( 'SELECT id FROM %i WHERE customer_email = %s ORDER BY id', Tables::name( Tables::ENTITLEMENTS ), $this->email ) );
		return array_values( array_map( 'intval', $ids ) );
	}

	/**
	 * Audit rows of an action on an entitlement.
	 *
	 * @param string $action Action.
	 * @param int    $id     Entitlement.
	 */
	private function audit_rows( string $action, int $id ): int {
		global $wpdb;
		return (int) $wpdb->get_var(
			$wpdb->prepare( "SELECT COUNT(*) FROM %i WHERE action = %s AND object_type = 'entitlement' AND object_id = %d", Tables::name( Tables::AUDIT_LOG ), $action, $id )
		);
	}

	/**
	 * Row counts of every table a write touches.
	 *
	 * @return array<string, int>
	 */
	private function table_counts(): array {
		$counts = array();
		foreach ( array( Tables::ENTITLEMENTS, Tables::LEDGER_ENTRIES, Tables::LEDGER_LINES, Tables::AUDIT_LOG, Tables::IDEMPOTENCY_KEYS, Tables::LEDGER_DAILY, Tables::LIABILITY ) as $table ) {
			$counts[ $table ] = $this->count_rows( $table );
		}
		return $counts;
	}
}
