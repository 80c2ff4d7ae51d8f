<?php
/**
 * WC_Order: status transitions and their hooks, payment, notes, refunds, addresses.
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

/**
 * Order.
 */
class WC_Order extends WC_Abstract_Order {
	use WC_Stand_In_Address;

	/** @var array|false Pending status change, fired after save(). */
	protected $status_transition = false;

	/** @var array */
	protected $data = array(
		'parent_id'                    => 0,
		'status'                       => '',
		'currency'                     => '',
		'version'                      => '',
		'prices_include_tax'           => false,
		'date_created'                 => null,
		'date_modified'                => null,
		'discount_total'               => 0,
		'discount_tax'                 => 0,
		'shipping_total'               => 0,
		'shipping_tax'                 => 0,
		'cart_tax'                     => 0,
		'total'                        => 0,
		'total_tax'                    => 0,
		'customer_id'                  => 0,
		'order_key'                    => '',
		'billing'                      => array( 'first_name' => '', 'last_name' => '', 'company' => '', 'address_1' => '', 'address_2' => '', 'city' => '', 'state' => '', 'postcode' => '', 'country' => '', 'email' => '', 'phone' => '' ),
		'shipping'                     => array( 'first_name' => '', 'last_name' => '', 'company' => '', 'address_1' => '', 'address_2' => '', 'city' => '', 'state' => '', 'postcode' => '', 'country' => '', 'phone' => '' ),
		'payment_method'               => '',
		'payment_method_title'         => '',
		'transaction_id'               => '',
		'customer_ip_address'          => '',
		'customer_user_agent'          => '',
		'created_via'                  => '',
		'customer_note'                => '',
		'date_completed'               => null,
		'date_paid'                    => null,
		'cart_hash'                    => '',
		'order_stock_reduced'          => false,
		'download_permissions_granted' => false,
		'new_order_email_sent'         => false,
		'recorded_sales'               => false,
		'recorded_coupon_usage_counts' => false,
	);

	/**
	 * Marks the order paid: sets the transaction id and date paid, moves a pending, on-hold, failed or
	 * cancelled order to processing (completed if no item needs processing), then fires woocommerce_payment_complete.
	 *
	 * @param string $transaction_id Transaction id.
	 * @return bool
	 */
	public function payment_complete( $transaction_id = '' ) {
		if ( ! $this->get_id() ) {
			return false;
		}
		try {
			do_action( 'woocommerce_pre_payment_complete', $this->get_id(), $transaction_id );
			if ( $this->has_status( apply_filters( 'woocommerce_valid_order_statuses_for_payment_complete', array( 'on-hold', 'pending', 'failed', 'cancelled' ), $this ) ) ) {
				if ( ! empty( $transaction_id ) ) {
					$this->set_transaction_id( $transaction_id );
				}
				if ( ! $this->get_date_paid( 'edit' ) ) {
					$this->set_date_paid( time() );
				}
				$this->set_status( apply_filters( 'woocommerce_payment_complete_order_status', $this->needs_processing() ? 'processing' : 'completed', $this->get_id(), $this ) );
				$this->save();
				do_action( 'woocommerce_payment_complete', $this->get_id(), $transaction_id );
			} else {
				do_action( 'woocommerce_payment_complete_order_status_' . $this->get_status(), $this->get_id(), $transaction_id );
			}
		} catch ( Exception $e ) {
			$this->handle_exception( $e, sprintf( 'Error completing payment for order #%d', $this->get_id() ) );
			return false;
		}
		return true;
	}

	/**
	 * Saves the order, then fires the status hooks.
	 *
	 * @return int
	 */
	public function save() {
		$this->maybe_set_user_billing_email();
		parent::save();
		$this->status_transition();
		return $this->get_id();
	}

	/**
	 * Logs an exception and adds it as an order note.
	 *
	 * @param Exception $e       Exception.
	 * @param string    $message Message.
	 */
	protected function handle_exception( $e, $message = 'Error' ) {
		parent::handle_exception( $e, $message );
		$this->add_order_note( $message . ' ' . $e->getMessage() );
	}

