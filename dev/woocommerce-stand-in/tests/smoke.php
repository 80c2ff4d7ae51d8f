<?php
/**
 * Smoke test of the WooCommerce stand-in, run inside a loaded WordPress where it is active:
 *
 *   php scripts/wp-run.php <site-dir> dev/woocommerce-stand-in/tests/smoke.php
 *
 * Creates a customer, products, an order with a line item and addresses; pays it, refunds it
 * partly then fully, checks hooks and their arguments, reads everything back, renders the
 * admin screens; then, as that customer, renders My account (with an endpoint added the
 * documented way), fills the cart, posts the checkout with cash on delivery and with check
 * payments, renders the order-received page, and sends an email registered through
 * woocommerce_email_classes (mail is captured with pre_wp_mail, never sent) and saves its settings
 * form; then deletes what it made. Prints one line per check and exits 1 on a failure.
 *
 * @package WooCommerceStandIn
 */

// phpcs:disable WordPress.PHP.DevelopmentFunctions, WordPress.DB.DirectDatabaseQuery

if ( ! defined( 'ABSPATH' ) ) {
	fwrite( STDERR, "Run inside WordPress: php scripts/wp-run.php <site-dir> " . __FILE__ . "\n" );
	exit( 2 );
}

$smoke = array( 'passed' => 0, 'failed' => 0 );

/**
 * Records one check.
 *
 * @param string $label What is checked.
 * @param bool   $ok    Result.
 * @param mixed  $got   Value shown on failure.
 */
function smoke_check( $label, $ok, $got = null ) {
	global $smoke;
	$smoke[ $ok ? 'passed' : 'failed' ]++;
	echo ( $ok ? 'ok   ' : 'FAIL ' ) . $label . ( $ok ? '' : ' — got ' . smoke_export( $got ) ) . "\n";
}

/**
 * Short printable form of a value (objects as Class#id).
 *
 * @param mixed $value Value.
 * @return string
 */
function smoke_export( $value ) {
	if ( is_object( $value ) ) {
		return get_class( $value ) . ( is_callable( array( $value, 'get_id' ) ) ? '#' . $value->get_id() : '' );
	}
	if ( is_array( $value ) ) {
		$parts = array();
		foreach ( $value as $key => $item ) {
			$parts[] = ( is_int( $key ) ? '' : $key . ': ' ) . smoke_export( $item );
		}
		return '[' . implode( ', ', $parts ) . ']';
	}
	return var_export( $value, true );
}

/**
 * Records a check that two values are identical.
 *
 * @param string $label    What is checked.
 * @param mixed  $expected Expected.
 * @param mixed  $actual   Actual.
 */
function smoke_same( $label, $expected, $actual ) {
	smoke_check( $label . ' = ' . smoke_export( $expected ), $expected === $actual, $actual );
}

if ( ! function_exists( 'WC' ) || ! class_exists( 'WooCommerce' ) ) {
	fwrite( STDERR, "The WooCommerce stand-in is not active on this site.\n" );
	exit( 1 );
}
add_filter( 'doing_it_wrong_trigger_error', '__return_false' ); // The out-of-hook declare_compatibility() call below is meant to be wrong.
wp_set_current_user( (int) current( get_users( array( 'role' => 'administrator', 'fields' => 'ID', 'number' => 1 ) ) ) );

// Mail is captured, never sent (tests hook pre_wp_mail).
$smoke_mails = array();
add_filter(
	'pre_wp_mail',
	function ( $short_circuit, $atts ) {
		$GLOBALS['smoke_mails'][] = $atts;
		return true;
	},
	10,
	2
);

// An email the way a plugin adds one: a WC_Email subclass through woocommerce_email_classes, its
// template in the plugin's own folder, triggered by a transactional email action.
define( 'SMOKE_TEMPLATES', trailingslashit( sys_get_temp_dir() ) . 'wcsi-smoke-templates-' . getmypid() . '/' );
wp_mkdir_p( SMOKE_TEMPLATES . 'emails' );
file_put_contents( SMOKE_TEMPLATES . 'emails/smoke-perks.php', "<?php do_action( 'woocommerce_email_header', \$email_heading, \$email ); ?>\n<p id=\"smoke-perks-body\">Perks of order <?php echo esc_html( \$order->get_order_number() ); ?>.</p>\n<?php do_action( 'woocommerce_email_footer', \$email ); ?>\n" ); // phpcs:ignore WordPress.WP.AlternativeFunctions

/**
 * Smoke email: sent to the customer when a checkout order goes from pending to processing.
 */
class Smoke_Perks_Email extends WC_Email {

	/** Id, texts, template and trigger. */
	public function __construct() {
		$this->id             = 'smoke_perks';
		$this->title          = 'Smoke perks';
		$this->description    = 'Sent by the stand-in smoke test.';
		$this->customer_email = true;
		$this->subject        = '[{site_title}] Perks for order #{order_number}';
		$this->heading        = 'Perks for order #{order_number}';
		$this->template_html  = 'emails/smoke-perks.php';
		$this->template_base  = SMOKE_TEMPLATES;
		$this->placeholders   = array( '{order_number}' => '' );
		add_action( 'woocommerce_order_status_pending_to_processing_notification', array( $this, 'trigger' ), 10, 2 );
		parent::__construct();
	}

	/**
	 * Sends for checkout orders.
	 *
	 * @param int           $order_id Order id.
	 * @param WC_Order|null $order    Order.
	 */
	public function trigger( $order_id, $order = null ) {
		$order = $order instanceof WC_Order ? $order : wc_get_order( $order_id );
		if ( ! $order || 'checkout' !== $order->get_created_via() ) {
			return;
		}
		$this->object                         = $order;
		$this->recipient                      = $order->get_billing_email();
		$this->placeholders['{order_number}'] = $order->get_order_number();
		if ( $this->is_enabled() && $this->get_recipient() ) {
			$this->send( $this->get_recipient(), $this->get_subject(), $this->get_content(), $this->get_headers(), $this->get_attachments() );
		}
	}

	/** @return string The template from the plugin's folder. */
	public function get_content_html() {
		return wc_get_template_html( $this->template_html, array( 'order' => $this->object, 'email_heading' => $this->get_heading(), 'email' => $this ), '', $this->template_base );
	}
}
add_filter(
	'woocommerce_email_classes',
	function ( $emails ) {
		$emails['Smoke_Perks_Email'] = new Smoke_Perks_Email();
		return $emails;
	}
);

/**
 * Thrown by the wp_redirect filter, so a handler's redirect-and-exit comes back to the test
 * (an Error, so WooCommerce-style catch ( Exception ) blocks let it through).
 */
class Smoke_Redirect extends Error {}

// Hook recorder: every call with its arguments, in order.
$smoke_hooks = array();
foreach ( array( 'woocommerce_new_order' => 2, 'woocommerce_update_order' => 2, 'woocommerce_order_status_processing' => 3, 'woocommerce_order_status_refunded' => 3, 'woocommerce_order_status_changed' => 4, 'woocommerce_order_status_pending_to_processing' => 2, 'woocommerce_pre_payment_complete' => 2, 'woocommerce_payment_complete' => 2, 'woocommerce_order_refunded' => 2, 'woocommerce_order_partially_refunded' => 2, 'woocommerce_order_fully_refunded' => 2, 'woocommerce_new_product' => 2, 'woocommerce_new_customer' => 2, 'woocommerce_new_order_item' => 3, 'woocommerce_order_note_added' => 2, 'add_meta_boxes' => 2, 'woocommerce_order_status_pending_to_on-hold' => 2, 'woocommerce_checkout_order_processed' => 3, 'woocommerce_checkout_create_order_line_item' => 4, 'woocommerce_thankyou' => 1, 'woocommerce_add_to_cart' => 6, 'woocommerce_email_sent' => 3 ) as $smoke_hook => $smoke_args ) {
	add_action(
		$smoke_hook,
		function ( ...$args ) use ( $smoke_hook ) {
			$GLOBALS['smoke_hooks'][] = array( $smoke_hook, $args );
		},
		10,
		$smoke_args
	);
}
$smoke_calls = function ( $hook ) {
	return array_values( array_map( fn( $c ) => $c[1], array_filter( $GLOBALS['smoke_hooks'], fn( $c ) => $c[0] === $hook ) ) );
};
$smoke_order_of = function ( $hook ) {
	return array_search( $hook, array_column( $GLOBALS['smoke_hooks'], 0 ), true );
};

