<?php
/**
 * The liability report.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\Reports;

use EntitlementLedger\Domain\Clock;
use EntitlementLedger\Domain\Entitlements\EntitlementService;
use EntitlementLedger\Domain\Reports\LiabilityReport;
use EntitlementLedger\Internal\Container;
use EntitlementLedger\Internal\ServiceProvider;
use EntitlementLedger\Tests\Framework\IntegrationTestCase;

/**
 * Entitlements created at chosen days, aged at 2026-11-22.
 */
final class LiabilityReportTest extends IntegrationTestCase {

	private const AS_OF = '2026-11-22 12:00:00';

	/**
	 * The clock of the services built for this test.
	 *
	 * @var Clock&object{at: int}
	 */
	private Clock $clock;

	private Container $container;

	/**
	 * A container of fresh services sharing a clock the test moves.
	 */
	protected function setUp(): void {
		parent::setUp();
		$this->clock     = new class() extends Clock {
			/**
			 * Unix time.
			 *
			 * @var int
			 */
			public int $at = 0;

			/**
			 * Now.
			 */
			public function timestamp(): int {
				return $this->at;
			}
		};
		$this->container = new Container();
		( new ServiceProvider() )->register( $this->container );
		$this->container->set( Clock::class, $this->clock );
	}

	public function test_rows_group_by_number_age_bucket_and_currency_in_order(): void {
		$this->write_entitlements();
		$report = $this->report()->rows( null, null, self::AS_OF );

		$this->assertSame(
			array(
				array( 2027, '0-90', 'USD', 1, '5.00' ),
				array( 2027, '91-180', 'USD', 1, '7.00' ),
				array( 2026, '0-90', 'USD', 2, '30.00' ),
				array( 2026, '91-180', 'USD', 1, '15.00' ),
				array( 2026, '181-365', 'EUR', 1, '40.00' ),
				array( 2026, '181-365', 'USD', 1, '3.00' ),
				array( 2025, '365+', 'USD', 2, '26.00' ),
			),
			array_map( 'array_values', $report['rows'] )
		);
		$this->assertSame(
			array(
				'EUR' => array(
					'entitlements'     => 1,
					'deferred_balance' => '40.00',
				),
				'USD' => array(
					'entitlements'     => 8,
					'deferred_balance' => '86.00',
				),
			),
			$report['totals']
		);
	}

	public function test_filters_by_currency_and_number(): void {
		$this->write_entitlements();
		$eur = $this->report()->rows( 'eur', null, self::AS_OF );
		$this->assertSame( array( 'EUR' ), array_unique( array_column( $eur['rows'], 'currency' ) ) );
		$this->assertSame( array( 'EUR' ), array_keys( $eur['totals'] ) );

		$cycle = $this->report()->rows( null, 2025, self::AS_OF );
		$this->assertSame( array( 2025 ), array_unique( array_column( $cycle['rows'], 'number' ) ) );
		$this->assertSame( '26.00', $cycle['totals']['USD']['deferred_balance'] );
	}

	public function test_ages_are_measured_at_as_of(): void {
		$this->write_entitlements();
		$later = $this->report()->rows( null, 2026, '2027-06-01 00:00:00' );
		$this->assertSame( array( '181-365', '365+', '365+' ), array_column( $later['rows'], 'age_bucket' ) );
	}

	public function test_entitlements_without_a_balance_drop_out(): void {
		$this->at( '2026-11-01 10:00:00' );
		$id = $this->create( '10.00', 'USD', 2026 );
		$this->assertCount( 1, $this->report()->rows( null, null, self::AS_OF )['rows'] );

		$this->entitlements()->cancel( $id, 'Refunded' );
		$this->assertSame(
			array(
				'rows'   => array(),
				'totals' => array(),
			),
			$this->report()->rows( null, null, self::AS_OF )
		);
	}

