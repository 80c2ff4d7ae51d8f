<?php
/**
 * WC_Order_Refund: a negative order (type shop_order_refund) whose parent is the refunded order.
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

/**
 * Refund.
 */
class WC_Order_Refund extends WC_Abstract_Order {

	/** @var string */
	protected $object_type = 'order_refund';

	/** @var array */
	protected $extra_data = array(
		'amount'           => '',
		'reason'           => '',
		'refunded_by'      => 0,
		'refunded_payment' => false,
	);

	/** @return string */
	public function get_type() {
		return 'shop_order_refund';
	}

	/**
	 * Refunds are always 'completed'.
	 *
	 * @param string $context Context.
	 * @return string
	 */
	public function get_status( $context = 'view' ) {
		return 'completed';
	}

	// phpcs:disable Squiz.Commenting.FunctionComment.Missing -- plain prop accessors: @param string $context / $value.
	public function get_amount( $context = 'view' ) { return $this->get_prop( 'amount', $context ); }
	public function get_reason( $context = 'view' ) { return $this->get_prop( 'reason', $context ); }
	public function get_refunded_by( $context = 'view' ) { return $this->get_prop( 'refunded_by', $context ); }
	public function get_refunded_payment( $context = 'view' ) { return $this->get_prop( 'refunded_payment', $context ); }
	public function set_amount( $value ) { $this->set_prop( 'amount', wc_format_decimal( $value ) ); }
	public function set_reason( $value ) { $this->set_prop( 'reason', $value ); }
	public function set_refunded_by( $value ) { $this->set_prop( 'refunded_by', absint( $value ) ); }
	public function set_refunded_payment( $value ) { $this->set_prop( 'refunded_payment', wc_string_to_bool( $value ) ); }
	// phpcs:enable
}
