<?php
/**
 * Payment gateways: WC_Payment_Gateway, WooCommerce's offline gateways "Check payments" (cheque)
 * and "Cash on delivery" (cod), and WC_Payment_Gateways (WC()->payment_gateways(), filtered by
 * woocommerce_payment_gateways). Settings in woocommerce_{id}_settings, as in WooCommerce.
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

/**
 * Base gateway.
 */
abstract class WC_Payment_Gateway extends WC_Settings_API {

	/** @var string|null Label of the place order button while chosen. */
	public $order_button_text;

	/** @var string yes or no. */
	public $enabled = 'yes';

	/** @var string Title shown at checkout. */
	public $title;

	/** @var string Description shown at checkout. */
	public $description;

	/** @var bool Chosen at checkout. */
	public $chosen;

	/** @var string Admin title. */
	public $method_title = '';

	/** @var string Admin description. */
	public $method_description = '';

	/** @var bool Has payment fields. */
	public $has_fields;

	/** @var string Icon URL. */
	public $icon;

	/** @var array Supported features. */
	public $supports = array( 'products' );

	/** @return string */
	public function get_method_title() {
		return apply_filters( 'woocommerce_gateway_method_title', $this->method_title, $this );
	}

	/** @return string */
	public function get_method_description() {
		return apply_filters( 'woocommerce_gateway_method_description', $this->method_description, $this );
	}

	/** Loads the settings and the enabled flag. */
	public function init_settings() {
		parent::init_settings();
		$this->enabled = ! empty( $this->settings['enabled'] ) && 'yes' === $this->settings['enabled'] ? 'yes' : 'no';
	}

	/**
	 * Where the customer goes after paying: the order-received page.
	 *
	 * @param WC_Order|null $order Order.
	 * @return string
	 */
	public function get_return_url( $order = null ) {
		$url = $order ? $order->get_checkout_order_received_url() : wc_get_endpoint_url( 'order-received', '', wc_get_checkout_url() );
		return apply_filters( 'woocommerce_get_return_url', $url, $order );
	}

	/** @return bool Enabled. */
	public function is_available() {
		return 'yes' === $this->enabled;
	}

	/** @return bool */
	public function has_fields() {
		return (bool) $this->has_fields;
	}

	/** @return string */
	public function get_title() {
		return apply_filters( 'woocommerce_gateway_title', $this->title, $this->id );
	}

	/** @return string */
	public function get_description() {
		return apply_filters( 'woocommerce_gateway_description', $this->description, $this->id );
	}

	/** @return string Icon HTML. */
	public function get_icon() {
		return apply_filters( 'woocommerce_gateway_icon', $this->icon ? '<img src="' . esc_url( $this->icon ) . '" alt="' . esc_attr( $this->get_title() ) . '" />' : '', $this->id );
	}

	/** Marks this gateway chosen. */
	public function set_current() {
		$this->chosen = true;
	}

	/**
	 * Takes the payment.
	 *
	 * @param int $order_id Order id.
	 * @return array result ('success') and redirect URL.
	 */
	public function process_payment( $order_id ) {
		return array();
	}

	/** @return bool Validates payment fields. */
	public function validate_fields() {
		return true;
	}

	/** Prints the description under the radio button. */
	public function payment_fields() {
		$description = $this->get_description();
		if ( $description ) {
			echo wp_kses_post( wpautop( wptexturize( $description ) ) );
		}
	}

	/**
	 * Whether a feature is supported.
	 *
	 * @param string $feature Feature.
	 * @return bool
	 */
	public function supports( $feature ) {
		return apply_filters( 'woocommerce_payment_gateway_supports', in_array( $feature, $this->supports, true ), $feature, $this );
	}
}

/**
 * Check payments: the order waits on-hold.
 */
class WC_Gateway_Cheque extends WC_Payment_Gateway {

	/** @var string Gateway id. */
	const ID = 'cheque';

	/** @var string Thank-you page instructions. */
	public $instructions;