echo "-- bootstrap\n";
smoke_same( 'WC()->version', '10.3.0', WC()->version );
smoke_same( 'WC_VERSION', '10.3.0', WC_VERSION );
smoke_check( 'WC() is the WooCommerce instance', WC() instanceof WooCommerce && WC() === WooCommerce::instance() );
smoke_check( 'woocommerce_loaded and woocommerce_init fired', did_action( 'woocommerce_loaded' ) && did_action( 'woocommerce_init' ) && did_action( 'before_woocommerce_init' ) );
smoke_same( 'get_woocommerce_currency()', 'USD', get_woocommerce_currency() );
smoke_check( 'currencies include EUR and JPY', isset( get_woocommerce_currencies()['EUR'], get_woocommerce_currencies()['JPY'] ) );
smoke_same( 'wc_get_price_decimals()', 2, wc_get_price_decimals() );
smoke_same( 'wc_price(1234.5)', '<span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">$</span>1,234.50</bdi></span>', wc_price( 1234.5 ) );
smoke_check( 'wc_price in EUR uses €', false !== strpos( wc_price( -3, array( 'currency' => 'EUR' ) ), '-<span class="woocommerce-Price-currencySymbol">€</span>3.00' ), wc_price( -3, array( 'currency' => 'EUR' ) ) );
smoke_same( 'order statuses', array( 'wc-pending', 'wc-processing', 'wc-on-hold', 'wc-completed', 'wc-cancelled', 'wc-refunded', 'wc-failed' ), array_keys( wc_get_order_statuses() ) );
smoke_check( 'wc_is_order_status', wc_is_order_status( 'wc-processing' ) && ! wc_is_order_status( 'processing' ) );
smoke_check( 'HPOS enabled by option', Automattic\WooCommerce\Utilities\OrderUtil::custom_orders_table_usage_is_enabled() );
smoke_same( 'declare_compatibility outside before_woocommerce_init', false, Automattic\WooCommerce\Utilities\FeaturesUtil::declare_compatibility( 'custom_order_tables', WC_PLUGIN_FILE ) );
$smoke_declared = null;
add_action( 'before_woocommerce_init', function () use ( &$smoke_declared ) {
	$smoke_declared = Automattic\WooCommerce\Utilities\FeaturesUtil::declare_compatibility( 'custom_order_tables', WC_PLUGIN_FILE, true );
} );
do_action( 'before_woocommerce_init' );
smoke_same( 'declare_compatibility inside before_woocommerce_init', true, $smoke_declared );
smoke_check( 'shop_manager role has WooCommerce caps', get_role( 'shop_manager' ) && get_role( 'shop_manager' )->has_cap( 'manage_woocommerce' ) && get_role( 'shop_manager' )->has_cap( 'edit_shop_orders' ) && get_role( 'shop_manager' )->has_cap( 'view_woocommerce_reports' ) );
smoke_check( 'customer role can read', get_role( 'customer' ) && get_role( 'customer' )->has_cap( 'read' ) );
smoke_check( 'administrator has manage_woocommerce', get_role( 'administrator' )->has_cap( 'manage_woocommerce' ) );

echo "-- customer\n";
$smoke_email = 'smoke-' . wp_generate_password( 8, false ) . '@example.com';
$customer    = new WC_Customer();
$customer->set_email( $smoke_email );
$customer->set_first_name( 'Ada' );
$customer->set_last_name( 'Lovelace' );
$customer->set_billing_first_name( 'Ada' );
$customer->set_billing_last_name( 'Lovelace' );
$customer->set_billing_email( $smoke_email );
$customer->set_shipping_address_1( '12 Analytical Row' );
$customer->set_shipping_city( 'London' );
$customer->set_shipping_country( 'GB' );
$customer->update_meta_data( '_smoke', 'yes' );
$customer_id = $customer->save();
smoke_check( 'customer saved', $customer_id > 0 && get_user_by( 'id', $customer_id ) instanceof WP_User, $customer_id );
smoke_same( 'woocommerce_new_customer args', array( $customer_id, $customer ), $smoke_calls( 'woocommerce_new_customer' )[0] ?? null );
smoke_same( 'user meta shipping_address_1', '12 Analytical Row', get_user_meta( $customer_id, 'shipping_address_1', true ) );
smoke_check( 'new user has role customer', in_array( 'customer', get_user_by( 'id', $customer_id )->roles, true ) );
update_user_meta( $customer_id, 'shipping_postcode', 'N1 9GU' );
$customer = new WC_Customer( $customer_id );
smoke_same( 'get_email', $smoke_email, $customer->get_email() );
smoke_same( 'get_first_name', 'Ada', $customer->get_first_name() );
smoke_same( 'get_shipping() reads user meta', array( 'first_name' => '', 'last_name' => '', 'company' => '', 'address_1' => '12 Analytical Row', 'address_2' => '', 'city' => 'London', 'postcode' => 'N1 9GU', 'country' => 'GB', 'state' => '', 'phone' => '' ), $customer->get_shipping() );
smoke_same( 'get_billing_email', $smoke_email, $customer->get_billing_email() );
smoke_same( 'customer get_meta', 'yes', $customer->get_meta( '_smoke' ) );
smoke_same( 'unknown user gives id 0', 0, ( new WC_Customer( 99999999 ) )->get_id() );
smoke_check( 'WC()->customer: null (admin, cron, CLI, REST) or a WC_Customer (front end, guest here)', null === WC()->customer || ( WC()->customer instanceof WC_Customer && 0 === WC()->customer->get_id() ), WC()->customer );

echo "-- products\n";
$smoke_sku = 'SMOKE-' . wp_generate_password( 6, false );
$product   = new WC_Product_Simple();
$product->set_name( 'Smoke premium' );
$product->set_regular_price( '20' );
$product->set_sku( $smoke_sku );
$product->set_virtual( true );
$product->update_meta_data( '_smoke_flag', 'yes' );
$product_id = $product->save();
smoke_check( 'product saved', $product_id > 0 && 'product' === get_post_type( $product_id ), $product_id );
smoke_same( 'woocommerce_new_product args', array( $product_id, $product ), $smoke_calls( 'woocommerce_new_product' )[0] ?? null );
smoke_same( 'postmeta _price follows the regular price', '20', get_post_meta( $product_id, '_price', true ) );
smoke_same( 'postmeta _virtual', 'yes', get_post_meta( $product_id, '_virtual', true ) );
smoke_same( 'product_type term', array( 'simple' ), wp_get_object_terms( $product_id, 'product_type', array( 'fields' => 'slugs' ) ) );
$product = wc_get_product( $product_id );
smoke_check( 'wc_get_product gives WC_Product_Simple', $product instanceof WC_Product_Simple, $product );
smoke_same( 'get_price', '20', $product->get_price() );
smoke_same( 'get_sku', $smoke_sku, $product->get_sku() );
smoke_check( 'is_virtual, is_purchasable, is_type(simple)', $product->is_virtual() && $product->is_purchasable() && $product->is_type( 'simple' ) && $product->is_type( array( 'variable', 'simple' ) ) );
smoke_same( 'product get_meta', 'yes', $product->get_meta( '_smoke_flag' ) );
smoke_same( 'get_meta on an internal key gives the prop', '20', $product->get_meta( '_price' ) );
smoke_check( 'internal keys are not meta', ! in_array( '_price', wp_list_pluck( $product->get_meta_data(), 'key' ), true ) );
try {
	$dupe = new WC_Product_Simple();
	$dupe->set_sku( $smoke_sku );
	smoke_check( 'duplicate SKU throws', false );
} catch ( WC_Data_Exception $e ) {
	smoke_same( 'duplicate SKU throws', 'product_invalid_sku', $e->getErrorCode() );
}
$variable = new WC_Product_Variable();
$variable->set_name( 'Smoke gift' );
$variable_id = $variable->save();
$variation   = new WC_Product_Variation();
$variation->set_parent_id( $variable_id );
$variation->set_attributes( array( 'pa_colour' => 'blue' ) );
$variation->set_regular_price( '0' );
$variation_id = $variation->save();
$variation    = wc_get_product( $variation_id );
smoke_check( 'variation read back', $variation instanceof WC_Product_Variation && $variation->get_parent_id() === $variable_id, $variation );
smoke_same( 'variation attributes', array( 'pa_colour' => 'blue' ), $variation->get_attributes() );
smoke_same( 'variation name', 'Smoke gift - blue', $variation->get_name() );
smoke_same( 'get_children', array( $variation_id ), wc_get_product( $variable_id )->get_children() );
smoke_check( 'wc_get_product(variable) is WC_Product_Variable', wc_get_product( $variable_id ) instanceof WC_Product_Variable );
smoke_check( 'wc_get_products by include and type', array( $product_id ) === wc_get_products( array( 'include' => array( $product_id, $variable_id ), 'type' => 'simple', 'return' => 'ids' ) ) );
smoke_same( 'wc_get_product(missing)', false, wc_get_product( 99999999 ) );

echo "-- order\n";
$smoke_hooks = array();
$order       = wc_create_order( array( 'customer_id' => $customer_id, 'created_via' => 'smoke' ) );
smoke_check( 'wc_create_order gives a saved WC_Order', $order instanceof WC_Order && $order->get_id() > 0, $order );
$order_id = $order->get_id();
smoke_same( 'new order status', 'pending', $order->get_status() );
smoke_same( 'woocommerce_new_order args', array( array( $order_id, $order ) ), $smoke_calls( 'woocommerce_new_order' ) );
$item_id = $order->add_product( $product, 2 );
smoke_check( 'add_product returns the item id', is_int( $item_id ) && $item_id > 0, $item_id );
smoke_same( 'woocommerce_new_order_item args', array( $item_id, $order->get_item( $item_id, false ), $order_id ), $smoke_calls( 'woocommerce_new_order_item' )[0] ?? null );
$order->set_address( array( 'first_name' => 'Ada', 'last_name' => 'Lovelace', 'address_1' => '1 Billing St', 'city' => 'London', 'postcode' => 'EC1', 'country' => 'GB', 'phone' => '0123' ), 'billing' );
$order->set_address( array( 'first_name' => 'Ada', 'last_name' => 'Lovelace', 'address_1' => '12 Analytical Row', 'city' => 'London', 'country' => 'GB' ), 'shipping' );
$order->update_meta_data( '_smoke_link', 'smoke-' . $order_id );
smoke_same( 'calculate_totals', '40.00', $order->calculate_totals() );
smoke_same( 'woocommerce_update_order fired by the save in calculate_totals', array( array( $order_id, $order ) ), $smoke_calls( 'woocommerce_update_order' ) );

