<?php
/**
 * Billing and shipping getters and setters shared by WC_Order and WC_Customer (same names and
 * signatures as WooCommerce's; the trait itself is not a WooCommerce API).
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

/**
 * Address props: $this->data['billing'|'shipping'][ $field ].
 */
trait WC_Stand_In_Address {

	/**
	 * Gets an address field; 'view' applies the woocommerce_{type}_get_{billing|shipping}_{field} filter.
	 *
	 * @param string $prop         Field.
	 * @param string $address_type billing or shipping.
	 * @param string $context      view or edit.
	 * @return string|null
	 */
	protected function get_address_prop( $prop, $address_type = 'billing', $context = 'view' ) {
		$value = null;
		if ( array_key_exists( $prop, $this->data[ $address_type ] ) ) {
			$value = isset( $this->changes[ $address_type ][ $prop ] ) ? $this->changes[ $address_type ][ $prop ] : $this->data[ $address_type ][ $prop ];
			if ( 'view' === $context ) {
				$value = apply_filters( $this->get_hook_prefix() . $address_type . '_' . $prop, $value, $this );
			}
		}
		return $value;
	}

	/**
	 * Sets an address field.
	 *
	 * @param string $prop         Field.
	 * @param string $address_type billing or shipping.
	 * @param mixed  $value        Value.
	 */
	protected function set_address_prop( $prop, $address_type, $value ) {
		if ( array_key_exists( $prop, $this->data[ $address_type ] ) ) {
			if ( true === $this->object_read ) {
				if ( $value !== $this->data[ $address_type ][ $prop ] || ( isset( $this->changes[ $address_type ] ) && array_key_exists( $prop, $this->changes[ $address_type ] ) ) ) {
					$this->changes[ $address_type ][ $prop ] = $value;
				}
			} else {
				$this->data[ $address_type ][ $prop ] = $value;
			}
		}
	}

	// phpcs:disable Squiz.Commenting.FunctionComment.Missing -- one line each: @param string $context / $value.
	public function get_billing_first_name( $context = 'view' ) { return $this->get_address_prop( 'first_name', 'billing', $context ); }
	public function get_billing_last_name( $context = 'view' ) { return $this->get_address_prop( 'last_name', 'billing', $context ); }
	public function get_billing_company( $context = 'view' ) { return $this->get_address_prop( 'company', 'billing', $context ); }
	public function get_billing_address_1( $context = 'view' ) { return $this->get_address_prop( 'address_1', 'billing', $context ); }
	public function get_billing_address_2( $context = 'view' ) { return $this->get_address_prop( 'address_2', 'billing', $context ); }
	public function get_billing_city( $context = 'view' ) { return $this->get_address_prop( 'city', 'billing', $context ); }
	public function get_billing_state( $context = 'view' ) { return $this->get_address_prop( 'state', 'billing', $context ); }
	public function get_billing_postcode( $context = 'view' ) { return $this->get_address_prop( 'postcode', 'billing', $context ); }
	public function get_billing_country( $context = 'view' ) { return $this->get_address_prop( 'country', 'billing', $context ); }
	public function get_billing_email( $context = 'view' ) { return $this->get_address_prop( 'email', 'billing', $context ); }
	public function get_billing_phone( $context = 'view' ) { return $this->get_address_prop( 'phone', 'billing', $context ); }
	public function get_shipping_first_name( $context = 'view' ) { return $this->get_address_prop( 'first_name', 'shipping', $context ); }
	public function get_shipping_last_name( $context = 'view' ) { return $this->get_address_prop( 'last_name', 'shipping', $context ); }
	public function get_shipping_company( $context = 'view' ) { return $this->get_address_prop( 'company', 'shipping', $context ); }
	public function get_shipping_address_1( $context = 'view' ) { return $this->get_address_prop( 'address_1', 'shipping', $context ); }
	public function get_shipping_address_2( $context = 'view' ) { return $this->get_address_prop( 'address_2', 'shipping', $context ); }
	public function get_shipping_city( $context = 'view' ) { return $this->get_address_prop( 'city', 'shipping', $context ); }
	public function get_shipping_state( $context = 'view' ) { return $this->get_address_prop( 'state', 'shipping', $context ); }
	public function get_shipping_postcode( $context = 'view' ) { return $this->get_address_prop( 'postcode', 'shipping', $context ); }
	public function get_shipping_country( $context = 'view' ) { return $this->get_address_prop( 'country', 'shipping', $context ); }
	public function get_shipping_phone( $context = 'view' ) { return $this->get_address_prop( 'phone', 'shipping', $context ); }
	public function set_billing_first_name( $value ) { $this->set_address_prop( 'first_name', 'billing', $value ); }
	public function set_billing_last_name( $value ) { $this->set_address_prop( 'last_name', 'billing', $value ); }
	public function set_billing_company( $value ) { $this->set_address_prop( 'company', 'billing', $value ); }
	public function set_billing_address_1( $value ) { $this->set_address_prop( 'address_1', 'billing', $value ); }
	public function set_billing_address_2( $value ) { $this->set_address_prop( 'address_2', 'billing', $value ); }
	public function set_billing_city( $value ) { $this->set_address_prop( 'city', 'billing', $value ); }
	public function set_billing_state( $value ) { $this->set_address_prop( 'state', 'billing', $value ); }
	public function set_billing_postcode( $value ) { $this->set_address_prop( 'postcode', 'billing', $value ); }
	public function set_billing_country( $value ) { $this->set_address_prop( 'country', 'billing', $value ); }
	public function set_billing_phone( $value ) { $this->set_address_prop( 'phone', 'billing', $value ); }
	public function set_shipping_first_name( $value ) { $this->set_address_prop( 'first_name', 'shipping', $value ); }
	public function set_shipping_last_name( $value ) { $this->set_address_prop( 'last_name', 'shipping', $value ); }
	public function set_shipping_company( $value ) { $this->set_address_prop( 'company', 'shipping', $value ); }
	public function set_shipping_address_1( $value ) { $this->set_address_prop( 'address_1', 'shipping', $value ); }
	public function set_shipping_address_2( $value ) { $this->set_address_prop( 'address_2', 'shipping', $value ); }
	public function set_shipping_city( $value ) { $this->set_address_prop( 'city', 'shipping', $value ); }
	public function set_shipping_state( $value ) { $this->set_address_prop( 'state', 'shipping', $value ); }
	public function set_shipping_postcode( $value ) { $this->set_address_prop( 'postcode', 'shipping', $value ); }
	public function set_shipping_country( $value ) { $this->set_address_prop( 'country', 'shipping', $value ); }
	public function set_shipping_phone( $value ) { $this->set_address_prop( 'phone', 'shipping', $value ); }
	// phpcs:enable

	/**
	 * Sets the billing email (must be a valid address or empty).
	 *
	 * @param string $value Email.
	 * @throws WC_Data_Exception Invalid email.
	 */
	public function set_billing_email( $value ) {
		if ( $value && ! is_email( $value ) ) {
			$this->error( $this->object_type . '_invalid_billing_email', __( 'Invalid billing email address', 'woocommerce' ) );
		}
		$this->set_address_prop( 'email', 'billing', sanitize_email( $value ) );
	}
}
