<?php
/**
 * Shared fixtures of the My Account tests.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\Account;

use EntitlementLedger\Blocks\MyGifts\MyGiftsBlock;
use EntitlementLedger\Domain\Entitlements\Entitlement;
use EntitlementLedger\Domain\Entitlements\EntitlementService;
use EntitlementLedger\Domain\Gifts\Gift;
use EntitlementLedger\Domain\Gifts\GiftService;
use EntitlementLedger\Tests\Integration\WooCommerce\WooCommerceTestCase;
use WC_Order;

/**
 * Customers, gifts with a product to ship, and entitlements of a customer in each status.
 */
abstract class AccountTestCase extends WooCommerceTestCase {

	/**
	 * A customer with a first name and a shipping address; returns the user id.
	 *
	 * @param string $first_name First name.
	 */
	protected function make_customer( string $first_name = 'Ada' ): int {
		$user_id = $this->make_user( 'customer' );
		update_user_meta( $user_id, 'first_name', $first_name );
		foreach ( array(
			'shipping_first_name' => $first_name,
			'shipping_last_name'  => 'Reader',
			'shipping_address_1'  => '1 Library Lane',
			'shipping_city'       => 'Springfield',
			'shipping_postcode'   => '12345',
			'shipping_country'    => 'US',
		) as $key => $value ) {
			update_user_meta( $user_id, $key, $value );
		}
		return $user_id;
	}

	/**
	 * A gift of a cycle with its own product to ship.
	 *
	 * @param int                  $number Cycle.
	 * @param string               $name   Name.
	 * @param array<string, mixed> $fields More fields (active, stock, description…).
	 */
	protected function make_gift( int $number, string $name, array $fields = array() ): Gift {
		$product = $this->make_product( '0', array(), false );
		return $this->service( GiftService::class )->create(
			$fields + array(
				'number'      => $number,
				'name'        => $name,
				'description' => 'About ' . $name,
				'product_id'  => $product->get_id(),
			)
		);
	}

	/**
	 * An unredeemed entitlement of a customer.
	 *
	 * @param int                  $customer_id Customer.
	 * @param int                  $number      Cycle.
	 * @param array<string, mixed> $fields      More fields.
	 */
	protected function make_customer_entitlement( int $customer_id, int $number, array $fields = array() ): Entitlement {
		return $this->service( EntitlementService::class )->create(
			$fields + array(
				'customer_id'     => $customer_id,
				'number'          => $number,
				'deferred_amount' => '10.00',
				'currency'        => 'USD',
			)
		);
	}

	/**
	 * A redeemed entitlement (standard redemption: a fulfilment order is created).
	 *
	 * @param int  $customer_id Customer.
	 * @param int  $number      Cycle.
	 * @param Gift $gift        Gift of that cycle.
	 */
	protected function make_redeemed( int $customer_id, int $number, Gift $gift ): Entitlement {
		$entitlement = $this->make_customer_entitlement( $customer_id, $number );
		$redeemed    = $this->service( EntitlementService::class )->redeem_standard( $entitlement->id, $gift->id );
		$this->assertNotNull( $redeemed->redemption?->order_id );
		$this->track_order( (int) $redeemed->redemption->order_id );
		return $redeemed;
	}

	/**
	 * An expired entitlement.
	 *
	 * @param int $customer_id Customer.
	 * @param int $number      Cycle.
	 */
	protected function make_expired( int $customer_id, int $number ): Entitlement {
		$entitlement = $this->make_customer_entitlement(
			$customer_id,
			$number,
			array(
				'starts_at'  => '2024-01-01 00:00:00',
				'expires_at' => '2024-06-30 00:00:00',
			)
		);
		$expired     = $this->service( EntitlementService::class )->expire( $entitlement->id );
		$this->assertNotNull( $expired );
		return $expired;
	}

	/**
	 * A cancelled entitlement.
	 *
	 * @param int $customer_id Customer.
	 * @param int $number      Cycle.
	 */
	protected function make_cancelled( int $customer_id, int $number ): Entitlement {
		$entitlement = $this->make_customer_entitlement( $customer_id, $number );
		return $this->service( EntitlementService::class )->cancel( $entitlement->id, 'Test' );
	}

	/**
	 * The block's HTML as a user sees it (0 for a visitor).
	 *
	 * @param int $user_id User.
	 */
	protected function render_as( int $user_id ): string {
		wp_set_current_user( $user_id );
		$this->assertTrue( \WP_Block_Type_Registry::get_instance()->is_registered( MyGiftsBlock::NAME ), 'the block is registered (run npm run build)' );
		return MyGiftsBlock::render();
	}

	/**
	 * The fulfilment order of a redeemed entitlement.
	 *
	 * @param Entitlement $entitlement Redeemed entitlement.
	 */
	protected function order_of( Entitlement $entitlement ): WC_Order {
		$order = wc_get_order( (int) $entitlement->redemption?->order_id );
		$this->assertInstanceOf( WC_Order::class, $order );
		return $order;
	}

	/**
	 * The entitlement card of the rendered block (its <article>), or '' when absent.
	 *
	 * @param string $html           Block HTML.
	 * @param int    $entitlement_id Entitlement.
	 */
	protected static function card( string $html, int $entitlement_id ): string {
		return 1 === preg_match( '#<article[^>]*data-el-entitlement="' . $entitlement_id . '".*?</article>#s', $html, $match ) ? $match[0] : '';
	}
}
