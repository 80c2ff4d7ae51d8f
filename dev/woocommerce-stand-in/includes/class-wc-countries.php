<?php
/**
 * WC_Countries: the country list, the store's base country and the address form fields.
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

/**
 * Countries (no states, locales or per-country address formats here).
 */
class WC_Countries {

	/** @return array Country names keyed by ISO 3166-1 alpha-2 code (woocommerce_countries), sorted by name. */
	public function get_countries() {
		static $countries;
		if ( ! isset( $countries ) ) {
			$countries = require WC_ABSPATH . 'includes/data/countries.php';
		}
		$list = apply_filters( 'woocommerce_countries', $countries );
		if ( apply_filters( 'woocommerce_sort_countries', true ) ) {
			class_exists( 'Collator' ) ? ( new Collator( get_locale() ) )->asort( $list ) : asort( $list );
		}
		return $list;
	}

	/**
	 * Whether a country code is known.
	 *
	 * @param string $country_code Code.
	 * @return bool
	 */
	public function country_exists( $country_code ) {
		return isset( $this->get_countries()[ $country_code ] );
	}

	/** @return string Store country, from the option woocommerce_default_country ('US:CA'). */
	public function get_base_country() {
		$parts = explode( ':', (string) get_option( 'woocommerce_default_country', 'US:CA' ) );
		return apply_filters( 'woocommerce_countries_base_country', $parts[0] );
	}

	/** @return array Countries customers may use (option woocommerce_allowed_countries: all, specific). */
	public function get_allowed_countries() {
		$countries = $this->get_countries();
		if ( 'specific' === get_option( 'woocommerce_allowed_countries' ) ) {
			$countries = array_intersect_key( $countries, array_flip( (array) get_option( 'woocommerce_specific_allowed_countries', array() ) ) );
		}
		return apply_filters( 'woocommerce_countries_allowed_countries', $countries );
	}

	/** @return array Countries shipped to (the allowed ones). */
	public function get_shipping_countries() {
		return apply_filters( 'woocommerce_countries_shipping_countries', $this->get_allowed_countries() );
	}

	/**
	 * An address as lines: name, company, street, city, state, postcode, country name.
	 *
	 * @param array  $args      first_name, last_name, company, address_1, address_2, city, state, postcode, country.
	 * @param string $separator Line separator.
	 * @return string
	 */
	public function get_formatted_address( $args = array(), $separator = '<br/>' ) {
		$args    = wp_parse_args( array_map( 'trim', array_map( 'strval', (array) $args ) ), array_fill_keys( array( 'first_name', 'last_name', 'company', 'address_1', 'address_2', 'city', 'state', 'postcode', 'country' ), '' ) );
		$country = $this->get_countries()[ $args['country'] ] ?? $args['country'];
		$lines   = array( trim( $args['first_name'] . ' ' . $args['last_name'] ), $args['company'], $args['address_1'], $args['address_2'], $args['city'], $args['state'], $args['postcode'], $country );
		return implode( $separator, array_map( 'esc_html', array_filter( $lines, 'strlen' ) ) );
	}

	/** @return array The address fields without prefix (woocommerce_default_address_fields). */
	public function get_default_address_fields() {
		return apply_filters(
			'woocommerce_default_address_fields',
			array(
				'first_name' => array( 'label' => __( 'First name', 'woocommerce' ), 'required' => true, 'class' => array( 'form-row-first' ), 'autocomplete' => 'given-name', 'priority' => 10 ),
				'last_name'  => array( 'label' => __( 'Last name', 'woocommerce' ), 'required' => true, 'class' => array( 'form-row-last' ), 'autocomplete' => 'family-name', 'priority' => 20 ),
				'country'    => array( 'type' => 'country', 'label' => __( 'Country / Region', 'woocommerce' ), 'required' => true, 'class' => array( 'form-row-wide', 'address-field' ), 'autocomplete' => 'country', 'priority' => 40 ),
				'address_1'  => array( 'label' => __( 'Street address', 'woocommerce' ), 'placeholder' => esc_attr__( 'House number and street name', 'woocommerce' ), 'required' => true, 'class' => array( 'form-row-wide', 'address-field' ), 'autocomplete' => 'address-line1', 'priority' => 50 ),
				'city'       => array( 'label' => __( 'Town / City', 'woocommerce' ), 'required' => true, 'class' => array( 'form-row-wide', 'address-field' ), 'autocomplete' => 'address-level2', 'priority' => 70 ),
				'postcode'   => array( 'label' => __( 'Postcode / ZIP', 'woocommerce' ), 'required' => true, 'class' => array( 'form-row-wide', 'address-field' ), 'validate' => array( 'postcode' ), 'autocomplete' => 'postal-code', 'priority' => 90 ),
			)
		);
	}

	/**
	 * Prefixed address fields; billing adds phone and email. Filtered by woocommerce_{$type}fields
	 * (woocommerce_billing_fields, woocommerce_shipping_fields).
	 *
	 * @param string $country Country (unused: one format for all countries here).
	 * @param string $type    'billing_' or 'shipping_'.
	 * @return array
	 */
	public function get_address_fields( $country = '', $type = 'billing_' ) {
		$fields = array();
		foreach ( $this->get_default_address_fields() as $key => $field ) {
			$fields[ $type . $key ] = $field;
		}
		if ( 'billing_' === $type ) {
			$fields['billing_phone'] = array( 'label' => __( 'Phone', 'woocommerce' ), 'required' => 'required' === get_option( 'woocommerce_checkout_phone_field', 'required' ), 'type' => 'tel', 'class' => array( 'form-row-wide' ), 'validate' => array( 'phone' ), 'autocomplete' => 'tel', 'priority' => 100 );
			$fields['billing_email'] = array( 'label' => __( 'Email address', 'woocommerce' ), 'required' => true, 'type' => 'email', 'class' => array( 'form-row-wide' ), 'validate' => array( 'email' ), 'autocomplete' => 'email', 'priority' => 110 );
		}
		return apply_filters( 'woocommerce_' . $type . 'fields', $fields, $country );
	}
}
