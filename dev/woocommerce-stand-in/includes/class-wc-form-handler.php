<?php
/**
 * WC_Form_Handler: the front-end form posts, on WooCommerce's hooks: add to cart (?add-to-cart=ID),
 * cart updates and removals, the checkout POST, and the account address and details forms.
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

/**
 * Form handler (no login, registration or password reset forms here: the login form posts to wp-login.php).
 */
class WC_Form_Handler {

	/** Hooks the handlers. */
	public static function init() {
		add_action( 'template_redirect', array( __CLASS__, 'save_address' ) );
		add_action( 'template_redirect', array( __CLASS__, 'save_account_details' ) );
		add_action( 'wp_loaded', array( __CLASS__, 'checkout_action' ), 20 );
		add_action( 'wp_loaded', array( __CLASS__, 'update_cart_action' ), 20 );
		add_action( 'wp_loaded', array( __CLASS__, 'add_to_cart_action' ), 20 );
	}

	/** Saves the posted billing or shipping address (edit-address endpoint; nonce woocommerce-edit-address-nonce). */
	public static function save_address() {
		global $wp;
		$nonce = isset( $_REQUEST['woocommerce-edit-address-nonce'] ) ? sanitize_text_field( wp_unslash( $_REQUEST['woocommerce-edit-address-nonce'] ) ) : '';
		if ( ! wp_verify_nonce( $nonce, 'woocommerce-edit_address' ) || empty( $_POST['action'] ) || 'edit_address' !== $_POST['action'] || get_current_user_id() <= 0 ) {
			return;
		}
		wc_nocache_headers();
		$customer     = new WC_Customer( get_current_user_id() );
		$address_type = isset( $wp->query_vars['edit-address'] ) ? wc_edit_address_i18n( sanitize_title( $wp->query_vars['edit-address'] ), true ) : 'billing';
		if ( ! in_array( $address_type, array( 'billing', 'shipping' ), true ) || ! isset( $_POST[ $address_type . '_country' ] ) ) {
			return;
		}
		$address = WC()->countries->get_address_fields( wc_clean( wp_unslash( $_POST[ $address_type . '_country' ] ) ), $address_type . '_' );
		foreach ( $address as $key => $field ) {
			$value = apply_filters( 'woocommerce_process_myaccount_field_' . $key, isset( $_POST[ $key ] ) ? wc_clean( wp_unslash( $_POST[ $key ] ) ) : '' );
			if ( ! empty( $field['required'] ) && '' === $value ) {
				/* translators: %s: field name */
				wc_add_notice( sprintf( __( '%s is a required field.', 'woocommerce' ), $field['label'] ), 'error', array( 'id' => $key ) );
			} elseif ( '' !== $value && in_array( 'email', $field['validate'] ?? array(), true ) && ! is_email( $value ) ) {
				/* translators: %s: field name */
				wc_add_notice( sprintf( __( '%s is not a valid email address.', 'woocommerce' ), $field['label'] ), 'error', array( 'id' => $key ) );
			}
			try {
				is_callable( array( $customer, "set_$key" ) ) ? $customer->{"set_$key"}( $value ) : $customer->update_meta_data( $key, $value );
			} catch ( WC_Data_Exception $e ) {
				wc_add_notice( $e->getMessage(), 'error' );
			}
		}
		do_action( 'woocommerce_after_save_address_validation', get_current_user_id(), $address_type, $address, $customer );
		if ( 0 < wc_notice_count( 'error' ) ) {
			return;
		}
		$customer->save();
		wc_add_notice( __( 'Address changed successfully.', 'woocommerce' ) );
		do_action( 'woocommerce_customer_save_address', get_current_user_id(), $address_type, $address, $customer );
		wp_safe_redirect( wc_get_endpoint_url( 'edit-address', '', wc_get_page_permalink( 'myaccount' ) ) );
		exit;
	}

