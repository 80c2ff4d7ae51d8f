<?php
/**
 * The journal tables are insert-only.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\Consistency;

use EntitlementLedger\Database\Tables;
use EntitlementLedger\Domain\Entitlements\EntitlementService;
use EntitlementLedger\Jobs\Housekeeping;
use WP_REST_Response;

/**
 * Records every SQL statement $wpdb runs (its `query` filter) during a workload that touches
 * every write path, and asserts that none of them updates, deletes, replaces, truncates,
 * alters or drops el_ledger_entries or el_ledger_lines. The projections (el_ledger_daily,
 * el_liability) may be updated: they are derived data.
 */
final class AppendOnlyLedgerTest extends ConsistencyTestCase {

	/**
	 * Statements run while recording.
	 *
	 * @var list<string>
	 */
	private array $statements = array();

	private bool $recording = false;

	protected function setUp(): void {
		parent::setUp();
		add_filter( 'query', array( $this, 'record' ) );
	}

	protected function tearDown(): void {
		remove_filter( 'query', array( $this, 'record' ) );
		parent::tearDown();
	}

	/**
	 * The `query` filter: records the statement and returns it unchanged.
	 *
	 * @param string $query SQL.
	 * @return string
	 */
	public function record( $query ) {
		if ( $this->recording ) {
			$this->statements[] = (string) $query;
		}
		return $query;
	}

	public function test_no_statement_of_a_full_workload_rewrites_the_journal(): void {
		$this->act_as_circulation_manager();
		$clock     = new MovableClock( time() );
		$container = $this->use_clock( $clock );
		$service   = $container->get( EntitlementService::class );
		$gift      = $this->make_gift( 2026 );
		$order     = $this->make_order();

		$this->recording = true;
		$this->run_workload( $service, $container->get( Housekeeping::class ), $clock, $gift, $order );
		$this->recording = false;

		$entries = Tables::name( Tables::LEDGER_ENTRIES );
		$lines   = Tables::name( Tables::LEDGER_LINES );
		$this->assertNotEmpty( $this->statements, 'statements were recorded' );
		$this->assertNotEmpty( $this->inserts_into( $entries ), 'the workload inserted journal entries' );
		$this->assertNotEmpty( $this->inserts_into( $lines ), 'the workload inserted journal lines' );

		if ( getenv( 'EL_CONSISTENCY_VERBOSE' ) ) {
			fwrite( STDERR, sprintf( "\n[append-only] %d statements, %d inserts into entries, %d into lines\n", count( $this->statements ), count( $this->inserts_into( $entries ) ), count( $this->inserts_into( $lines ) ) ) );
		}
		$rewrites = array_values( array_filter( $this->statements, fn( string $sql ): bool => $this->rewrites( $sql, array( $entries, $lines ) ) ) );
		$this->assertSame( array(), $rewrites, 'no UPDATE, DELETE, REPLACE, TRUNCATE, ALTER, DROP, RENAME or upsert targets the journal' );
		$this->assertLedgerSound();
	}

	public function test_the_detector_recognises_every_kind_of_rewrite(): void {
		global $wpdb;
		$table    = Tables::name( Tables::LEDGER_LINES );
		$rewrites = array(
			"UPDATE `{$table}` SET amount = 0 WHERE id = 1",
			"update {$table} l JOIN x ON x.id = l.id SET l.amount = 1",
			"UPDATE LOW_PRIORITY {$wpdb->prefix}el_entitlements t, {$table} l SET l.amount = 0",
			"DELETE FROM {$table} WHERE id = 1",
			"  delete l FROM {$table} l WHERE 1",
			"REPLACE INTO `{$table}` (id) VALUES (1)",
			"TRUNCATE TABLE {$table}",
			"ALTER TABLE {$table} ADD COLUMN x int",
			"DROP TABLE IF EXISTS {$table}",
			"RENAME TABLE {$table} TO old_lines",
			"INSERT INTO {$table} (id, amount) VALUES (1, 2) ON DUPLICATE KEY UPDATE amount = 2",
		);
		foreach ( $rewrites as $sql ) {
			$this->assertTrue( $this->rewrites( $sql, array( $table ) ), $sql );
		}
		$harmless = array(
			"INSERT INTO `{$table}` (entry_id, amount) VALUES (1, 2), (1, -2)",
			"SELECT * FROM {$table} WHERE id = 1 FOR UPDATE",
			"UPDATE {$wpdb->prefix}el_ledger_daily SET amount = amount + 1",
			"INSERT INTO {$wpdb->prefix}el_liability (number) VALUES (1) ON DUPLICATE KEY UPDATE entitlements = entitlements + 1",
			"DELETE FROM {$table}_archive WHERE 1",
		);
		foreach ( $harmless as $sql ) {
			$this->assertFalse( $this->rewrites( $sql, array( $table ) ), $sql );
		}
	}

