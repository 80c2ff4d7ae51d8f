<?php
/**
 * What GET /entitlements/{id} adds for the detail panel.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\Entitlements;

use EntitlementLedger\Tests\Framework\IntegrationTestCase;

/**
 * Edit links of the customer and orders, from WooCommerce's public API and only for users
 * who may open them.
 */
final class EntitlementDetailTest extends IntegrationTestCase {

	public function test_an_administrator_gets_the_edit_links_of_the_customer_and_orders(): void {
		$admin = $this->make_user( 'administrator' );
		wp_set_current_user( $admin );
		$customer = $this->make_user( 'customer' );
		$source   = $this->order_id();
		$fulfil   = $this->order_id();
		$id       = $this->make_entitlement(
			array(
				'customer_id'     => $customer,
				'subscription_id' => $source,
				'source_order_id' => $source,
			)
		);
		$this->rest( 'POST', "/entitlements/{$id}/redeem", array( 'order_id' => $fulfil ) );

		$links = $this->rest( 'GET', "/entitlements/{$id}" )->get_data()['links'];

		$this->assertSame( get_edit_user_link( $customer ), $links['customer'] );
		$this->assertSame( $this->edit_url( $source ), $links['source_order'] );
		$this->assertSame( $this->edit_url( $source ), $links['subscription'], 'without WooCommerce Subscriptions the subscription is the selling order' );
		$this->assertSame( $this->edit_url( $fulfil ), $links['redemption_order'] );
		$this->assertStringContainsString( (string) $fulfil, (string) $links['redemption_order'] );
	}

	public function test_a_circulation_manager_gets_no_links_to_screens_they_cannot_open(): void {
		$this->act_as_circulation_manager();
		$customer = $this->make_user( 'customer' );
		$id       = $this->make_entitlement(
			array(
				'customer_id'     => $customer,
				'source_order_id' => $this->order_id(),
			)
		);

		$body = $this->rest( 'GET', "/entitlements/{$id}" )->get_data();

		$this->assertSame(
			array(
				'customer'         => null,
				'subscription'     => null,
				'source_order'     => null,
				'redemption_order' => null,
			),
			$body['links']
		);
		$this->assertSame( $customer, $body['customer_id'], 'the ids stay visible' );
	}

	public function test_missing_orders_have_no_link_and_list_items_carry_none(): void {
		wp_set_current_user( $this->make_user( 'administrator' ) );
		$id = $this->make_entitlement( array( 'source_order_id' => 999999 ) );

		$this->assertNull( $this->rest( 'GET', "/entitlements/{$id}" )->get_data()['links']['source_order'] );
		$listed = $this->rest( 'GET', '/entitlements' )->get_data();
		$this->assertArrayNotHasKey( 'links', $listed[0] );
	}

	public function test_the_list_sorts_by_creation_date_both_ways(): void {
		$this->act_as_circulation_manager();
		$ids = array( $this->make_entitlement(), $this->make_entitlement(), $this->make_entitlement() );

		$desc = array_column(
			$this->rest(
				'GET',
				'/entitlements',
				array(
					'orderby' => 'created_at',
					'order'   => 'desc',
				)
			)->get_data(),
			'id'
		);
		$asc  = array_column(
			$this->rest(
				'GET',
				'/entitlements',
				array(
					'orderby' => 'created_at',
					'order'   => 'asc',
				)
			)->get_data(),
			'id'
		);

		$this->assertSame( array_reverse( $ids ), $desc, 'same second: the id breaks the tie' );
		$this->assertSame( $ids, $asc );
	}

	/**
	 * A new order's id.
	 */
	private function order_id(): int {
		$order = wc_create_order();
		$order->save();
		return $order->get_id();
	}

	/**
	 * WooCommerce's edit URL of an order.
	 *
	 * @param int $order_id Order id.
	 */
	private function edit_url( int $order_id ): string {
		$order = wc_get_order( $order_id );
		$this->assertInstanceOf( \WC_Order::class, $order );
		return $order->get_edit_order_url();
	}
}