	/** Saves the account details form (names, display name, email; nonce save-account-details-nonce). */
	public static function save_account_details() {
		$nonce = isset( $_REQUEST['save-account-details-nonce'] ) ? sanitize_text_field( wp_unslash( $_REQUEST['save-account-details-nonce'] ) ) : '';
		if ( ! wp_verify_nonce( $nonce, 'save_account_details' ) || empty( $_POST['action'] ) || 'save_account_details' !== $_POST['action'] || get_current_user_id() <= 0 ) {
			return;
		}
		wc_nocache_headers();
		$fields = array(
			'account_first_name'   => __( 'First name', 'woocommerce' ),
			'account_last_name'    => __( 'Last name', 'woocommerce' ),
			'account_display_name' => __( 'Display name', 'woocommerce' ),
			'account_email'        => __( 'Email address', 'woocommerce' ),
		);
		$values = array();
		foreach ( apply_filters( 'woocommerce_save_account_details_required_fields', $fields ) as $key => $label ) {
			$values[ $key ] = isset( $_POST[ $key ] ) ? wc_clean( wp_unslash( $_POST[ $key ] ) ) : '';
			if ( '' === $values[ $key ] ) {
				/* translators: %s: field name */
				wc_add_notice( sprintf( __( '%s is a required field.', 'woocommerce' ), '<strong>' . esc_html( $label ) . '</strong>' ), 'error', array( 'id' => $key ) );
			}
		}
		$email_owner = $values['account_email'] ? email_exists( $values['account_email'] ) : false;
		if ( $values['account_email'] && ( ! is_email( $values['account_email'] ) || ( $email_owner && get_current_user_id() !== $email_owner ) ) ) {
			wc_add_notice( __( 'Please provide a valid email address.', 'woocommerce' ), 'error' );
		}
		if ( 0 < wc_notice_count( 'error' ) ) {
			return;
		}
		$customer = new WC_Customer( get_current_user_id() );
		$customer->set_first_name( $values['account_first_name'] );
		$customer->set_last_name( $values['account_last_name'] );
		$customer->set_display_name( $values['account_display_name'] );
		$customer->set_email( $values['account_email'] );
		$customer->save();
		wc_add_notice( __( 'Account details changed successfully.', 'woocommerce' ) );
		do_action( 'woocommerce_save_account_details', get_current_user_id() );
		wp_safe_redirect( wc_get_page_permalink( 'myaccount' ) );
		exit;
	}

	/** The checkout form POST (woocommerce_checkout_place_order): WC()->checkout()->process_checkout(). */
	public static function checkout_action() {
		if ( isset( $_POST['woocommerce_checkout_place_order'] ) && WC()->cart ) { // phpcs:ignore WordPress.Security.NonceVerification.Missing -- process_checkout() verifies it.
			wc_nocache_headers();
			if ( WC()->cart->is_empty() ) {
				wp_safe_redirect( wc_get_cart_url() );
				exit;
			}
			WC()->checkout()->process_checkout();
		}
	}

