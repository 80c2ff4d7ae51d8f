<?php
/**
 * Premium fields in the product data panel, and their validation through the REST API.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\WooCommerce;

use EntitlementLedger\Domain\DomainError;
use EntitlementLedger\Domain\Money\Currency;
use EntitlementLedger\Infrastructure\Registerable;
use WC_Admin_Meta_Boxes;
use WC_Product;
use WP_Error;
use WP_Post;
use WP_REST_Request;

/**
 * Adds the premium fields to the General tab of the product data panel (shown for every
 * product type, so simple, variable and subscription products all get them; variations
 * inherit their parent's) and saves them through the WC_Product object API. Invalid input
 * keeps every stored value and shows an error. The same fields arriving as `meta_data`
 * through WooCommerce's REST API are validated too: an invalid value answers 400.
 */
final class ProductPanel implements Registerable {

	private const NONCE_FIELD  = 'woocommerce_meta_nonce';
	private const NONCE_ACTION = 'woocommerce_save_data';
	private const NOTICE       = 'entitlement_ledger_product_errors_';
	private const MARKER       = '_el_premium_panel';

	/**
	 * When WooCommerce is active: the panel in wp-admin, the REST validation everywhere
	 * (REST requests are not admin requests).
	 */
	public function is_needed(): bool {
		return class_exists( 'WooCommerce' );
	}

	/**
	 * Adds hooks.
	 */
	public function register(): void {
		add_filter( 'woocommerce_rest_pre_insert_product_object', array( $this, 'handle_woocommerce_rest_pre_insert_product_object' ), 10, 3 );
		add_filter( 'woocommerce_rest_pre_insert_product_variation_object', array( $this, 'handle_woocommerce_rest_pre_insert_product_object' ), 10, 3 );
		if ( ! is_admin() ) {
			return;
		}
		add_action( 'woocommerce_product_options_general_product_data', array( $this, 'handle_woocommerce_product_options_general_product_data' ) );
		add_action( 'woocommerce_admin_process_product_object', array( $this, 'handle_woocommerce_admin_process_product_object' ) );
		add_action( 'admin_notices', array( $this, 'handle_admin_notices' ) );
	}