	/**
	 * Creates, idempotent replay, standard and custom redemption, undo, cancel, adjustments
	 * (one refused), renumbering, expiry with breakage, deletes in every state, and a batch.
	 *
	 * @param EntitlementService $service      Lifecycle on the movable clock.
	 * @param Housekeeping       $housekeeping Expiry job on the movable clock.
	 * @param MovableClock       $clock        The clock.
	 * @param int                $gift         A gift of 2026.
	 * @param int                $order        An existing order.
	 */
	private function run_workload( EntitlementService $service, Housekeeping $housekeeping, MovableClock $clock, int $gift, int $order ): void {
		$create = array(
			'customer_email'  => 'append@example.test',
			'number'          => 2026,
			'deferred_amount' => '20.00',
			'currency'        => 'USD',
		);
		$key    = array( 'Idempotency-Key' => 'append-' . wp_generate_uuid4() );
		$first  = $this->ok( $this->rest( 'POST', '/entitlements', $create, $key ), 201 );
		$this->ok( $this->rest( 'POST', '/entitlements', $create, $key ), 201 );
		$second = $this->ok(
			$this->rest(
				'POST',
				'/entitlements',
				array(
					'currency'        => 'JPY',
					'deferred_amount' => '3000',
				) + $create
			),
			201
		);
		$third  = $this->ok( $this->rest( 'POST', '/entitlements', $create ), 201 );

		$this->ok( $this->rest( 'POST', "/entitlements/{$first}/redeem", array( 'gift_id' => $gift ) ) );
		$this->ok( $this->rest( 'POST', "/entitlements/{$first}/unredeem", array( 'reason' => 'Wrong gift' ) ) );
		$this->ok(
			$this->rest(
				'POST',
				"/entitlements/{$first}/adjust",
				array(
					'amount' => '5.00',
					'reason' => 'Upgrade',
				)
			)
		);
		$this->ok(
			$this->rest(
				'POST',
				"/entitlements/{$first}/adjust",
				array(
					'amount' => '-2.50',
					'reason' => 'Discount',
				)
			)
		);
		$this->assertSame(
			409,
			$this->rest(
				'POST',
				"/entitlements/{$first}/adjust",
				array(
					'amount' => '-500.00',
					'reason' => 'Too much',
				)
			)->get_status()
		);
		$this->ok(
			$this->rest(
				'POST',
				"/entitlements/{$first}/redeem",
				array(
					'order_id' => $order,
					'note'     => 'By hand',
				)
			)
		);
		$this->ok( $this->rest( 'PATCH', "/entitlements/{$first}", array( 'number' => 2027 ) ) );
		$this->ok( $this->rest( 'DELETE', "/entitlements/{$first}", array( 'reason' => 'Duplicate' ) ) );

		$this->ok(
			$this->rest(
				'POST',
				"/entitlements/{$second}/adjust",
				array(
					'amount' => '-1000',
					'reason' => 'Partial refund',
				)
			)
		);
		$this->ok( $this->rest( 'POST', "/entitlements/{$second}/cancel", array( 'reason' => 'Refunded' ) ) );
		$this->assertSame( 409, $this->rest( 'POST', "/entitlements/{$second}/redeem", array( 'order_id' => $order ) )->get_status() );
		$this->ok( $this->rest( 'DELETE', "/entitlements/{$second}", array( 'reason' => 'Cleanup' ) ) );

		$expiring = $service->create( array( 'expires_at' => $clock->at( 3600 ) ) + $create );
		$service->adjust( $expiring->id, '1.00', 'Goodwill' );
		$clock->advance( 2 * 3600 );
		$this->assertGreaterThanOrEqual( 1, $housekeeping->expire_due(), 'the expiry job expired something' );
		$service->update( $expiring->id, array( 'number' => 2025 ) );
		$service->delete( $expiring->id, 'Expired duplicate' );

		$batch = $this->rest(
			'POST',
			'/entitlements/batch',
			array(
				'create' => array( $create, array( 'currency' => 'EUR' ) + $create ),
				'update' => array(
					array(
						'id'     => $third,
						'number' => 2028,
					),
				),
				'delete' => array(
					array(
						'id'     => $third,
						'reason' => 'Batch cleanup',
					),
				),
			)
		);
		$this->assertSame( 200, $batch->get_status(), (string) wp_json_encode( $batch->get_data() ) );
		$this->assertStringNotContainsString( '"error"', (string) wp_json_encode( $batch->get_data() ), 'every batch item succeeded' );
	}

	/**
	 * Asserts a successful response; returns the entitlement id in it.
	 *
	 * @param WP_REST_Response $response Response.
	 * @param int              $status   Expected status.
	 */
	private function ok( WP_REST_Response $response, int $status = 200 ): int {
		$data = $response->get_data();
		$this->assertSame( $status, $response->get_status(), (string) wp_json_encode( $data ) );
		return is_array( $data ) ? (int) ( $data['id'] ?? 0 ) : 0;
	}

	/**
	 * Recorded INSERT statements into a table.
	 *
	 * @param string $table Table name.
	 * @return list<string>
	 */
	private function inserts_into( string $table ): array {
		$pattern = '/^\s*INSERT\s+(?:IGNORE\s+)?INTO\s+`?' . preg_quote( $table, '/' ) . '`?[\s(]/i';
		return array_values( array_filter( $this->statements, static fn( string $sql ): bool => 1 === preg_match( $pattern, $sql ) ) );
	}

	/**
	 * Whether a statement changes or removes existing rows (or the definition) of one of the tables.
	 * Strict on purpose: any such statement that names the table counts, even in a subquery.
	 *
	 * @param string       $sql    Statement.
	 * @param list<string> $tables Table names.
	 */
	private function rewrites( string $sql, array $tables ): bool {
		$names = implode( '|', array_map( static fn( string $table ): string => preg_quote( $table, '/' ), $tables ) );
		if ( 1 !== preg_match( '/(?<![\w$])`?(?:' . $names . ')`?(?![\w$])/i', $sql ) ) {
			return false;
		}
		if ( 1 === preg_match( '/^\s*(?:UPDATE|DELETE|REPLACE|TRUNCATE|ALTER|DROP|RENAME)\b/i', $sql ) ) {
			return true;
		}
		$upsert_target = '/^\s*INSERT\s+(?:LOW_PRIORITY\s+|HIGH_PRIORITY\s+|DELAYED\s+)?(?:IGNORE\s+)?(?:INTO\s+)?`?(?:' . $names . ')`?[\s(].*\bON\s+DUPLICATE\s+KEY\s+UPDATE\b/is';
		return 1 === preg_match( $upsert_target, $sql );
	}
}