$order = wc_get_order( $order_id );
smoke_check( 'wc_get_order reads it back', $order instanceof WC_Order );
smoke_same( 'get_total', '40.00', $order->get_total() );
smoke_same( 'get_currency', 'USD', $order->get_currency() );
smoke_same( 'get_customer_id', $customer_id, $order->get_customer_id() );
smoke_same( 'billing email taken from the customer account', $smoke_email, $order->get_billing_email() );
smoke_same( 'get_created_via', 'smoke', $order->get_created_via() );
smoke_same( 'get_formatted_billing_full_name', 'Ada Lovelace', $order->get_formatted_billing_full_name() );
smoke_same( 'get_shipping_address_1', '12 Analytical Row', $order->get_shipping_address_1() );
smoke_same( 'get_address(billing)[phone]', '0123', $order->get_address( 'billing' )['phone'] );
smoke_same( 'get_meta', 'smoke-' . $order_id, $order->get_meta( '_smoke_link' ) );
smoke_same( 'get_order_number', (string) $order_id, $order->get_order_number() );
smoke_check( 'get_date_created is a WC_DateTime', $order->get_date_created() instanceof WC_DateTime && abs( $order->get_date_created()->getTimestamp() - time() ) < 60 );
smoke_same( 'get_edit_order_url', admin_url( 'admin.php?page=wc-orders&action=edit&id=' . $order_id ), $order->get_edit_order_url() );
$smoke_hpos = get_option( 'woocommerce_custom_orders_table_enabled' );
update_option( 'woocommerce_custom_orders_table_enabled', 'no' );
smoke_same( 'HPOS off: edit URL is post.php like WooCommerce', admin_url( 'post.php?post=' . $order_id ) . '&action=edit', $order->get_edit_order_url() );
smoke_same( 'HPOS off: order screen id', array( 'shop_order', 'shop_order' ), array( wc_get_page_screen_id( 'shop-order' ), Automattic\WooCommerce\Utilities\OrderUtil::get_order_admin_screen() ) );
update_option( 'woocommerce_custom_orders_table_enabled', $smoke_hpos );
smoke_same( 'HPOS on: order screen id', 'woocommerce_page_wc-orders', wc_get_page_screen_id( 'shop-order' ) );
smoke_same( 'get_date_paid before payment', null, $order->get_date_paid() );
smoke_check( 'not paid yet', ! $order->is_paid() );
$items = $order->get_items();
smoke_same( 'get_items keys', array( $item_id ), array_keys( $items ) );
$item = $items[ $item_id ];
smoke_check( 'item is WC_Order_Item_Product', $item instanceof WC_Order_Item_Product );
smoke_same( 'item get_order_id', $order_id, $item->get_order_id() );
smoke_same( 'item get_product_id', $product_id, $item->get_product_id() );
smoke_same( 'item get_variation_id', 0, $item->get_variation_id() );
smoke_same( 'item get_quantity', 2, $item->get_quantity() );
smoke_same( 'item get_subtotal', '40', $item->get_subtotal() );
smoke_same( 'item get_total', '40', $item->get_total() );
smoke_same( 'item get_name', 'Smoke premium', $item->get_name() );
smoke_same( 'item get_product', $product_id, $item->get_product() ? $item->get_product()->get_id() : null );
$item->update_meta_data( '_smoke_ids', array( 1, 2 ) );
$item->save();
smoke_same( 'item meta round trip', array( 1, 2 ), $order->get_item( $item_id )->get_meta( '_smoke_ids' ) );
smoke_same( 'itemmeta _line_total', '40', get_metadata( 'order_item', $item_id, '_line_total', true ) );
$smoke_gift_item = $order->add_product( $variation, 1, array( 'subtotal' => 0, 'total' => 0 ) );
smoke_same( 'add_product with args sets subtotal and total', array( '0', '0' ), array( $order->get_item( $smoke_gift_item )->get_subtotal(), $order->get_item( $smoke_gift_item )->get_total() ) );
smoke_same( 'variation item ids', array( $variable_id, $variation_id ), array( $order->get_item( $smoke_gift_item )->get_product_id(), $order->get_item( $smoke_gift_item )->get_variation_id() ) );
smoke_same( 'variation attributes become item meta', 'blue', $order->get_item( $smoke_gift_item )->get_meta( 'pa_colour' ) );
$order->get_item( $smoke_gift_item )->delete();
smoke_same( 'deleted item is gone', false, $order->get_item( $smoke_gift_item ) );

echo "-- queries\n";
smoke_same( 'wc_get_orders by customer_id', array( $order_id ), wc_get_orders( array( 'customer_id' => $customer_id, 'return' => 'ids' ) ) );
smoke_same( 'wc_get_orders by status pending', true, in_array( $order_id, wc_get_orders( array( 'status' => 'pending', 'limit' => -1, 'return' => 'ids' ) ), true ) );
smoke_same( 'wc_get_orders by status wc-processing', array(), wc_get_orders( array( 'customer_id' => $customer_id, 'status' => 'wc-processing', 'return' => 'ids' ) ) );
smoke_same( 'wc_get_orders by meta_key/meta_value', array( $order_id ), wc_get_orders( array( 'meta_key' => '_smoke_link', 'meta_value' => 'smoke-' . $order_id, 'return' => 'ids' ) ) ); // phpcs:ignore WordPress.DB.SlowDBQuery
$smoke_objects = wc_get_orders( array( 'customer' => $smoke_email ) );
smoke_check( 'wc_get_orders by customer email returns objects', 1 === count( $smoke_objects ) && $smoke_objects[0] instanceof WC_Order && $smoke_objects[0]->get_id() === $order_id, $smoke_objects );
$smoke_page = wc_get_orders( array( 'customer_id' => $customer_id, 'paginate' => true, 'limit' => 1 ) );
smoke_check( 'wc_get_orders paginate', 1 === $smoke_page->total && 1 === $smoke_page->max_num_pages && 1 === count( $smoke_page->orders ), $smoke_page );
smoke_same( 'wc_get_order(missing)', false, wc_get_order( 99999999 ) );

echo "-- payment\n";
$smoke_hooks = array();
smoke_same( 'payment_complete', true, $order->payment_complete( 'txn_smoke' ) );
$order = wc_get_order( $order_id );
smoke_same( 'status after payment_complete (item not virtual+downloadable)', 'processing', $order->get_status() );
smoke_check( 'is_paid', $order->is_paid() );
smoke_same( 'get_transaction_id', 'txn_smoke', $order->get_transaction_id() );
smoke_check( 'get_date_paid set', $order->get_date_paid() instanceof WC_DateTime );
smoke_same( 'woocommerce_pre_payment_complete args', array( array( $order_id, 'txn_smoke' ) ), $smoke_calls( 'woocommerce_pre_payment_complete' ) );
smoke_same( 'woocommerce_payment_complete args', array( array( $order_id, 'txn_smoke' ) ), $smoke_calls( 'woocommerce_payment_complete' ) );
$smoke_status = $smoke_calls( 'woocommerce_order_status_processing' );
smoke_check( 'woocommerce_order_status_processing (id, order, transition)', 1 === count( $smoke_status ) && $order_id === $smoke_status[0][0] && $smoke_status[0][1] instanceof WC_Order && array( 'from' => 'pending', 'to' => 'processing', 'note' => '', 'manual' => false ) === $smoke_status[0][2], $smoke_status );
$smoke_changed = $smoke_calls( 'woocommerce_order_status_changed' );
smoke_check( 'woocommerce_order_status_changed (id, from, to, order)', 1 === count( $smoke_changed ) && array( $order_id, 'pending', 'processing' ) === array_slice( $smoke_changed[0], 0, 3 ) && $smoke_changed[0][3] instanceof WC_Order, $smoke_changed );
smoke_same( 'woocommerce_order_status_pending_to_processing fired', 1, count( $smoke_calls( 'woocommerce_order_status_pending_to_processing' ) ) );
smoke_check( 'hook order: pre_payment < update_order < status_processing < status_changed < payment_complete', $smoke_order_of( 'woocommerce_pre_payment_complete' ) < $smoke_order_of( 'woocommerce_update_order' ) && $smoke_order_of( 'woocommerce_update_order' ) < $smoke_order_of( 'woocommerce_order_status_processing' ) && $smoke_order_of( 'woocommerce_order_status_processing' ) < $smoke_order_of( 'woocommerce_order_status_changed' ) && $smoke_order_of( 'woocommerce_order_status_changed' ) < $smoke_order_of( 'woocommerce_payment_complete' ), array_column( $smoke_hooks, 0 ) );
smoke_same( 'payment_complete again is a no-op for the status', 'processing', ( function () use ( $order_id ) {
	$o = wc_get_order( $order_id );
	$o->payment_complete();
	return wc_get_order( $order_id )->get_status();
} )() );

echo "-- notes\n";
$smoke_note_id = $order->add_order_note( 'Thanks for your order', 1 );
$smoke_notes   = wc_get_order_notes( array( 'order_id' => $order_id ) );
smoke_check( 'wc_get_order_notes has the transition note', in_array( 'Order status changed from Pending payment to Processing.', wp_list_pluck( $smoke_notes, 'content' ), true ), wp_list_pluck( $smoke_notes, 'content' ) );
smoke_same( 'newest note first, customer note flag', array( $smoke_note_id, true, 'Thanks for your order' ), array( $smoke_notes[0]->id, $smoke_notes[0]->customer_note, $smoke_notes[0]->content ) );
smoke_same( 'customer notes only', array( $smoke_note_id ), wp_list_pluck( wc_get_order_notes( array( 'order_id' => $order_id, 'type' => 'customer' ) ), 'id' ) );
smoke_same( 'notes are comments of type order_note', 'order_note', get_comment( $smoke_note_id )->comment_type );
smoke_same( 'notes hidden from normal comment queries', array(), get_comments( array( 'post_id' => $order_id, 'fields' => 'ids' ) ) );