	public function test_rest_route_as_json_and_csv(): void {
		$this->write_entitlements();
		$this->assertRestError( 401, 'el_forbidden', $this->rest( 'GET', '/reports/liability' ) );
		$this->act_as_circulation_manager();

		$response = $this->rest(
			'GET',
			'/reports/liability',
			array(
				'number' => 2027,
				'as_of'  => '2026-11-22T12:00:00Z',
			)
		);
		$this->assertSame( 200, $response->get_status() );
		$body = $response->get_data();
		$this->assertSame( array( '0-90', '91-180' ), array_column( $body['rows'], 'age_bucket' ) );
		$this->assertSame( 2, $body['totals']->USD['entitlements'] );

		$csv = $this->rest(
			'GET',
			'/reports/liability',
			array(
				'currency' => 'EUR',
				'as_of'    => '2026-11-22T12:00:00Z',
				'format'   => 'csv',
			)
		);
		$this->assertSame( 'text/csv; charset=utf-8', $csv->get_headers()['Content-Type'] );
		$this->assertSame( 'attachment; filename="entitlement-ledger-liability-2026-11-22.csv"', $csv->get_headers()['Content-Disposition'] );
		$this->assertSame( "number,age_bucket,currency,entitlements,deferred_balance\r\n2026,181-365,EUR,1,40.00\r\n", $csv->get_data() );

		$this->assertRestError( 400, 'el_invalid_param', $this->rest( 'GET', '/reports/liability', array( 'number' => 0 ) ) );
	}

	/**
	 * Entitlements at the bucket boundaries (as of 2026-11-22):
	 * 2027 USD 5.00 created 2026-08-24 (90 days), 7.00 created 2026-08-23 (91 days);
	 * 2026 USD 10.00 + 20.00 in November, 15.00 on 2026-06-01 (174 days), 3.00 on 2025-11-22 (365 days);
	 * 2026 EUR 40.00 on 2026-03-01; 2025 USD 25.00 on 2025-09-01 and 1.00 on 2025-11-21 (366 days);
	 * 2025 USD 9.00 redeemed (no balance, not listed).
	 */
	private function write_entitlements(): void {
		$plan = array(
			array( '2026-08-24 23:00:00', '5.00', 'USD', 2027 ),
			array( '2026-08-23 01:00:00', '7.00', 'USD', 2027 ),
			array( '2026-11-01 10:00:00', '10.00', 'USD', 2026 ),
			array( '2026-11-10 10:00:00', '20.00', 'USD', 2026 ),
			array( '2026-06-01 10:00:00', '15.00', 'USD', 2026 ),
			array( '2025-11-22 10:00:00', '3.00', 'USD', 2026 ),
			array( '2026-03-01 10:00:00', '40.00', 'EUR', 2026 ),
			array( '2025-09-01 10:00:00', '25.00', 'USD', 2025 ),
			array( '2025-11-21 10:00:00', '1.00', 'USD', 2025 ),
		);
		foreach ( $plan as [ $time, $amount, $currency, $number ] ) {
			$this->at( $time );
			$this->create( $amount, $currency, $number );
		}
		$this->at( '2025-10-01 10:00:00' );
		$redeemed = $this->create( '9.00', 'USD', 2025 );
		$order    = wc_create_order();
		$order->save();
		$this->entitlements()->redeem_custom( $redeemed, $order->get_id(), 'By hand' );
	}

	/**
	 * Creates an entitlement at the clock's time; returns its id.
	 *
	 * @param string $amount   Decimal amount.
	 * @param string $currency Currency.
	 * @param int    $number   Cycle.
	 */
	private function create( string $amount, string $currency, int $number ): int {
		return $this->entitlements()->create(
			array(
				'customer_email'  => 'reader@example.test',
				'number'          => $number,
				'deferred_amount' => $amount,
				'currency'        => $currency,
			)
		)->id;
	}

	/**
	 * Moves the clock.
	 *
	 * @param string $time UTC 'Y-m-d H:i:s'.
	 */
	private function at( string $time ): void {
		$this->clock->at = (int) strtotime( $time . ' UTC' );
	}

	/**
	 * The entitlement service on the test clock.
	 */
	private function entitlements(): EntitlementService {
		return $this->container->get( EntitlementService::class );
	}

	/**
	 * The report under test.
	 */
	private function report(): LiabilityReport {
		return $this->container->get( LiabilityReport::class );
	}
}
