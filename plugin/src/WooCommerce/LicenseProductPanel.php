<?php
/**
 * License fields in the product data panel.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\WooCommerce;

use EntitlementLedger\DataStores\BrandStore;
use EntitlementLedger\DataStores\LicensedProductStore;
use EntitlementLedger\Infrastructure\Registerable;
use WC_Product;
use WP_Post;

/**
 * Lets a shop manager make a WooCommerce product sell a license: which brand's licensed
 * product, and optionally its seats per unit and validity in days (blank: the licensed
 * product's defaults). Saved as product meta through the WC_Product object API; a value
 * that is not valid is not saved and WooCommerce shows the error. LicenseOrders reads the
 * meta when the order is paid.
 */
final class LicenseProductPanel implements Registerable {

	public const META_PRODUCT = '_el_licensed_product';
	public const META_SEATS   = '_el_license_seats';
	public const META_DAYS    = '_el_license_validity_days';

	private const MARKER       = '_el_license_panel';
	private const NONCE_FIELD  = 'woocommerce_meta_nonce';
	private const NONCE_ACTION = 'woocommerce_save_data';

	/**
	 * Constructor.
	 *
	 * @param BrandStore           $brands   Brands.
	 * @param LicensedProductStore $products Licensed products.
	 */
	public function __construct( private BrandStore $brands, private LicensedProductStore $products ) {
	}

	/**
	 * In wp-admin with WooCommerce.
	 */
	public function is_needed(): bool {
		return class_exists( 'WooCommerce' ) && is_admin();
	}

	/**
	 * Adds hooks.
	 */
	public function register(): void {
		add_action( 'woocommerce_product_options_general_product_data', array( $this, 'handle_woocommerce_product_options_general_product_data' ), 20 );
		add_action( 'woocommerce_admin_process_product_object', array( $this, 'handle_woocommerce_admin_process_product_object' ) );
	}

	/**
	 * Prints the fields.
	 */
	public function handle_woocommerce_product_options_general_product_data(): void {
		$product = $this->current_product();
		if ( null === $product ) {
			return;
		}
		$chosen = (int) $product->get_meta( self::META_PRODUCT );
		echo '<div class="options_group el-license-product">';
		printf( '<input type="hidden" name="%s" value="1" />', esc_attr( self::MARKER ) );
		printf(
			'<p class="form-field %1$s_field"><label for="%1$s">%2$s</label><select name="%1$s" id="%1$s" class="select short"><option value="0">%3$s</option>',
			esc_attr( self::META_PRODUCT ),
			esc_html__( 'Licensed product', 'entitlement-ledger' ),
			esc_html__( '— No license —', 'entitlement-ledger' )
		);
		foreach ( $this->brands->all() as $brand ) {
			printf( '<optgroup label="%s">', esc_attr( $brand->name ) );
			foreach ( $this->products->for_brand( $brand->id ) as $licensed ) {
				printf( '<option value="%1$d"%2$s>%3$s</option>', (int) $licensed->id, selected( $chosen, $licensed->id, false ), esc_html( $licensed->name ) );
			}
			echo '</optgroup>';
		}
		echo '</select></p>';
		foreach (
			array(
				self::META_SEATS => __( 'License seats per unit', 'entitlement-ledger' ),
				self::META_DAYS  => __( 'License validity (days)', 'entitlement-ledger' ),
			) as $key => $label
		) {
			printf(
				'<p class="form-field %1$s_field"><label for="%1$s">%2$s</label><input type="number" min="1" class="short" name="%1$s" id="%1$s" value="%3$s" placeholder="%4$s" /></p>',
				esc_attr( $key ),
				esc_html( $label ),
				esc_attr( (string) $product->get_meta( $key ) ),
				esc_attr__( 'The licensed product\'s default', 'entitlement-ledger' )
			);
		}
		echo '</div>';
	}

	/**
	 * Saves the posted fields on the product WooCommerce is about to save.
	 *
	 * @param mixed $product The product.
	 */
	public function handle_woocommerce_admin_process_product_object( mixed $product ): void {
		$nonce = isset( $_POST[ self::NONCE_FIELD ] ) ? sanitize_text_field( wp_unslash( $_POST[ self::NONCE_FIELD ] ) ) : '';
		if ( ! $product instanceof WC_Product || ! wp_verify_nonce( $nonce, self::NONCE_ACTION ) || ! isset( $_POST[ self::MARKER ] ) ) {
			return;
		}
		$licensed = isset( $_POST[ self::META_PRODUCT ] ) ? absint( wp_unslash( $_POST[ self::META_PRODUCT ] ) ) : 0;
		if ( 0 === $licensed ) {
			$product->delete_meta_data( self::META_PRODUCT );
		} elseif ( null !== $this->products->find( $licensed ) ) {
			$product->update_meta_data( self::META_PRODUCT, (string) $licensed );
		} else {
			self::error( __( 'That licensed product does not exist; the license settings were not changed.', 'entitlement-ledger' ) );
			return;
		}
		foreach ( array(
			self::META_SEATS => 100000,
			self::META_DAYS  => 36500,
		) as $key => $max ) {
			$raw = isset( $_POST[ $key ] ) ? trim( sanitize_text_field( wp_unslash( $_POST[ $key ] ) ) ) : '';
			if ( '' === $raw ) {
				$product->delete_meta_data( $key );
			} elseif ( 1 === preg_match( '/^\d{1,6}$/D', $raw ) && (int) $raw >= 1 && (int) $raw <= $max ) {
				$product->update_meta_data( $key, (string) (int) $raw );
			} else {
				/* translators: %d: largest value. */
				self::error( sprintf( __( 'License seats and validity must be whole numbers from 1 to %d, or blank for the default.', 'entitlement-ledger' ), $max ) );
			}
		}
	}

	/**
	 * Shows an error on the product screen.
	 *
	 * @param string $message Message.
	 */
	private static function error( string $message ): void {
		if ( class_exists( 'WC_Admin_Meta_Boxes' ) ) {
			\WC_Admin_Meta_Boxes::add_error( $message );
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
}
