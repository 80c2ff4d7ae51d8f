<?php
/**
 * Hostile input on every write route.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\Security;

use EntitlementLedger\Database\Tables;
use EntitlementLedger\RestApi\RequestGuard;
use EntitlementLedger\Tests\Framework\HttpClient;
use EntitlementLedger\Tests\Framework\IntegrationTestCase;
use PHPUnit\Framework\Attributes\DataProvider;
use WP_REST_Response;

/**
 * Every write route gets malformed money, unknown currencies, wrong types, out-of-range
 * numbers, SQL and script payloads, oversized bodies and invalid UTF-8. A refused request
 * answers 400 (or the 404/409 its target calls for) with an el_* code, never a 500, and
 * writes nothing: every plugin table and WooCommerce's orders keep their row counts.
 * Free-text fields accept SQL and script payloads and store them verbatim.
 */
final class HostileInputTest extends IntegrationTestCase {

	use SecurityFixtures;

	/**
	 * Placeholders in case bodies, resolved per test: leave the field out; an existing
	 * order; a gift of the entitlement's cycle (2026); a gift of another cycle.
	 */
	private const MISSING          = '@missing';
	private const ORDER            = '@order';
	private const GIFT             = '@gift';
	private const OTHER_CYCLE_GIFT = '@gift-2030';

	/**
	 * Key of a case body that replaces {id} in the path instead of being sent.
	 */
	private const PATH_ID = '@path-id';

	/**
	 * Twenty digits: more than any integer column holds.
	 */
	private const HUGE = '99999999999999999999';

	/**
	 * SQL payloads (the table name is the test site's real one) and a script payload.
	 */
	private const SQL_PAYLOADS   = array(
		'an SQL statement' => '1; DROP TABLE wp_el_entitlements --',
		'an SQL tautology' => "' OR 1=1 --",
	);
	private const SCRIPT_PAYLOAD = '<script>alert(1)</script>';

	/**
	 * Every write route: who calls it and a valid body each case starts from.
	 */
	private const WRITE_ROUTES = array(
		'POST /entitlements'                => array(
			'circulation_manager',
			array(
				'customer_email'  => 'reader@example.test',
				'number'          => 2026,
				'deferred_amount' => '12.50',
				'currency'        => 'USD',
			),
		),
		'PATCH /entitlements/{id}'          => array( 'circulation_manager', array( 'notes' => 'Checked' ) ),
		'PUT /entitlements/{id}'            => array( 'circulation_manager', array( 'notes' => 'Checked' ) ),
		'DELETE /entitlements/{id}'         => array( 'circulation_manager', array( 'reason' => 'Duplicate' ) ),
		'POST /entitlements/batch'          => array(
			'circulation_manager',
			array(
				'create' => array(
					array(
						'customer_email'  => 'batch@example.test',
						'number'          => 2026,
						'deferred_amount' => '12.50',
						'currency'        => 'USD',
					),
				),
			),
		),
		'POST /entitlements/{id}/redeem'    => array(
			'circulation_manager',
			array(
				'order_id' => self::ORDER,
				'note'     => 'Posted',
			),
		),
		'POST /entitlements/{id}/cancel'    => array( 'circulation_manager', array( 'reason' => 'Refunded' ) ),
		'POST /entitlements/{id}/unredeem'  => array( 'circulation_manager', array( 'reason' => 'Wrong reader' ) ),
		'POST /entitlements/{id}/adjust'    => array(
			'circulation_manager',
			array(
				'amount' => '1.00',
				'reason' => 'Price change',
			),
		),
		'POST /gifts'                       => array(
			'circulation_manager',
			array(
				'number' => 2026,
				'name'   => 'Mug',
			),
		),
		'PATCH /gifts/{id}'                 => array( 'circulation_manager', array( 'name' => 'Large mug' ) ),
		'PUT /gifts/{id}'                   => array( 'circulation_manager', array( 'name' => 'Large mug' ) ),
		'DELETE /gifts/{id}'                => array( 'circulation_manager', array() ),
		'POST /me/entitlements/{id}/redeem' => array( 'customer_a', array( 'gift_id' => self::GIFT ) ),
		'POST /settings'                    => array( 'administrator', array( 'account_menu_label' => 'Premium gifts' ) ),
	);

