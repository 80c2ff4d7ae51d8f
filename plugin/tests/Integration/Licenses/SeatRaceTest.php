<?php
/**
 * Activation races over real HTTP, on separate PHP-FPM workers.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\Licenses;

use EntitlementLedger\Tests\Framework\HttpClient;

/**
 * Simultaneous activations of one license queue on its row lock: the seat limit holds
 * exactly, and one instance never takes two seats.
 */
final class SeatRaceTest extends LicenseTestCase {

	private const ROUNDS = 20;

	private HttpClient $http;

	protected function setUp(): void {
		parent::setUp();
		$this->set_rate_limits( 1000000, 1000000 );
		$this->make_brand( 'race', array(), 3 );
		$this->http = HttpClient::for_user( 0 );
	}

	public function test_fifty_simultaneous_activations_on_three_seats_succeed_exactly_three_times(): void {
		$outcomes = array();
		for ( $round = 1; $round <= self::ROUNDS; $round++ ) {
			[ $id, $key ] = $this->provision( 'race', "round{$round}@example.test" );
			$requests     = array();
			for ( $i = 0; $i < 50; $i++ ) {
				$requests[] = array( 'POST', "/licenses/{$key}/activate", array( 'instance' => "https://site-{$round}-{$i}.example" ) );
			}
			$answers = array_count_values(
				array_map(
					static fn( array $response ): string => $response['status'] . ' ' . ( $response['body']['code'] ?? 'ok' ),
					$this->http->parallel( $requests )
				)
			);
			ksort( $answers );
			$summary = "round {$round}: " . wp_json_encode( $answers );
			$this->assertSame(
				array(
					'201 ok'                    => 3,
					'409 el_seat_limit_reached' => 47,
				),
				$answers,
				$summary
			);
			$this->assertSame( 3, $this->active_rows( $id ), "exactly three active rows; {$summary}" );
			$outcomes[] = $answers['201 ok'];
		}
		$this->report( '50 x 3 seats', $outcomes );
	}

	public function test_twenty_simultaneous_activations_of_one_instance_use_one_seat(): void {
		[ $id, $key ] = $this->provision( 'race', 'same@example.test' );
		$responses    = $this->http->parallel( array_fill( 0, 20, array( 'POST', "/licenses/{$key}/activate", array( 'instance' => 'https://same.example' ) ) ) );
		$statuses     = array_count_values( array_map( static fn( array $response ): int => $response['status'], $responses ) );
		ksort( $statuses );
		$this->assertSame(
			array(
				200 => 19,
				201 => 1,
			),
			$statuses,
			'one creates the activation, the others get it back'
		);
		$this->assertSame( 1, $this->active_rows( $id ) );
		foreach ( $responses as $response ) {
			$this->assertSame( 1, $response['body']['seats_used'] ?? null, $response['raw'] );
		}
		$this->assertSame( array( 'license.provisioned', 'license.activated' ), $this->audit_actions( $id ), 'one activation, audited once' );
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