	/** Settings and hooks. */
	public function __construct() {
		$this->id                 = self::ID;
		$this->has_fields         = false;
		$this->method_title       = _x( 'Check payments', 'Check payment method', 'woocommerce' );
		$this->method_description = __( 'Take payments in person via checks. This offline gateway can also be useful to test purchases.', 'woocommerce' );
		$this->init_form_fields();
		$this->init_settings();
		$this->title        = $this->get_option( 'title' );
		$this->description  = $this->get_option( 'description' );
		$this->instructions = $this->get_option( 'instructions' );
		add_action( 'woocommerce_thankyou_' . $this->id, array( $this, 'thankyou_page' ) );
	}

	/** Enabled (yes here), title, description, instructions. */
	public function init_form_fields() {
		$this->form_fields = array(
			'enabled'      => array( 'title' => __( 'Enable/Disable', 'woocommerce' ), 'type' => 'checkbox', 'label' => __( 'Enable check payments', 'woocommerce' ), 'default' => 'yes' ),
			'title'        => array( 'title' => __( 'Title', 'woocommerce' ), 'type' => 'safe_text', 'default' => _x( 'Check payments', 'Check payment method', 'woocommerce' ) ),
			'description'  => array( 'title' => __( 'Description', 'woocommerce' ), 'type' => 'textarea', 'default' => __( 'Please send a check to Store Name, Store Street, Store Town, Store State / County, Store Postcode.', 'woocommerce' ) ),
			'instructions' => array( 'title' => __( 'Instructions', 'woocommerce' ), 'type' => 'textarea', 'default' => '' ),
		);
	}

	/** Prints the instructions on the order-received page. */
	public function thankyou_page() {
		if ( $this->instructions ) {
			echo wp_kses_post( wpautop( wptexturize( $this->instructions ) ) );
		}
	}

	/**
	 * On-hold (woocommerce_cheque_process_payment_order_status), or paid when the total is 0; empties the cart.
	 *
	 * @param int $order_id Order id.
	 * @return array
	 */
	public function process_payment( $order_id ) {
		$order = wc_get_order( $order_id );
		if ( $order->get_total() > 0 ) {
			$order->update_status( apply_filters( 'woocommerce_cheque_process_payment_order_status', 'on-hold', $order ), _x( 'Awaiting check payment', 'Check payment method', 'woocommerce' ) );
		} else {
			$order->payment_complete();
		}
		WC()->cart->empty_cart();
		return array( 'result' => 'success', 'redirect' => $this->get_return_url( $order ) );
	}
}

/**
 * Cash on delivery: the order goes to processing.
 */
class WC_Gateway_COD extends WC_Payment_Gateway {

	/** @var string Gateway id. */
	const ID = 'cod';

	/** @var string Thank-you page instructions. */
	public $instructions;

	/** Settings and hooks. */
	public function __construct() {
		$this->setup_properties();
		$this->init_form_fields();
		$this->init_settings();
		$this->title        = $this->get_option( 'title' );
		$this->description  = $this->get_option( 'description' );
		$this->instructions = $this->get_option( 'instructions' );
		add_action( 'woocommerce_thankyou_' . $this->id, array( $this, 'thankyou_page' ) );
	}

	/** Id and admin texts. */
	protected function setup_properties() {
		$this->id                 = self::ID;
		$this->icon               = apply_filters( 'woocommerce_cod_icon', '' );
		$this->method_title       = __( 'Cash on delivery', 'woocommerce' );
		$this->method_description = __( 'Let your shoppers pay upon delivery — by cash or other methods of payment.', 'woocommerce' );
		$this->has_fields         = false;
	}