	/** Cart page: ?remove_item=KEY, and the quantities form (update_cart / proceed); nonce woocommerce-cart. */
	public static function update_cart_action() {
		if ( ! WC()->cart || ! ( isset( $_REQUEST['remove_item'] ) || isset( $_POST['update_cart'] ) || isset( $_POST['proceed'] ) ) ) {
			return;
		}
		$nonce = isset( $_REQUEST['woocommerce-cart-nonce'] ) ? wp_unslash( $_REQUEST['woocommerce-cart-nonce'] ) : ( isset( $_REQUEST['_wpnonce'] ) ? wp_unslash( $_REQUEST['_wpnonce'] ) : '' ); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized
		if ( ! wp_verify_nonce( sanitize_text_field( $nonce ), 'woocommerce-cart' ) ) {
			return;
		}
		wc_nocache_headers();
		if ( ! empty( $_GET['remove_item'] ) ) {
			$key  = sanitize_text_field( wp_unslash( $_GET['remove_item'] ) );
			$item = WC()->cart->get_cart_item( $key );
			if ( $item && WC()->cart->remove_cart_item( $key ) ) {
				/* translators: %s: item name */
				wc_add_notice( sprintf( __( '%s removed.', 'woocommerce' ), sprintf( _x( '&ldquo;%s&rdquo;', 'Item name in quotes', 'woocommerce' ), $item['data']->get_name() ) ) );
			}
			wp_safe_redirect( wc_get_cart_url() );
			exit;
		}
		$updated = false;
		foreach ( isset( $_POST['cart'] ) && is_array( $_POST['cart'] ) ? wp_unslash( $_POST['cart'] ) : array() as $key => $values ) { // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- quantities are cast below.
			$item = WC()->cart->get_cart_item( sanitize_text_field( $key ) );
			if ( $item && isset( $values['qty'] ) && wc_stock_amount( $values['qty'] ) !== (int) $item['quantity'] && apply_filters( 'woocommerce_update_cart_validation', true, $key, $item, wc_stock_amount( $values['qty'] ) ) ) {
				WC()->cart->set_quantity( $key, wc_stock_amount( $values['qty'] ), false );
				$updated = true;
			}
		}
		if ( apply_filters( 'woocommerce_update_cart_action_cart_updated', $updated ) ) {
			WC()->cart->calculate_totals();
		}
		if ( ! empty( $_POST['proceed'] ) ) {
			wp_safe_redirect( wc_get_checkout_url() );
			exit;
		}
		if ( $updated ) {
			wc_add_notice( __( 'Cart updated.', 'woocommerce' ) );
			wp_safe_redirect( wc_get_cart_url() );
			exit;
		}
	}

	/**
	 * ?add-to-cart=ID (GET or POST) with quantity, and variation_id or attribute_* for a variable product.
	 * Adds the "added to your cart" notice; redirects to the cart only when woocommerce_cart_redirect_after_add
	 * is yes (or woocommerce_add_to_cart_redirect gives a URL), as in WooCommerce.
	 *
	 * @param string|false $url Redirect URL.
	 */
	public static function add_to_cart_action( $url = false ) {
		// phpcs:disable WordPress.Security.NonceVerification -- WooCommerce's add-to-cart links carry no nonce.
		if ( ! WC()->cart || ! isset( $_REQUEST['add-to-cart'] ) || ! is_numeric( wp_unslash( $_REQUEST['add-to-cart'] ) ) ) {
			return;
		}
		wc_nocache_headers();
		$product_id = apply_filters( 'woocommerce_add_to_cart_product_id', absint( wp_unslash( $_REQUEST['add-to-cart'] ) ) );
		$product    = wc_get_product( $product_id );
		if ( ! $product ) {
			return;
		}
		$quantity     = empty( $_REQUEST['quantity'] ) ? 1 : wc_stock_amount( wp_unslash( $_REQUEST['quantity'] ) );
		$variation_id = empty( $_REQUEST['variation_id'] ) ? 0 : absint( wp_unslash( $_REQUEST['variation_id'] ) );
		if ( $product->is_type( 'variation' ) ) {
			$variation_id = $product_id;
			$product_id   = $product->get_parent_id();
		} elseif ( $product->is_type( 'variable' ) && ! $variation_id ) {
			foreach ( $product->get_children() as $child_id ) {
				$child = wc_get_product( $child_id );
				if ( $child && ! array_diff_assoc( $child->get_variation_attributes(), wc_clean( wp_unslash( $_REQUEST ) ) ) ) {
					$variation_id = $child_id;
					break;
				}
			}
		}
		// phpcs:enable
		$valid = $variation_id ? apply_filters( 'woocommerce_add_to_cart_validation', true, $product_id, $quantity, $variation_id, array() ) : apply_filters( 'woocommerce_add_to_cart_validation', true, $product_id, $quantity );
		if ( $valid && false !== WC()->cart->add_to_cart( $product_id, $quantity, $variation_id ) ) {
			wc_add_to_cart_message( array( $product_id => $quantity ), true );
			$url = apply_filters( 'woocommerce_add_to_cart_redirect', $url, $product );
			if ( $url ) {
				wp_safe_redirect( $url );
				exit;
			} elseif ( 'yes' === get_option( 'woocommerce_cart_redirect_after_add' ) ) {
				wp_safe_redirect( wc_get_cart_url() );
				exit;
			}
		}
	}
}
