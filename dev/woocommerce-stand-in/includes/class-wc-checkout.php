<?php
/**
 * WC_Checkout: the checkout fields and the classic (non-AJAX) form POST: validate, update the
 * customer, create the order from the cart, hand it to the gateway, redirect. Same steps and hooks
 * as WooCommerce's process_checkout().
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

/**
 * Checkout (no account creation, coupons, shipping methods or order resuming here).
 */
class WC_Checkout {

	/** @var WC_Checkout|null */
	protected static $instance = null;

	/** @var array|null Fields by fieldset: billing, shipping, account, order. */
	protected $fields = null;

	/** @return WC_Checkout (fires woocommerce_checkout_init once). */
	public static function instance() {
		if ( is_null( self::$instance ) ) {
			self::$instance = new self();
			do_action( 'woocommerce_checkout_init', self::$instance );
		}
		return self::$instance;
	}

	/**
	 * Fields (woocommerce_checkout_fields), sorted by priority.
	 *
	 * @param string $fieldset billing, shipping, account or order; all when empty.
	 * @return array
	 */
	public function get_checkout_fields( $fieldset = '' ) {
		if ( is_null( $this->fields ) ) {
			$this->fields = apply_filters(
				'woocommerce_checkout_fields',
				array(
					'billing'  => WC()->countries->get_address_fields( $this->get_value( 'billing_country' ), 'billing_' ),
					'shipping' => WC()->countries->get_address_fields( $this->get_value( 'shipping_country' ), 'shipping_' ),
					'account'  => array(),
					'order'    => array(
						'order_comments' => array( 'type' => 'textarea', 'class' => array( 'notes' ), 'label' => __( 'Order notes', 'woocommerce' ), 'placeholder' => esc_attr__( 'Notes about your order, e.g. special notes for delivery.', 'woocommerce' ) ),
					),
				)
			);
			foreach ( $this->fields as $type => $fields ) {
				uasort( $this->fields[ $type ], fn( $a, $b ) => ( $a['priority'] ?? 0 ) <=> ( $b['priority'] ?? 0 ) );
			}
		}
		return $fieldset ? ( $this->fields[ $fieldset ] ?? array() ) : $this->fields;
	}

	/**
	 * Value to pre-fill: the posted one, else the logged-in customer's (WC_Customer getter or meta).
	 *
	 * @param string $input Field key.
	 * @return string|null
	 */
	public function get_value( $input ) {
		// phpcs:ignore WordPress.Security.NonceVerification.Missing -- re-displaying the posted form.
		if ( ! empty( $_POST[ $input ] ) ) {
			return wc_clean( wp_unslash( $_POST[ $input ] ) ); // phpcs:ignore WordPress.Security.NonceVerification.Missing
		}
		$value = apply_filters( 'woocommerce_checkout_get_value', null, $input );
		if ( ! is_null( $value ) ) {
			return $value;
		}
		$customer = is_user_logged_in() ? new WC_Customer( get_current_user_id() ) : WC()->customer;
		if ( $customer && is_callable( array( $customer, "get_$input" ) ) ) {
			$value = $customer->{"get_$input"}();
		} elseif ( $customer && $customer->meta_exists( $input ) ) {
			$value = $customer->get_meta( $input, true );
		}
		if ( 'billing_email' === $input && ! $value && $customer ) {
			$value = $customer->get_email();
		}
		if ( '' === $value || is_null( $value ) ) {
			$value = in_array( $input, array( 'billing_country', 'shipping_country' ), true ) ? WC()->countries->get_base_country() : null;
		}
		return apply_filters( 'default_checkout_' . $input, $value, $input );
	}

