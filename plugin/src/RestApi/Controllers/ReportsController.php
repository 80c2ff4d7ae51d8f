<?php
/**
 * GET /reports/revenue and GET /reports/liability.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\RestApi\Controllers;

use EntitlementLedger\Domain\Access\Capabilities;
use EntitlementLedger\Domain\Clock;
use EntitlementLedger\Domain\DomainError;
use EntitlementLedger\Domain\Reports\LiabilityReport;
use EntitlementLedger\Domain\Reports\RevenueReport;
use EntitlementLedger\RestApi\Dates;
use EntitlementLedger\RestApi\Idempotency\IdempotencyGuard;
use EntitlementLedger\RestApi\Schemas;
use WP_Error;
use WP_HTTP_Response;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * The revenue and liability reports, as JSON ({ rows, totals }) or as CSV (?format=csv).
 *
 * A CSV answer is a WP_REST_Response whose data is the CSV text; the rest_pre_serve_request
 * filter prints it as is (instead of JSON-encoding it) for these two routes only, and only
 * when format=csv. See RevenueReport and LiabilityReport for the meaning of every field.
 */
class ReportsController extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'reports';

	/**
	 * CSV columns of each report: name => whether the column holds a number (never neutralised).
	 */
	private const CSV_COLUMNS = array(
		'revenue'   => array(
			'period'           => false,
			'period_start'     => false,
			'period_end'       => false,
			'currency'         => false,
			'deferred_added'   => true,
			'recognised'       => true,
			'broken'           => true,
			'reversed'         => true,
			'closing_deferred' => true,
		),
		'liability' => array(
			'number'           => true,
			'age_bucket'       => false,
			'currency'         => false,
			'entitlements'     => true,
			'deferred_balance' => true,
		),
	);

	/**
	 * Constructor.
	 *
	 * @param IdempotencyGuard $guard     Unused for reads, kept for the shared base.
	 * @param RevenueReport    $revenue   Revenue report.
	 * @param LiabilityReport  $liability Liability report.
	 * @param Clock            $clock     Time (default as_of).
	 */
	public function __construct(
		IdempotencyGuard $guard,
		private RevenueReport $revenue,
		private LiabilityReport $liability,
		private Clock $clock
	) {
		parent::__construct( $guard );
	}

	/**
	 * Registers the routes and the CSV serving filter.
	 */
	public function register_routes(): void {
		register_rest_route(
			self::NAMESPACE,
			'/' . $this->rest_base . '/revenue',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_revenue' ),
					'permission_callback' => $this->requires( Capabilities::VIEW_REPORTS ),
					'args'                => $this->revenue_args(),
				),
				'schema' => array( $this, 'get_revenue_schema' ),
			)
		);
		register_rest_route(
			self::NAMESPACE,
			'/' . $this->rest_base . '/liability',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_liability' ),
					'permission_callback' => $this->requires( Capabilities::VIEW_REPORTS ),
					'args'                => $this->liability_args(),
				),
				'schema' => array( $this, 'get_liability_schema' ),
			)
		);
		if ( false === has_filter( 'rest_pre_serve_request', array( $this, 'handle_rest_pre_serve_request' ) ) ) {
			add_filter( 'rest_pre_serve_request', array( $this, 'handle_rest_pre_serve_request' ), 10, 4 );
		}
	}

	/**
	 * GET /reports/revenue.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 */
	public function get_revenue( WP_REST_Request $request ): WP_REST_Response|WP_Error {
		return $this->read(
			function () use ( $request ): WP_REST_Response {
				$after    = isset( $request['after'] ) ? Dates::from_api( $request['after'], 'after' ) : null;
				$before   = isset( $request['before'] ) ? Dates::from_api( $request['before'], 'before' ) : null;
				$interval = (string) $request['interval'];
				$report   = $this->revenue->rows( $interval, $after, $before, self::currency( $request ) );
				if ( 'csv' === $request['format'] ) {
					return $this->csv( 'revenue', $report['rows'], sprintf( 'entitlement-ledger-revenue-%s-%s.csv', $interval, gmdate( 'Y-m-d', $this->clock->timestamp() ) ) );
				}
				$compare = (string) $request['compare'];
				if ( 'none' === $compare ) {
					return self::json( $report );
				}
				if ( null === $after || null === $before ) {
					throw DomainError::invalid( 'el_invalid_range', __( 'A comparison needs both after and before.', 'entitlement-ledger' ), 'compare' );
				}
				$previous = $this->revenue->comparison_range( $compare, $after, $before );
				$response = self::json( $report );
				$data     = (array) $response->get_data();

				$data['previous'] = array(
					'after'  => Dates::to_api( $previous['after'] ),
					'before' => Dates::to_api( $previous['before'] ),
					'totals' => (object) $this->revenue->rows( 'year', $previous['after'], $previous['before'], self::currency( $request ) )['totals'],
				);
				$response->set_data( $data );
				return $response;
			}
		);
	}

	/**
	 * GET /reports/liability.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 */
	public function get_liability( WP_REST_Request $request ): WP_REST_Response|WP_Error {
		return $this->read(
			function () use ( $request ): WP_REST_Response {
				$as_of  = isset( $request['as_of'] ) ? Dates::from_api( $request['as_of'], 'as_of' ) : $this->clock->now();
				$number = isset( $request['number'] ) ? (int) $request['number'] : null;
				$report = $this->liability->rows( self::currency( $request ), $number, $as_of );
				if ( 'csv' === $request['format'] ) {
					return $this->csv( 'liability', $report['rows'], sprintf( 'entitlement-ledger-liability-%s.csv', substr( $as_of, 0, 10 ) ) );
				}
				return self::json( $report );
			}
		);
	}

	/**
	 * The JSON answer: totals stay an object ({}) even when there are none.
	 *
	 * @param array{rows: list<array<string, mixed>>, totals: array<string, mixed>} $report Report.
	 */
	private static function json( array $report ): WP_REST_Response {
		return new WP_REST_Response(
			array(
				'rows'   => $report['rows'],
				'totals' => (object) $report['totals'],
			),
			200
		);
	}

	/**
	 * Prints a CSV report as is. Only for our report routes with format=csv; everything else
	 * (JSON answers, errors, other routes) goes through the normal JSON serving.
	 *
	 * @param bool                                  $served  Whether the request was already served.
	 * @param WP_HTTP_Response                      $result  The response.
	 * @param WP_REST_Request<array<string, mixed>> $request The request.
	 * @param WP_REST_Server                        $server  The server.
	 */
	public function handle_rest_pre_serve_request( $served, $result, $request, $server ): bool {
		unset( $server );
		if ( $served || ! $result instanceof WP_HTTP_Response || ! $request instanceof WP_REST_Request ) {
			return (bool) $served;
		}
		$routes = array( '/' . $this->namespace . '/' . $this->rest_base . '/revenue', '/' . $this->namespace . '/' . $this->rest_base . '/liability' );
		if ( ! in_array( untrailingslashit( $request->get_route() ), $routes, true ) || 'csv' !== $request['format'] ) {
			return false;
		}
		$data = $result->get_data();
		if ( ! is_string( $data ) || $result->get_status() >= 400 ) {
			return false;
		}
		if ( 'HEAD' !== $request->get_method() ) {
			echo $data; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- CSV text, escaped cell by cell in csv_cell().
		}
		return true;
	}

	/**
	 * A CSV response: a header row, then one line per report row.
	 *
	 * @param string                     $report   revenue|liability.
	 * @param list<array<string, mixed>> $rows     Report rows.
	 * @param string                     $filename Download name.
	 */
	private function csv( string $report, array $rows, string $filename ): WP_REST_Response {
		$columns = self::CSV_COLUMNS[ $report ];
		$lines   = array( implode( ',', array_map( static fn( string $name ): string => self::csv_cell( $name, false ), array_keys( $columns ) ) ) );
		foreach ( $rows as $row ) {
			$cells = array();
			foreach ( $columns as $name => $numeric ) {
				$cells[] = self::csv_cell( $row[ $name ] ?? null, $numeric );
			}
			$lines[] = implode( ',', $cells );
		}
		$response = new WP_REST_Response( implode( "\r\n", $lines ) . "\r\n", 200 );
		$response->header( 'Content-Type', 'text/csv; charset=utf-8' );
		$response->header( 'Content-Disposition', 'attachment; filename="' . sanitize_file_name( $filename ) . '"' );
		$response->header( 'X-Content-Type-Options', 'nosniff' );
		return $response;
	}

	/**
	 * One CSV cell (RFC 4180). A text cell starting with = + - @ (or a tab or carriage return)
	 * is prefixed with a single quote, so a spreadsheet shows it instead of running it as a
	 * formula; numeric cells (amounts, counts) are written as they are, minus sign included.
	 *
	 * @param mixed $value   Cell value.
	 * @param bool  $numeric Whether the column holds numbers.
	 */
	public static function csv_cell( mixed $value, bool $numeric ): string {
		if ( null === $value ) {
			return '';
		}
		$text = is_scalar( $value ) ? (string) $value : (string) wp_json_encode( $value );
		if ( $numeric && 1 !== preg_match( '/^-?\d+(\.\d+)?$/D', $text ) ) {
			$numeric = false;
		}
		if ( ! $numeric && '' !== $text && in_array( $text[0], array( '=', '+', '-', '@', "\t", "\r" ), true ) ) {
			$text = "'" . $text;
		}
		if ( 1 === preg_match( '/[",\r\n]/', $text ) ) {
			$text = '"' . str_replace( '"', '""', $text ) . '"';
		}
		return $text;
	}

	/**
	 * The currency filter, upper-cased.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 */
	private static function currency( WP_REST_Request $request ): ?string {
		return isset( $request['currency'] ) && '' !== $request['currency'] ? strtoupper( (string) $request['currency'] ) : null;
	}

	/**
	 * Arguments of GET /reports/revenue.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public function revenue_args(): array {
		return array(
			'interval' => array(
				'description' => __( 'Grouping: calendar periods (UTC; ISO weeks start on Monday) or cycle (entitlement number).', 'entitlement-ledger' ),
				'type'        => 'string',
				'enum'        => RevenueReport::INTERVALS,
				'default'     => 'month',
			),
			'after'    => array(
				'description' => __( 'Start of the range (inclusive), RFC 3339; rounded down to its UTC day. Omit for the beginning.', 'entitlement-ledger' ),
				'type'        => 'string',
				'format'      => 'date-time',
			),
			'before'   => array(
				'description' => __( 'End of the range (exclusive), RFC 3339; rounded up to the next UTC midnight. Omit for no end.', 'entitlement-ledger' ),
				'type'        => 'string',
				'format'      => 'date-time',
			),
			'currency' => Schemas::currency(),
			'format'   => self::format_arg(),
			'compare'  => array(
				'description' => __( 'JSON only: also the totals of the previous period (the range of the same length just before) or of the same range a year earlier, under "previous". Needs after and before.', 'entitlement-ledger' ),
				'type'        => 'string',
				'enum'        => array( 'none', RevenueReport::COMPARE_PREVIOUS_PERIOD, RevenueReport::COMPARE_PREVIOUS_YEAR ),
				'default'     => 'none',
			),
		);
	}

	/**
	 * Arguments of GET /reports/liability.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public function liability_args(): array {
		return array(
			'currency' => Schemas::currency(),
			'number'   => array(
				'description' => __( 'Only this entitlement number (cycle).', 'entitlement-ledger' ),
				'type'        => 'integer',
				'minimum'     => 1,
				'maximum'     => 9999,
			),
			'as_of'    => array(
				'description' => __( 'Date-time (RFC 3339) the ages are measured at; defaults to now. Balances are always the current ones.', 'entitlement-ledger' ),
				'type'        => 'string',
				'format'      => 'date-time',
			),
			'format'   => self::format_arg(),
		);
	}

	/**
	 * The format argument.
	 *
	 * @return array<string, mixed>
	 */
	private static function format_arg(): array {
		return array(
			'description' => __( 'json (default) or csv: text/csv with a header row and one line per row (no totals).', 'entitlement-ledger' ),
			'type'        => 'string',
			'enum'        => array( 'json', 'csv' ),
			'default'     => 'json',
		);
	}

	/**
	 * Schema of the revenue report.
	 *
	 * @return array<string, mixed>
	 */
	public function get_revenue_schema(): array {
		$money = static fn( string $description ): array => Schemas::money( $description, true );
		$date  = static fn( string $description ): array => array(
			'description' => $description,
			'type'        => array( 'string', 'null' ),
			'format'      => 'date-time',
		);
		$total = array(
			'type'       => 'object',
			'properties' => array(
				'deferred_added'   => $money( __( 'Deferred in the range (deferrals and adjustments).', 'entitlement-ledger' ) ),
				'recognised'       => $money( __( 'Recognised as earned in the range.', 'entitlement-ledger' ) ),
				'broken'           => $money( __( 'Recognised as breakage in the range.', 'entitlement-ledger' ) ),
				'reversed'         => $money( __( 'Net reversals in the range.', 'entitlement-ledger' ) ),
				'opening_deferred' => $money( __( 'Deferred balance at the start of the range.', 'entitlement-ledger' ) ),
				'closing_deferred' => $money( __( 'Deferred balance at the end of the range.', 'entitlement-ledger' ) ),
			),
		);
		return $this->add_additional_fields_schema(
			array(
				'$schema'    => 'http://json-schema.org/draft-04/schema#',
				'title'      => 'revenue_report',
				'type'       => 'object',
				'properties' => array(
					'rows'     => array(
						'description' => __( 'One row per period and currency with deferred-revenue activity, oldest first.', 'entitlement-ledger' ),
						'type'        => 'array',
						'items'       => array(
							'type'       => 'object',
							'properties' => array(
								'period'           => array(
									'description' => __( 'Period label: 2026-11-22, 2026-W47, 2026-11, 2026-Q4, 2026, or the entitlement number for cycle.', 'entitlement-ledger' ),
									'type'        => 'string',
								),
								'period_start'     => $date( __( 'Start of the period clipped to the range (inclusive, UTC); for cycle the range start or null.', 'entitlement-ledger' ) ),
								'period_end'       => $date( __( 'End of the period clipped to the range (exclusive, UTC); for cycle the range end or null.', 'entitlement-ledger' ) ),
								'currency'         => array( 'type' => 'string' ),
								'deferred_added'   => $money( __( 'Value deferred (deferrals plus adjustments).', 'entitlement-ledger' ) ),
								'recognised'       => $money( __( 'Value recognised as earned on redemption.', 'entitlement-ledger' ) ),
								'broken'           => $money( __( 'Unredeemed value recognised as breakage.', 'entitlement-ledger' ) ),
								'reversed'         => $money( __( 'Net reversals: positive when deferrals are reversed, negative when an undone redemption re-defers.', 'entitlement-ledger' ) ),
								'closing_deferred' => $money( __( 'Deferred balance at period_end (for cycle: the cycle\'s balance at the end of the range).', 'entitlement-ledger' ) ),
							),
						),
					),
					'totals'   => array(
						'description'          => __( 'Totals over the whole range, by currency code.', 'entitlement-ledger' ),
						'type'                 => 'object',
						'additionalProperties' => $total,
					),
					'previous' => array(
						'description' => __( 'With compare: the range compared with (whole UTC days) and its totals by currency code.', 'entitlement-ledger' ),
						'type'        => 'object',
						'properties'  => array(
							'after'  => $date( __( 'Start of the compared range (inclusive).', 'entitlement-ledger' ) ),
							'before' => $date( __( 'End of the compared range (exclusive).', 'entitlement-ledger' ) ),
							'totals' => array(
								'type'                 => 'object',
								'additionalProperties' => $total,
							),
						),
					),
				),
			)
		);
	}

	/**
	 * Schema of the liability report.
	 *
	 * @return array<string, mixed>
	 */
	public function get_liability_schema(): array {
		return $this->add_additional_fields_schema(
			array(
				'$schema'    => 'http://json-schema.org/draft-04/schema#',
				'title'      => 'liability_report',
				'type'       => 'object',
				'properties' => array(
					'rows'   => array(
						'description' => __( 'Outstanding deferred revenue by cycle (newest first), age bucket and currency.', 'entitlement-ledger' ),
						'type'        => 'array',
						'items'       => array(
							'type'       => 'object',
							'properties' => array(
								'number'           => array(
									'description' => __( 'Entitlement number (cycle).', 'entitlement-ledger' ),
									'type'        => 'integer',
								),
								'age_bucket'       => array(
									'description' => __( 'Days from creation to as_of.', 'entitlement-ledger' ),
									'type'        => 'string',
									'enum'        => LiabilityReport::AGE_BUCKETS,
								),
								'currency'         => array( 'type' => 'string' ),
								'entitlements'     => array(
									'description' => __( 'Entitlements holding a deferred balance.', 'entitlement-ledger' ),
									'type'        => 'integer',
								),
								'deferred_balance' => Schemas::money( __( 'Deferred balance held.', 'entitlement-ledger' ), true ),
							),
						),
					),
					'totals' => array(
						'description'          => __( 'Totals by currency code.', 'entitlement-ledger' ),
						'type'                 => 'object',
						'additionalProperties' => array(
							'type'       => 'object',
							'properties' => array(
								'entitlements'     => array( 'type' => 'integer' ),
								'deferred_balance' => Schemas::money( __( 'Deferred balance held.', 'entitlement-ledger' ), true ),
							),
						),
					),
				),
			)
		);
	}
}