echo "-- refunds\n";
$smoke_hooks = array();
$refund      = wc_create_refund( array( 'amount' => '20', 'reason' => 'Smoke partial', 'order_id' => $order_id, 'line_items' => array( $item_id => array( 'qty' => 1, 'refund_total' => 20 ) ) ) );
smoke_check( 'wc_create_refund gives WC_Order_Refund', $refund instanceof WC_Order_Refund, $refund );
$refund_id = $refund->get_id();
smoke_same( 'refund get_amount', '20', $refund->get_amount() );
smoke_same( 'refund get_reason', 'Smoke partial', $refund->get_reason() );
smoke_same( 'refund get_parent_id', $order_id, $refund->get_parent_id() );
smoke_same( 'refund total is negative', '-20.00', $refund->get_total() );
smoke_same( 'woocommerce_order_partially_refunded args', array( array( $order_id, $refund_id ) ), $smoke_calls( 'woocommerce_order_partially_refunded' ) );
smoke_same( 'woocommerce_order_refunded args', array( array( $order_id, $refund_id ) ), $smoke_calls( 'woocommerce_order_refunded' ) );
smoke_same( 'no fully_refunded yet', array(), $smoke_calls( 'woocommerce_order_fully_refunded' ) );
$refund = wc_get_order( $refund_id );
smoke_check( 'wc_get_order(refund id) is a WC_Order_Refund', $refund instanceof WC_Order_Refund );
$smoke_ritems = $refund->get_items();
$smoke_ritem  = current( $smoke_ritems );
smoke_check( 'refund line: qty -1, total -20, _refunded_item_id', 1 === count( $smoke_ritems ) && -1 === $smoke_ritem->get_quantity() && '-20' === $smoke_ritem->get_total() && $item_id === (int) $smoke_ritem->get_meta( '_refunded_item_id' ), $smoke_ritem ? array( $smoke_ritem->get_quantity(), $smoke_ritem->get_total(), $smoke_ritem->get_meta( '_refunded_item_id' ) ) : null );
$order = wc_get_order( $order_id );
smoke_same( 'order status after partial refund', 'processing', $order->get_status() );
smoke_same( 'get_total_refunded', 20.0, $order->get_total_refunded() );
smoke_same( 'get_refunds', array( $refund_id ), array_map( fn( $r ) => $r->get_id(), $order->get_refunds() ) );
smoke_same( 'get_qty_refunded_for_item', -1, $order->get_qty_refunded_for_item( $item_id ) );
smoke_same( 'get_total_refunded_for_item', 20.0, $order->get_total_refunded_for_item( $item_id ) );
smoke_same( 'get_remaining_refund_amount', '20.00', $order->get_remaining_refund_amount() );
smoke_check( 'too large a refund is a WP_Error', is_wp_error( wc_create_refund( array( 'amount' => 25, 'order_id' => $order_id ) ) ) );
smoke_check( 'refund_payment without a gateway is a WP_Error, no refund left', is_wp_error( wc_create_refund( array( 'amount' => 1, 'order_id' => $order_id, 'refund_payment' => true ) ) ) && 1 === count( wc_get_order( $order_id )->get_refunds() ) );
$smoke_hooks = array();
$refund2     = wc_create_refund( array( 'amount' => 20, 'reason' => 'Smoke rest', 'order_id' => $order_id ) );
smoke_check( 'second refund', $refund2 instanceof WC_Order_Refund, $refund2 );
smoke_same( 'woocommerce_order_fully_refunded args', array( array( $order_id, $refund2->get_id() ) ), $smoke_calls( 'woocommerce_order_fully_refunded' ) );
smoke_same( 'full refund sets refunded', 'refunded', wc_get_order( $order_id )->get_status() );
smoke_same( 'woocommerce_order_status_refunded fired once', 1, count( $smoke_calls( 'woocommerce_order_status_refunded' ) ) );
smoke_same( 'no extra refund from the refunded status', 2, count( wc_get_order( $order_id )->get_refunds() ) );
smoke_same( 'wc_get_orders refunds by parent', 2, count( wc_get_orders( array( 'type' => 'shop_order_refund', 'parent' => $order_id, 'limit' => -1, 'return' => 'ids' ) ) ) );

echo "-- status edge cases\n";
$order2 = wc_create_order( array( 'status' => 'on-hold' ) );
smoke_same( 'wc_create_order with a status', 'on-hold', wc_get_order( $order2->get_id() )->get_status() );
$order2->set_status( 'bogus' );
smoke_same( 'unknown status becomes pending', 'pending', $order2->get_status() );
echo "(a logged 'Status transition of order … errored! handler failed' line is expected next)\n";
add_action( 'woocommerce_order_status_completed', $smoke_thrower = function () {
	throw new Exception( 'handler failed' );
} );
smoke_same( 'update_status survives a throwing handler', true, $order2->update_status( 'completed', 'Smoke.' ) );
remove_action( 'woocommerce_order_status_completed', $smoke_thrower );
smoke_same( 'status saved despite the handler', 'completed', wc_get_order( $order2->get_id() )->get_status() );
smoke_check( 'the error became an order note', (bool) array_filter( wp_list_pluck( wc_get_order_notes( array( 'order_id' => $order2->get_id() ) ), 'content' ), fn( $c ) => false !== strpos( $c, 'handler failed' ) ) );
smoke_check( 'completed sets date_completed and date_paid', wc_get_order( $order2->get_id() )->get_date_completed() && wc_get_order( $order2->get_id() )->get_date_paid() );

echo "-- transactions\n";
global $wpdb;
$wpdb->query( 'START TRANSACTION' );
$smoke_rolled = wc_create_order();
$wpdb->query( 'ROLLBACK' );
smoke_same( 'an order created in a rolled-back transaction is gone', false, wc_get_order( $smoke_rolled->get_id() ) );

echo "-- storage\n";
$smoke_row = $wpdb->get_row( $wpdb->prepare( "SELECT status, type, currency, total_amount FROM {$wpdb->prefix}wc_orders WHERE id = %d", $order_id ), ARRAY_A );
smoke_same( 'wc_orders row', array( 'status' => 'wc-refunded', 'type' => 'shop_order', 'currency' => 'USD', 'total_amount' => '40.00000000' ), $smoke_row );
smoke_same( 'wc_order_addresses rows', array( 'billing', 'shipping' ), $wpdb->get_col( $wpdb->prepare( "SELECT address_type FROM {$wpdb->prefix}wc_order_addresses WHERE order_id = %d ORDER BY address_type", $order_id ) ) );
smoke_same( 'wc_orders_meta row', 'smoke-' . $order_id, $wpdb->get_var( $wpdb->prepare( "SELECT meta_value FROM {$wpdb->prefix}wc_orders_meta WHERE order_id = %d AND meta_key = '_smoke_link'", $order_id ) ) );
smoke_same( 'order id reserved by a placeholder post', 'shop_order_placehold', get_post_type( $order_id ) );

echo "-- admin\n";
require_once ABSPATH . 'wp-admin/includes/admin.php';
require_once WC_ABSPATH . 'includes/admin/class-wc-stand-in-admin.php';
set_current_screen( 'woocommerce_page_wc-orders' );
$_GET         = array( 'page' => 'wc-orders', 'action' => 'edit', 'id' => (string) $order_id );
$smoke_hooks  = array();
add_action( 'add_meta_boxes', function ( $screen_id, $o ) {
	add_meta_box( 'smoke-box', 'Smoke box', function ( $o ) {
		echo '<p id="smoke-box-content">order ' . (int) $o->get_id() . '</p>';
	}, $screen_id, 'side' );
}, 10, 2 );
WC_Stand_In_Admin::load_orders();
$smoke_mb = $smoke_calls( 'add_meta_boxes' );
smoke_check( 'add_meta_boxes fired with (woocommerce_page_wc-orders, order)', 1 === count( $smoke_mb ) && 'woocommerce_page_wc-orders' === $smoke_mb[0][0] && $smoke_mb[0][1] instanceof WC_Order && $order_id === $smoke_mb[0][1]->get_id(), $smoke_mb );
ob_start();
WC_Stand_In_Admin::render_orders();
$smoke_html = ob_get_clean();
smoke_check( 'edit screen shows the item, addresses, notes and the meta box', false !== strpos( $smoke_html, 'Smoke premium' ) && false !== strpos( $smoke_html, '12 Analytical Row' ) && false !== strpos( $smoke_html, 'Thanks for your order' ) && false !== strpos( $smoke_html, 'order ' . $order_id . '</p>' ), substr( wp_strip_all_tags( $smoke_html ), 0, 500 ) );
$_GET = array( 'page' => 'wc-orders' );
( new ReflectionProperty( 'WC_Stand_In_Admin', 'order' ) )->setValue( null, null );
ob_start();
WC_Stand_In_Admin::render_orders();
$smoke_html = ob_get_clean();
smoke_check( 'orders list shows the order with its number, status and total', false !== strpos( $smoke_html, '#' . $order_id . '</strong>' ) && false !== strpos( $smoke_html, 'Refunded' ) && false !== strpos( $smoke_html, '40.00' ), substr( wp_strip_all_tags( $smoke_html ), 0, 500 ) );

