<?php
/**
 * Premium product settings: the product data panel and the REST API.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\WooCommerce;

use EntitlementLedger\Domain\Money\Currency;
use EntitlementLedger\WooCommerce\PremiumProductSettings;
use EntitlementLedger\WooCommerce\ProductPanel;
use PHPUnit\Framework\Attributes\DataProvider;
use WC_Product;
use WC_Product_Simple;
use WP_Error;
use WP_REST_Request;

/**
 * Validation in the panel (invalid input keeps the stored values and shows an error) and in
 * WooCommerce's REST API (an invalid `_el_*` meta value answers 400 with an el_* code).
 */
final class ProductPanelTest extends WooCommerceTestCase {

	/**
	 * Restores $_POST and the panel's global.
	 */
	protected function tearDown(): void {
		$_POST = array();
		unset( $GLOBALS['product_object'] );
		parent::tearDown();
	}

	public function test_the_rest_validation_is_hooked_on_every_request(): void {
		$panel = $this->service( ProductPanel::class );
		$this->assertSame( 10, has_filter( 'woocommerce_rest_pre_insert_product_object', array( $panel, 'handle_woocommerce_rest_pre_insert_product_object' ) ) );
		$this->assertSame( 10, has_filter( 'woocommerce_rest_pre_insert_product_variation_object', array( $panel, 'handle_woocommerce_rest_pre_insert_product_object' ) ) );
	}

	/**
	 * Invalid premium meta through the REST API.
	 *
	 * @return array<string, array{array<string, string>, string}>
	 */
	public static function invalid_rest_meta(): array {
		return array(
			'percent over 100'      => array( array( '_el_deferred_value' => '100.01' ), 'el_invalid_deferred_value' ),
			'negative percent'      => array( array( '_el_deferred_value' => '-5' ), 'el_invalid_deferred_value' ),
			'percent not a number'  => array( array( '_el_deferred_value' => '20%' ), 'el_invalid_deferred_value' ),
			'fixed with 3 decimals' => array(
				array(
					'_el_deferred_mode'  => 'fixed',
					'_el_deferred_value' => '12.345',
				),
				'el_invalid_deferred_value',
			),
			'fixed zero'            => array(
				array(
					'_el_deferred_mode'  => 'fixed',
					'_el_deferred_value' => '0',
				),
				'el_invalid_deferred_value',
			),
			'unknown mode'          => array( array( '_el_deferred_mode' => 'half' ), 'el_invalid_deferred_mode' ),
			'zero cycles'           => array( array( '_el_cycles' => '0' ), 'el_invalid_cycles' ),
			'fractional cycles'     => array( array( '_el_cycles' => '1.5' ), 'el_invalid_cycles' ),
			'type with capitals'    => array( array( '_el_entitlement_type' => 'Premium Gift' ), 'el_invalid_entitlement_type' ),
		);
	}

	/**
	 * Each invalid value answers 400 with its code.
	 *
	 * @param array<string, string> $meta Meta sent.
	 * @param string                $code Expected error code.
	 */
	#[DataProvider( 'invalid_rest_meta' )]
	public function test_invalid_premium_meta_through_the_rest_api_is_refused( array $meta, string $code ): void {
		$meta  += array(
			'_el_premium'        => 'yes',
			'_el_deferred_mode'  => 'percent',
			'_el_deferred_value' => '20',
		);
		$result = $this->rest_insert( $meta );

		$this->assertInstanceOf( WP_Error::class, $result );
		$this->assertSame( $code, $result->get_error_code() );
		$this->assertSame( 400, $result->get_error_data()['status'] );
	}

	public function test_valid_premium_meta_through_the_rest_api_passes(): void {
		$result = $this->rest_insert(
			array(
				'_el_premium'        => 'yes',
				'_el_deferred_mode'  => 'fixed',
				'_el_deferred_value' => '12.50',
				'_el_cycles'         => '3',
			)
		);
		$this->assertInstanceOf( WC_Product::class, $result );
		$this->assertSame( '12.50', $result->get_meta( '_el_deferred_value' ) );
	}

