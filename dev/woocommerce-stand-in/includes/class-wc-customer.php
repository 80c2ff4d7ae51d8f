<?php
/**
 * WC_Legacy_Customer and WC_Customer (a WordPress user with WooCommerce's billing_* / shipping_* user meta).
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

/**
 * Legacy customer layer (empty here).
 */
abstract class WC_Legacy_Customer extends WC_Data {}

/**
 * Customer.
 */
class WC_Customer extends WC_Legacy_Customer {
	use WC_Stand_In_Address;

	/** @var string */
	protected $object_type = 'customer';

	/** @var array */
	protected $data = array(
		'date_created'       => null,
		'date_modified'      => null,
		'email'              => '',
		'first_name'         => '',
		'last_name'          => '',
		'display_name'       => '',
		'role'               => 'customer',
		'username'           => '',
		'billing'            => array( 'first_name' => '', 'last_name' => '', 'company' => '', 'address_1' => '', 'address_2' => '', 'city' => '', 'postcode' => '', 'country' => '', 'state' => '', 'email' => '', 'phone' => '' ),
		'shipping'           => array( 'first_name' => '', 'last_name' => '', 'company' => '', 'address_1' => '', 'address_2' => '', 'city' => '', 'postcode' => '', 'country' => '', 'state' => '', 'phone' => '' ),
		'is_paying_customer' => false,
	);

	/**
	 * Loads the customer; an unknown user id gives an empty customer with id 0, as in WooCommerce.
	 *
	 * @param WC_Customer|int $data       User id or customer.
	 * @param bool            $is_session Ignored here (no sessions): the data is the user's.
	 */
	public function __construct( $data = 0, $is_session = false ) {
		parent::__construct( $data );
		$this->data_store         = new WC_Stand_In_Customer_Store();
		$this->internal_meta_keys = $this->data_store->internal_meta_keys;
		if ( $data instanceof WC_Customer ) {
			$this->set_id( absint( $data->get_id() ) );
		} elseif ( is_numeric( $data ) ) {
			$this->set_id( $data );
		}
		if ( $this->get_id() ) {
			try {
				$this->data_store->read( $this );
			} catch ( Exception $e ) {
				$this->set_id( 0 );
				$this->set_object_read( true );
			}
		} else {
			$this->set_object_read( true );
		}
	}

	// phpcs:disable Squiz.Commenting.FunctionComment.Missing -- plain prop accessors: @param string $context / $value.
	public function get_username( $context = 'view' ) { return $this->get_prop( 'username', $context ); }
	public function get_email( $context = 'view' ) { return $this->get_prop( 'email', $context ); }
	public function get_first_name( $context = 'view' ) { return $this->get_prop( 'first_name', $context ); }
	public function get_last_name( $context = 'view' ) { return $this->get_prop( 'last_name', $context ); }
	public function get_display_name( $context = 'view' ) { return $this->get_prop( 'display_name', $context ); }
	public function get_role( $context = 'view' ) { return $this->get_prop( 'role', $context ); }
	public function get_date_created( $context = 'view' ) { return $this->get_prop( 'date_created', $context ); }
	public function get_date_modified( $context = 'view' ) { return $this->get_prop( 'date_modified', $context ); }
	public function get_is_paying_customer( $context = 'view' ) { return $this->get_prop( 'is_paying_customer', $context ); }
	public function set_username( $username ) { $this->set_prop( 'username', $username ); }
	public function set_first_name( $first_name ) { $this->set_prop( 'first_name', $first_name ); }
	public function set_last_name( $last_name ) { $this->set_prop( 'last_name', $last_name ); }
	public function set_display_name( $display_name ) { $this->set_prop( 'display_name', $display_name ); }
	public function set_date_created( $date = null ) { $this->set_date_prop( 'date_created', $date ); }
	public function set_date_modified( $date = null ) { $this->set_date_prop( 'date_modified', $date ); }
	public function set_is_paying_customer( $is_paying_customer ) { $this->set_prop( 'is_paying_customer', (bool) $is_paying_customer ); }
	// phpcs:enable

	/**
	 * Sets the account email.
	 *
	 * @param string $value Email.
	 * @throws WC_Data_Exception Invalid email.
	 */
	public function set_email( $value ) {
		if ( $value && ! is_email( $value ) ) {
			$this->error( 'customer_invalid_email', __( 'Invalid email address', 'woocommerce' ) );
		}
		$this->set_prop( 'email', sanitize_email( $value ) );
	}

	/**
	 * Sets the role (must exist).
	 *
	 * @param string $role Role.
	 * @throws WC_Data_Exception Unknown role.
	 */
	public function set_role( $role ) {
		global $wp_roles;
		if ( $role && ! empty( $wp_roles->roles ) && ! in_array( $role, array_keys( $wp_roles->roles ), true ) ) {
			$this->error( 'customer_invalid_role', __( 'Invalid role', 'woocommerce' ) );
		}
		$this->set_prop( 'role', $role );
	}

	/**
	 * Billing fields.
	 *
	 * @param string $context Context.
	 * @return array
	 */
	public function get_billing( $context = 'view' ) {
		return $this->get_address_group( 'billing', $context );
	}

	/**
	 * Shipping fields.
	 *
	 * @param string $context Context.
	 * @return array
	 */
	public function get_shipping( $context = 'view' ) {
		return $this->get_address_group( 'shipping', $context );
	}

	/**
	 * Address fields with changes; 'view' applies the woocommerce_customer_get_{type} filter.
	 *
	 * @param string $type    billing or shipping.
	 * @param string $context Context.
	 * @return array
	 */
	private function get_address_group( $type, $context ) {
		$value = array_merge( $this->data[ $type ], isset( $this->changes[ $type ] ) ? $this->changes[ $type ] : array() );
		return 'view' === $context ? apply_filters( $this->get_hook_prefix() . $type, $value, $this ) : $value;
	}
}