	/**
	 * Posted data: payment_method, ship_to_different_address and every field; without "Ship to a
	 * different address?" the shipping fields are copied from billing. Filtered by woocommerce_checkout_posted_data.
	 *
	 * @return array
	 */
	public function get_posted_data() {
		// phpcs:disable WordPress.Security.NonceVerification.Missing -- process_checkout() checked the nonce.
		$data = array(
			'payment_method'            => isset( $_POST['payment_method'] ) ? wc_clean( wp_unslash( $_POST['payment_method'] ) ) : '',
			'ship_to_different_address' => ! empty( $_POST['ship_to_different_address'] ),
		);
		foreach ( $this->get_checkout_fields() as $fieldset_key => $fieldset ) {
			if ( $this->maybe_skip_fieldset( $fieldset_key, $data ) ) {
				continue;
			}
			foreach ( $fieldset as $key => $field ) {
				$type  = sanitize_title( $field['type'] ?? 'text' );
				$value = isset( $_POST[ $key ] ) ? wp_unslash( $_POST[ $key ] ) : ''; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- sanitized by type below.
				if ( '' !== $value ) {
					$value = 'textarea' === $type ? sanitize_textarea_field( $value ) : ( 'checkbox' === $type ? 1 : wc_clean( $value ) );
				}
				$data[ $key ] = apply_filters( 'woocommerce_process_checkout_' . $type . '_field', apply_filters( 'woocommerce_process_checkout_field_' . $key, $value ) );
			}
		}
		// phpcs:enable
		if ( ! $data['ship_to_different_address'] ) {
			foreach ( array_keys( $this->get_checkout_fields( 'shipping' ) ) as $key ) {
				$data[ $key ] = $data[ 'billing_' . substr( $key, 9 ) ] ?? '';
			}
		}
		return apply_filters( 'woocommerce_checkout_posted_data', $data );
	}

	/**
	 * Whether a fieldset is not posted (shipping, unless shipping to a different address).
	 *
	 * @param string $fieldset_key Fieldset.
	 * @param array  $data         Posted data so far.
	 * @return bool
	 */
	protected function maybe_skip_fieldset( $fieldset_key, $data ) {
		return 'shipping' === $fieldset_key && ! $data['ship_to_different_address'];
	}

	/**
	 * Required fields, email and country checks, the payment method; then woocommerce_after_checkout_validation.
	 *
	 * @param array    $data   Posted data.
	 * @param WP_Error $errors Errors.
	 */
	protected function validate_checkout( &$data, &$errors ) {
		foreach ( $this->get_checkout_fields() as $fieldset_key => $fieldset ) {
			if ( $this->maybe_skip_fieldset( $fieldset_key, $data ) ) {
				continue;
			}
			foreach ( $fieldset as $key => $field ) {
				/* translators: %s: field label */
				$label = 'billing' === $fieldset_key ? sprintf( _x( 'Billing %s', 'checkout-validation', 'woocommerce' ), $field['label'] ) : ( 'shipping' === $fieldset_key ? sprintf( _x( 'Shipping %s', 'checkout-validation', 'woocommerce' ), $field['label'] ) : $field['label'] );
				if ( ! empty( $field['required'] ) && '' === (string) ( $data[ $key ] ?? '' ) ) {
					/* translators: %s: field name */
					$errors->add( $key . '_required', sprintf( __( '%s is a required field.', 'woocommerce' ), '<strong>' . esc_html( $label ) . '</strong>' ), array( 'id' => $key ) );
				} elseif ( ! empty( $data[ $key ] ) && in_array( 'email', $field['validate'] ?? array(), true ) && ! is_email( $data[ $key ] ) ) {
					/* translators: %s: email address */
					$errors->add( $key . '_validation', sprintf( __( '%s is not a valid email address.', 'woocommerce' ), '<strong>' . esc_html( $label ) . '</strong>' ), array( 'id' => $key ) );
				} elseif ( ! empty( $data[ $key ] ) && 'country' === ( $field['type'] ?? '' ) && ! WC()->countries->country_exists( $data[ $key ] ) ) {
					/* translators: 1: country code 2: field name */
					$errors->add( $key . '_validation', sprintf( __( "'%1\$s' is not a valid country code.", 'woocommerce' ), esc_html( $data[ $key ] ) ), array( 'id' => $key ) );
				}
			}
		}
		if ( WC()->cart->needs_payment() ) {
			$gateways = WC()->payment_gateways()->get_available_payment_gateways();
			if ( ! isset( $gateways[ $data['payment_method'] ] ) ) {
				$errors->add( 'payment', __( 'Invalid payment method.', 'woocommerce' ) );
			} else {
				$gateways[ $data['payment_method'] ]->validate_fields();
			}
		}
		do_action( 'woocommerce_after_checkout_validation', $data, $errors );
	}