	public function test_a_rest_write_without_premium_meta_is_not_checked(): void {
		$product = new WC_Product_Simple();
		$product->update_meta_data( '_el_premium', 'yes' );
		$product->update_meta_data( '_el_deferred_value', 'legacy junk' );
		$request = new WP_REST_Request( 'PUT', '/wc/v3/products/1' );
		$request->set_param(
			'meta_data',
			array(
				array(
					'key'   => 'colour',
					'value' => 'blue',
				),
			)
		);

		$this->assertSame( $product, apply_filters( 'woocommerce_rest_pre_insert_product_object', $product, $request, false ) );
	}

	public function test_a_fixed_amount_is_validated_in_the_store_currency(): void {
		$this->set_option( 'woocommerce_currency', 'JPY' );
		$result = $this->rest_insert(
			array(
				'_el_premium'        => 'yes',
				'_el_deferred_mode'  => 'fixed',
				'_el_deferred_value' => '12.50',
			)
		);
		$this->assertInstanceOf( WP_Error::class, $result );
		$this->assertStringContainsString( 'JPY', $result->get_error_message() );
		$this->assertInstanceOf(
			WC_Product::class,
			$this->rest_insert(
				array(
					'_el_premium'        => 'yes',
					'_el_deferred_mode'  => 'fixed',
					'_el_deferred_value' => '1500',
				)
			)
		);
	}

	public function test_the_panel_saves_valid_fields_through_the_product_object(): void {
		$this->act_as_shop_manager();
		$product = $this->make_product( '10.00', array(), false );
		$this->post(
			array(
				'_el_premium'          => 'yes',
				'_el_entitlement_type' => 'premium_gift',
				'_el_deferred_mode'    => 'fixed',
				'_el_deferred_value'   => ' 15.00 ',
				'_el_cycles'           => '2',
			)
		);

		$this->service( ProductPanel::class )->handle_woocommerce_admin_process_product_object( $product );
		$product->save();

		$saved = wc_get_product( $product->get_id() );
		$this->assertSame( 'yes', $saved->get_meta( '_el_premium' ) );
		$this->assertSame( 'fixed', $saved->get_meta( '_el_deferred_mode' ) );
		$this->assertSame( '15.00', $saved->get_meta( '_el_deferred_value' ) );
		$this->assertSame( '2', $saved->get_meta( '_el_cycles' ) );
	}

	public function test_invalid_panel_input_keeps_the_stored_values_and_shows_an_error(): void {
		$this->act_as_shop_manager();
		$product = $this->make_product( '10.00', array( '_el_deferred_value' => '30' ) );
		$this->post(
			array(
				'_el_premium'        => 'yes',
				'_el_deferred_mode'  => 'percent',
				'_el_deferred_value' => '140',
				'_el_cycles'         => '2',
			)
		);

		$this->service( ProductPanel::class )->handle_woocommerce_admin_process_product_object( $product );
		$product->save();

		$saved = wc_get_product( $product->get_id() );
		$this->assertSame( '30', $saved->get_meta( '_el_deferred_value' ), 'old value kept' );
		$this->assertSame( '1', $saved->get_meta( '_el_cycles' ), 'nothing of the invalid input saved' );
		ob_start();
		$this->service( ProductPanel::class )->handle_admin_notices();
		$notice = (string) ob_get_clean();
		$this->assertStringContainsString( 'notice-error', $notice );
		$this->assertStringContainsString( 'Premium settings were not saved', $notice );
		ob_start();
		$this->service( ProductPanel::class )->handle_admin_notices();
		$this->assertSame( '', ob_get_clean(), 'shown once' );
	}

	public function test_the_panel_ignores_a_post_without_woocommerces_nonce(): void {
		$this->act_as_shop_manager();
		$product = $this->make_product( '10.00', array(), false );
		$_POST   = array( '_el_premium' => 'yes' );

		$this->service( ProductPanel::class )->handle_woocommerce_admin_process_product_object( $product );

		$this->assertSame( '', $product->get_meta( '_el_premium' ) );
	}