	/**
	 * Invalid field values: one case per route, field and value.
	 *
	 * @return array<string, array{0: string, 1: array<string, mixed>, 2: int, 3: string}>
	 */
	public static function invalid_fields(): array {
		$cases = array();
		// A code "409:el_x" means status 409; a bare code means 400; "a|b" accepts either answer.
		// $fixed holds other fields of the case.
		// Every field that is not free text also gets the SQL and script payloads (refused as
		// el_invalid_param unless the field lists them with another code).
		$add = static function ( string $route, string $field, array $values, array $fixed = array() ) use ( &$cases ): void {
			if ( ! in_array( $field, array( 'notes', 'note', 'reason', 'customer_name', 'name', 'description', 'account_menu_label', self::PATH_ID ), true ) ) {
				$values += self::hostile_strings();
			}
			foreach ( $values as $label => [ $value, $code ] ) {
				$status                                 = 1 === preg_match( '/^(\d{3}):/', $code, $match ) ? (int) $match[1] : 400;
				$cases[ "{$route}: {$field} {$label}" ] = array( $route, array( $field => $value ) + $fixed, $status, 400 === $status ? $code : substr( $code, 4 ) );
			}
		};

		// POST /entitlements.
		$add( 'POST /entitlements', 'deferred_amount', self::bad_amounts( false ) );
		$add( 'POST /entitlements', 'currency', self::bad_currencies() );
		$add( 'POST /entitlements', 'number', self::bad_numbers() + array( 'missing' => array( self::MISSING, 'el_missing_param' ) ) );
		$add(
			'POST /entitlements',
			'customer_id',
			array(
				'of nobody'     => array( 987654321, 'el_invalid_customer' ),
				'twenty digits' => array( self::HUGE, 'el_invalid_customer|el_invalid_param' ),
				'zero'          => array( 0, 'el_invalid_param' ),
				'negative'      => array( -1, 'el_invalid_param' ),
				'a word'        => array( 'abc', 'el_invalid_param' ),
				'a fraction'    => array( 1.5, 'el_invalid_param' ),
				'a boolean'     => array( true, 'el_invalid_param' ),
				'an array'      => array( array( 1 ), 'el_invalid_param' ),
			)
		);
		$add(
			'POST /entitlements',
			'customer_email',
			array(
				'not an address'               => array( 'not-an-email', 'el_invalid_param' ),
				'too long'                     => array( str_repeat( 'a', 180 ) . '@example.test', 'el_invalid_param' ),
				'missing (and no customer_id)' => array( self::MISSING, 'el_invalid_customer' ),
				'a number'                     => array( 42, 'el_invalid_param' ),
				'an array'                     => array( array( 'a@example.test' ), 'el_invalid_param' ),
				'a script address'             => array( self::SCRIPT_PAYLOAD . '@example.test', 'el_invalid_param' ),
			)
		);
		$add(
			'POST /entitlements',
			'customer_name',
			array(
				'too long' => array( str_repeat( 'n', 191 ), 'el_invalid_param' ),
				'an array' => array( array( 'Ann' ), 'el_invalid_param' ),
				'a number' => array( 42, 'el_invalid_param' ),
			)
		);
		foreach ( array( 'subscription_id', 'source_order_id', 'source_order_item_id' ) as $id_field ) {
			$add( 'POST /entitlements', $id_field, self::bad_ids() );
		}
		$add(
			'POST /entitlements',
			'type',
			array(
				'with capitals and a space' => array( 'Premium Gift', 'el_invalid_param' ),
				'empty'                     => array( '', 'el_invalid_param' ),
				'too long'                  => array( str_repeat( 'a', 65 ), 'el_invalid_param' ),
				'with a trailing newline'   => array( "premium_gift\n", 'el_invalid_type' ),
				'an array'                  => array( array( 'premium_gift' ), 'el_invalid_param' ),
			)
		);
		foreach ( array( 'starts_at', 'expires_at' ) as $date_field ) {
			$add( 'POST /entitlements', $date_field, self::bad_dates() );
		}
		$cases['POST /entitlements: expires_at before starts_at'] = array(
			'POST /entitlements',
			array(
				'starts_at'  => '2026-06-01T00:00:00Z',
				'expires_at' => '2026-01-01T00:00:00Z',
			),
			400,
			'el_invalid_dates',
		);
		$add( 'POST /entitlements', 'meta', self::bad_meta() );
		$add( 'POST /entitlements', 'notes', self::bad_free_text( 2000 ) );

		// PATCH and PUT /entitlements/{id}.
		foreach ( array( 'PATCH', 'PUT' ) as $verb ) {
			$route = "{$verb} /entitlements/{id}";
			$add( $route, 'number', self::bad_numbers() + array( 'null' => array( null, 'el_invalid_number' ) ) );
			$add( $route, 'expires_at', self::bad_dates() + array( 'before starts_at' => array( '2000-01-01T00:00:00Z', 'el_invalid_dates' ) ) );
			$add( $route, 'meta', self::bad_meta() );
			$add( $route, 'notes', self::bad_free_text( 2000 ) );
			$add( $route, self::PATH_ID, self::bad_path_ids( 'el_entitlement_not_found' ) );
		}

		// DELETE /entitlements/{id}, cancel and unredeem: a required reason.
		foreach ( array( 'DELETE /entitlements/{id}', 'POST /entitlements/{id}/cancel', 'POST /entitlements/{id}/unredeem' ) as $route ) {
			$add( $route, 'reason', self::bad_reasons() );
			$add( $route, self::PATH_ID, self::bad_path_ids( 'el_entitlement_not_found' ) );
		}

		// POST /entitlements/{id}/redeem.
		$add( 'POST /entitlements/{id}/redeem', 'order_id', self::bad_ids() + self::unknown_ids( 'el_invalid_order' ) + array( 'missing (and no gift_id)' => array( self::MISSING, 'el_missing_param' ) ) );
		$add(
			'POST /entitlements/{id}/redeem',
			'gift_id',
			self::bad_ids() + self::unknown_ids( 'el_gift_not_available' ) + array( 'of another cycle' => array( self::OTHER_CYCLE_GIFT, 'el_gift_not_available' ) ),
			array( 'order_id' => self::MISSING )
		);
		$add( 'POST /entitlements/{id}/redeem', 'gift_id', array( 'next to an order_id' => array( self::GIFT, 'el_ambiguous_redemption' ) ) );
		$add( 'POST /entitlements/{id}/redeem', 'note', self::bad_free_text( 2000 ) );
		$add( 'POST /entitlements/{id}/redeem', self::PATH_ID, self::bad_path_ids( 'el_entitlement_not_found' ) );

		// POST /entitlements/{id}/adjust.
		$add(
			'POST /entitlements/{id}/adjust',
			'amount',
			self::bad_amounts( true ) + array(
				'taking the whole balance'     => array( '-12.50', '409:el_balance_would_be_negative' ),
				'taking more than the balance' => array( '-100.00', '409:el_balance_would_be_negative' ),
			)
		);
		$add( 'POST /entitlements/{id}/adjust', 'reason', self::bad_reasons() );
		$add( 'POST /entitlements/{id}/adjust', self::PATH_ID, self::bad_path_ids( 'el_entitlement_not_found' ) );

		// POST /entitlements/batch: the request as a whole (items: see test_batch_items_*).
		$add(
			'POST /entitlements/batch',
			'create',
			array(
				'a string'          => array( 'everything', 'el_invalid_param' ),
				'a list of strings' => array( array( 'one', 'two' ), 'el_invalid_param' ),
				'a list of numbers' => array( array( 1, 2 ), 'el_invalid_param' ),
				'over 100 items'    => array( array_fill( 0, 101, array( 'number' => 2026 ) ), 'el_invalid_param' ),
			)
		);
		$cases['POST /entitlements/batch: over 100 items in all'] = array(
			'POST /entitlements/batch',
			array(
				'create' => array_fill( 0, 60, array( 'number' => 2026 ) ),
				'delete' => array_fill( 0, 41, array( 'id' => 1 ) ),
			),
			400,
			'el_batch_too_large',
		);

		// Gifts.
		foreach ( array( 'POST /gifts', 'PATCH /gifts/{id}', 'PUT /gifts/{id}' ) as $route ) {
			$add( $route, 'number', self::bad_numbers() );
			$add(
				$route,
				'name',
				array(
					'empty'         => array( '', 'el_invalid_param' ),
					'only spaces'   => array( '   ', 'el_invalid_name' ),
					'only a script' => array( self::SCRIPT_PAYLOAD, 'el_invalid_name' ),
					'too long'      => array( str_repeat( 'n', 191 ), 'el_invalid_param' ),
					'an array'      => array( array( 'Mug' ), 'el_invalid_param' ),
					'a number'      => array( 42, 'el_invalid_param' ),
				)
			);
			$add(
				$route,
				'description',
				array(
					'too long' => array( str_repeat( 'd', 5001 ), 'el_invalid_param' ),
					'an array' => array( array( 'text' ), 'el_invalid_param' ),
				)
			);
			$add( $route, 'image_id', self::bad_ids() + self::unknown_ids( 'el_invalid_image' ) );
			$add( $route, 'product_id', self::bad_ids() + self::unknown_ids( 'el_invalid_product' ) );
			$add(
				$route,
				'kind',
				array(
					'unknown'  => array( 'premium', 'el_invalid_param' ),
					'an array' => array( array( 'custom' ), 'el_invalid_param' ),
				)
			);
			$add(
				$route,
				'active',
				array(
					'a word'   => array( 'yes', 'el_invalid_param' ),
					'two'      => array( 2, 'el_invalid_param' ),
					'an array' => array( array( true ), 'el_invalid_param' ),
				)
			);
			$add(
				$route,
				'stock',
				array(
					'negative'      => array( -1, 'el_invalid_param' ),
					'a fraction'    => array( 1.5, 'el_invalid_param' ),
					'a word'        => array( 'plenty', 'el_invalid_param' ),
					'over the cap'  => array( 10000001, 'el_invalid_param' ),
					'twenty digits' => array( self::HUGE, 'el_invalid_param' ),
					'a boolean'     => array( true, 'el_invalid_param' ),
				)
			);
		}
		$add( 'POST /gifts', 'name', array( 'missing' => array( self::MISSING, 'el_missing_param' ) ) );
		foreach ( array( 'PATCH /gifts/{id}', 'PUT /gifts/{id}', 'DELETE /gifts/{id}' ) as $route ) {
			$add( $route, self::PATH_ID, self::bad_path_ids( 'el_gift_not_found' ) );
		}

		// POST /me/entitlements/{id}/redeem.
		$add(
			'POST /me/entitlements/{id}/redeem',
			'gift_id',
			self::bad_ids() + self::unknown_ids( 'el_gift_not_available' ) + array(
				'of another cycle' => array( self::OTHER_CYCLE_GIFT, 'el_gift_not_available' ),
				'missing'          => array( self::MISSING, 'el_missing_param' ),
			)
		);
		$add( 'POST /me/entitlements/{id}/redeem', self::PATH_ID, self::bad_path_ids( 'el_entitlement_not_found' ) );

		// POST /settings.
		$add(
			'POST /settings',
			'default_deferred_mode',
			array(
				'unknown'  => array( 'share', 'el_invalid_param' ),
				'an array' => array( array( 'fixed' ), 'el_invalid_param' ),
			)
		);
		$add(
			'POST /settings',
			'default_deferred_value',
			array(
				'a percent over 100' => array( '250', 'el_invalid_deferred_value' ),
				'negative'           => array( '-5', 'el_invalid_param' ),
				'a number'           => array( 20, 'el_invalid_param' ),
				'twenty digits'      => array( self::HUGE, 'el_invalid_param' ),
			)
		);
		$add(
			'POST /settings',
			'expiry_months',
			array(
				'negative'   => array( -1, 'el_invalid_param' ),
				'over 600'   => array( 601, 'el_invalid_param' ),
				'a fraction' => array( 1.5, 'el_invalid_param' ),
				'a boolean'  => array( true, 'el_invalid_param' ),
			)
		);
		$add( 'POST /settings', 'breakage_policy', array( 'unknown' => array( 'later', 'el_invalid_param' ) ) );
		$add(
			'POST /settings',
			'account_menu_label',
			array(
				'empty'         => array( '', 'el_invalid_param' ),
				'only a script' => array( self::SCRIPT_PAYLOAD, 'el_invalid_label' ),
				'too long'      => array( str_repeat( 'l', 61 ), 'el_invalid_param' ),
				'an array'      => array( array( 'Gifts' ), 'el_invalid_param' ),
			)
		);
		$add( 'POST /settings', 'delete_data_on_uninstall', array( 'a word' => array( 'please', 'el_invalid_param' ) ) );

		return $cases;
	}

