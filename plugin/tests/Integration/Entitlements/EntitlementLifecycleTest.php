<?php
/**
 * Entitlement lifecycle through the REST API.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\Entitlements;

use EntitlementLedger\Database\Tables;
use EntitlementLedger\Tests\Framework\IntegrationTestCase;

/**
 * Create, redeem, undo, cancel and delete, checking the ledger lines each step writes.
 */
final class EntitlementLifecycleTest extends IntegrationTestCase {

	public function test_create_defers_the_amount_and_answers_201_with_location(): void {
		$this->act_as_circulation_manager();
		$response = $this->rest(
			'POST',
			'/entitlements',
			array(
				'customer_email'  => 'Reader@Example.test',
				'number'          => 2026,
				'deferred_amount' => '12.50',
				'currency'        => 'usd',
			)
		);
		$this->assertSame( 201, $response->get_status() );
		$body = $response->get_data();
		$this->assertSame( 'reader@example.test', $body['customer_email'] );
		$this->assertSame( 'USD', $body['currency'] );
		$this->assertSame( 'active', $body['status'] );
		$this->assertSame( '12.50', $body['deferred_balance'] );
		$this->assertStringEndsWith( '/entitlement-ledger/v1/entitlements/' . $body['id'], $response->get_headers()['Location'] );
		$lines = array_column( $body['ledger'], 'amount', 'account' );
		$this->assertSame(
			array(
				'receivable'       => '12.50',
				'deferred_revenue' => '-12.50',
			),
			$lines
		);
	}

	public function test_custom_redemption_recognises_the_deferred_balance_and_undo_reverses_it(): void {
		$this->act_as_circulation_manager();
		$id = $this->make_entitlement( array( 'deferred_amount' => '30.00' ) );

		$redeemed = $this->rest(
			'POST',
			"/entitlements/{$id}/redeem",
			array(
				'order_id' => $this->any_order_id(),
				'note'     => 'Posted by hand',
			)
		)->get_data();
		$this->assertSame( 'redeemed', $redeemed['status'] );
		$this->assertSame( 'custom', $redeemed['redemption']['method'] );
		$this->assertSame( '30.00', $redeemed['earned_amount'] );
		$this->assertSame( '0.00', $redeemed['deferred_balance'] );

		$again = $this->rest( 'POST', "/entitlements/{$id}/redeem", array( 'order_id' => $this->any_order_id() ) );
		$this->assertRestError( 409, 'el_not_redeemable', $again );

		$undone = $this->rest( 'POST', "/entitlements/{$id}/unredeem", array( 'reason' => 'Wrong reader' ) )->get_data();
		$this->assertSame( 'active', $undone['status'] );
		$this->assertNull( $undone['redemption'] );
		$this->assertSame( '0.00', $undone['earned_amount'] );
		$this->assertSame( '30.00', $undone['deferred_balance'] );
		$this->assertSame( 3, $this->count_rows( Tables::LEDGER_ENTRIES ), 'deferral, recognition, reversal' );
	}

	public function test_cancel_reverses_the_deferral_and_delete_keeps_the_record(): void {
		$this->act_as_circulation_manager();
		$id = $this->make_entitlement();

		$cancelled = $this->rest( 'POST', "/entitlements/{$id}/cancel", array( 'reason' => 'Refunded' ) )->get_data();
		$this->assertSame( 'cancelled', $cancelled['status'] );
		$this->assertSame( '0.00', $cancelled['deferred_balance'] );

		$deleted = $this->rest( 'DELETE', "/entitlements/{$id}", array( 'reason' => 'Duplicate' ) )->get_data();
		$this->assertNotNull( $deleted['deleted_at'] );
		$this->assertSame( 'Duplicate', $deleted['deleted_reason'] );

		$this->assertSame( 0, (int) $this->rest( 'GET', '/entitlements' )->get_headers()['X-WP-Total'] );
		$this->assertSame( 1, (int) $this->rest( 'GET', '/entitlements', array( 'deleted' => 'only' ) )->get_headers()['X-WP-Total'] );
		$this->assertSame( 200, $this->rest( 'GET', "/entitlements/{$id}" )->get_status(), 'a deleted entitlement stays readable by staff' );
	}

	public function test_changing_the_number_moves_the_entitlement_to_another_cycle(): void {
		$this->act_as_circulation_manager();
		$id       = $this->make_entitlement( array( 'number' => 2026 ) );
		$response = $this->rest( 'PATCH', "/entitlements/{$id}", array( 'number' => 2027 ) );
		$this->assertSame( 2027, $response->get_data()['number'] );
		$this->assertSame( 1, (int) $this->rest( 'GET', '/entitlements', array( 'number' => 2027 ) )->get_headers()['X-WP-Total'] );
		$this->assertSame( 0, (int) $this->rest( 'GET', '/entitlements', array( 'number' => 2026 ) )->get_headers()['X-WP-Total'] );
	}

	/**
	 * An existing order id for custom redemptions.
	 */
	private function any_order_id(): int {
		$order = wc_create_order();
		$order->save();
		return $order->get_id();
	}
}