	/**
	 * Sets the status and records the transition for save().
	 *
	 * @param string $new_status    Status.
	 * @param string $note          Note added with the transition.
	 * @param bool   $manual_update Changed by a person.
	 * @return array from and to.
	 */
	public function set_status( $new_status, $note = '', $manual_update = false ) {
		$result = parent::set_status( $new_status );
		if ( true === $this->object_read && ! empty( $result['from'] ) && $result['from'] !== $result['to'] ) {
			$this->status_transition = array(
				'from'   => ! empty( $this->status_transition['from'] ) ? $this->status_transition['from'] : $result['from'],
				'to'     => $result['to'],
				'note'   => $note,
				'manual' => (bool) $manual_update,
			);
			if ( $manual_update ) {
				do_action( 'woocommerce_order_edit_status', $this->get_id(), $result['to'] );
			}
			$this->maybe_set_date_paid();
			$this->maybe_set_date_completed();
		}
		return $result;
	}

	/** Sets date paid on reaching the paid status, once. */
	public function maybe_set_date_paid() {
		if ( ! $this->get_date_paid( 'edit' ) ) {
			$paid_status = apply_filters( 'woocommerce_payment_complete_order_status', $this->needs_processing() ? 'processing' : 'completed', $this->get_id(), $this );
			if ( $this->has_status( $paid_status ) || ( 'processing' === $paid_status && $this->has_status( 'completed' ) ) ) {
				$this->set_date_paid( time() );
			}
		}
	}

	/** Sets date completed on reaching completed. */
	protected function maybe_set_date_completed() {
		if ( $this->has_status( 'completed' ) ) {
			$this->set_date_completed( time() );
		}
	}

	/**
	 * Sets the status and saves.
	 *
	 * @param string $new_status Status.
	 * @param string $note       Note.
	 * @param bool   $manual     Changed by a person.
	 * @return bool
	 */
	public function update_status( $new_status, $note = '', $manual = false ) {
		if ( ! $this->get_id() ) {
			return false;
		}
		try {
			$this->set_status( $new_status, $note, $manual );
			$this->save();
		} catch ( Exception $e ) {
			$this->handle_exception( $e, sprintf( 'Error updating status for order #%d', $this->get_id() ) );
			return false;
		}
		return true;
	}

	/** Fires the status hooks and adds the transition note (exceptions from handlers are logged and noted). */
	protected function status_transition() {
		$transition              = $this->status_transition;
		$this->status_transition = false;
		if ( ! $transition ) {
			return;
		}
		try {
			do_action( 'woocommerce_order_status_' . $transition['to'], $this->get_id(), $this, $transition );
			if ( ! empty( $transition['from'] ) ) {
				/* translators: 1: old status 2: new status */
				$this->add_status_transition_note( sprintf( __( 'Order status changed from %1$s to %2$s.', 'woocommerce' ), wc_get_order_status_name( $transition['from'] ), wc_get_order_status_name( $transition['to'] ) ), $transition );
				do_action( 'woocommerce_order_status_' . $transition['from'] . '_to_' . $transition['to'], $this->get_id(), $this );
				do_action( 'woocommerce_order_status_changed', $this->get_id(), $transition['from'], $transition['to'], $this );
				if ( in_array( $transition['from'], apply_filters( 'woocommerce_valid_order_statuses_for_payment', array( 'pending', 'failed' ), $this ), true ) && in_array( $transition['to'], wc_get_is_paid_statuses(), true ) ) {
					do_action( 'woocommerce_order_payment_status_changed', $this->get_id(), $this );
				}
			} else {
				/* translators: %s: new status */
				$this->add_status_transition_note( sprintf( __( 'Order status set to %s.', 'woocommerce' ), wc_get_order_status_name( $transition['to'] ) ), $transition );
			}
		} catch ( Exception $e ) {
			$this->handle_exception( $e, sprintf( 'Status transition of order #%d errored!', $this->get_id() ) );
		}
	}

