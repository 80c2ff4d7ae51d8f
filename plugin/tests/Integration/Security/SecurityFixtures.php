<?php
/**
 * Shared fixtures of the security tests.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\Security;

use EntitlementLedger\Database\Tables;
use EntitlementLedger\Domain\Access\Capabilities;
use EntitlementLedger\Domain\Entitlements\EntitlementService;
use EntitlementLedger\Domain\Gifts\GiftService;
use WC_Product_Simple;
use WP_REST_Request;
use WP_REST_Response;

/**
 * One user per role, one WooCommerce product and one order, created once per test class
 * (users hash passwords, which is slow) and removed after it; gifts and entitlements are
 * made per test because IntegrationTestCase empties the plugin tables before each test.
 */
trait SecurityFixtures {

	/**
	 * The people of the tests: key => WordPress role ('' for anonymous).
	 *
	 * @var array<string, string>
	 */
	private static array $roles = array(
		'anonymous'           => '',
		'customer_a'          => 'customer',
		'customer_b'          => 'customer',
		'circulation_manager' => Capabilities::ROLE_CIRCULATION_MANAGER,
		'shop_manager'        => 'shop_manager',
		'administrator'       => 'administrator',
	);

	/**
	 * User ids by key, created on first use.
	 *
	 * @var array<string, int>
	 */
	private static array $user_ids = array();

	/**
	 * The product gifts ship (0 until first use).
	 *
	 * @var int
	 */
	private static int $fixture_product_id = 0;

	/**
	 * An order custom redemptions link (0 until first use).
	 *
	 * @var int
	 */
	private static int $fixture_order_id = 0;

	/**
	 * Removes what the class created.
	 */
	public static function tearDownAfterClass(): void {
		require_once ABSPATH . 'wp-admin/includes/user.php';
		foreach ( self::$user_ids as $user_id ) {
			wp_delete_user( $user_id );
		}
		self::$user_ids = array();
		$order          = self::$fixture_order_id > 0 ? wc_get_order( self::$fixture_order_id ) : false;
		if ( $order instanceof \WC_Order ) {
			$order->delete( true );
		}
		$product = self::$fixture_product_id > 0 ? wc_get_product( self::$fixture_product_id ) : false;
		if ( $product instanceof \WC_Product ) {
			$product->delete( true );
		}
		self::$fixture_order_id   = 0;
		self::$fixture_product_id = 0;
		parent::tearDownAfterClass();
	}

	/**
	 * The user id of a key of $roles (0 for anonymous).
	 *
	 * @param string $who Key of $roles.
	 */
	protected function user( string $who ): int {
		$this->assertArrayHasKey( $who, self::$roles, 'known person' );
		if ( '' === self::$roles[ $who ] ) {
			return 0;
		}
		if ( ! isset( self::$user_ids[ $who ] ) ) {
			$login   = 'el_sec_' . $who . '_' . wp_generate_password( 6, false );
			$user_id = wp_insert_user(
				array(
					'user_login' => $login,
					'user_pass'  => 'password',
					'user_email' => $login . '@example.test',
					'role'       => self::$roles[ $who ],
				)
			);
			$this->assertIsInt( $user_id, 'user created' );
			self::$user_ids[ $who ] = $user_id;
		}
		return self::$user_ids[ $who ];
	}

	/**
	 * Makes a person the current user.
	 *
	 * @param string $who Key of $roles.
	 */
	protected function act_as( string $who ): void {
		wp_set_current_user( $this->user( $who ) );
	}

	/**
	 * A published simple product (what a standard redemption ships).
	 */
	protected function product_id(): int {
		if ( 0 === self::$fixture_product_id ) {
			$product = new WC_Product_Simple();
			$product->set_name( 'Security test tote bag' );
			$product->set_status( 'publish' );
			$product->set_regular_price( '10.00' );
			self::$fixture_product_id = (int) $product->save();
		}
		return self::$fixture_product_id;
	}

	/**
	 * An existing order (what a custom redemption links).
	 */
	protected function order_id(): int {
		if ( 0 === self::$fixture_order_id ) {
			$order = wc_create_order();
			$order->save();
			self::$fixture_order_id = $order->get_id();
		}
		return self::$fixture_order_id;
	}