	/**
	 * One invalid field value.
	 *
	 * @param string               $route    Key of WRITE_ROUTES.
	 * @param array<string, mixed> $override Fields of the case.
	 * @param int                  $status   Expected status.
	 * @param string               $code     Expected code.
	 */
	#[DataProvider( 'invalid_fields' )]
	public function test_invalid_fields_are_refused_and_write_nothing( string $route, array $override, int $status, string $code ): void {
		[ $method, $path, $body ] = $this->arrange( $route, $override );
		$before                   = $this->snapshot();

		$response = $this->rest( $method, $path, $body );

		$this->assertRefused( $status, $code, $response, $before );
	}

	/**
	 * Oversized bodies, broken encodings and broken JSON, on every write route.
	 *
	 * @return array<string, array{0: string, 1: string, 2: string}>
	 */
	public static function malformed_requests(): array {
		$kinds = array(
			'a 1 MB JSON body'                            => 'el_body_too_large',
			'a 1 MB form body'                            => 'el_body_too_large',
			'a JSON body one byte over the limit'         => 'el_body_too_large',
			'invalid UTF-8 in a JSON string'              => 'el_invalid_utf8',
			'invalid UTF-8 in a JSON key'                 => 'el_invalid_utf8',
			'an overlong UTF-8 sequence in JSON'          => 'el_invalid_utf8',
			'a UTF-8 encoded surrogate in JSON'           => 'el_invalid_utf8',
			'a truncated UTF-8 sequence in JSON'          => 'el_invalid_utf8',
			'a lone surrogate escape in JSON'             => 'el_invalid_json',
			'truncated JSON'                              => 'el_invalid_json',
			'invalid UTF-8 in the query string'           => 'el_invalid_utf8',
			'invalid UTF-8 in a form body'                => 'el_invalid_utf8',
			'invalid UTF-8 in the Idempotency-Key header' => 'el_invalid_utf8',
			'an SQL payload as the Idempotency-Key'       => 'el_invalid_idempotency_key',
			'an Idempotency-Key of 192 characters'        => 'el_invalid_idempotency_key',
		);
		$cases = array();
		foreach ( array_keys( self::WRITE_ROUTES ) as $route ) {
			foreach ( $kinds as $kind => $code ) {
				$cases[ "{$route}: {$kind}" ] = array( $route, $kind, $code );
			}
		}
		return $cases;
	}

	#[DataProvider( 'malformed_requests' )]
	public function test_malformed_requests_are_refused_and_write_nothing( string $route, string $kind, string $code ): void {
		[ $method, $path, $body ] = $this->arrange( $route, array() );
		$json                     = (string) wp_json_encode( (object) $body );
		$with_field               = static fn( string $raw ): string => '{"hostile":"' . $raw . '"' . ( '{}' === $json ? '}' : ',' . substr( $json, 1 ) );
		$query                    = array();
		$headers                  = array();
		$content_type             = 'application/json';
		switch ( $kind ) {
			case 'a 1 MB JSON body':
				$raw = (string) wp_json_encode( $body + array( 'padding' => str_repeat( 'a', 1024 * 1024 ) ) );
				break;
			case 'a 1 MB form body':
				$raw          = http_build_query( $body + array( 'padding' => str_repeat( 'a', 1024 * 1024 ) ) );
				$content_type = 'application/x-www-form-urlencoded';
				break;
			case 'a JSON body one byte over the limit':
				$raw = $with_field( str_repeat( 'a', RequestGuard::MAX_BODY_BYTES + 1 - strlen( $with_field( '' ) ) ) );
				break;
			case 'invalid UTF-8 in a JSON string':
				$raw = $with_field( "caf\xE9 \xFF\xFE" );
				break;
			case 'invalid UTF-8 in a JSON key':
				$raw = "{\"\xFF\":1," . substr( $json, 1 );
				break;
			case 'an overlong UTF-8 sequence in JSON':
				$raw = $with_field( "..\xC0\xAF..\xC0\xAFetc" );
				break;
			case 'a UTF-8 encoded surrogate in JSON':
				$raw = $with_field( "\xED\xA0\x80" );
				break;
			case 'a truncated UTF-8 sequence in JSON':
				$raw = $with_field( "\xE2\x82" );
				break;
			case 'a lone surrogate escape in JSON':
				$raw = $with_field( '\ud800' );
				break;
			case 'truncated JSON':
				$raw = substr( $with_field( 'x' ), 0, -2 );
				break;
			case 'invalid UTF-8 in the query string':
				$raw   = $json;
				$query = array( 'note' => "\xFF" );
				break;
			case 'invalid UTF-8 in a form body':
				$raw          = http_build_query( $body + array( 'hostile' => "caf\xE9" ) );
				$content_type = 'application/x-www-form-urlencoded';
				break;
			case 'an SQL payload as the Idempotency-Key':
				$raw     = $json;
				$headers = array( 'Idempotency-Key' => self::SQL_PAYLOADS['an SQL tautology'] );
				break;
			case 'an Idempotency-Key of 192 characters':
				$raw     = $json;
				$headers = array( 'Idempotency-Key' => str_repeat( 'k', 192 ) );
				break;
			default:
				$raw     = $json;
				$headers = array( 'Idempotency-Key' => "key-\xFF" );
		}
		$before = $this->snapshot();

		$response = $this->dispatch_raw( $method, $path, $raw, $content_type, $query, $headers );

		$this->assertRefused( 400, $code, $response, $before );
	}