	/**
	 * Adds the transition note.
	 *
	 * @param string $note       Note.
	 * @param array  $transition Transition.
	 */
	private function add_status_transition_note( $note, $transition ) {
		$this->add_order_note( trim( $transition['note'] . ' ' . $note ), 0, $transition['manual'] );
	}

	/** @return string Order number (the id, filterable with woocommerce_order_number). */
	public function get_order_number() {
		return (string) apply_filters( 'woocommerce_order_number', $this->get_id(), $this );
	}

	// phpcs:disable Squiz.Commenting.FunctionComment.Missing -- plain prop accessors: @param string $context / $value.
	public function get_order_key( $context = 'view' ) { return $this->get_prop( 'order_key', $context ); }
	public function get_customer_id( $context = 'view' ) { return $this->get_prop( 'customer_id', $context ); }
	public function get_user_id( $context = 'view' ) { return $this->get_customer_id( $context ); }
	public function get_payment_method( $context = 'view' ) { return $this->get_prop( 'payment_method', $context ); }
	public function get_payment_method_title( $context = 'view' ) { return $this->get_prop( 'payment_method_title', $context ); }
	public function get_transaction_id( $context = 'view' ) { return $this->get_prop( 'transaction_id', $context ); }
	public function get_customer_ip_address( $context = 'view' ) { return $this->get_prop( 'customer_ip_address', $context ); }
	public function get_customer_user_agent( $context = 'view' ) { return $this->get_prop( 'customer_user_agent', $context ); }
	public function get_created_via( $context = 'view' ) { return $this->get_prop( 'created_via', $context ); }
	public function get_customer_note( $context = 'view' ) { return $this->get_prop( 'customer_note', $context ); }
	public function get_date_completed( $context = 'view' ) { return $this->get_prop( 'date_completed', $context ); }
	public function get_date_paid( $context = 'view' ) { return $this->get_prop( 'date_paid', $context ); }
	public function get_cart_hash( $context = 'view' ) { return $this->get_prop( 'cart_hash', $context ); }
	public function get_order_stock_reduced( string $context = 'view' ) { return $this->get_prop( 'order_stock_reduced', $context ); }
	public function get_download_permissions_granted( string $context = 'view' ) { return $this->get_prop( 'download_permissions_granted', $context ); }
	public function get_new_order_email_sent( string $context = 'view' ) { return $this->get_prop( 'new_order_email_sent', $context ); }
	public function get_recorded_sales( string $context = 'view' ) { return $this->get_prop( 'recorded_sales', $context ); }
	public function get_recorded_coupon_usage_counts( $context = 'view' ) { return $this->get_prop( 'recorded_coupon_usage_counts', $context ); }
	public function set_order_key( $value ) { $this->set_prop( 'order_key', substr( $value, 0, 22 ) ); }
	public function set_customer_id( $value ) { $this->set_prop( 'customer_id', absint( $value ) ); }
	public function set_payment_method_title( $value ) { $this->set_prop( 'payment_method_title', $value ); }
	public function set_transaction_id( $value ) { $this->set_prop( 'transaction_id', $value ); }
	public function set_customer_ip_address( $value ) { $this->set_prop( 'customer_ip_address', $value ); }
	public function set_customer_user_agent( $value ) { $this->set_prop( 'customer_user_agent', $value ); }
	public function set_created_via( $value ) { $this->set_prop( 'created_via', $value ); }
	public function set_customer_note( $value ) { $this->set_prop( 'customer_note', $value ); }
	public function set_date_completed( $date = null ) { $this->set_date_prop( 'date_completed', $date ); }
	public function set_date_paid( $date = null ) { $this->set_date_prop( 'date_paid', $date ); }
	public function set_cart_hash( $value ) { $this->set_prop( 'cart_hash', $value ); }
	public function set_order_stock_reduced( $value ) { $this->set_prop( 'order_stock_reduced', wc_string_to_bool( $value ) ); }
	public function set_download_permissions_granted( $value ) { $this->set_prop( 'download_permissions_granted', wc_string_to_bool( $value ) ); }
	public function set_new_order_email_sent( $value ) { $this->set_prop( 'new_order_email_sent', wc_string_to_bool( $value ) ); }
	public function set_recorded_sales( $value ) { $this->set_prop( 'recorded_sales', wc_string_to_bool( $value ) ); }
	public function set_recorded_coupon_usage_counts( $value ) { $this->set_prop( 'recorded_coupon_usage_counts', wc_string_to_bool( $value ) ); }
	public function set_billing( array $address ) { $this->set_address( $address, 'billing' ); }
	public function set_shipping( array $address ) { $this->set_address( $address, 'shipping' ); }
	// phpcs:enable