	/**
	 * An active gift of a cycle, shipping the fixture product.
	 *
	 * @param int $number Cycle.
	 */
	protected function make_gift( int $number = 2026 ): int {
		return $this->service( GiftService::class )->create(
			array(
				'number'     => $number,
				'name'       => 'Tote bag ' . $number,
				'product_id' => $this->product_id(),
			)
		)->id;
	}

	/**
	 * An entitlement of a person (2026, 12.50 USD), unredeemed.
	 *
	 * @param string $who Key of $roles.
	 */
	protected function entitlement_of( string $who ): int {
		return $this->make_entitlement( array( 'customer_id' => $this->user( $who ) ) );
	}

	/**
	 * A redeemed (custom redemption) entitlement of a person.
	 *
	 * @param string $who Key of $roles.
	 */
	protected function redeemed_entitlement_of( string $who ): int {
		$id = $this->entitlement_of( $who );
		$this->service( EntitlementService::class )->redeem_custom( $id, $this->order_id(), 'Fixture' );
		return $id;
	}

	/**
	 * What a write would change: the row count of every plugin table and of WooCommerce's
	 * orders, and the highest id of the order data (items, meta, addresses, order posts),
	 * so a test can prove a request wrote nothing. One query: tests take many snapshots.
	 *
	 * @return array<string, int>
	 */
	protected function snapshot(): array {
		global $wpdb;
		$parts = array();
		foreach ( Tables::ALL as $table ) {
			$parts[ $table ] = array( 'SELECT COUNT(*) FROM %i', Tables::name( $table ) );
		}
		$parts['orders']             = array( 'SELECT COUNT(*) FROM %i', $wpdb->prefix . 'wc_orders' );
		$parts['last order item']    = array( 'SELECT COALESCE(MAX(order_item_id), 0) FROM %i', $wpdb->prefix . 'woocommerce_order_items' );
		$parts['last order meta']    = array( 'SELECT COALESCE(MAX(id), 0) FROM %i', $wpdb->prefix . 'wc_orders_meta' );
		$parts['last order address'] = array( 'SELECT COALESCE(MAX(id), 0) FROM %i', $wpdb->prefix . 'wc_order_addresses' );
		$parts['last order post']    = array( "SELECT COALESCE(MAX(ID), 0) FROM %i WHERE post_type IN ('shop_order', 'shop_order_placehold', 'shop_order_refund')", $wpdb->posts );
		$parts['settings option']    = array( "SELECT COALESCE(MAX(CRC32(option_value)), 0) FROM %i WHERE option_name = 'entitlement_ledger_settings'", $wpdb->options );
		$sql                         = 'SELECT ' . implode( ', ', array_map( static fn( array $part ): string => '(' . $part[0] . ')', $parts ) );
		$row                         = $wpdb->get_row( $wpdb->prepare( $sql, ...array_column( $parts, 1 ) ), ARRAY_N ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- fixed statements with %i placeholders.
		return array_combine( array_keys( $parts ), array_map( 'intval', (array) $row ) );
	}

	/**
	 * Dispatches a request in-process with full control of its parts (raw body, content
	 * type, query string, form fields, headers), as a hostile client would send it.
	 *
	 * @param string                $method       Method.
	 * @param string                $path         Path under the plugin namespace.
	 * @param string|null           $body         Raw body.
	 * @param string                $content_type Content-Type of the body.
	 * @param array<string, mixed>  $query        Query parameters.
	 * @param array<string, string> $headers      Extra headers.
	 */
	protected function dispatch_raw( string $method, string $path, ?string $body, string $content_type = 'application/json', array $query = array(), array $headers = array() ): WP_REST_Response {
		$request = new WP_REST_Request( $method, '/entitlement-ledger/v1' . $path );
		$request->set_query_params( $query );
		if ( null !== $body ) {
			$request->set_header( 'Content-Type', $content_type );
			$request->set_body( $body );
			if ( 'application/x-www-form-urlencoded' === $content_type ) {
				parse_str( $body, $fields );
				$request->set_body_params( $fields );
			}
		}
		foreach ( $headers as $name => $value ) {
			$request->set_header( $name, $value );
		}
		return rest_get_server()->dispatch( $request );
	}
}