echo "-- pages and endpoints\n";
global $wp, $wp_rewrite;
foreach ( array( 'myaccount' => 'woocommerce_my_account', 'cart' => 'woocommerce_cart', 'checkout' => 'woocommerce_checkout' ) as $smoke_page => $smoke_tag ) {
	$smoke_page_id = wc_get_page_id( $smoke_page );
	smoke_check( "page {$smoke_page} (option woocommerce_{$smoke_page}_page_id) holds [{$smoke_tag}]", $smoke_page_id > 0 && 'publish' === get_post_status( $smoke_page_id ) && has_shortcode( get_post_field( 'post_content', $smoke_page_id ), $smoke_tag ) && (int) get_option( "woocommerce_{$smoke_page}_page_id" ) === $smoke_page_id, $smoke_page_id );
}
smoke_same( 'wc_get_page_permalink(myaccount)', get_permalink( wc_get_page_id( 'myaccount' ) ), wc_get_page_permalink( 'myaccount' ) );
smoke_same( 'wc_get_page_id(unknown) = -1', -1, wc_get_page_id( 'smoke-nothing' ) );
$smoke_account = wc_get_page_permalink( 'myaccount' );
$smoke_pretty  = (bool) get_option( 'permalink_structure' );
smoke_same( 'wc_get_account_endpoint_url(orders)', $smoke_pretty ? trailingslashit( $smoke_account ) . 'orders/' : add_query_arg( 'orders', '', $smoke_account ), wc_get_account_endpoint_url( 'orders' ) );
smoke_same( 'wc_get_account_endpoint_url(dashboard) is the page', $smoke_account, wc_get_account_endpoint_url( 'dashboard' ) );
smoke_check( 'customer-logout URL carries its nonce', false !== strpos( wc_get_account_endpoint_url( 'customer-logout' ), '_wpnonce=' . wp_create_nonce( 'customer-logout' ) ) );
$smoke_menu = array_keys( wc_get_account_menu_items() );
smoke_same( "WooCommerce's default menu items, in order", array( 'dashboard', 'orders', 'edit-address', 'edit-account', 'customer-logout' ), array_values( array_intersect( $smoke_menu, array( 'dashboard', 'orders', 'edit-address', 'edit-account', 'customer-logout' ) ) ) );
smoke_check( 'WC()->query has the account and order-received endpoints', ! array_diff( array( 'orders', 'view-order', 'edit-address', 'edit-account', 'customer-logout', 'order-received' ), array_keys( WC()->query->get_query_vars() ) ) );
$smoke_rules = $wp_rewrite->rewrite_rules();
smoke_check( 'the saved rewrite rules have the orders endpoint (flushed on install)', (bool) array_filter( array_keys( (array) get_option( 'rewrite_rules' ) ), fn( $r ) => false !== strpos( $r, '/orders(/(.*))?/?$' ) ) );

// A plugin's endpoint, the documented way.
add_filter(
	'woocommerce_get_query_vars',
	function ( $vars ) {
		$vars['smoke-perks'] = 'smoke-perks';
		return $vars;
	}
);
add_rewrite_endpoint( 'smoke-perks', EP_ROOT | EP_PAGES ); // A plugin does this on init, which has run.
add_filter(
	'woocommerce_account_menu_items',
	function ( $items ) {
		$logout = array_slice( $items, -1, 1, true );
		return array_slice( $items, 0, -1, true ) + array( 'smoke-perks' => 'Smoke perks' ) + $logout;
	}
);
add_action(
	'woocommerce_account_smoke-perks_endpoint',
	function ( $value ) {
		echo '<p id="smoke-perks">perks [' . esc_html( $value ) . ']</p>';
	}
);
add_filter( 'woocommerce_endpoint_smoke-perks_title', fn() => 'Smoke perks title' );
$smoke_rules = $wp_rewrite->rewrite_rules(); // Generated, not saved: the site's rules stay as they are.
smoke_check( 'rewrite rule for the endpoint on pages (EP_PAGES)', false !== strpos( $smoke_rules['(.?.+?)/smoke-perks(/(.*))?/?$'] ?? '', '&smoke-perks=' ), $smoke_rules['(.?.+?)/smoke-perks(/(.*))?/?$'] ?? null );
smoke_check( 'rewrite rule for the endpoint at the root (EP_ROOT)', isset( $smoke_rules['smoke-perks(/(.*))?/?$'] ), array_slice( array_keys( $smoke_rules ), 0, 5 ) );
smoke_same( 'the endpoint is a public query var', true, in_array( 'smoke-perks', WC()->query->add_query_vars( array() ), true ) );
smoke_same( 'its URL', $smoke_pretty ? trailingslashit( $smoke_account ) . 'smoke-perks/' : add_query_arg( 'smoke-perks', '', $smoke_account ), wc_get_account_endpoint_url( 'smoke-perks' ) );
smoke_same( 'menu: the endpoint before Log out', array( 'smoke-perks', 'customer-logout' ), array_slice( array_keys( wc_get_account_menu_items() ), -2 ) );

echo "-- my account\n";
wp_set_current_user( $customer_id );
WC()->session  = null; // phpcs:ignore -- a new session, cart and customer for the customer now logged in.
WC()->cart     = null;
WC()->customer = null;
wc_load_cart();
smoke_check( 'wc_load_cart(): WC()->session, ->cart, ->customer', WC()->session instanceof WC_Session_Handler && WC()->cart instanceof WC_Cart && WC()->customer instanceof WC_Customer && $customer_id === WC()->customer->get_id() );
smoke_same( 'the session key is the user id', (string) $customer_id, WC()->session->get_customer_id() );
$smoke_query_vars = $wp->query_vars;
$smoke_account_at = function ( $query_vars ) {
	global $wp;
	$wp->query_vars = array_merge( array( 'pagename' => 'my-account' ), $query_vars );
	WC()->query->parse_request();
	return do_shortcode( '[woocommerce_my_account]' );
};
$smoke_html = $smoke_account_at( array( 'page' => '' ) );
smoke_check( 'dashboard: <div class="woocommerce"> with the navigation and content', 0 === strpos( $smoke_html, '<div class="woocommerce">' ) && false !== strpos( $smoke_html, '<nav class="woocommerce-MyAccount-navigation" aria-label="Account pages">' ) && false !== strpos( $smoke_html, '<div class="woocommerce-MyAccount-content">' ), substr( $smoke_html, 0, 300 ) );
smoke_check( 'navigation links: Orders, Addresses, Account details, the endpoint, Log out', false !== strpos( $smoke_html, 'href="' . esc_url( wc_get_account_endpoint_url( 'orders' ) ) . '">Orders</a>' ) && false !== strpos( $smoke_html, '>Addresses</a>' ) && false !== strpos( $smoke_html, '>Account details</a>' ) && false !== strpos( $smoke_html, 'href="' . esc_url( wc_get_account_endpoint_url( 'smoke-perks' ) ) . '">Smoke perks</a>' ) && false !== strpos( $smoke_html, '>Log out</a>' ), wp_strip_all_tags( $smoke_html ) );
smoke_check( 'dashboard is the current item and greets the customer', false !== strpos( $smoke_html, 'navigation-link--dashboard is-active' ) && false !== strpos( $smoke_html, 'Hello <strong>' ) );
$smoke_html = $smoke_account_at( array( 'smoke-perks' => '7' ) );
smoke_check( 'custom endpoint: woocommerce_account_smoke-perks_endpoint fired with its value inside the content', false !== strpos( $smoke_html, '<div class="woocommerce-MyAccount-content">' ) && false !== strpos( $smoke_html, '<p id="smoke-perks">perks [7]</p>' ) && false === strpos( $smoke_html, 'Hello <strong>' ), wp_strip_all_tags( $smoke_html ) );
smoke_check( 'custom endpoint: is_wc_endpoint_url, current endpoint, active menu item, title', is_wc_endpoint_url( 'smoke-perks' ) && is_wc_endpoint_url() && ! is_wc_endpoint_url( 'orders' ) && 'smoke-perks' === WC()->query->get_current_endpoint() && false !== strpos( $smoke_html, 'navigation-link--smoke-perks is-active' ) && 'Smoke perks title' === WC()->query->get_endpoint_title( 'smoke-perks' ) );
$smoke_html = $smoke_account_at( array( 'orders' => '' ) );
smoke_check( 'orders endpoint: the earlier order, refunded', false !== strpos( $smoke_html, '>#' . $order_id . '</a>' ) && false !== strpos( $smoke_html, 'Refunded' ), wp_strip_all_tags( $smoke_html ) );
$smoke_no_orders = fn( $query ) => array_merge( $query, array( 'customer' => 99999999 ) );
add_filter( 'woocommerce_my_account_my_orders_query', $smoke_no_orders );
$smoke_html = $smoke_account_at( array( 'orders' => '' ) );
remove_filter( 'woocommerce_my_account_my_orders_query', $smoke_no_orders );
smoke_check( 'orders endpoint without orders (woocommerce_my_account_my_orders_query): "No order has been made yet."', false !== strpos( $smoke_html, 'No order has been made yet.' ), wp_strip_all_tags( $smoke_html ) );
$smoke_html = $smoke_account_at( array( 'edit-address' => '' ) );
smoke_check( 'edit-address: the addresses with their edit links', false !== strpos( $smoke_html, '12 Analytical Row' ) && false !== strpos( $smoke_html, 'Edit Shipping address' ), wp_strip_all_tags( $smoke_html ) );
$smoke_html = $smoke_account_at( array( 'edit-address' => 'shipping' ) );
smoke_check( 'edit-address/shipping: the form, pre-filled, labelled "Shipping street address"', false !== strpos( $smoke_html, 'name="shipping_address_1" id="shipping_address_1" placeholder="House number and street name" value="12 Analytical Row" aria-label="Shipping street address"' ) && false !== strpos( $smoke_html, 'name="woocommerce-edit-address-nonce"' ), wp_strip_all_tags( $smoke_html ) );
$smoke_html = $smoke_account_at( array( 'edit-account' => '' ) );
smoke_check( 'edit-account: names and email', false !== strpos( $smoke_html, 'name="account_email" id="account_email" placeholder="" value="' . $smoke_email . '"' ) && false !== strpos( $smoke_html, 'name="save-account-details-nonce"' ), wp_strip_all_tags( $smoke_html ) );
wp_set_current_user( 0 );
$smoke_html = $smoke_account_at( array( 'page' => '' ) );
smoke_check( 'logged out: a login form posting log and pwd to wp-login.php, no navigation', false !== strpos( $smoke_html, 'action="' . esc_url( site_url( 'wp-login.php', 'login_post' ) ) . '"' ) && false !== strpos( $smoke_html, 'name="log" id="username"' ) && false !== strpos( $smoke_html, 'name="pwd" id="password"' ) && false === strpos( $smoke_html, 'MyAccount-navigation' ), wp_strip_all_tags( $smoke_html ) );
wp_set_current_user( $customer_id );

