<?php
/**
 * The revenue report.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\Reports;

use EntitlementLedger\Domain\Clock;
use EntitlementLedger\Domain\DomainError;
use EntitlementLedger\Domain\Entitlements\EntitlementService;
use EntitlementLedger\Domain\Reports\LiabilityReport;
use EntitlementLedger\Domain\Reports\RevenueReport;
use EntitlementLedger\Domain\Settings\Settings;
use EntitlementLedger\Internal\Container;
use EntitlementLedger\Internal\ServiceProvider;
use EntitlementLedger\RestApi\Controllers\ReportsController;
use EntitlementLedger\Tests\Framework\IntegrationTestCase;
use WP_REST_Request;

/**
 * A small history written through the domain services at chosen times, then reported.
 *
 * USD: E 20.00 (number 2025) created 2025-12-15; A 100.00 created 2026-01-10, redeemed 2026-02-05;
 * B 50.00 (number 2027) created 2026-01-20, cancelled 2026-03-03; C 30.00 created 2026-02-10,
 * redeemed 2026-02-12, undone 2026-03-15, adjusted +5.00 2026-03-20.
 * EUR: D 40.00 created 2026-02-01, expires 2026-04-01, expired (breakage) 2026-04-02.
 */
final class RevenueReportTest extends IntegrationTestCase {

	/**
	 * The moving clock of the services built for this test.
	 *
	 * @var Clock&object{at: int}
	 */
	private Clock $clock;

	private Container $container;

	/**
	 * The stored settings option before the test.
	 *
	 * @var mixed
	 */
	private mixed $settings_before;