	/** Enabled (yes here), title, description, instructions. */
	public function init_form_fields() {
		$this->form_fields = array(
			'enabled'      => array( 'title' => __( 'Enable/Disable', 'woocommerce' ), 'type' => 'checkbox', 'label' => __( 'Enable cash on delivery', 'woocommerce' ), 'default' => 'yes' ),
			'title'        => array( 'title' => __( 'Title', 'woocommerce' ), 'type' => 'safe_text', 'default' => __( 'Cash on delivery', 'woocommerce' ) ),
			'description'  => array( 'title' => __( 'Description', 'woocommerce' ), 'type' => 'textarea', 'default' => __( 'Pay with cash upon delivery.', 'woocommerce' ) ),
			'instructions' => array( 'title' => __( 'Instructions', 'woocommerce' ), 'type' => 'textarea', 'default' => __( 'Pay with cash upon delivery.', 'woocommerce' ) ),
		);
	}

	/**
	 * Processing (woocommerce_cod_process_payment_order_status), or paid when the total is 0; empties the cart.
	 *
	 * @param int $order_id Order id.
	 * @return array
	 */
	public function process_payment( $order_id ) {
		$order = wc_get_order( $order_id );
		if ( $order->get_total() > 0 ) {
			$order->update_status( apply_filters( 'woocommerce_cod_process_payment_order_status', 'processing', $order ), __( 'Payment to be made upon delivery.', 'woocommerce' ) );
		} else {
			$order->payment_complete();
		}
		WC()->cart->empty_cart();
		return array( 'result' => 'success', 'redirect' => $this->get_return_url( $order ) );
	}

	/** Prints the instructions on the order-received page. */
	public function thankyou_page() {
		if ( $this->instructions ) {
			echo wp_kses_post( wpautop( wptexturize( $this->instructions ) ) );
		}
	}
}

/**
 * The loaded gateways.
 */
class WC_Payment_Gateways {

	/** @var WC_Payment_Gateway[] Id => gateway. */
	public $payment_gateways = array();

	/** @var WC_Payment_Gateways|null */
	protected static $_instance = null; // phpcs:ignore PSR2.Classes.PropertyDeclaration.Underscore

	/** @return WC_Payment_Gateways */
	public static function instance() {
		if ( is_null( self::$_instance ) ) {
			self::$_instance = new self();
		}
		return self::$_instance;
	}

	/** Loads the gateways. */
	public function __construct() {
		$this->init();
	}

	/** Loads cheque, cod and those added by woocommerce_payment_gateways (class names or objects). */
	public function init() {
		foreach ( apply_filters( 'woocommerce_payment_gateways', array( 'WC_Gateway_Cheque', 'WC_Gateway_COD' ) ) as $gateway ) {
			if ( is_string( $gateway ) && class_exists( $gateway ) ) {
				$gateway = new $gateway();
			}
			if ( $gateway instanceof WC_Payment_Gateway ) {
				$this->payment_gateways[ $gateway->id ] = $gateway;
			}
		}
		do_action( 'wc_payment_gateways_initialized', $this );
	}

	/** @return WC_Payment_Gateway[] All loaded gateways by id. */
	public function payment_gateways() {
		return $this->payment_gateways;
	}

	/** @return string[] Gateway ids. */
	public function get_payment_gateway_ids() {
		return array_keys( $this->payment_gateways );
	}

	/** @return WC_Payment_Gateway[] Enabled gateways, filtered by woocommerce_available_payment_gateways. */
	public function get_available_payment_gateways() {
		$available = array();
		foreach ( $this->payment_gateways as $gateway ) {
			if ( $gateway->is_available() ) {
				$available[ $gateway->id ] = $gateway;
			}
		}
		return array_filter( (array) apply_filters( 'woocommerce_available_payment_gateways', $available ), fn( $gateway ) => $gateway instanceof WC_Payment_Gateway );
	}

	/**
	 * Marks the session's chosen gateway (or the first) as chosen.
	 *
	 * @param WC_Payment_Gateway[] $gateways Available gateways.
	 */
	public function set_current_gateway( $gateways ) {
		if ( ! $gateways ) {
			return;
		}
		$chosen = WC()->session ? WC()->session->get( 'chosen_payment_method' ) : '';
		( $gateways[ $chosen ] ?? current( $gateways ) )->set_current();
	}
}