	public function test_a_form_that_did_not_show_the_fields_changes_nothing(): void {
		$this->act_as_shop_manager();
		$product = $this->make_product( '10.00' );
		$_POST   = array( 'woocommerce_meta_nonce' => wp_create_nonce( 'woocommerce_save_data' ) );

		$this->service( ProductPanel::class )->handle_woocommerce_admin_process_product_object( $product );

		$this->assertSame( 'yes', $product->get_meta( '_el_premium' ), 'an absent checkbox is not read as unchecked' );
	}

	public function test_the_panel_prints_the_fields_with_their_values_escaped(): void {
		$product                   = $this->make_product( '10.00', array( '_el_entitlement_type' => '"><script>alert(1)</script>' ) );
		$GLOBALS['product_object'] = $product;

		ob_start();
		$this->service( ProductPanel::class )->handle_woocommerce_product_options_general_product_data();
		$html = (string) ob_get_clean();

		$this->assertStringContainsString( 'name="_el_premium" id="_el_premium" value="yes" checked=\'checked\'', $html );
		$this->assertStringContainsString( '<option value="percent" selected=\'selected\'>', $html );
		$this->assertStringContainsString( 'name="_el_deferred_value" id="_el_deferred_value" value="25"', $html );
		$this->assertStringNotContainsString( '<script>', $html );
		$this->assertStringContainsString( '&quot;&gt;&lt;script&gt;', $html );
		$this->assertStringContainsString( 'name="_el_premium_panel"', $html );
	}

	public function test_percent_amounts_round_half_up_and_split_evenly(): void {
		$settings = PremiumProductSettings::from_values(
			array(
				'_el_premium'        => 'yes',
				'_el_deferred_mode'  => 'percent',
				'_el_deferred_value' => '12.5',
			)
		);
		$usd      = Currency::from( 'USD' );
		$this->assertSame( array(), $settings->errors( $usd ) );
		$this->assertSame( array( 13 ), $settings->amounts( '1.00', 1, $usd ), '0.125 rounds to 0.13' );
		$this->assertSame( array( 1, 1, 0 ), $settings->amounts( '0.16', 3, $usd ), '0.02 over three' );
		$this->assertSame( array( 1250 ), $settings->amounts( '99.999', 1, $usd ), 'a longer line total is rounded to cents first' );
		$this->assertSame( array( 13 ), $settings->amounts( 1.0, 1, $usd ), 'a float from a filter is read as its decimal text' );
		$this->assertSame( array( 15 ), $settings->amounts( '0.123', 1, Currency::from( 'KWD' ) ), '12.5 % of 0.123 KWD = 15.375 fils' );
	}

	/**
	 * Runs the REST pre-insert filter for a new product carrying $meta (as the controller sets it).
	 *
	 * @param array<string, string> $meta Meta.
	 * @return mixed
	 */
	private function rest_insert( array $meta ): mixed {
		$product = new WC_Product_Simple();
		$entries = array();
		foreach ( $meta as $key => $value ) {
			$product->update_meta_data( $key, $value );
			$entries[] = array(
				'key'   => $key,
				'value' => $value,
			);
		}
		$request = new WP_REST_Request( 'POST', '/wc/v3/products' );
		$request->set_param( 'meta_data', $entries );
		return apply_filters( 'woocommerce_rest_pre_insert_product_object', $product, $request, true );
	}

	/**
	 * Posts the product form with WooCommerce's nonce.
	 *
	 * @param array<string, string> $fields Fields.
	 */
	private function post( array $fields ): void {
		$_POST = $fields + array(
			'woocommerce_meta_nonce' => wp_create_nonce( 'woocommerce_save_data' ),
			'_el_premium_panel'      => '1',
		);
	}

	/**
	 * Logs in a new shop manager.
	 */
	private function act_as_shop_manager(): void {
		wp_set_current_user( $this->make_user( 'shop_manager' ) );
	}
}