echo "-- cart\n";
WC()->cart->empty_cart();
$smoke_hooks = array();
$smoke_key   = WC()->cart->add_to_cart( $product_id, 2 );
smoke_check( 'add_to_cart returns the cart item key', is_string( $smoke_key ) && 32 === strlen( $smoke_key ), $smoke_key );
smoke_same( 'same product again: same key', $smoke_key, WC()->cart->add_to_cart( $product_id ) );
smoke_same( 'get_cart_contents_count', 3, WC()->cart->get_cart_contents_count() );
smoke_same( 'cart item: product, quantity, line total', array( $product_id, 3, 60.0 ), array( WC()->cart->get_cart()[ $smoke_key ]['product_id'], WC()->cart->get_cart()[ $smoke_key ]['quantity'], WC()->cart->get_cart()[ $smoke_key ]['line_total'] ) );
smoke_same( 'get_total(edit)', 60.0, WC()->cart->get_total( 'edit' ) );
smoke_same( 'woocommerce_add_to_cart args', array( $smoke_key, $product_id, 2, 0, array(), array() ), $smoke_calls( 'woocommerce_add_to_cart' )[0] ?? null );
smoke_same( 'a variable product without a variation is refused', false, WC()->cart->add_to_cart( $variable_id ) );
wc_clear_notices();
$smoke_vkey = WC()->cart->add_to_cart( $variation_id, 1, 0, array(), array( 'smoke_note' => 'for Ada' ) );
smoke_same( 'a variation id: parent, variation and attributes, with cart item data', array( $variable_id, $variation_id, array( 'attribute_pa_colour' => 'blue' ), 'for Ada' ), array( WC()->cart->get_cart_item( $smoke_vkey )['product_id'] ?? null, WC()->cart->get_cart_item( $smoke_vkey )['variation_id'] ?? null, WC()->cart->get_cart_item( $smoke_vkey )['variation'] ?? null, WC()->cart->get_cart_item( $smoke_vkey )['smoke_note'] ?? null ) );
WC()->cart->remove_cart_item( $smoke_vkey );
WC()->session->save_data();
$smoke_session = new WC_Session_Handler();
$smoke_session->init();
smoke_same( 'the cart is in the session table, keyed by user id', array( $smoke_key ), array_keys( (array) $smoke_session->get( 'cart' ) ) );
smoke_same( 'and in the persistent cart user meta', array( $smoke_key ), array_keys( get_user_meta( $customer_id, '_woocommerce_persistent_cart_' . get_current_blog_id(), true )['cart'] ?? array() ) );
$_REQUEST = array( 'add-to-cart' => (string) $product_id, 'quantity' => '2' ); // phpcs:ignore WordPress.Security.NonceVerification
WC_Form_Handler::add_to_cart_action();
$_REQUEST = array();
smoke_same( '?add-to-cart=ID&quantity=2 adds two', 5, WC()->cart->get_cart_contents_count() );
smoke_check( 'and says so with a View cart link', (bool) array_filter( wc_get_notices( 'success' ), fn( $n ) => false !== strpos( $n['notice'], '2 &times; &ldquo;Smoke premium&rdquo; has been added to your cart.' ) || false !== strpos( $n['notice'], 'has been added to your cart.' ) && false !== strpos( $n['notice'], 'View cart' ) ), wc_get_notices() );
$smoke_html = do_shortcode( '[woocommerce_cart]' );
smoke_check( 'cart page: the item, quantity input, remove link, total, Proceed to checkout; notices printed once', false !== strpos( $smoke_html, 'Smoke premium</a>' ) && false !== strpos( $smoke_html, 'name="cart[' . $smoke_key . '][qty]" value="5"' ) && false !== strpos( $smoke_html, 'aria-label="Remove Smoke premium from cart"' ) && false !== strpos( $smoke_html, '100.00' ) && false !== strpos( $smoke_html, 'Proceed to checkout' ) && false !== strpos( $smoke_html, 'has been added to your cart.' ) && 0 === wc_notice_count(), wp_strip_all_tags( $smoke_html ) );
WC()->cart->set_quantity( $smoke_key, 1 );
smoke_same( 'set_quantity', 1, WC()->cart->get_cart_contents_count() );