	/**
	 * JSON bodies that are valid JSON but not an object, on routes with a required field.
	 *
	 * @return array<string, array{0: string, 1: string}>
	 */
	public static function non_object_bodies(): array {
		$cases = array();
		foreach ( array( 'POST /entitlements', 'DELETE /entitlements/{id}', 'POST /entitlements/{id}/cancel', 'POST /entitlements/{id}/unredeem', 'POST /entitlements/{id}/adjust', 'POST /gifts', 'POST /me/entitlements/{id}/redeem' ) as $route ) {
			foreach ( array( '"reason"', '42', 'true', 'null', '[]', '["reason","Duplicate"]' ) as $json ) {
				$cases[ "{$route}: {$json}" ] = array( $route, $json );
			}
		}
		return $cases;
	}

	#[DataProvider( 'non_object_bodies' )]
	public function test_json_bodies_that_are_not_objects_are_refused_and_write_nothing( string $route, string $json ): void {
		[ $method, $path ] = $this->arrange( $route, array() );
		$before            = $this->snapshot();

		$response = $this->dispatch_raw( $method, $path, $json );

		$this->assertRefused( 400, 'el_missing_param', $response, $before );
	}

	/**
	 * Batch items with bad input: the batch answers 200 and reports each item's error.
	 *
	 * @return array<string, array{0: string, 1: array<string, mixed>, 2: int, 3: string}>
	 */
	public static function hostile_batch_items(): array {
		$create = self::WRITE_ROUTES['POST /entitlements/batch'][1]['create'][0];
		return array(
			'create: an amount with three decimals'  => array( 'create', array( 'deferred_amount' => '12.345' ) + $create, 400, 'el_invalid_amount' ),
			'create: an amount as a JSON number'     => array( 'create', array( 'deferred_amount' => 12.5 ) + $create, 400, 'el_invalid_param' ),
			'create: an unknown currency'            => array( 'create', array( 'currency' => 'XXX' ) + $create, 400, 'el_invalid_currency' ),
			'create: an SQL payload as the currency' => array( 'create', array( 'currency' => self::SQL_PAYLOADS['an SQL tautology'] ) + $create, 400, 'el_invalid_param' ),
			'create: a script as the type'           => array( 'create', array( 'type' => self::SCRIPT_PAYLOAD ) + $create, 400, 'el_invalid_param' ),
			'create: the number as a word'           => array( 'create', array( 'number' => 'twenty' ) + $create, 400, 'el_invalid_param' ),
			'create: no amount'                      => array( 'create', array_diff_key( $create, array( 'deferred_amount' => 1 ) ), 400, 'el_missing_param' ),
			'update: no id'                          => array( 'update', array( 'notes' => 'x' ), 400, 'el_missing_param' ),
			'update: the id as a string'             => array( 'update', array( 'id' => '1', 'notes' => 'x' ), 400, 'el_missing_param' ), // phpcs:ignore WordPress.Arrays.ArrayDeclarationSpacing.AssociativeArrayFound
			'update: the id as a huge number'        => array( 'update', array( 'id' => 1e20, 'notes' => 'x' ), 400, 'el_missing_param' ), // phpcs:ignore WordPress.Arrays.ArrayDeclarationSpacing.AssociativeArrayFound
			'update: an unknown id'                  => array( 'update', array( 'id' => 987654321, 'notes' => 'x' ), 404, 'el_entitlement_not_found' ), // phpcs:ignore WordPress.Arrays.ArrayDeclarationSpacing.AssociativeArrayFound
			'update: the number out of range'        => array( 'update', array( 'id' => '@entitlement', 'number' => 0 ), 400, 'el_invalid_param' ), // phpcs:ignore WordPress.Arrays.ArrayDeclarationSpacing.AssociativeArrayFound
			'update: nested meta'                    => array( 'update', array( 'id' => '@entitlement', 'meta' => array( 'a' => array( 'b' => 1 ) ) ), 400, 'el_invalid_param' ), // phpcs:ignore WordPress.Arrays.ArrayDeclarationSpacing.AssociativeArrayFound
			'delete: no reason'                      => array( 'delete', array( 'id' => '@entitlement' ), 400, 'el_missing_param' ),
			'delete: a reason that is an array'      => array( 'delete', array( 'id' => '@entitlement', 'reason' => array( 'x' ) ), 400, 'el_invalid_param' ), // phpcs:ignore WordPress.Arrays.ArrayDeclarationSpacing.AssociativeArrayFound
		);
	}

	/**
	 * One hostile batch item.
	 *
	 * @param string               $operation create|update|delete.
	 * @param array<string, mixed> $item      The item.
	 * @param int                  $status    Expected status of the item.
	 * @param string               $code      Expected code of the item.
	 */
	#[DataProvider( 'hostile_batch_items' )]
	public function test_batch_items_with_hostile_input_are_reported_one_by_one_and_write_nothing( string $operation, array $item, int $status, string $code ): void {
		$this->act_as( 'circulation_manager' );
		$entitlement = $this->make_entitlement();
		if ( '@entitlement' === ( $item['id'] ?? null ) ) {
			$item['id'] = $entitlement;
		}
		$before = $this->snapshot();

		$response = $this->rest( 'POST', '/entitlements/batch', array( $operation => array( $item ) ) );

		$this->assertSame( 200, $response->get_status(), 'body: ' . wp_json_encode( $response->get_data() ) );
		$result = $response->get_data()[ $operation ][0] ?? array();
		$this->assertIsArray( $result['error'] ?? null, 'the item reports an error: ' . wp_json_encode( $result ) );
		$this->assertSame( $code, $result['error']['code'] ?? null, 'item error code' );
		$this->assertSame( $status, $result['error']['data']['status'] ?? null, 'item error status' );
		$this->assertSame( $before, $this->snapshot(), 'a refused item writes nothing' );
	}

	/**
	 * SQL and script payloads in free-text fields: accepted and stored verbatim.
	 *
	 * @return array<string, array{0: string, 1: string, 2: string}>
	 */
	public static function free_text_payloads(): array {
		$payloads = self::SQL_PAYLOADS + array(
			'an SQL quote escape'   => "Robert'); DROP TABLE wp_el_ledger_lines; --",
			'a script'              => self::SCRIPT_PAYLOAD,
			'an attribute breakout' => '"><img src=x onerror=alert(1)>',
			'format placeholders'   => '%s %d %1$s {$x} \\ \\\\ \'',
			'Unicode and bidi'      => "Zo\u{eb} \u{1F4A5} \u{2713} \u{202E}dlrow",
		);
		$fields   = array(
			array( 'POST /entitlements', 'notes' ),
			array( 'POST /entitlements', 'customer_name' ),
			array( 'POST /entitlements', 'meta' ),
			array( 'PATCH /entitlements/{id}', 'notes' ),
			array( 'DELETE /entitlements/{id}', 'reason' ),
			array( 'POST /entitlements/{id}/redeem', 'note' ),
			array( 'POST /entitlements/{id}/cancel', 'reason' ),
			array( 'POST /entitlements/{id}/unredeem', 'reason' ),
			array( 'POST /entitlements/{id}/adjust', 'reason' ),
		);
		$cases    = array();
		foreach ( $fields as [ $route, $field ] ) {
			foreach ( $payloads as $label => $payload ) {
				$cases[ "{$route}: {$field} with {$label}" ] = array( $route, $field, $payload );
			}
		}
		return $cases;
	}