	/** @return WP_User|false The customer's user, false for guests. */
	public function get_user() {
		return $this->get_user_id() ? get_user_by( 'id', $this->get_user_id() ) : false;
	}

	/**
	 * Billing or shipping fields (changes included).
	 *
	 * @param string $address_type billing or shipping.
	 * @return array
	 */
	public function get_address( $address_type = 'billing' ) {
		return apply_filters( 'woocommerce_get_order_address', array_merge( $this->data[ $address_type ], $this->get_prop( $address_type, 'view' ) ), $address_type, $this );
	}

	/** @return string First and last billing name. */
	public function get_formatted_billing_full_name() {
		/* translators: 1: first name 2: last name */
		return sprintf( _x( '%1$s %2$s', 'full name', 'woocommerce' ), $this->get_billing_first_name(), $this->get_billing_last_name() );
	}

	/** @return string First and last shipping name. */
	public function get_formatted_shipping_full_name() {
		/* translators: 1: first name 2: last name */
		return sprintf( _x( '%1$s %2$s', 'full name', 'woocommerce' ), $this->get_shipping_first_name(), $this->get_shipping_last_name() );
	}

	/** Uses the customer's account email as billing email when none is set. */
	protected function maybe_set_user_billing_email() {
		$user = $this->get_user();
		if ( ! $this->get_billing_email() && $user ) {
			try {
				$this->set_billing_email( $user->user_email );
			} catch ( WC_Data_Exception $e ) {
				unset( $e );
			}
		}
	}

	/** @return bool Whether the status is a paid one (processing, completed). */
	public function is_paid() {
		return apply_filters( 'woocommerce_order_is_paid', $this->has_status( wc_get_is_paid_statuses() ), $this );
	}