	/**
	 * A container of fresh services sharing a clock the test moves.
	 */
	protected function setUp(): void {
		parent::setUp();
		$this->settings_before = get_option( Settings::OPTION, null );
		update_option( Settings::OPTION, array( 'breakage_policy' => Settings::BREAKAGE_ON_EXPIRY ) );
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

	/**
	 * Restores the settings.
	 */
	protected function tearDown(): void {
		if ( null === $this->settings_before ) {
			delete_option( Settings::OPTION );
		} else {
			update_option( Settings::OPTION, $this->settings_before );
		}
		parent::tearDown();
	}

	public function test_monthly_rows_follow_the_deferred_account_with_running_closing_balances(): void {
		$this->write_history();
		$report = $this->report()->rows( 'month', '2026-01-01 00:00:00', '2026-05-01 00:00:00', null );

		$this->assertSame(
			array(
				array( '2026-01', '2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z', 'USD', '150.00', '0.00', '0.00', '0.00', '170.00' ),
				array( '2026-02', '2026-02-01T00:00:00Z', '2026-03-01T00:00:00Z', 'EUR', '40.00', '0.00', '0.00', '0.00', '40.00' ),
				array( '2026-02', '2026-02-01T00:00:00Z', '2026-03-01T00:00:00Z', 'USD', '30.00', '130.00', '0.00', '0.00', '70.00' ),
				array( '2026-03', '2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z', 'USD', '5.00', '0.00', '0.00', '20.00', '55.00' ),
				array( '2026-04', '2026-04-01T00:00:00Z', '2026-05-01T00:00:00Z', 'EUR', '0.00', '0.00', '40.00', '0.00', '0.00' ),
			),
			array_map( 'array_values', $report['rows'] )
		);
		$this->assertSame(
			array(
				'EUR' => array(
					'deferred_added'   => '40.00',
					'recognised'       => '0.00',
					'broken'           => '40.00',
					'reversed'         => '0.00',
					'opening_deferred' => '0.00',
					'closing_deferred' => '0.00',
				),
				'USD' => array(
					'deferred_added'   => '185.00',
					'recognised'       => '130.00',
					'broken'           => '0.00',
					'reversed'         => '20.00',
					'opening_deferred' => '20.00',
					'closing_deferred' => '55.00',
				),
			),
			$report['totals']
		);
	}

	public function test_reversed_is_negative_when_an_undone_redemption_re_defers(): void {
		$this->write_history();
		$report = $this->report()->rows( 'day', '2026-03-15 00:00:00', '2026-03-16 00:00:00', 'USD' );
		$this->assertCount( 1, $report['rows'] );
		$this->assertSame( '2026-03-15', $report['rows'][0]['period'] );
		$this->assertSame( '-30.00', $report['rows'][0]['reversed'] );
		$this->assertSame( '50.00', $report['rows'][0]['closing_deferred'], 'E 20 + C 30 again' );
	}

	public function test_weeks_are_iso_weeks_and_the_range_is_widened_to_whole_days_and_clips_periods(): void {
		$this->write_history();
		$report = $this->report()->rows( 'week', '2026-02-04 12:00:00', '2026-02-12 08:00:00', null );

		$this->assertSame(
			array(
				array( '2026-W06', '2026-02-04T00:00:00Z', '2026-02-09T00:00:00Z', 'USD', '0.00', '100.00', '0.00', '0.00', '70.00' ),
				array( '2026-W07', '2026-02-09T00:00:00Z', '2026-02-13T00:00:00Z', 'USD', '30.00', '30.00', '0.00', '0.00', '70.00' ),
			),
			array_map( 'array_values', $report['rows'] )
		);
		$this->assertSame( '40.00', $report['totals']['EUR']['opening_deferred'], 'a currency without activity in the range keeps its totals' );
		$this->assertSame( '40.00', $report['totals']['EUR']['closing_deferred'] );
		$this->assertSame( '170.00', $report['totals']['USD']['opening_deferred'] );
	}

	public function test_quarter_and_year_labels(): void {
		$this->write_history();
		$quarters = $this->report()->rows( 'quarter', null, null, 'USD' );
		$this->assertSame( array( '2025-Q4', '2026-Q1' ), array_column( $quarters['rows'], 'period' ) );
		$this->assertSame( '2025-10-01T00:00:00Z', $quarters['rows'][0]['period_start'] );
		$this->assertSame( '2026-04-01T00:00:00Z', $quarters['rows'][1]['period_end'] );
		$this->assertSame( '55.00', $quarters['rows'][1]['closing_deferred'] );

		$years = $this->report()->rows( 'year', null, null, null );
		$this->assertSame( array( '2025', '2026', '2026' ), array_column( $years['rows'], 'period' ) );
		$this->assertSame( array( 'USD', 'EUR', 'USD' ), array_column( $years['rows'], 'currency' ) );
	}

	public function test_cycle_rows_are_entitlement_numbers_with_their_balance_at_before(): void {
		$this->write_history();
		$report = $this->report()->rows( 'cycle', null, '2026-03-01 00:00:00', null );

		$this->assertSame(
			array(
				array( '2025', null, '2026-03-01T00:00:00Z', 'USD', '20.00', '0.00', '0.00', '0.00', '20.00' ),
				array( '2026', null, '2026-03-01T00:00:00Z', 'EUR', '40.00', '0.00', '0.00', '0.00', '40.00' ),
				array( '2026', null, '2026-03-01T00:00:00Z', 'USD', '130.00', '130.00', '0.00', '0.00', '0.00' ),
				array( '2027', null, '2026-03-01T00:00:00Z', 'USD', '50.00', '0.00', '0.00', '0.00', '50.00' ),
			),
			array_map( 'array_values', $report['rows'] )
		);
		$this->assertSame( '70.00', $report['totals']['USD']['closing_deferred'] );

		$in_march = $this->report()->rows( 'cycle', '2026-03-01 00:00:00', null, 'USD' );
		$by_cycle = array_column( $in_march['rows'], null, 'period' );
		$this->assertSame( '50.00', $by_cycle['2027']['reversed'], 'B cancelled in March' );
		$this->assertSame( '0.00', $by_cycle['2027']['closing_deferred'] );
		$this->assertSame( '20.00', $by_cycle['2025']['closing_deferred'], 'a cycle holding a balance is listed without activity' );
		$this->assertSame( '70.00', $in_march['totals']['USD']['opening_deferred'] );
		$this->assertSame( '55.00', $in_march['totals']['USD']['closing_deferred'] );
	}

	public function test_the_all_time_closing_balance_equals_the_liability(): void {
		$this->write_history();
		$revenue   = $this->report()->rows( 'month', null, null, null );
		$liability = $this->container->get( LiabilityReport::class )->rows( null, null, '2026-11-22 00:00:00' );
		$this->assertSame( '55.00', $revenue['totals']['USD']['closing_deferred'] );
		$this->assertSame( $revenue['totals']['USD']['closing_deferred'], $liability['totals']['USD']['deferred_balance'] );
		$this->assertArrayNotHasKey( 'EUR', $liability['totals'], 'D expired with breakage' );
	}

	public function test_renumbering_moves_the_activity_to_the_new_cycle(): void {
		$this->at( '2026-01-10 09:00:00' );
		$id = $this->create( '100.00', 'USD', 2026 );
		$this->at( '2026-02-01 09:00:00' );
		$this->entitlements()->update( $id, array( 'number' => 2027 ) );

		$report = $this->report()->rows( 'cycle', null, null, null );
		$this->assertSame( array( '2027' ), array_column( $report['rows'], 'period' ) );
		$this->assertSame( '100.00', $report['rows'][0]['deferred_added'] );
	}

	public function test_invalid_arguments_are_domain_errors(): void {
		foreach (
			array(
				array( 'fortnight', null, null, null, 'el_invalid_interval' ),
				array( 'month', '2026-02-01 00:00:00', '2026-02-01 00:00:00', null, 'el_invalid_range' ),
				array( 'month', null, null, 'XXX', 'el_invalid_currency' ),
			) as [ $interval, $after, $before, $currency, $code ]
		) {
			try {
				$this->report()->rows( $interval, $after, $before, $currency );
				$this->fail( "{$code} expected" );
			} catch ( DomainError $error ) {
				$this->assertSame( $code, $error->error_code );
				$this->assertSame( 400, $error->status );
			}
		}
	}

	public function test_rest_route_requires_the_report_capability_and_answers_rows_and_totals(): void {
		$this->write_history();
		$this->assertRestError( 401, 'el_forbidden', $this->rest( 'GET', '/reports/revenue' ) );
		wp_set_current_user( $this->make_user( 'customer' ) );
		$this->assertRestError( 403, 'el_forbidden', $this->rest( 'GET', '/reports/revenue' ) );

		$this->act_as_circulation_manager();
		$response = $this->rest(
			'GET',
			'/reports/revenue',
			array(
				'interval' => 'month',
				'after'    => '2026-01-01T00:00:00Z',
				'before'   => '2026-05-01T00:00:00+00:00',
				'currency' => 'USD',
			)
		);
		$this->assertSame( 200, $response->get_status() );
		$body = $response->get_data();
		$this->assertSame( array( '2026-01', '2026-02', '2026-03' ), array_column( $body['rows'], 'period' ) );
		$this->assertSame( '55.00', $body['totals']->USD['closing_deferred'] );

		$this->assertRestError( 400, 'el_invalid_param', $this->rest( 'GET', '/reports/revenue', array( 'interval' => 'fortnight' ) ) );
		$this->assertRestError(
			400,
			'el_invalid_range',
			$this->rest(
				'GET',
				'/reports/revenue',
				array(
					'after'  => '2026-03-01T00:00:00Z',
					'before' => '2026-02-01T00:00:00Z',
				)
			)
		);
	}

	public function test_rest_route_without_data_answers_an_empty_totals_object(): void {
		$this->act_as_circulation_manager();
		$response = $this->rest( 'GET', '/reports/revenue' );
		$this->assertSame( '{"rows":[],"totals":{}}', wp_json_encode( $response->get_data() ) );
	}

	public function test_csv_has_a_header_row_one_line_per_row_and_is_served_raw(): void {
		$this->write_history();
		$this->act_as_circulation_manager();
		$response = $this->rest(
			'GET',
			'/reports/revenue',
			array(
				'interval' => 'month',
				'after'    => '2026-01-01T00:00:00Z',
				'before'   => '2026-05-01T00:00:00Z',
				'format'   => 'csv',
			)
		);
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( 'text/csv; charset=utf-8', $response->get_headers()['Content-Type'] );
		$this->assertMatchesRegularExpression( '/^attachment; filename="entitlement-ledger-revenue-month-[0-9-]+\.csv"$/', $response->get_headers()['Content-Disposition'] );
		$csv = $response->get_data();
		$this->assertIsString( $csv );
		$lines = explode( "\r\n", rtrim( $csv, "\r\n" ) );
		$this->assertSame( 'period,period_start,period_end,currency,deferred_added,recognised,broken,reversed,closing_deferred', $lines[0] );
		$this->assertCount( 6, $lines );
		$this->assertSame( '2026-03,2026-03-01T00:00:00Z,2026-04-01T00:00:00Z,USD,5.00,0.00,0.00,20.00,55.00', $lines[4] );

		// The serving filter prints the CSV as is, for our report routes with format=csv only.
		$controller = $this->service( ReportsController::class );
		$this->assertSame( 10, has_filter( 'rest_pre_serve_request', array( $controller, 'handle_rest_pre_serve_request' ) ) );
		$request = new WP_REST_Request( 'GET', '/entitlement-ledger/v1/reports/revenue' );
		$request->set_param( 'format', 'csv' );
		ob_start();
		$served = $controller->handle_rest_pre_serve_request( false, $response, $request, rest_get_server() );
		$this->assertSame( $csv, ob_get_clean() );
		$this->assertTrue( $served );

		$other = new WP_REST_Request( 'GET', '/entitlement-ledger/v1/ledger' );
		$other->set_param( 'format', 'csv' );
		ob_start();
		$served = $controller->handle_rest_pre_serve_request( false, $response, $other, rest_get_server() );
		$this->assertSame( '', ob_get_clean() );
		$this->assertFalse( $served );

		$request->set_param( 'format', 'json' );
		$this->assertFalse( $controller->handle_rest_pre_serve_request( false, $response, $request, rest_get_server() ) );
		$this->assertTrue( $controller->handle_rest_pre_serve_request( true, $response, $request, rest_get_server() ), 'already served stays served' );
	}

	public function test_comparison_ranges_are_whole_days_before_the_range_or_a_year_earlier(): void {
		$report = $this->report();
		$this->assertSame(
			array(
				'after'  => '2025-12-30 00:00:00',
				'before' => '2026-03-01 00:00:00',
			),
			$report->comparison_range( RevenueReport::COMPARE_PREVIOUS_PERIOD, '2026-03-01 00:00:00', '2026-05-01 00:00:00' ),
			'61 days before 1 March'
		);
		$this->assertSame(
			array(
				'after'  => '2026-02-03 00:00:00',
				'before' => '2026-02-05 00:00:00',
			),
			$report->comparison_range( RevenueReport::COMPARE_PREVIOUS_PERIOD, '2026-02-05 13:00:00', '2026-02-06 09:30:00' ),
			'the range is widened to whole days first (5 and 6 February), like the report'
		);
		$this->assertSame(
			array(
				'after'  => '2025-03-01 00:00:00',
				'before' => '2025-05-01 00:00:00',
			),
			$report->comparison_range( RevenueReport::COMPARE_PREVIOUS_YEAR, '2026-03-01 00:00:00', '2026-05-01 00:00:00' )
		);
		foreach (
			array(
				array( 'previous_decade', '2026-03-01 00:00:00', '2026-05-01 00:00:00', 'el_invalid_compare' ),
				array( RevenueReport::COMPARE_PREVIOUS_PERIOD, '2026-03-01 00:00:00', '2026-03-01 00:00:00', 'el_invalid_range' ),
			) as [ $compare, $after, $before, $code ]
		) {
			try {
				$report->comparison_range( $compare, $after, $before );
				$this->fail( "{$code} expected" );
			} catch ( DomainError $error ) {
				$this->assertSame( $code, $error->error_code );
			}
		}
	}

	public function test_rest_compare_adds_the_previous_period_totals_to_json_only(): void {
		$this->write_history();
		$this->act_as_circulation_manager();
		$query = array(
			'interval' => 'week',
			'after'    => '2026-02-01T00:00:00Z',
			'before'   => '2026-03-01T00:00:00Z',
			'compare'  => 'previous_period',
		);

		$body = $this->rest( 'GET', '/reports/revenue', $query )->get_data();

		$this->assertSame( '30.00', $body['totals']->USD['deferred_added'], 'February: C' );
		$this->assertSame( '130.00', $body['totals']->USD['recognised'], 'February: A and C redeemed' );
		$this->assertSame( '2026-01-04T00:00:00Z', $body['previous']['after'], '28 days before 1 February' );
		$this->assertSame( '2026-02-01T00:00:00Z', $body['previous']['before'] );
		$previous = (array) $body['previous']['totals'];
		$this->assertSame( array( 'USD' ), array_keys( $previous ), 'EUR starts in February' );
		$this->assertSame( '150.00', $previous['USD']['deferred_added'], 'A and B in January' );
		$this->assertSame( '0.00', $previous['USD']['recognised'] );
		$this->assertSame( '20.00', $previous['USD']['opening_deferred'], 'E from December' );
		$this->assertSame( '170.00', $previous['USD']['closing_deferred'] );
		$this->assertSame( $body['totals']->USD['opening_deferred'], $previous['USD']['closing_deferred'], 'the previous period ends where this one starts' );

		$year = $this->rest( 'GET', '/reports/revenue', array( 'compare' => 'previous_year' ) + $query )->get_data();
		$this->assertSame( '2025-02-01T00:00:00Z', $year['previous']['after'] );
		$this->assertSame( '{}', wp_json_encode( $year['previous']['totals'] ), 'no history a year earlier: an empty object' );

		$csv = $this->rest( 'GET', '/reports/revenue', array( 'format' => 'csv' ) + $query )->get_data();
		$this->assertIsString( $csv, 'CSV ignores compare' );
		$this->assertStringStartsWith( "period,period_start,period_end,currency,deferred_added,recognised,broken,reversed,closing_deferred\r\n2026-W05,", $csv );

		$this->assertArrayNotHasKey( 'previous', $this->rest( 'GET', '/reports/revenue', array( 'compare' => 'none' ) + $query )->get_data() );
		$this->assertRestError( 400, 'el_invalid_range', $this->rest( 'GET', '/reports/revenue', array( 'compare' => 'previous_period' ) ) );
		$this->assertRestError( 400, 'el_invalid_param', $this->rest( 'GET', '/reports/revenue', array( 'compare' => 'previous_decade' ) + $query ) );
	}

	public function test_csv_cells_are_quoted_and_text_formulas_neutralised(): void {
		$this->assertSame( "'=SUM(A1:A9)", ReportsController::csv_cell( '=SUM(A1:A9)', false ) );
		$this->assertSame( "'+1", ReportsController::csv_cell( '+1', false ) );
		$this->assertSame( "'-x", ReportsController::csv_cell( '-x', false ) );
		$this->assertSame( "'@cmd", ReportsController::csv_cell( '@cmd', false ) );
		$this->assertSame( '-12.50', ReportsController::csv_cell( '-12.50', true ), 'amounts keep their sign' );
		$this->assertSame( "'-1+1", ReportsController::csv_cell( '-1+1', true ), 'a "number" column holding a formula is text' );
		$this->assertSame( '"a,b"', ReportsController::csv_cell( 'a,b', false ) );
		$this->assertSame( '"say ""hi"""', ReportsController::csv_cell( 'say "hi"', false ) );
		$this->assertSame( "\"'=1,2\"", ReportsController::csv_cell( '=1,2', false ) );
		$this->assertSame( "\"two\nlines\"", ReportsController::csv_cell( "two\nlines", false ) );
		$this->assertSame( '', ReportsController::csv_cell( null, false ) );
	}

	/**
	 * Writes the history described on the class.
	 */
	private function write_history(): void {
		$service = $this->entitlements();

		$this->at( '2025-12-15 10:00:00' );
		$this->create( '20.00', 'USD', 2025 );

		$this->at( '2026-01-10 10:00:00' );
		$a = $this->create( '100.00', 'USD', 2026 );
		$this->at( '2026-01-20 10:00:00' );
		$b = $this->create( '50.00', 'USD', 2027 );
		$this->at( '2026-02-01 10:00:00' );
		$d = $this->create( '40.00', 'EUR', 2026, '2026-04-01 00:00:00' );

		$this->at( '2026-02-05 10:00:00' );
		$service->redeem_custom( $a, $this->order_id(), 'By hand' );
		$this->at( '2026-02-10 10:00:00' );
		$c = $this->create( '30.00', 'USD', 2026 );
		$this->at( '2026-02-12 10:00:00' );
		$service->redeem_custom( $c, $this->order_id(), 'By hand' );

		$this->at( '2026-03-03 10:00:00' );
		$service->cancel( $b, 'Refunded' );
		$this->at( '2026-03-15 10:00:00' );
		$service->unredeem( $c, 'Wrong reader' );
		$this->at( '2026-03-20 10:00:00' );
		$service->adjust( $c, '5.00', 'Price correction' );

		$this->at( '2026-04-02 10:00:00' );
		$this->assertNotNull( $service->expire( $d ) );
	}

	/**
	 * Creates an entitlement at the clock's time; returns its id.
	 *
	 * @param string      $amount   Decimal amount.
	 * @param string      $currency Currency.
	 * @param int         $number   Cycle.
	 * @param string|null $expires  Expiry (UTC).
	 */
	private function create( string $amount, string $currency, int $number, ?string $expires = null ): int {
		$data = array(
			'customer_email'  => 'reader@example.test',
			'number'          => $number,
			'deferred_amount' => $amount,
			'currency'        => $currency,
		);
		if ( null !== $expires ) {
			$data['expires_at'] = $expires;
		}
		return $this->entitlements()->create( $data )->id;
	}

	/**
	 * An existing order id for custom redemptions.
	 */
	private function order_id(): int {
		$order = wc_create_order();
		$order->save();
		return $order->get_id();
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
	private function report(): RevenueReport {
		return $this->container->get( RevenueReport::class );
	}
}