	/**
	 * Prints the fields for the product being edited.
	 */
	public function handle_woocommerce_product_options_general_product_data(): void {
		$product = $this->current_product();
		if ( null === $product ) {
			return;
		}
		$settings = PremiumProductSettings::from_product( $product, '', '' );
		$mode     = '' === $settings->mode ? PremiumProductSettings::MODE_PERCENT : $settings->mode;

		echo '<div class="options_group el-premium-product">';
		printf( '<input type="hidden" name="%s" value="1" />', esc_attr( self::MARKER ) );
		printf(
			'<p class="form-field %1$s_field"><label for="%1$s">%2$s</label><input type="checkbox" class="checkbox" name="%1$s" id="%1$s" value="yes"%3$s /> <span class="description">%4$s</span></p>',
			esc_attr( PremiumProductSettings::META_PREMIUM ),
			esc_html__( 'Premium', 'entitlement-ledger' ),
			checked( $settings->premium, true, false ),
			esc_html__( 'Buying this product creates premium gift entitlements, one per unit and cycle.', 'entitlement-ledger' )
		);
		$this->text_field( PremiumProductSettings::META_TYPE, __( 'Entitlement type', 'entitlement-ledger' ), $settings->type, PremiumProductSettings::DEFAULT_TYPE );
		printf(
			'<p class="form-field %1$s_field"><label for="%1$s">%2$s</label><select name="%1$s" id="%1$s" class="select short">',
			esc_attr( PremiumProductSettings::META_DEFERRED_MODE ),
			esc_html__( 'Deferred revenue', 'entitlement-ledger' )
		);
		$modes = array(
			PremiumProductSettings::MODE_PERCENT => __( 'Percent of the line total', 'entitlement-ledger' ),
			PremiumProductSettings::MODE_FIXED   => __( 'Fixed amount per entitlement', 'entitlement-ledger' ),
		);
		foreach ( $modes as $value => $label ) {
			printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $value ), selected( $mode, $value, false ), esc_html( $label ) );
		}
		echo '</select></p>';
		$currency = function_exists( 'get_woocommerce_currency' ) ? get_woocommerce_currency() : '';
		/* translators: %s: store currency code. */
		$this->text_field( PremiumProductSettings::META_DEFERRED_VALUE, sprintf( __( 'Deferred value (%% or %s)', 'entitlement-ledger' ), $currency ), $settings->value, '20' );
		$this->text_field( PremiumProductSettings::META_CYCLES, __( 'Cycles per unit', 'entitlement-ledger' ), $settings->cycles, '1' );
		echo '</div>';
	}

	/**
	 * Validates and stores the posted fields on the product object WooCommerce is about to save.
	 *
	 * @param mixed $product The product (WC_Product).
	 */
	public function handle_woocommerce_admin_process_product_object( mixed $product ): void {
		$nonce = isset( $_POST[ self::NONCE_FIELD ] ) ? sanitize_text_field( wp_unslash( $_POST[ self::NONCE_FIELD ] ) ) : '';
		// Only a form that showed our fields may change them (an unchecked box is simply absent).
		if ( ! $product instanceof WC_Product || ! wp_verify_nonce( $nonce, self::NONCE_ACTION ) || ! isset( $_POST[ self::MARKER ] ) ) {
			return;
		}
		$posted = array();
		foreach ( PremiumProductSettings::META_KEYS as $key ) {
			$posted[ $key ] = isset( $_POST[ $key ] ) ? sanitize_text_field( wp_unslash( $_POST[ $key ] ) ) : '';
		}
		$posted[ PremiumProductSettings::META_PREMIUM ] = 'yes' === $posted[ PremiumProductSettings::META_PREMIUM ] ? 'yes' : 'no';

		$settings = PremiumProductSettings::from_values( $posted, PremiumProductSettings::MODE_PERCENT, '' );
		$errors   = $settings->errors( $this->store_currency() );
		if ( array() !== $errors ) {
			$this->report( $errors );
			return;
		}
		foreach ( $settings->to_meta() as $key => $value ) {
			$product->update_meta_data( $key, $value );
		}
	}

	/**
	 * Rejects a REST API product write whose premium meta is invalid.
	 *
	 * @param mixed $product  The product built from the request (WC_Product), or an earlier error.
	 * @param mixed $request  The request.
	 * @param mixed $creating Whether it is a new product.
	 * @return mixed The product, or a WP_Error (status 400).
	 */
	public function handle_woocommerce_rest_pre_insert_product_object( mixed $product, mixed $request = null, mixed $creating = false ): mixed {
		unset( $creating );
		if ( ! $product instanceof WC_Product || ! $request instanceof WP_REST_Request || ! $this->touches_premium_meta( $request ) ) {
			return $product;
		}
		$values = array();
		foreach ( PremiumProductSettings::META_KEYS as $key ) {
			$values[ $key ] = $product->get_meta( $key, true, 'edit' );
		}
		$errors = PremiumProductSettings::from_values( $values, PremiumProductSettings::MODE_PERCENT, '' )->errors( $this->store_currency() );
		if ( array() === $errors ) {
			return $product;
		}
		$first = $errors[0];
		return new WP_Error(
			$first->error_code,
			implode( ' ', array_map( static fn( DomainError $error ): string => $error->getMessage(), $errors ) ),
			array(
				'status' => 400,
				'params' => array_values( array_filter( array_map( static fn( DomainError $error ): string => (string) ( $error->data['param'] ?? '' ), $errors ) ) ),
			)
		);
	}

	/**
	 * Shows errors saved for this user when WooCommerce's own error list is not available.
	 */
	public function handle_admin_notices(): void {
		$key      = self::NOTICE . get_current_user_id();
		$messages = get_transient( $key );
		if ( ! is_array( $messages ) || array() === $messages ) {
			return;
		}
		delete_transient( $key );
		foreach ( $messages as $message ) {
			printf( '<div class="notice notice-error"><p>%s</p></div>', esc_html( (string) $message ) );
		}
	}

	/**
	 * Whether the request sets any premium meta key.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	private function touches_premium_meta( WP_REST_Request $request ): bool {
		$meta = $request->get_param( 'meta_data' );
		if ( ! is_array( $meta ) ) {
			return false;
		}
		foreach ( $meta as $entry ) {
			if ( is_array( $entry ) && isset( $entry['key'] ) && in_array( $entry['key'], PremiumProductSettings::META_KEYS, true ) ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Shows the errors: in WooCommerce's product error list when available, else as our own notice.
	 *
	 * @param list<DomainError> $errors Errors.
	 */
	private function report( array $errors ): void {
		$messages = array();
		foreach ( $errors as $error ) {
			/* translators: %s: what is wrong. */
			$messages[] = sprintf( __( 'Premium settings were not saved: %s', 'entitlement-ledger' ), $error->getMessage() );
		}
		if ( class_exists( 'WC_Admin_Meta_Boxes' ) ) {
			foreach ( $messages as $message ) {
				WC_Admin_Meta_Boxes::add_error( $message );
			}
			return;
		}
		set_transient( self::NOTICE . get_current_user_id(), $messages, 300 );
	}

	/**
	 * The store currency (amounts in the panel are in it).
	 */
	private function store_currency(): Currency {
		try {
			return Currency::from( function_exists( 'get_woocommerce_currency' ) ? get_woocommerce_currency() : 'USD' );
		} catch ( DomainError ) {
			return Currency::from( 'USD' );
		}
	}

	/**
	 * The product on the edit screen.
	 */
	private function current_product(): ?WC_Product {
		global $product_object, $post;
		if ( $product_object instanceof WC_Product ) {
			return $product_object;
		}
		if ( $post instanceof WP_Post && function_exists( 'wc_get_product' ) ) {
			$product = wc_get_product( $post->ID );
			return $product instanceof WC_Product ? $product : null;
		}
		return null;
	}

	/**
	 * One text input in WooCommerce's form-field markup.
	 *
	 * @param string $key         Field name and id.
	 * @param string $label       Label.
	 * @param string $value       Value.
	 * @param string $placeholder Placeholder.
	 */
	private function text_field( string $key, string $label, string $value, string $placeholder ): void {
		printf(
			'<p class="form-field %1$s_field"><label for="%1$s">%2$s</label><input type="text" class="short" name="%1$s" id="%1$s" value="%3$s" placeholder="%4$s" /></p>',
			esc_attr( $key ),
			esc_html( $label ),
			esc_attr( $value ),
			esc_attr( $placeholder )
		);
	}
}