	/** @return bool Whether some line item is not both virtual and downloadable. */
	public function needs_processing() {
		foreach ( $this->get_items() as $item ) {
			$product = $item->get_product();
			if ( $product && apply_filters( 'woocommerce_order_item_needs_processing', ! ( $product->is_downloadable() && $product->is_virtual() ), $product, $this->get_id() ) ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Sets the payment method from a gateway (id and title) or an id.
	 *
	 * @param WC_Payment_Gateway|string $payment_method Gateway or id.
	 */
	public function set_payment_method( $payment_method = '' ) {
		if ( is_object( $payment_method ) ) {
			$this->set_payment_method( $payment_method->id );
			$this->set_payment_method_title( $payment_method->get_title() );
		} elseif ( '' === $payment_method ) {
			$this->set_prop( 'payment_method', '' );
			$this->set_prop( 'payment_method_title', '' );
		} else {
			$this->set_prop( 'payment_method', $payment_method );
		}
	}

	/** @return bool Pending or failed with a total above zero (woocommerce_order_needs_payment). */
	public function needs_payment() {
		$statuses = apply_filters( 'woocommerce_valid_order_statuses_for_payment', array( 'pending', 'failed' ), $this );
		return apply_filters( 'woocommerce_order_needs_payment', $this->has_status( $statuses ) && $this->get_total() > 0, $this, $statuses );
	}

	/** @return string The checkout's order-received URL with ?key=order_key. */
	public function get_checkout_order_received_url() {
		$url = add_query_arg( 'key', $this->get_order_key(), wc_get_endpoint_url( 'order-received', $this->get_id(), wc_get_checkout_url() ) );
		return apply_filters( 'woocommerce_get_checkout_order_received_url', $url, $this );
	}

	/**
	 * Billing address as HTML lines.
	 *
	 * @param string $empty_content Returned when there is no address.
	 * @return string
	 */
	public function get_formatted_billing_address( $empty_content = '' ) {
		$address = WC()->countries->get_formatted_address( apply_filters( 'woocommerce_order_formatted_billing_address', $this->get_address( 'billing' ), $this ) );
		return $address ? $address : $empty_content;
	}

	/**
	 * Shipping address as HTML lines.
	 *
	 * @param string $empty_content Returned when there is no address.
	 * @return string
	 */
	public function get_formatted_shipping_address( $empty_content = '' ) {
		$address = $this->get_shipping_address_1() || $this->get_shipping_city() ? WC()->countries->get_formatted_address( apply_filters( 'woocommerce_order_formatted_shipping_address', $this->get_address( 'shipping' ), $this ) ) : '';
		return $address ? $address : $empty_content;
	}

	/**
	 * Total formatted in the order's currency.
	 *
	 * @param string $tax_display      Unused (no taxes here).
	 * @param bool   $display_refunded Show the total after refunds, the original struck through.
	 * @return string
	 */
	public function get_formatted_order_total( $tax_display = '', $display_refunded = true ) {
		$total    = wc_price( $this->get_total(), array( 'currency' => $this->get_currency() ) );
		$refunded = $this->get_total_refunded();
		if ( $refunded && $display_refunded ) {
			$total = '<del aria-hidden="true">' . wp_strip_all_tags( $total ) . '</del> <ins>' . wc_price( (float) $this->get_total() - $refunded, array( 'currency' => $this->get_currency() ) ) . '</ins>';
		}
		return apply_filters( 'woocommerce_get_formatted_order_total', $total, $this, $tax_display, $display_refunded );
	}

	/** @return string My Account view-order URL. */
	public function get_view_order_url() {
		$page = get_option( 'woocommerce_myaccount_page_id' );
		$base = $page && get_post( $page ) ? get_permalink( $page ) : home_url( '/' );
		$url  = get_option( 'permalink_structure' ) ? trailingslashit( $base ) . user_trailingslashit( 'view-order/' . $this->get_id() ) : add_query_arg( 'view-order', $this->get_id(), $base );
		return apply_filters( 'woocommerce_get_view_order_url', $url, $this );
	}

	/** @return string Admin edit URL. */
	public function get_edit_order_url() {
		return apply_filters( 'woocommerce_get_edit_order_url', Automattic\WooCommerce\Utilities\OrderUtil::get_order_admin_edit_url( $this->get_id() ), $this );
	}

	/**
	 * Adds an order note (a comment of type order_note on the order id).
	 *
	 * @param string $note             Note.
	 * @param int    $is_customer_note Shown to the customer.
	 * @param bool   $added_by_user    Attribute to the current user (if they can edit orders).
	 * @param array  $meta_data        Comment meta to add.
	 * @return int Comment id.
	 */
	public function add_order_note( $note, $is_customer_note = 0, $added_by_user = false, $meta_data = array() ) {
		if ( ! $this->get_id() ) {
			return 0;
		}
		if ( is_user_logged_in() && current_user_can( 'edit_shop_orders' ) && $added_by_user ) {
			$user   = wp_get_current_user();
			$author = $user->display_name;
			$email  = $user->user_email;
		} else {
			$author = __( 'WooCommerce', 'woocommerce' );
			$email  = sanitize_email( strtolower( __( 'WooCommerce', 'woocommerce' ) ) . '@' . ( isset( $_SERVER['HTTP_HOST'] ) ? str_replace( 'www.', '', sanitize_text_field( wp_unslash( $_SERVER['HTTP_HOST'] ) ) ) : 'noreply.com' ) );
		}
		$data = apply_filters(
			'woocommerce_new_order_note_data',
			array(
				'comment_post_ID'      => $this->get_id(),
				'comment_author'       => $author,
				'comment_author_email' => $email,
				'comment_author_url'   => '',
				'comment_content'      => $note,
				'comment_agent'        => 'WooCommerce',
				'comment_type'         => 'order_note',
				'comment_parent'       => 0,
				'comment_approved'     => 1,
			),
			array( 'order_id' => $this->get_id(), 'is_customer_note' => $is_customer_note )
		);
		$comment_id = wp_insert_comment( $data );
		if ( $is_customer_note ) {
			add_comment_meta( $comment_id, 'is_customer_note', 1 );
			do_action( 'woocommerce_new_customer_note', array( 'order_id' => $this->get_id(), 'customer_note' => $data['comment_content'] ) );
		}
		foreach ( (array) $meta_data as $key => $value ) {
			add_comment_meta( $comment_id, $key, $value );
		}
		do_action( 'woocommerce_order_note_added', $comment_id, $this );
		return $comment_id;
	}

	/** @return WC_Order_Refund[] Refunds, newest first. */
	public function get_refunds() {
		return $this->get_id() ? wc_get_orders( array( 'type' => 'shop_order_refund', 'parent' => $this->get_id(), 'limit' => -1 ) ) : array();
	}

	/** @return float Sum of refund amounts. */
	public function get_total_refunded() {
		$total = 0.0;
		foreach ( $this->get_refunds() as $refund ) {
			$total += (float) $refund->get_amount();
		}
		return $total;
	}

	/**
	 * Refunded quantity of items of a type.
	 *
	 * @param string $item_type Type.
	 * @return int
	 */
	public function get_item_count_refunded( $item_type = '' ) {
		$count = 0;
		foreach ( $this->get_refunds() as $refund ) {
			foreach ( $refund->get_items( $item_type ? $item_type : 'line_item' ) as $item ) {
				$count += abs( $item->get_quantity() );
			}
		}
		return apply_filters( 'woocommerce_get_item_count_refunded', $count, $item_type, $this );
	}

	/**
	 * Refunded quantity of one item: zero or negative, as in WooCommerce.
	 *
	 * @param int    $item_id   Item id.
	 * @param string $item_type Type.
	 * @return int
	 */
	public function get_qty_refunded_for_item( $item_id, $item_type = 'line_item' ) {
		$qty = 0;
		foreach ( $this->get_refunds() as $refund ) {
			foreach ( $refund->get_items( $item_type ) as $item ) {
				$qty += absint( $item->get_meta( '_refunded_item_id' ) ) === (int) $item_id ? $item->get_quantity() : 0;
			}
		}
		return $qty;
	}

	/**
	 * Refunded amount of one item (positive).
	 *
	 * @param int    $item_id   Item id.
	 * @param string $item_type Type.
	 * @return float
	 */
	public function get_total_refunded_for_item( $item_id, $item_type = 'line_item' ) {
		$total = 0.0;
		foreach ( $this->get_refunds() as $refund ) {
			foreach ( $refund->get_items( $item_type ) as $item ) {
				$total += absint( $item->get_meta( '_refunded_item_id' ) ) === (int) $item_id ? (float) $item->get_total() : 0;
			}
		}
		return $total * -1;
	}

	/** @return string Total minus refunds. */
	public function get_remaining_refund_amount() {
		return wc_format_decimal( $this->get_total() - $this->get_total_refunded(), wc_get_price_decimals() );
	}

	/** @return int Items not yet refunded. */
	public function get_remaining_refund_items() {
		return absint( $this->get_item_count() - $this->get_item_count_refunded() );
	}
}