echo "-- checkout\n";
$smoke_html = do_shortcode( '[woocommerce_checkout]' );
smoke_check( 'checkout form: billing fields pre-filled from the customer, labelled "Billing first name"', false !== strpos( $smoke_html, 'name="billing_first_name" id="billing_first_name" placeholder="" value="Ada" aria-label="Billing first name"' ) && false !== strpos( $smoke_html, 'id="billing_email" placeholder="" value="' . $smoke_email . '" aria-label="Billing email address"' ), wp_strip_all_tags( $smoke_html ) );
smoke_check( 'shipping fields pre-filled, "Ship to a different address?" checkbox', false !== strpos( $smoke_html, 'name="shipping_address_1" id="shipping_address_1" placeholder="House number and street name" value="12 Analytical Row" aria-label="Shipping street address"' ) && false !== strpos( $smoke_html, 'name="ship_to_different_address"' ) );
smoke_check( 'payment radios "Check payments" and "Cash on delivery", Place order, nonce', false !== strpos( $smoke_html, '<input id="payment_method_cod" type="radio" class="input-radio" name="payment_method" value="cod"' ) && false !== strpos( $smoke_html, '<label for="payment_method_cod">Cash on delivery' ) && false !== strpos( $smoke_html, '<label for="payment_method_cheque">Check payments' ) && false !== strpos( $smoke_html, 'name="woocommerce_checkout_place_order" id="place_order"' ) && false !== strpos( $smoke_html, 'name="woocommerce-process-checkout-nonce"' ), wp_strip_all_tags( $smoke_html ) );
preg_match( '/name="woocommerce-process-checkout-nonce" value="([^"]+)"/', $smoke_html, $smoke_m );
$smoke_post     = array(
	'billing_first_name'                 => 'Ada',
	'billing_last_name'                  => 'Lovelace',
	'billing_country'                    => 'GB',
	'billing_address_1'                  => '1 Checkout Lane',
	'billing_city'                       => 'London',
	'billing_postcode'                   => 'EC1A 1BB',
	'billing_phone'                      => '020 7946 0000',
	'billing_email'                      => $smoke_email,
	'ship_to_different_address'          => '1',
	'shipping_first_name'                => 'Charles',
	'shipping_last_name'                 => 'Babbage',
	'shipping_country'                   => 'GB',
	'shipping_address_1'                 => '5 Engine Yard',
	'shipping_city'                      => 'Cambridge',
	'shipping_postcode'                  => 'CB2 1TN',
	'order_comments'                     => 'Smoke note',
	'payment_method'                     => 'cod',
	'woocommerce_checkout_place_order'   => 'Place order',
	'woocommerce-process-checkout-nonce' => $smoke_m[1] ?? '',
);
$smoke_checkout = function ( $post ) {
	$_POST    = $post; // phpcs:ignore WordPress.Security.NonceVerification
	$_REQUEST = $post;
	$thrower  = function ( $location ) {
		throw new Smoke_Redirect( $location );
	};
	add_filter( 'wp_redirect', $thrower );
	try {
		WC_Form_Handler::checkout_action();
		$location = null;
	} catch ( Smoke_Redirect $r ) {
		$location = $r->getMessage();
	}
	remove_filter( 'wp_redirect', $thrower );
	$_POST    = array();
	$_REQUEST = array();
	return $location;
};
$smoke_hooks    = array();
$smoke_mails    = array();
$smoke_redirect = $smoke_checkout( $smoke_post );
$smoke_orders   = wc_get_orders( array( 'customer_id' => $customer_id, 'created_via' => 'checkout', 'return' => 'ids', 'orderby' => 'id', 'order' => 'ASC' ) );
$smoke_cod      = wc_get_order( end( $smoke_orders ) );
smoke_check( 'cod: the POST created an order through the checkout', $smoke_cod instanceof WC_Order && 1 === count( $smoke_orders ), $smoke_orders );
smoke_same( 'cod: redirect to the order-received URL with the key', $smoke_cod->get_checkout_order_received_url(), $smoke_redirect );
smoke_same( 'cod: ... which is checkout/order-received/{id}/?key=', $smoke_pretty ? add_query_arg( 'key', $smoke_cod->get_order_key(), trailingslashit( wc_get_checkout_url() ) . 'order-received/' . $smoke_cod->get_id() . '/' ) : $smoke_redirect, $smoke_redirect );
smoke_same( 'cod: processing, cod, "Cash on delivery", created_via checkout', array( 'processing', 'cod', 'Cash on delivery', 'checkout', $customer_id ), array( $smoke_cod->get_status(), $smoke_cod->get_payment_method(), $smoke_cod->get_payment_method_title(), $smoke_cod->get_created_via(), $smoke_cod->get_customer_id() ) );
smoke_same( 'cod: billing address', array( 'Ada', 'Lovelace', '1 Checkout Lane', 'London', 'EC1A 1BB', 'GB', $smoke_email, '020 7946 0000' ), array( $smoke_cod->get_billing_first_name(), $smoke_cod->get_billing_last_name(), $smoke_cod->get_billing_address_1(), $smoke_cod->get_billing_city(), $smoke_cod->get_billing_postcode(), $smoke_cod->get_billing_country(), $smoke_cod->get_billing_email(), $smoke_cod->get_billing_phone() ) );
smoke_same( 'cod: shipping address (a different one)', array( 'Charles', 'Babbage', '5 Engine Yard', 'Cambridge', 'CB2 1TN', 'GB' ), array( $smoke_cod->get_shipping_first_name(), $smoke_cod->get_shipping_last_name(), $smoke_cod->get_shipping_address_1(), $smoke_cod->get_shipping_city(), $smoke_cod->get_shipping_postcode(), $smoke_cod->get_shipping_country() ) );
$smoke_item = current( $smoke_cod->get_items() );
smoke_same( 'cod: line item, total, note, cart hash', array( 'Smoke premium', 1, '20', '20.00', 'Smoke note', true ), array( $smoke_item ? $smoke_item->get_name() : null, $smoke_item ? $smoke_item->get_quantity() : null, $smoke_item ? $smoke_item->get_total() : null, $smoke_cod->get_total(), $smoke_cod->get_customer_note(), '' !== $smoke_cod->get_cart_hash() ) );
smoke_same( 'cod: the cart is empty', true, WC()->cart->is_empty() );
smoke_same( 'cod: woocommerce_order_status_pending_to_processing fired', array( array( $smoke_cod->get_id(), $smoke_cod->get_id() ) ), array_map( fn( $a ) => array( $a[0], $a[1]->get_id() ), $smoke_calls( 'woocommerce_order_status_pending_to_processing' ) ) );
$smoke_line = $smoke_calls( 'woocommerce_checkout_create_order_line_item' );
smoke_check( 'cod: woocommerce_checkout_create_order_line_item (item, cart item key, values, order)', 1 === count( $smoke_line ) && $smoke_line[0][0] instanceof WC_Order_Item_Product && $smoke_key === $smoke_line[0][1] && $product_id === $smoke_line[0][2]['product_id'] && $smoke_line[0][3] instanceof WC_Order, $smoke_line );
$smoke_sent_hook = $smoke_calls( 'woocommerce_email_sent' );
$smoke_processed = $smoke_calls( 'woocommerce_checkout_order_processed' );
smoke_check( 'cod: woocommerce_checkout_order_processed (id, posted data, order) before the status change', 1 === count( $smoke_processed ) && $smoke_cod->get_id() === $smoke_processed[0][0] && 'cod' === $smoke_processed[0][1]['payment_method'] && $smoke_order_of( 'woocommerce_checkout_order_processed' ) < $smoke_order_of( 'woocommerce_order_status_pending_to_processing' ), array_column( $smoke_hooks, 0 ) );
smoke_same( 'cod: the customer keeps the posted billing address', array( '1 Checkout Lane', 'London' ), array( get_user_meta( $customer_id, 'billing_address_1', true ), get_user_meta( $customer_id, 'billing_city', true ) ) );

echo "-- order received\n";
$smoke_hooks    = array();
$wp->query_vars = array( 'pagename' => 'checkout', 'order-received' => (string) $smoke_cod->get_id() );
$_GET           = array( 'key' => $smoke_cod->get_order_key() );
$smoke_html     = do_shortcode( '[woocommerce_checkout]' );
smoke_check( 'thank-you page: message, number, status, item, gateway instructions', false !== strpos( $smoke_html, 'Thank you. Your order has been received.' ) && false !== strpos( $smoke_html, 'Order number: <strong>' . $smoke_cod->get_order_number() . '</strong>' ) && false !== strpos( $smoke_html, 'Status: <strong>Processing</strong>' ) && false !== strpos( $smoke_html, 'Smoke premium' ) && false !== strpos( $smoke_html, 'Pay with cash upon delivery.' ) && false !== strpos( $smoke_html, '5 Engine Yard' ), wp_strip_all_tags( $smoke_html ) );
smoke_same( 'woocommerce_thankyou fired with the order id', array( array( $smoke_cod->get_id() ) ), $smoke_calls( 'woocommerce_thankyou' ) );
$_GET       = array( 'key' => 'wc_order_wrong' );
$smoke_html = do_shortcode( '[woocommerce_checkout]' );
smoke_check( 'a wrong key: only the generic message', false !== strpos( $smoke_html, 'Thank you. Your order has been received.' ) && false === strpos( $smoke_html, 'Order number:' ), wp_strip_all_tags( $smoke_html ) );
$_GET = array();

echo "-- email\n";
$smoke_emails = WC()->mailer()->get_emails();
smoke_check( 'WC()->mailer() is WC_Emails with the email from woocommerce_email_classes', WC()->mailer() instanceof WC_Emails && isset( $smoke_emails['Smoke_Perks_Email'] ) && $smoke_emails['Smoke_Perks_Email'] instanceof WC_Email, array_keys( $smoke_emails ) );
$smoke_perks = $smoke_emails['Smoke_Perks_Email'];
$smoke_sent  = array_values( array_filter( $smoke_mails, fn( $m ) => false !== strpos( (string) $m['subject'], 'Perks for order' ) ) );
smoke_same( 'one email sent through wp_mail on pending_to_processing', 1, count( $smoke_sent ) );
$smoke_blog = wp_specialchars_decode( get_option( 'blogname' ), ENT_QUOTES );
smoke_same( 'to the billing email, subject placeholders replaced', array( $smoke_email, '[' . $smoke_blog . '] Perks for order #' . $smoke_cod->get_order_number() ), array( $smoke_sent[0]['to'] ?? null, $smoke_sent[0]['subject'] ?? null ) );
smoke_check( 'body: header with the heading, the plugin template, the footer', false !== strpos( $smoke_sent[0]['message'] ?? '', '<h1' ) && false !== strpos( $smoke_sent[0]['message'] ?? '', 'Perks for order #' . $smoke_cod->get_order_number() . '</h1>' ) && false !== strpos( $smoke_sent[0]['message'] ?? '', '<p id="smoke-perks-body">Perks of order ' . $smoke_cod->get_order_number() . '.</p>' ) && false !== strpos( $smoke_sent[0]['message'] ?? '', 'id="template_footer"' ), $smoke_sent[0]['message'] ?? null );
smoke_check( 'headers: text/html', false !== strpos( (string) ( $smoke_sent[0]['headers'] ?? '' ), 'Content-Type: text/html' ), $smoke_sent[0]['headers'] ?? null );
smoke_same( 'woocommerce_email_sent (true, id, email)', array( true, 'smoke_perks', true ), array( $smoke_sent_hook[0][0] ?? null, $smoke_sent_hook[0][1] ?? null, ( $smoke_sent_hook[0][2] ?? null ) === $smoke_perks ) );
smoke_same( 'format_string: {site_title}, {order_number}, {blogname}', $smoke_blog . ' #' . $smoke_cod->get_order_number() . ' ' . $smoke_blog, $smoke_perks->format_string( '{site_title} #{order_number} {blogname}' ) );
smoke_same( 'settings: enabled, recipient, customer email, option key', array( true, $smoke_email, true, 'woocommerce_smoke_perks_settings' ), array( $smoke_perks->is_enabled(), $smoke_perks->get_recipient(), $smoke_perks->is_customer_email(), $smoke_perks->get_option_key() ) );
require_once WC_ABSPATH . 'includes/admin/class-wc-stand-in-settings.php';
wp_set_current_user( (int) current( get_users( array( 'role' => 'administrator', 'fields' => 'ID', 'number' => 1 ) ) ) );
$_GET = array( 'page' => 'wc-settings', 'tab' => 'email' );
ob_start();
WC_Stand_In_Settings::render();
$smoke_html = ob_get_clean();
smoke_check( 'Settings > Emails lists it: title, section link, Enabled, Customer', false !== strpos( $smoke_html, 'section=smoke_perks_email">Smoke perks</a>' ) && false !== strpos( $smoke_html, '>Enabled<' ) && false !== strpos( $smoke_html, '>Customer<' ), wp_strip_all_tags( $smoke_html ) );
$_GET = array( 'page' => 'wc-settings', 'tab' => 'email', 'section' => 'smoke_perks_email' );
ob_start();
WC_Stand_In_Settings::render();
$smoke_html = ob_get_clean();
smoke_check( 'its section: enabled checkbox, subject and heading fields, Save changes', false !== strpos( $smoke_html, 'name="woocommerce_smoke_perks_enabled" id="woocommerce_smoke_perks_enabled" value="1" checked' ) && false !== strpos( $smoke_html, 'Enable this email notification' ) && false !== strpos( $smoke_html, 'name="woocommerce_smoke_perks_subject"' ) && false !== strpos( $smoke_html, 'name="woocommerce_smoke_perks_heading"' ) && false !== strpos( $smoke_html, 'Save changes' ), wp_strip_all_tags( $smoke_html ) );
$_POST    = array( 'woocommerce_smoke_perks_subject' => 'Saved {site_title} {order_number}', 'woocommerce_smoke_perks_heading' => 'Saved heading', 'woocommerce_smoke_perks_email_type' => 'html', 'save' => 'Save changes', '_wpnonce' => wp_create_nonce( 'woocommerce-settings' ) ); // phpcs:ignore WordPress.Security.NonceVerification
$_REQUEST = $_POST;
WC_Stand_In_Settings::save();
$_POST    = array();
$_REQUEST = array();
$_GET     = array();
$smoke_saved = get_option( 'woocommerce_smoke_perks_settings' );
smoke_same( 'saving the form writes woocommerce_smoke_perks_settings (unchecked = disabled)', array( 'no', 'Saved {site_title} {order_number}', 'Saved heading' ), array( $smoke_saved['enabled'] ?? null, $smoke_saved['subject'] ?? null, $smoke_saved['heading'] ?? null ) );
$smoke_fresh = new Smoke_Perks_Email();
smoke_same( 'a new instance reads them: disabled, saved subject formatted', array( false, 'Saved ' . $smoke_blog . ' 42' ), array( $smoke_fresh->is_enabled(), ( function () use ( $smoke_fresh ) {
	$smoke_fresh->placeholders['{order_number}'] = '42';
	return $smoke_fresh->get_subject();
} )() ) );
remove_action( 'woocommerce_order_status_pending_to_processing_notification', array( $smoke_fresh, 'trigger' ), 10 );
delete_option( 'woocommerce_smoke_perks_settings' );
$smoke_perks->init_settings();
$smoke_perks->enabled = $smoke_perks->get_option( 'enabled' );
wp_set_current_user( $customer_id );