	#[DataProvider( 'free_text_payloads' )]
	public function test_sql_and_script_payloads_in_free_text_are_stored_verbatim( string $route, string $field, string $payload ): void {
		$value                    = 'meta' === $field ? array( $payload => $payload ) : $payload;
		[ $method, $path, $body ] = $this->arrange( $route, array( $field => $value ) );

		$response = $this->rest( $method, $path, $body );

		$this->assertContains( $response->get_status(), array( 200, 201 ), 'accepted; body: ' . wp_json_encode( $response->get_data() ) );
		$data = $response->get_data();
		$id   = (int) $data['id'];
		$row  = $this->entitlement_row( $id );
		switch ( $field ) {
			case 'notes':
			case 'customer_name':
				$this->assertSame( $payload, $data[ $field ], 'answered verbatim' );
				$this->assertSame( $payload, $row[ $field ], 'stored verbatim' );
				$this->assertSame( $payload, $this->rest( 'GET', "/entitlements/{$id}" )->get_data()[ $field ], 'read back verbatim' );
				break;
			case 'meta':
				$this->assertSame( array( $payload => $payload ), (array) $data['meta'], 'answered verbatim' );
				$this->assertSame( array( $payload => $payload ), json_decode( $row['meta'], true ), 'stored verbatim' );
				break;
			case 'note':
				$this->assertSame( $payload, $data['redemption']['note'], 'answered verbatim' );
				$this->assertSame( $payload, $row['redemption_note'], 'stored verbatim' );
				break;
			default:
				$audit = $this->rest(
					'GET',
					'/audit',
					array(
						'object_type' => 'entitlement',
						'object_id'   => $id,
					)
				)->get_data()[0];
				$this->assertSame( $payload, $audit['after']['reason'] ?? null, 'the audit log keeps the reason verbatim' );
				if ( str_starts_with( $route, 'DELETE' ) ) {
					$this->assertSame( $payload, $data['deleted_reason'], 'answered verbatim' );
					$this->assertSame( $payload, $row['deleted_reason'], 'stored verbatim' );
				}
				$memos = array_column( $this->rest( 'GET', '/ledger', array( 'entitlement' => $id ) )->get_data(), 'memo' );
				$this->assertStringEndsWith( ': ' . $payload, $memos[0], 'the ledger memo keeps the reason verbatim' );
		}
		$this->assertEveryPluginTableExists();
	}

	public function test_an_id_just_beyond_the_64_bit_range_is_refused_not_clamped(): void {
		$two_to_the_63            = '9223372036854775808';
		[ $method, $path, $body ] = $this->arrange( 'POST /entitlements', array( 'subscription_id' => $two_to_the_63 ) );
		$before                   = $this->snapshot();

		$response = $this->rest( $method, $path, $body );

		$this->assertRefused( 400, 'el_invalid_param', $response, $before );
	}

	public function test_gift_names_keep_sql_verbatim_and_html_fields_lose_markup(): void {
		$this->act_as( 'circulation_manager' );
		foreach ( self::SQL_PAYLOADS as $payload ) {
			$response = $this->rest(
				'POST',
				'/gifts',
				array(
					'number'      => 2026,
					'name'        => $payload,
					'description' => $payload,
				)
			);
			$this->assertSame( 201, $response->get_status(), wp_json_encode( $response->get_data() ) );
			$this->assertSame( $payload, $response->get_data()['name'] );
			$this->assertSame( $payload, $response->get_data()['description'] );
			$this->assertSame( $payload, $this->rest( 'GET', '/gifts/' . $response->get_data()['id'] )->get_data()['name'] );
		}
		$html = $this->rest(
			'POST',
			'/gifts',
			array(
				'number'      => 2026,
				'name'        => 'Tote <b>bag</b> ' . self::SCRIPT_PAYLOAD,
				'description' => '<p>Canvas</p>' . self::SCRIPT_PAYLOAD . '<img src="x" onerror="alert(1)">',
			)
		)->get_data();
		$this->assertSame( 'Tote bag', $html['name'], 'names are plain text' );
		$this->assertStringContainsString( '<p>Canvas</p>', $html['description'], 'descriptions keep post HTML' );
		$this->assertStringNotContainsString( '<script', $html['description'], 'but never scripts' );
		$this->assertStringNotContainsString( 'onerror', $html['description'], 'nor event handlers' );
		$this->assertEveryPluginTableExists();
	}

	public function test_read_only_fields_cannot_be_mass_assigned(): void {
		$this->act_as( 'circulation_manager' );
		$other   = $this->user( 'customer_b' );
		$created = $this->rest(
			'POST',
			'/entitlements',
			self::WRITE_ROUTES['POST /entitlements'][1] + array(
				'id'               => 987654321,
				'status'           => 'redeemed',
				'earned_amount'    => '12.50',
				'deferred_balance' => '999.00',
				'redemption'       => array(
					'method'   => 'custom',
					'order_id' => 1,
				),
				'created_at'       => '2000-01-01T00:00:00Z',
				'deleted_at'       => '2000-01-01T00:00:00Z',
				'source_key'       => 'order-1-item-1-cycle-2026',
				'ledger'           => array( array( 'amount' => '-999.00' ) ),
			)
		);
		$this->assertSame( 201, $created->get_status(), wp_json_encode( $created->get_data() ) );
		$data = $created->get_data();
		$this->assertNotSame( 987654321, $data['id'] );
		$this->assertSame( 'active', $data['status'] );
		$this->assertSame( '0.00', $data['earned_amount'] );
		$this->assertSame( '12.50', $data['deferred_balance'] );
		$this->assertNull( $data['redemption'] );
		$this->assertNull( $data['deleted_at'] );
		$this->assertStringStartsNotWith( '2000', $data['created_at'] );
		$this->assertNull( $this->entitlement_row( $data['id'] )['source_key'], 'the checkout idempotency key is internal' );
		$this->assertCount( 2, $data['ledger'], 'only the deferral' );

		$changed = $this->rest(
			'PATCH',
			'/entitlements/' . $data['id'],
			array(
				'status'          => 'cancelled',
				'customer_id'     => $other,
				'customer_email'  => 'thief@example.test',
				'currency'        => 'EUR',
				'deferred_amount' => '0.01',
				'type'            => 'other',
				'deleted_at'      => '2000-01-01T00:00:00Z',
			)
		)->get_data();
		foreach ( array( 'status', 'customer_id', 'customer_email', 'currency', 'deferred_amount', 'deferred_balance', 'type', 'deleted_at' ) as $field ) {
			$this->assertSame( $data[ $field ], $changed[ $field ], "PATCH must not change {$field}" );
		}

		$gift    = $this->make_gift();
		$patched = $this->rest(
			'PATCH',
			"/gifts/{$gift}",
			array(
				'redeemed_count' => 99,
				'available'      => false,
			)
		)->get_data();
		$this->assertSame( 0, $patched['redeemed_count'] );
	}

