<?php
/**
 * Base class of integration tests.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Framework;

use EntitlementLedger\Database\Tables;
use EntitlementLedger\Domain\Access\Capabilities;
use EntitlementLedger\Plugin;
use PHPUnit\Framework\TestCase;
use WP_REST_Request;
use WP_REST_Response;

/**
 * Real WordPress, real MariaDB. Each test starts with empty plugin tables (rows are
 * committed, so HTTP tests against the running server see them too) and as no user.
 */
abstract class IntegrationTestCase extends TestCase {

	/**
	 * Users created by this test, deleted afterwards.
	 *
	 * @var list<int>
	 */
	private array $created_users = array();

	/**
	 * Empties the plugin's tables.
	 */
	protected function setUp(): void {
		parent::setUp();
		global $wpdb;
		foreach ( Tables::ALL as $table ) {
			$wpdb->query( $wpdb->prepare( 'DELETE FROM %i', Tables::name( $table ) ) );
		}
		wp_set_current_user( 0 );
	}

	/**
	 * Deletes the users the test created.
	 */
	protected function tearDown(): void {
		require_once ABSPATH . 'wp-admin/includes/user.php';
		foreach ( $this->created_users as $user_id ) {
			wp_delete_user( $user_id );
		}
		$this->created_users = array();
		wp_set_current_user( 0 );
		parent::tearDown();
	}

	/**
	 * A service from the plugin's container.
	 *
	 * @template T of object
	 * @param class-string<T> $id Service id.
	 * @return T
	 */
	protected function service( string $id ): object {
		return Plugin::container()->get( $id );
	}

	/**
	 * Creates a user with a role; returns the id.
	 *
	 * @param string $role Role (customer, shop_manager, administrator, el_circulation_manager).
	 */
	protected function make_user( string $role ): int {
		$login   = $role . '_' . wp_generate_password( 8, false );
		$user_id = wp_insert_user(
			array(
				'user_login' => $login,
				'user_pass'  => 'password',
				'user_email' => $login . '@example.test',
				'role'       => $role,
			)
		);
		$this->assertIsInt( $user_id, 'user created' );
		$this->created_users[] = $user_id;
		return $user_id;
	}

	/**
	 * Logs in a new Circulation Manager for the rest of the test.
	 */
	protected function act_as_circulation_manager(): int {
		$user_id = $this->make_user( Capabilities::ROLE_CIRCULATION_MANAGER );
		wp_set_current_user( $user_id );
		return $user_id;
	}

	/**
	 * Dispatches a REST request in-process.
	 *
	 * @param string                $method  HTTP method.
	 * @param string                $path    Path under the plugin namespace, e.g. "/entitlements".
	 * @param array<string, mixed>  $body    JSON body (or query for GET).
	 * @param array<string, string> $headers Headers.
	 */
	protected function rest( string $method, string $path, array $body = array(), array $headers = array() ): WP_REST_Response {
		$request = new WP_REST_Request( $method, '/entitlement-ledger/v1' . $path );
		if ( 'GET' === $method ) {
			$request->set_query_params( $body );
		} elseif ( array() !== $body ) {
			$request->set_header( 'Content-Type', 'application/json' );
			$request->set_body( (string) wp_json_encode( $body ) );
		}
		foreach ( $headers as $name => $value ) {
			$request->set_header( $name, $value );
		}
		return rest_get_server()->dispatch( $request );
	}

	/**
	 * Creates an entitlement through the service; returns its id.
	 *
	 * @param array<string, mixed> $overrides Fields.
	 */
	protected function make_entitlement( array $overrides = array() ): int {
		$service = $this->service( \EntitlementLedger\Domain\Entitlements\EntitlementService::class );
		return $service->create(
			$overrides + array(
				'customer_email'  => 'reader@example.test',
				'number'          => 2026,
				'deferred_amount' => '12.50',
				'currency'        => 'USD',
			)
		)->id;
	}

	/**
	 * Asserts a WP REST error response.
	 *
	 * @param int              $status   Expected HTTP status.
	 * @param string           $code     Expected error code.
	 * @param WP_REST_Response $response Response.
	 */
	protected function assertRestError( int $status, string $code, WP_REST_Response $response ): void {
		$data = $response->get_data();
		$this->assertSame( $status, $response->get_status(), 'status; body: ' . wp_json_encode( $data ) );
		$this->assertIsArray( $data );
		$this->assertSame( $code, $data['code'] ?? null, 'error code' );
	}

	/**
	 * Row count of a plugin table.
	 *
	 * @param string $table One of Tables::*.
	 */
	protected function count_rows( string $table ): int {
		global $wpdb;
		return (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i', Tables::name( $table ) ) );
	}
}