echo "-- checkout with check payments, and refusals\n";
WC()->cart->add_to_cart( $product_id, 2 );
$smoke_hooks    = array();
$smoke_redirect = $smoke_checkout( array_diff_key( array_merge( $smoke_post, array( 'payment_method' => 'cheque' ) ), array( 'ship_to_different_address' => 1 ) ) );
$smoke_orders   = wc_get_orders( array( 'customer_id' => $customer_id, 'created_via' => 'checkout', 'return' => 'ids', 'orderby' => 'id', 'order' => 'ASC' ) );
$smoke_cheque   = wc_get_order( end( $smoke_orders ) );
smoke_same( 'cheque: a second order, on-hold, "Check payments", total 40', array( 2, 'on-hold', 'cheque', 'Check payments', '40.00' ), array( count( $smoke_orders ), $smoke_cheque->get_status(), $smoke_cheque->get_payment_method(), $smoke_cheque->get_payment_method_title(), $smoke_cheque->get_total() ) );
smoke_same( 'cheque: redirected to its order-received URL', $smoke_cheque->get_checkout_order_received_url(), $smoke_redirect );
smoke_same( 'cheque: woocommerce_order_status_pending_to_on-hold fired', array( $smoke_cheque->get_id() ), array_column( $smoke_calls( 'woocommerce_order_status_pending_to_on-hold' ), 0 ) );
smoke_same( 'cheque: without "Ship to a different address?" shipping = billing', array( 'Ada', '1 Checkout Lane', 'London' ), array( $smoke_cheque->get_shipping_first_name(), $smoke_cheque->get_shipping_address_1(), $smoke_cheque->get_shipping_city() ) );
smoke_same( 'cheque: no processing email', 1, count( array_filter( $smoke_mails, fn( $m ) => false !== strpos( (string) $m['subject'], 'Perks for order' ) ) ) );
WC()->cart->add_to_cart( $product_id );
$smoke_redirect = $smoke_checkout( array_merge( $smoke_post, array( 'billing_first_name' => '', 'billing_email' => 'not-an-email' ) ) );
$smoke_errors   = wp_list_pluck( wc_get_notices( 'error' ), 'notice' );
smoke_check( 'missing and invalid fields: no order, no redirect, error notices', null === $smoke_redirect && 2 === count( wc_get_orders( array( 'customer_id' => $customer_id, 'created_via' => 'checkout', 'return' => 'ids' ) ) ) && in_array( '<strong>Billing First name</strong> is a required field.', $smoke_errors, true ) && in_array( '<strong>Billing Email address</strong> is not a valid email address.', $smoke_errors, true ), $smoke_errors );
wc_clear_notices();
$smoke_redirect = $smoke_checkout( array_merge( $smoke_post, array( 'woocommerce-process-checkout-nonce' => 'bad' ) ) );
smoke_check( 'a bad nonce: no order, error notice', null === $smoke_redirect && 2 === count( wc_get_orders( array( 'customer_id' => $customer_id, 'created_via' => 'checkout', 'return' => 'ids' ) ) ) && 1 === wc_notice_count( 'error' ) );
wc_clear_notices();
WC()->cart->empty_cart();
smoke_same( 'an empty cart: the checkout POST goes back to the cart', wc_get_cart_url(), $smoke_checkout( $smoke_post ) );

echo "-- account orders\n";
$smoke_html = $smoke_account_at( array( 'orders' => '' ) );
smoke_check( 'orders endpoint: both orders with number, status, total and a View link', false !== strpos( $smoke_html, '>#' . $smoke_cod->get_order_number() . '</a>' ) && false !== strpos( $smoke_html, '>#' . $smoke_cheque->get_order_number() . '</a>' ) && false !== strpos( $smoke_html, 'Processing' ) && false !== strpos( $smoke_html, 'On hold' ) && false !== strpos( $smoke_html, 'href="' . esc_url( $smoke_cod->get_view_order_url() ) . '"' ) && false !== strpos( $smoke_html, 'navigation-link--orders is-active' ), wp_strip_all_tags( $smoke_html ) );
$smoke_html = $smoke_account_at( array( 'view-order' => (string) $smoke_cod->get_id() ) );
smoke_check( 'view-order: status sentence and the order details', false !== strpos( $smoke_html, 'is currently <mark class="order-status">Processing</mark>' ) && false !== strpos( $smoke_html, 'Smoke premium' ) && false !== strpos( $smoke_html, 'Order details' ) && false !== strpos( $smoke_html, 'navigation-link--orders is-active' ), wp_strip_all_tags( $smoke_html ) );
$smoke_html = $smoke_account_at( array( 'view-order' => (string) $order2->get_id() ) );
smoke_check( "view-order of someone else's order: Invalid order.", false !== strpos( $smoke_html, 'Invalid order.' ) && false === strpos( $smoke_html, 'Order details' ), wp_strip_all_tags( $smoke_html ) );
smoke_same( 'view_order capability: own order yes, other no', array( true, false ), array( current_user_can( 'view_order', $smoke_cod->get_id() ), current_user_can( 'view_order', $order2->get_id() ) ) );
$wp->query_vars = $smoke_query_vars;
WC()->session->destroy_session();
smoke_same( 'destroy_session removes the session row', false, ( new WC_Session_Handler() )->get_session( (string) $customer_id ) );
wc_get_order( $smoke_cod->get_id() )->delete( true );
wc_get_order( $smoke_cheque->get_id() )->delete( true );
array_map( 'unlink', glob( SMOKE_TEMPLATES . 'emails/*.php' ) );
rmdir( SMOKE_TEMPLATES . 'emails' );
rmdir( SMOKE_TEMPLATES );
wp_set_current_user( (int) current( get_users( array( 'role' => 'administrator', 'fields' => 'ID', 'number' => 1 ) ) ) );

echo "-- deletion\n";
$order2_id = $order2->get_id();
$order2->delete();
smoke_same( 'delete() trashes', 'trash', wc_get_order( $order2_id )->get_status() );
smoke_check( 'trashed orders are not listed', ! in_array( $order2_id, wc_get_orders( array( 'limit' => -1, 'return' => 'ids' ) ), true ) );
wc_get_order( $order2_id )->delete( true );
smoke_same( 'delete(true) removes it', false, wc_get_order( $order2_id ) );
wc_get_order( $order_id )->delete( true );
smoke_same( 'order deleted with its refunds', array( false, false ), array( wc_get_order( $order_id ), wc_get_order( $refund_id ) ) );
smoke_same( 'its items are gone', '0', $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->prefix}woocommerce_order_items WHERE order_id IN (%d, %d)", $order_id, $refund_id ) ) );
smoke_same( 'its notes are gone', null, get_comment( $smoke_note_id ) );
wc_get_product( $variable_id )->delete( true );
smoke_same( 'deleting a variable product deletes its variations', array( false, false ), array( wc_get_product( $variable_id ), wc_get_product( $variation_id ) ) );
$product->delete();
smoke_same( 'product delete() trashes', 'trash', get_post_status( $product_id ) );
wc_get_product( $product_id )->delete( true );
smoke_same( 'product delete(true)', false, wc_get_product( $product_id ) );
( new WC_Customer( $customer_id ) )->delete();
smoke_same( 'customer delete', false, get_user_by( 'id', $customer_id ) );

echo "\n{$smoke['passed']} passed, {$smoke['failed']} failed\n";
exit( $smoke['failed'] ? 1 : 0 );