	/**
	 * Item routes and the body that tries to aim them at another object with an "id".
	 *
	 * @return array<string, array{0: string}>
	 */
	public static function item_routes(): array {
		$routes = array();
		foreach ( array_keys( self::WRITE_ROUTES ) as $route ) {
			if ( str_contains( $route, '{id}' ) ) {
				$routes[ $route ] = array( $route );
			}
		}
		return $routes;
	}

	#[DataProvider( 'item_routes' )]
	public function test_an_id_in_the_body_or_query_cannot_retarget_an_item_route( string $route ): void {
		[ $method, $path, $body ] = $this->arrange( $route, array() );
		$is_gift                  = str_contains( $route, '/gifts/' );
		$victim                   = match ( true ) {
			$is_gift                          => $this->make_gift(),
			str_contains( $route, 'unredeem' ) => $this->redeemed_entitlement_of( 'customer_b' ),
			default                           => $this->entitlement_of( 'customer_b' ),
		};
		$row        = fn(): array => $is_gift ? $this->gift_row( $victim ) : $this->entitlement_row( $victim );
		$retargeted = array();
		foreach ( array( 'body', 'query' ) as $where ) {
			$before  = $row();
			$request = new \WP_REST_Request( $method, '/entitlement-ledger/v1' . $path );
			$request->set_header( 'Content-Type', 'application/json' );
			$request->set_body( (string) wp_json_encode( (object) ( 'body' === $where ? $body + array( 'id' => $victim ) : $body ) ) );
			$request->set_query_params( 'query' === $where ? array( 'id' => $victim ) : array() );
			rest_get_server()->dispatch( $request );
			if ( $row() !== $before ) {
				$retargeted[] = $where;
			}
		}

		if ( str_starts_with( $route, 'POST /me/' ) ) {
			$this->assertSame( array(), $retargeted, 'a customer never reaches another customer\'s entitlement' );
			return;
		}
		$this->assertSame( array(), $retargeted, 'only the object in the path may change' );
	}

	/**
	 * Stored id fields given an integer beyond the 64-bit range.
	 *
	 * @return array<string, array{0: string, 1: mixed}>
	 */
	public static function out_of_range_stored_ids(): array {
		$cases = array();
		foreach ( array( 'subscription_id', 'source_order_id', 'source_order_item_id' ) as $field ) {
			$cases[ "{$field} of twenty digits" ]        = array( $field, self::HUGE );
			$cases[ "{$field} as the JSON number 1e20" ] = array( $field, 1e20 );
		}
		return $cases;
	}

	#[DataProvider( 'out_of_range_stored_ids' )]
	public function test_ids_beyond_the_integer_range_are_refused_not_clamped( string $field, mixed $value ): void {
		[ $method, $path, $body ] = $this->arrange( 'POST /entitlements', array( $field => $value ) );
		$before                   = $this->snapshot();

		$response = $this->rest( $method, $path, $body );

		$this->assertRefused( 400, 'el_invalid_param', $response, $before );
	}

	public function test_sql_payloads_in_list_filters_match_nothing(): void {
		$this->act_as( 'circulation_manager' );
		$this->make_entitlement();
		foreach ( self::SQL_PAYLOADS as $payload ) {
			foreach ( array( 'search', 'email' ) as $filter ) {
				$response = $this->rest( 'GET', '/entitlements', array( $filter => $payload ) );
				$this->assertSame( 200, $response->get_status() );
				$this->assertSame( '0', $response->get_headers()['X-WP-Total'], "{$filter} is a value, not SQL" );
			}
			foreach ( array(
				'/entitlements' => 'orderby',
				'/ledger'       => 'currency',
				'/audit'        => 'action',
				'/gifts'        => 'number',
			) as $path => $filter ) {
				$this->assertRestError( 400, 'el_invalid_param', $this->rest( 'GET', $path, array( $filter => $payload ) ) );
			}
		}
		$this->assertEveryPluginTableExists();
	}

	public function test_the_snapshot_sees_a_real_write(): void {
		[ $method, $path, $body ] = $this->arrange( 'POST /me/entitlements/{id}/redeem', array() );
		$before                   = $this->snapshot();

		$this->assertSame( 200, $this->rest( $method, $path, $body )->get_status() );

		$after = $this->snapshot();
		foreach ( array( Tables::LEDGER_ENTRIES, Tables::LEDGER_LINES, Tables::AUDIT_LOG, 'orders', 'last order item', 'last order post' ) as $part ) {
			$this->assertGreaterThan( $before[ $part ], $after[ $part ], "a redemption shows in {$part}, so \"writes nothing\" checks are not vacuous" );
		}
	}

	public function test_every_write_route_is_covered(): void {
		$writes = array();
		foreach ( rest_get_server()->get_routes( 'entitlement-ledger/v1' ) as $route => $handlers ) {
			$path = (string) preg_replace( '/\(\?P<(\w+)>[^)]*\)/', '{$1}', substr( $route, strlen( '/entitlement-ledger/v1' ) ) );
			if ( str_starts_with( $path, '/licenses' ) || str_starts_with( $path, '/brands' ) || str_starts_with( $path, '/me/licenses' ) ) {
				continue; // LicenseHostileInputTest covers the license service's routes.
			}
			foreach ( $handlers as $handler ) {
				foreach ( array_keys( $handler['methods'] ) as $method ) {
					if ( 'GET' !== $method ) {
						$writes[] = "{$method} {$path}";
					}
				}
			}
		}
		$this->assertEqualsCanonicalizing( $writes, array_keys( self::WRITE_ROUTES ), 'every write route needs its hostile cases here' );
	}

	public function test_http_one_megabyte_bodies_get_our_400_not_a_web_server_413(): void {
		$client          = HttpClient::for_user( $this->user( 'circulation_manager' ) );
		$body            = self::WRITE_ROUTES['POST /entitlements'][1] + array( 'notes' => str_repeat( 'a', 1024 * 1024 ) );
		[ $json, $form ] = $client->parallel(
			array(
				array( 'POST', '/entitlements', (string) wp_json_encode( $body ), array( 'Content-Type' => 'application/json' ) ),
				array( 'POST', '/entitlements', http_build_query( $body ), array( 'Content-Type' => 'application/x-www-form-urlencoded' ) ),
			)
		);
		foreach ( array(
			'JSON' => $json,
			'form' => $form,
		) as $kind => $response ) {
			$this->assertSame( 400, $response['status'], "{$kind}: " . substr( $response['raw'], 0, 300 ) );
			$this->assertStringStartsWith( 'application/json', $response['headers']['content-type'] ?? '', "{$kind}: our JSON error" );
			$this->assertSame( 'el_body_too_large', $response['body']['code'] ?? null, $kind );
		}
		$this->assertSame( 0, $this->count_rows( Tables::ENTITLEMENTS ) );
	}

	public function test_http_invalid_utf8_is_refused_in_the_body_the_query_and_a_form(): void {
		$client = HttpClient::for_user( $this->user( 'circulation_manager' ) );
		$body   = self::WRITE_ROUTES['POST /entitlements'][1];
		$json   = (string) wp_json_encode( $body );
		$sent   = $client->parallel(
			array(
				array( 'POST', '/entitlements', '{"notes":"caf' . "\xE9" . '",' . substr( $json, 1 ), array( 'Content-Type' => 'application/json' ) ),
				array( 'POST', '/entitlements?notes=caf%E9', $json, array( 'Content-Type' => 'application/json' ) ),
				array( 'POST', '/entitlements', http_build_query( $body ) . '&notes=caf%E9', array( 'Content-Type' => 'application/x-www-form-urlencoded' ) ),
			)
		);
		foreach ( $sent as $index => $response ) {
			$this->assertSame( 400, $response['status'], "request {$index}: " . substr( $response['raw'], 0, 300 ) );
			$this->assertSame( 'el_invalid_utf8', $response['body']['code'] ?? null, "request {$index}" );
		}
		$this->assertSame( 0, $this->count_rows( Tables::ENTITLEMENTS ) );
	}