	/**
	 * Saves the posted billing_* / shipping_* values on the logged-in customer.
	 *
	 * @param array $data Posted data.
	 */
	protected function process_customer( $data ) {
		$customer_id = apply_filters( 'woocommerce_checkout_customer_id', get_current_user_id() );
		if ( $customer_id ) {
			$customer = new WC_Customer( $customer_id );
			if ( ! empty( $data['billing_first_name'] ) && '' === $customer->get_first_name() ) {
				$customer->set_first_name( $data['billing_first_name'] );
			}
			if ( ! empty( $data['billing_last_name'] ) && '' === $customer->get_last_name() ) {
				$customer->set_last_name( $data['billing_last_name'] );
			}
			foreach ( $data as $key => $value ) {
				if ( 0 === strpos( $key, 'billing_' ) || 0 === strpos( $key, 'shipping_' ) ) {
					is_callable( array( $customer, "set_{$key}" ) ) ? $customer->{"set_{$key}"}( $value ) : $customer->update_meta_data( $key, $value );
				}
			}
			do_action( 'woocommerce_checkout_update_customer', $customer, $data );
			$customer->save();
		}
		do_action( 'woocommerce_checkout_update_user_meta', $customer_id, $data );
	}

	/**
	 * Creates the order from the posted data and the cart (created_via 'checkout'), with the hooks
	 * woocommerce_checkout_create_order, _update_order_meta and _order_created.
	 *
	 * @param array $data Posted data.
	 * @return int|WP_Error Order id.
	 */
	public function create_order( $data ) {
		$order_id = apply_filters( 'woocommerce_create_order', null, $this );
		if ( $order_id ) {
			return $order_id;
		}
		try {
			$gateways = WC()->payment_gateways()->get_available_payment_gateways();
			$order    = new WC_Order();
			foreach ( $data as $key => $value ) {
				if ( ( 0 === strpos( $key, 'billing_' ) || 0 === strpos( $key, 'shipping_' ) ) ) {
					is_callable( array( $order, "set_{$key}" ) ) ? $order->{"set_{$key}"}( $value ) : $order->update_meta_data( '_' . $key, $value );
				}
			}
			$order->set_created_via( 'checkout' );
			$order->set_cart_hash( WC()->cart->get_cart_hash() );
			$order->set_customer_id( apply_filters( 'woocommerce_checkout_customer_id', get_current_user_id() ) );
			$order->set_currency( get_woocommerce_currency() );
			$order->set_prices_include_tax( 'yes' === get_option( 'woocommerce_prices_include_tax' ) );
			$order->set_customer_ip_address( isset( $_SERVER['REMOTE_ADDR'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REMOTE_ADDR'] ) ) : '' );
			$order->set_customer_user_agent( isset( $_SERVER['HTTP_USER_AGENT'] ) ? sanitize_text_field( wp_unslash( $_SERVER['HTTP_USER_AGENT'] ) ) : '' );
			$order->set_customer_note( $data['order_comments'] ?? '' );
			$order->set_payment_method( $gateways[ $data['payment_method'] ] ?? $data['payment_method'] );
			$this->set_data_from_cart( $order );
			do_action( 'woocommerce_checkout_create_order', $order, $data );
			$order_id = $order->save();
			do_action( 'woocommerce_checkout_update_order_meta', $order_id, $data );
			do_action( 'woocommerce_checkout_order_created', $order );
			return $order_id;
		} catch ( Exception $e ) {
			return new WP_Error( 'checkout-error', $e->getMessage() );
		}
	}

	/**
	 * Total and line items from the cart.
	 *
	 * @param WC_Order $order Order.
	 */
	public function set_data_from_cart( &$order ) {
		$order->set_total( WC()->cart->get_total( 'edit' ) );
		$this->create_order_line_items( $order, WC()->cart );
	}

	/**
	 * One WC_Order_Item_Product per cart item, each through woocommerce_checkout_create_order_line_item
	 * ($item, $cart_item_key, $values, $order) before it is added.
	 *
	 * @param WC_Order $order Order.
	 * @param WC_Cart  $cart  Cart.
	 */
	public function create_order_line_items( &$order, $cart ) {
		foreach ( $cart->get_cart() as $cart_item_key => $values ) {
			$product = $values['data'];
			$item    = apply_filters( 'woocommerce_checkout_create_order_line_item_object', new WC_Order_Item_Product(), $cart_item_key, $values, $order );
			$item->set_props(
				array(
					'quantity'     => $values['quantity'],
					'variation'    => $values['variation'],
					'subtotal'     => $values['line_subtotal'],
					'total'        => $values['line_total'],
					'subtotal_tax' => $values['line_subtotal_tax'],
					'total_tax'    => $values['line_tax'],
					'taxes'        => $values['line_tax_data'],
					'name'         => $product->get_name(),
					'tax_class'    => $product->get_tax_class(),
					'product_id'   => $product->is_type( 'variation' ) ? $product->get_parent_id() : $product->get_id(),
					'variation_id' => $product->is_type( 'variation' ) ? $product->get_id() : 0,
				)
			);
			do_action( 'woocommerce_checkout_create_order_line_item', $item, $cart_item_key, $values, $order );
			$order->add_item( $item );
		}
	}

	/**
	 * Hands the order to the gateway; on success redirects (wp_redirect, exit) to its URL.
	 *
	 * @param int    $order_id       Order id.
	 * @param string $payment_method Gateway id.
	 */
	protected function process_order_payment( $order_id, $payment_method ) {
		$gateways = WC()->payment_gateways()->get_available_payment_gateways();
		if ( ! isset( $gateways[ $payment_method ] ) ) {
			return;
		}
		WC()->session->set( 'order_awaiting_payment', $order_id );
		$result = $gateways[ $payment_method ]->process_payment( $order_id );
		if ( isset( $result['result'] ) && 'success' === $result['result'] ) {
			$result['order_id'] = $order_id;
			$result             = apply_filters( 'woocommerce_payment_successful_result', $result, $order_id );
			wp_redirect( $result['redirect'] ); // phpcs:ignore WordPress.Security.SafeRedirect.wp_redirect_wp_redirect -- gateways may redirect off-site.
			exit;
		}
	}

	/**
	 * A free order: payment_complete(), empty the cart, go to the order-received page.
	 *
	 * @param int $order_id Order id.
	 */
	protected function process_order_without_payment( $order_id ) {
		$order = wc_get_order( $order_id );
		$order->payment_complete();
		wc_empty_cart();
		wp_safe_redirect( apply_filters( 'woocommerce_checkout_no_payment_needed_redirect', $order->get_checkout_order_received_url(), $order ) );
		exit;
	}

	/**
	 * Handles the posted checkout form: nonce woocommerce-process-checkout-nonce (action
	 * woocommerce-process_checkout), validation (errors become notices and the form shows again),
	 * customer, order, payment and redirect.
	 */
	public function process_checkout() {
		try {
			$nonce = isset( $_REQUEST['woocommerce-process-checkout-nonce'] ) ? sanitize_text_field( wp_unslash( $_REQUEST['woocommerce-process-checkout-nonce'] ) ) : '';
			if ( ! wp_verify_nonce( $nonce, 'woocommerce-process_checkout' ) ) {
				throw new Exception( __( 'We were unable to process your order, please try again.', 'woocommerce' ) );
			}
			do_action( 'woocommerce_before_checkout_process' );
			if ( WC()->cart->is_empty() ) {
				/* translators: %s: shop URL */
				throw new Exception( sprintf( __( 'Sorry, your session has expired. <a href="%s" class="wc-backward">Return to shop</a>', 'woocommerce' ), esc_url( wc_get_page_permalink( 'shop' ) ) ) );
			}
			do_action( 'woocommerce_checkout_process' );
			$errors      = new WP_Error();
			$posted_data = $this->get_posted_data();
			WC()->session->set( 'chosen_payment_method', $posted_data['payment_method'] );
			$this->validate_checkout( $posted_data, $errors );
			foreach ( $errors->errors as $code => $messages ) {
				foreach ( $messages as $message ) {
					wc_add_notice( $message, 'error', $errors->get_error_data( $code ) );
				}
			}
			if ( 0 === wc_notice_count( 'error' ) ) {
				$this->process_customer( $posted_data );
				$order_id = $this->create_order( $posted_data );
				if ( is_wp_error( $order_id ) ) {
					throw new Exception( $order_id->get_error_message() );
				}
				$order = wc_get_order( $order_id );
				if ( ! $order ) {
					throw new Exception( __( 'Unable to create order.', 'woocommerce' ) );
				}
				do_action( 'woocommerce_checkout_order_processed', $order_id, $posted_data, $order );
				if ( apply_filters( 'woocommerce_cart_needs_payment', $order->needs_payment(), WC()->cart ) ) {
					$this->process_order_payment( $order_id, $posted_data['payment_method'] );
				} else {
					$this->process_order_without_payment( $order_id );
				}
			}
		} catch ( Exception $e ) {
			wc_add_notice( $e->getMessage(), 'error' );
		}
	}
}