	public function test_http_script_payloads_come_back_json_escaped_and_not_sniffable(): void {
		$client   = HttpClient::for_user( $this->user( 'circulation_manager' ) );
		$response = $client->request( 'POST', '/entitlements', self::WRITE_ROUTES['POST /entitlements'][1] + array( 'notes' => self::SCRIPT_PAYLOAD ) );

		$this->assertSame( 201, $response['status'], $response['raw'] );
		$this->assertSame( self::SCRIPT_PAYLOAD, $response['body']['notes'], 'verbatim once decoded' );
		$this->assertStringNotContainsString( '</script>', $response['raw'], 'never a closing script tag in the raw answer' );
		$this->assertStringContainsString( '<\/script>', $response['raw'] );
		$this->assertStringStartsWith( 'application/json', $response['headers']['content-type'] ?? '' );
		$this->assertSame( 'nosniff', $response['headers']['x-content-type-options'] ?? null, 'browsers must not sniff it as HTML' );
	}

	/**
	 * Sets up the fixtures a route needs, acts as its caller and builds the request:
	 * the route's valid body with $override applied (MISSING removes a field; PATH_ID
	 * replaces {id} in the path).
	 *
	 * @param string               $route    Key of WRITE_ROUTES.
	 * @param array<string, mixed> $override Fields to change.
	 * @return array{0: string, 1: string, 2: array<string, mixed>}
	 */
	private function arrange( string $route, array $override ): array {
		[ $caller, $body ] = self::WRITE_ROUTES[ $route ];
		[ $method, $path ] = explode( ' ', $route, 2 );
		$gift              = null;
		$placeholders      = array(
			self::ORDER            => fn(): int => $this->order_id(),
			self::GIFT             => function () use ( &$gift ): int {
				$gift ??= $this->make_gift();
				return $gift;
			},
			self::OTHER_CYCLE_GIFT => fn(): int => $this->make_gift( 2030 ),
		);
		foreach ( array_replace( $body, $override ) as $field => $value ) {
			if ( self::MISSING === $value ) {
				unset( $body[ $field ] );
			} elseif ( self::PATH_ID !== $field ) {
				$body[ $field ] = is_string( $value ) && isset( $placeholders[ $value ] ) ? $placeholders[ $value ]() : $value;
			}
		}
		unset( $body[ self::PATH_ID ] );
		if ( array_key_exists( self::PATH_ID, $override ) ) {
			$id = $override[ self::PATH_ID ];
		} elseif ( str_starts_with( $path, '/gifts/' ) ) {
			$id = $placeholders[ self::GIFT ]();
		} elseif ( str_contains( $path, '{id}' ) ) {
			$id = str_contains( $route, 'unredeem' ) ? $this->redeemed_entitlement_of( 'customer_a' ) : $this->entitlement_of( 'customer_a' );
		}
		$this->act_as( $caller );
		return array( $method, str_replace( '{id}', (string) ( $id ?? '' ), $path ), $body );
	}

	/**
	 * Asserts a refusal: the status and el_* code expected (or one of the "a|b" answers
	 * the case allows), never a server error, and no write.
	 *
	 * @param int                $status   Expected status.
	 * @param string             $code     Expected code.
	 * @param WP_REST_Response   $response Response.
	 * @param array<string, int> $before   Snapshot before the request.
	 */
	private function assertRefused( int $status, string $code, WP_REST_Response $response, array $before ): void {
		$data    = $response->get_data();
		$body    = 'body: ' . wp_json_encode( $data );
		$answers = array();
		foreach ( explode( '|', $status . ':' . $code ) as $index => $answer ) {
			$answers[] = 0 === $index || 1 === preg_match( '/^\d{3}:/', $answer ) ? $answer : '400:' . $answer;
		}
		$this->assertLessThan( 500, $response->get_status(), 'never a server error; ' . $body );
		$this->assertStringStartsWith( 'el_', (string) ( $data['code'] ?? '' ), 'an el_* code; ' . $body );
		$this->assertContains( $response->get_status() . ':' . $data['code'], $answers, 'status and code; ' . $body );
		$this->assertSame( $before, $this->snapshot(), 'a refused request writes nothing' );
	}

	/**
	 * Asserts that no SQL payload dropped a table.
	 */
	private function assertEveryPluginTableExists(): void {
		global $wpdb;
		foreach ( Tables::ALL as $table ) {
			$this->assertSame( Tables::name( $table ), $wpdb->get_var( $wpdb->prepare( 'SHOW TABLES LIKE %s', Tables::name( $table ) ) ) );
		}
	}

	/**
	 * A gift's database row.
	 *
	 * @param int $id Id.
	 * @return array<string, string|null>
	 */
	private function gift_row( int $id ): array {
		global $wpdb;
		return (array) $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM %i WHERE id = %d', Tables::name( Tables::GIFTS ), $id ), ARRAY_A );
	}

	/**
	 * An entitlement's database row.
	 *
	 * @param int $id Id.
	 * @return array<string, string|null>
	 */
	private function entitlement_row( int $id ): array {
		global $wpdb;
		return (array) $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM %i WHERE id = %d', Tables::name( Tables::ENTITLEMENTS ), $id ), ARRAY_A );
	}

	/**
	 * Money strings that are not amounts, with the code each gets.
	 *
	 * @param bool $signed Whether the field takes a sign (adjust) or not (deferred_amount).
	 * @return array<string, array{0: mixed, 1: string}>
	 */
	private static function bad_amounts( bool $signed ): array {
		$zero = $signed ? 'el_amount_zero' : 'el_amount_not_positive';
		return array(
			'zero'                    => array( '0', $zero ),
			'zero with decimals'      => array( '0.00', $zero ),
			'with three decimals'     => array( '12.345', 'el_invalid_amount' ),
			'with float noise'        => array( '12.3400000001', 'el_invalid_param' ),
			'as a JSON number'        => array( 12.5, 'el_invalid_param' ),
			'as a JSON integer'       => array( 12, 'el_invalid_param' ),
			'with an exponent'        => array( '1e3', 'el_invalid_param' ),
			'with a leading space'    => array( ' 12.50', 'el_invalid_param' ),
			'with a trailing newline' => array( "12.50\n", 'el_invalid_amount' ),
			'with a decimal comma'    => array( '12,50', 'el_invalid_param' ),
			'with a plus sign'        => array( '+12.50', 'el_invalid_param' ),
			'in hexadecimal'          => array( '0x1F', 'el_invalid_param' ), // phpcs:ignore PHPCompatibility.Miscellaneous.ValidIntegers.HexNumericStringFound -- a hostile value, on purpose.
			'NaN'                     => array( 'NaN', 'el_invalid_param' ),
			'infinite'                => array( 'INF', 'el_invalid_param' ),
			'in Arabic-Indic digits'  => array( "\u{0661}\u{0662}.\u{0665}\u{0660}", 'el_invalid_param' ),
			'of twenty digits'        => array( self::HUGE, 'el_invalid_param' ),
			'PHP_INT_MAX'             => array( (string) PHP_INT_MAX, 'el_invalid_param' ),
			'above the cap'           => array( '9999999999999999', 'el_amount_out_of_range' ),
			'in words'                => array( 'twelve', 'el_invalid_param' ),
			'empty'                   => array( '', 'el_invalid_param' ),
			'an array'                => array( array( '12.50' ), 'el_invalid_param' ),
			'an object'               => array( array( 'amount' => '12.50' ), 'el_invalid_param' ),
			'a boolean'               => array( true, 'el_invalid_param' ),
			'null'                    => array( null, 'el_missing_param' ),
			'missing'                 => array( self::MISSING, 'el_missing_param' ),
		) + ( $signed
			? array(
				'minus zero'   => array( '-0.00', 'el_amount_zero' ),
				'double minus' => array( '--1.00', 'el_invalid_param' ),
			)
			: array( 'negative' => array( '-5.00', 'el_invalid_param' ) ) );
	}

	/**
	 * The SQL and script payloads, refused with $code where a field is not free text.
	 *
	 * @param string $code Code they get.
	 * @return array<string, array{0: mixed, 1: string}>
	 */
	private static function hostile_strings( string $code = 'el_invalid_param' ): array {
		return array(
			'an SQL statement' => array( self::SQL_PAYLOADS['an SQL statement'], $code ),
			'an SQL tautology' => array( self::SQL_PAYLOADS['an SQL tautology'], $code ),
			'a script'         => array( self::SCRIPT_PAYLOAD, $code ),
		);
	}

	/**
	 * Currencies that are not ISO 4217 codes we know.
	 *
	 * @return array<string, array{0: mixed, 1: string}>
	 */
	private static function bad_currencies(): array {
		return array(
			'XXX (no currency)'     => array( 'XXX', 'el_invalid_currency' ),
			'BTC'                   => array( 'BTC', 'el_invalid_currency' ),
			'US'                    => array( 'US', 'el_invalid_param' ),
			'usd1'                  => array( 'usd1', 'el_invalid_param' ),
			'empty'                 => array( '', 'el_invalid_param' ),
			'in full-width letters' => array( "\u{FF35}\u{FF33}\u{FF24}", 'el_invalid_param' ),
			'numeric (840)'         => array( 840, 'el_invalid_param' ),
			'an array'              => array( array( 'USD' ), 'el_invalid_param' ),
			'null'                  => array( null, 'el_missing_param' ),
			'missing'               => array( self::MISSING, 'el_missing_param' ),
		);
	}

	/**
	 * Cycle numbers out of range or of the wrong type.
	 *
	 * @return array<string, array{0: mixed, 1: string}>
	 */
	private static function bad_numbers(): array {
		return array(
			'zero'             => array( 0, 'el_invalid_param' ),
			'negative'         => array( -2026, 'el_invalid_param' ),
			'five digits'      => array( 10000, 'el_invalid_param' ),
			'twenty digits'    => array( self::HUGE, 'el_invalid_param' ),
			'a fraction'       => array( 2026.5, 'el_invalid_param' ),
			'a word'           => array( 'twenty', 'el_invalid_param' ),
			'digits and words' => array( '2026abc', 'el_invalid_param' ),
			'empty'            => array( '', 'el_invalid_param' ),
			'a boolean'        => array( true, 'el_invalid_param' ),
			'an array'         => array( array( 2026 ), 'el_invalid_param' ),
			'an object'        => array( array( 'year' => 2026 ), 'el_invalid_param' ),
		);
	}

	/**
	 * Values of the wrong type or range for an id field.
	 *
	 * @return array<string, array{0: mixed, 1: string}>
	 */
	private static function bad_ids(): array {
		return array(
			'zero'       => array( 0, 'el_invalid_param' ),
			'negative'   => array( -5, 'el_invalid_param' ),
			'a fraction' => array( 1.5, 'el_invalid_param' ),
			'a word'     => array( 'abc', 'el_invalid_param' ),
			'a boolean'  => array( true, 'el_invalid_param' ),
			'an array'   => array( array( 1 ), 'el_invalid_param' ),
		);
	}

	/**
	 * Well-formed ids of nothing: an unknown one, and one larger than any integer (refused
	 * as unknown, or as out of range where the field declares a maximum).
	 *
	 * @param string $code The code they get.
	 * @return array<string, array{0: mixed, 1: string}>
	 */
	private static function unknown_ids( string $code ): array {
		return array(
			'of nothing'    => array( 987654321, $code ),
			'twenty digits' => array( self::HUGE, $code . '|el_invalid_param' ),
		);
	}

	/**
	 * Item ids in the path: zero (out of range) and twenty digits (unknown, or out of range
	 * where the id argument declares a maximum).
	 *
	 * @param string $not_found The route's not-found code.
	 * @return array<string, array{0: mixed, 1: string}>
	 */
	private static function bad_path_ids( string $not_found ): array {
		return array(
			'zero'          => array( 0, 'el_invalid_param' ),
			'twenty digits' => array( self::HUGE, '404:' . $not_found . '|el_invalid_param' ),
		);
	}

	/**
	 * Date-times that are not RFC 3339.
	 *
	 * @return array<string, array{0: mixed, 1: string}>
	 */
	private static function bad_dates(): array {
		return array(
			'in words'         => array( 'next Tuesday', 'el_invalid_param' ),
			'month 13'         => array( '2026-13-45T00:00:00Z', 'el_invalid_param' ),
			'a Unix timestamp' => array( 1767225600, 'el_invalid_param' ),
			'an array'         => array( array( '2026-01-01T00:00:00Z' ), 'el_invalid_param' ),
			'with an SQL tail' => array( "2026-01-01' OR 1=1 --", 'el_invalid_param' ),
		);
	}

	/**
	 * Meta that is not a flat object of scalars.
	 *
	 * @return array<string, array{0: mixed, 1: string}>
	 */
	private static function bad_meta(): array {
		return array(
			'a string'           => array( 'gold', 'el_invalid_param' ),
			'nested objects'     => array( array( 'a' => array( 'b' => 1 ) ), 'el_invalid_param' ),
			'over 50 properties' => array( array_fill_keys( array_map( static fn( int $i ): string => "k{$i}", range( 1, 51 ) ), 'v' ), 'el_invalid_param' ),
		);
	}

	/**
	 * Free text of the wrong type or too long.
	 *
	 * @param int $max_length maxLength of the field.
	 * @return array<string, array{0: mixed, 1: string}>
	 */
	private static function bad_free_text( int $max_length ): array {
		return array(
			'too long'  => array( str_repeat( 'x', $max_length + 1 ), 'el_invalid_param' ),
			'an array'  => array( array( 'x' ), 'el_invalid_param' ),
			'a number'  => array( 42, 'el_invalid_param' ),
			'a boolean' => array( true, 'el_invalid_param' ),
		);
	}

	/**
	 * Reasons that are missing, empty, too long or not text.
	 *
	 * @return array<string, array{0: mixed, 1: string}>
	 */
	private static function bad_reasons(): array {
		return self::bad_free_text( 500 ) + array(
			'empty'   => array( '', 'el_invalid_param' ),
			'null'    => array( null, 'el_missing_param' ),
			'missing' => array( self::MISSING, 'el_missing_param' ),
		);
	}
}
