<?php
/**
 * Templates and the functions that print the account pages, order details and form fields, with
 * WooCommerce's names. Templates are looked up in the theme's woocommerce/ folder first, then in
 * the default path (the stand-in's templates/, or the folder a plugin passes).
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

/**
 * Path of a template: {theme}/{template_path}/{name}, {theme}/{name}, else {default_path}/{name}.
 *
 * @param string $template_name Template, e.g. myaccount/orders.php.
 * @param string $template_path Folder in the theme (woocommerce/ when empty).
 * @param string $default_path  Fallback folder (the stand-in's templates/ when empty).
 * @return string
 */
function wc_locate_template( $template_name, $template_path = '', $default_path = '' ) {
	$template_path = $template_path ? $template_path : WC()->template_path();
	$default_path  = $default_path ? $default_path : WC()->plugin_path() . '/templates/';
	$template      = locate_template( array( trailingslashit( $template_path ) . $template_name, $template_name ) );
	if ( ! $template ) {
		$template = trailingslashit( $default_path ) . $template_name;
	}
	return apply_filters( 'woocommerce_locate_template', $template, $template_name, $template_path );
}

/**
 * Includes a template with $args extracted as variables (filter wc_get_template; actions
 * woocommerce_before_template_part and woocommerce_after_template_part).
 *
 * @param string $template_name Template.
 * @param array  $args          Variables.
 * @param string $template_path Folder in the theme.
 * @param string $default_path  Fallback folder.
 */
function wc_get_template( $template_name, $args = array(), $template_path = '', $default_path = '' ) {
	$located  = wc_locate_template( $template_name, $template_path, $default_path );
	$filtered = apply_filters( 'wc_get_template', $located, $template_name, $args, $template_path, $default_path );
	if ( $filtered !== $located ) {
		if ( ! file_exists( $filtered ) ) {
			/* translators: %s: template */
			_doing_it_wrong( __FUNCTION__, sprintf( esc_html__( '%s does not exist.', 'woocommerce' ), '<code>' . esc_html( $filtered ) . '</code>' ), '2.1' );
			return;
		}
		$located = $filtered;
	}
	do_action( 'woocommerce_before_template_part', $template_name, $template_path, $located, $args );
	( static function ( $wc_template_file, $wc_template_args ) {
		if ( is_array( $wc_template_args ) ) {
			extract( $wc_template_args ); // phpcs:ignore WordPress.PHP.DontExtract
		}
		include $wc_template_file;
	} )( $located, $args );
	do_action( 'woocommerce_after_template_part', $template_name, $template_path, $located, $args );
}

/**
 * A template's output as a string.
 *
 * @param string $template_name Template.
 * @param array  $args          Variables.
 * @param string $template_path Folder in the theme.
 * @param string $default_path  Fallback folder.
 * @return string
 */
function wc_get_template_html( $template_name, $args = array(), $template_path = '', $default_path = '' ) {
	ob_start();
	wc_get_template( $template_name, $args, $template_path, $default_path );
	return ob_get_clean();
}

/**
 * Prints (or returns) a form row: label, then input, select (country, select), textarea or checkbox.
 * Stand-in addition: billing_* and shipping_* fields get an aria-label such as "Billing first name",
 * so the two address forms have distinct accessible names.
 *
 * @param string $key   Field name (and id).
 * @param array  $args  type, label, placeholder, required, class, options, autocomplete, custom_attributes, return, id.
 * @param mixed  $value Value.
 * @return string
 */
function woocommerce_form_field( $key, $args, $value = null ) {
	$args  = apply_filters( 'woocommerce_form_field_args', wp_parse_args( $args, array( 'type' => 'text', 'label' => '', 'description' => '', 'placeholder' => '', 'required' => false, 'autocomplete' => false, 'id' => $key, 'class' => array(), 'input_class' => array(), 'return' => false, 'options' => array(), 'custom_attributes' => array(), 'default' => '', 'priority' => '' ) ), $key, $value );
	$value = is_null( $value ) ? $args['default'] : $value;
	$attrs = (array) $args['custom_attributes'];
	if ( $args['label'] && ! isset( $attrs['aria-label'] ) && preg_match( '/^(billing|shipping)_/', $key, $m ) ) {
		$attrs['aria-label'] = ucfirst( $m[1] ) . ' ' . preg_replace_callback( '/\b\w+\b/u', fn( $w ) => preg_match( '/^[A-Z]{2,}$/', $w[0] ) ? $w[0] : strtolower( $w[0] ), wp_strip_all_tags( $args['label'] ) );
	}
	if ( $args['required'] ) {
		$attrs['aria-required'] = 'true';
	}
	if ( $args['autocomplete'] ) {
		$attrs['autocomplete'] = $args['autocomplete'];
	}
	$attr_html = '';
	foreach ( $attrs as $name => $attr_value ) {
		$attr_html .= ' ' . esc_attr( $name ) . '="' . esc_attr( $attr_value ) . '"';
	}
	$id    = esc_attr( $args['id'] );
	$name  = esc_attr( $key );
	$class = esc_attr( implode( ' ', (array) $args['input_class'] ) );
	switch ( $args['type'] ) {
		case 'textarea':
			$control = '<textarea name="' . $name . '" class="input-text ' . $class . '" id="' . $id . '" placeholder="' . esc_attr( $args['placeholder'] ) . '" rows="2" cols="5"' . $attr_html . '>' . esc_textarea( (string) $value ) . '</textarea>';
			break;
		case 'checkbox':
			$control = '<label class="checkbox"><input type="checkbox" class="input-checkbox ' . $class . '" name="' . $name . '" id="' . $id . '" value="1"' . checked( (bool) $value, true, false ) . $attr_html . '> ' . wp_kses_post( $args['label'] ) . '</label>';
			break;
		case 'country':
		case 'select':
			$options = 'country' === $args['type'] ? ( 0 === strpos( $key, 'shipping_' ) ? WC()->countries->get_shipping_countries() : WC()->countries->get_allowed_countries() ) : $args['options'];
			$control = '<select name="' . $name . '" id="' . $id . '" class="' . ( 'country' === $args['type'] ? 'country_to_state country_select ' : 'select ' ) . $class . '"' . $attr_html . '>';
			if ( 'country' === $args['type'] ) {
				$control .= '<option value="">' . esc_html__( 'Select a country / region&hellip;', 'woocommerce' ) . '</option>';
			}
			foreach ( $options as $option_key => $option_text ) {
				$control .= '<option value="' . esc_attr( $option_key ) . '"' . selected( (string) $value, (string) $option_key, false ) . '>' . esc_html( $option_text ) . '</option>';
			}
			$control .= '</select>';
			break;
		default:
			$type    = in_array( $args['type'], array( 'email', 'tel', 'password', 'number', 'hidden', 'date' ), true ) ? $args['type'] : 'text';
			$control = '<input type="' . $type . '" class="input-text ' . $class . '" name="' . $name . '" id="' . $id . '" placeholder="' . esc_attr( $args['placeholder'] ) . '" value="' . esc_attr( (string) $value ) . '"' . $attr_html . '>';
	}
	$marker = $args['required'] ? '&nbsp;<span class="required" aria-hidden="true">*</span>' : '&nbsp;<span class="optional">(' . esc_html__( 'optional', 'woocommerce' ) . ')</span>';
	$label  = 'checkbox' === $args['type'] || ! $args['label'] ? '' : '<label for="' . $id . '">' . wp_kses_post( $args['label'] ) . $marker . '</label>';
	$field  = '<p class="form-row ' . esc_attr( implode( ' ', (array) $args['class'] ) ) . ( $args['required'] ? ' validate-required' : '' ) . '" id="' . $id . '_field" data-priority="' . esc_attr( $args['priority'] ) . '">' . $label . '<span class="woocommerce-input-wrapper">' . $control . '</span>' . ( $args['description'] ? '<span class="description">' . wp_kses_post( $args['description'] ) . '</span>' : '' ) . '</p>';
	$field  = apply_filters( 'woocommerce_form_field_' . $args['type'], $field, $key, $args, $value );
	$field  = apply_filters( 'woocommerce_form_field', $field, $key, $args, $value );
	if ( $args['return'] ) {
		return $field;
	}
	echo $field; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built escaped.
}

/** Prints myaccount/navigation.php (woocommerce_account_navigation). */
function woocommerce_account_navigation() {
	wc_get_template( 'myaccount/navigation.php' );
}

/**
 * Fires woocommerce_account_{$key}_endpoint ($value) for the first query var that has a handler,
 * else prints the dashboard (woocommerce_account_content), as in WooCommerce.
 */
function woocommerce_account_content() {
	global $wp;
	foreach ( (array) $wp->query_vars as $key => $value ) {
		if ( 'pagename' !== $key && has_action( 'woocommerce_account_' . $key . '_endpoint' ) ) {
			do_action( 'woocommerce_account_' . $key . '_endpoint', $value );
			return;
		}
	}
	wc_get_template( 'myaccount/dashboard.php', array( 'current_user' => get_user_by( 'id', get_current_user_id() ) ) );
}

/**
 * The customer's orders, paginated (woocommerce_account_orders_endpoint).
 *
 * @param int $current_page Page.
 */
function woocommerce_account_orders( $current_page ) {
	$current_page    = empty( $current_page ) ? 1 : absint( $current_page );
	$customer_orders = wc_get_orders( apply_filters( 'woocommerce_my_account_my_orders_query', array( 'customer' => get_current_user_id(), 'page' => $current_page, 'paginate' => true ) ) );
	wc_get_template( 'myaccount/orders.php', array( 'current_page' => $current_page, 'customer_orders' => $customer_orders, 'has_orders' => 0 < $customer_orders->total ) );
}

/**
 * One order (woocommerce_account_view-order_endpoint).
 *
 * @param int $order_id Order id.
 */
function woocommerce_account_view_order( $order_id ) {
	WC_Shortcode_My_Account::view_order( absint( $order_id ) );
}

/**
 * Addresses, or one address form (woocommerce_account_edit-address_endpoint).
 *
 * @param string $type '', billing or shipping slug.
 */
function woocommerce_account_edit_address( $type ) {
	WC_Shortcode_My_Account::edit_address( wc_edit_address_i18n( sanitize_title( $type ), true ) );
}

/** Account details form (woocommerce_account_edit-account_endpoint). */
function woocommerce_account_edit_account() {
	WC_Shortcode_My_Account::edit_account();
}

/**
 * Order details: items, totals, addresses (hooked to woocommerce_thankyou and woocommerce_view_order).
 *
 * @param int $order_id Order id.
 */
function woocommerce_order_details_table( $order_id ) {
	if ( $order_id ) {
		wc_get_template( 'order/order-details.php', array( 'order_id' => $order_id ) );
	}
}

/**
 * Prints (or returns) a quantity input: number input with aria-label "Product quantity" and a
 * screen-reader label "{product} quantity", as in WooCommerce.
 *
 * @param array           $args    input_id, input_name, input_value, min_value, max_value, step, product_name.
 * @param WC_Product|null $product Product.
 * @param bool            $echo    Print.
 * @return string
 */
function woocommerce_quantity_input( $args = array(), $product = null, $echo = true ) {
	$args  = apply_filters( 'woocommerce_quantity_input_args', wp_parse_args( $args, array( 'input_id' => uniqid( 'quantity_' ), 'input_name' => 'quantity', 'input_value' => '1', 'classes' => array( 'input-text', 'qty', 'text' ), 'max_value' => '', 'min_value' => '0', 'step' => '1', 'product_name' => $product ? $product->get_name() : '' ) ), $product );
	/* translators: %s: product name */
	$label = $args['product_name'] ? sprintf( __( '%s quantity', 'woocommerce' ), wp_strip_all_tags( $args['product_name'] ) ) : __( 'Quantity', 'woocommerce' );
	$html  = '<div class="quantity"><label class="screen-reader-text" for="' . esc_attr( $args['input_id'] ) . '">' . esc_html( $label ) . '</label><input type="number" id="' . esc_attr( $args['input_id'] ) . '" class="' . esc_attr( implode( ' ', (array) $args['classes'] ) ) . '" name="' . esc_attr( $args['input_name'] ) . '" value="' . esc_attr( $args['input_value'] ) . '" aria-label="' . esc_attr__( 'Product quantity', 'woocommerce' ) . '" size="4" min="' . esc_attr( $args['min_value'] ) . '" max="' . esc_attr( $args['max_value'] ) . '" step="' . esc_attr( $args['step'] ) . '" inputmode="numeric" autocomplete="off"></div>';
	if ( $echo ) {
		echo $html; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built escaped.
	}
	return $html;
}

/**
 * Prints (or returns) an order item's visible meta (keys not starting with _) as a list.
 *
 * @param WC_Order_Item $item Item.
 * @param array         $args before, after, separator, echo.
 * @return string
 */
function wc_display_item_meta( $item, $args = array() ) {
	$args    = wp_parse_args( $args, array( 'before' => '<ul class="wc-item-meta"><li>', 'after' => '</li></ul>', 'separator' => '</li><li>', 'echo' => true ) );
	$strings = array();
	foreach ( $item->get_meta_data() as $meta ) {
		if ( '_' === substr( $meta->key, 0, 1 ) || ! is_scalar( $meta->value ) ) {
			continue;
		}
		$key       = apply_filters( 'woocommerce_order_item_display_meta_key', wc_attribute_label( $meta->key ), $meta, $item );
		$value     = apply_filters( 'woocommerce_order_item_display_meta_value', (string) $meta->value, $meta, $item );
		$strings[] = '<strong class="wc-item-meta-label">' . wp_kses_post( $key ) . ':</strong> ' . wp_kses_post( $value );
	}
	$html = $strings ? $args['before'] . implode( $args['separator'], $strings ) . $args['after'] : '';
	$html = apply_filters( 'woocommerce_display_item_meta', $html, $item, $args );
	if ( $args['echo'] ) {
		echo $html; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- kses'd above.
	}
	return $html;
}

/**
 * Label of an attribute: "pa_colour" (or "attribute_pa_colour") becomes "Colour" (no attribute
 * taxonomies here, so the label comes from the name).
 *
 * @param string            $name    Attribute name.
 * @param WC_Product|string $product Product.
 * @return string
 */
function wc_attribute_label( $name, $product = '' ) {
	$label = ucfirst( str_replace( array( '-', '_' ), ' ', preg_replace( '/^(attribute_)?(pa_)?/', '', (string) $name ) ) );
	return apply_filters( 'woocommerce_attribute_label', $label, $name, $product );
}

/**
 * A cart item's variation attributes and woocommerce_get_item_data entries (name/key, value/display),
 * as a <dl class="variation"> list (or "key: value" lines when flat).
 *
 * @param array       $cart_item    Cart item.
 * @param bool        $flat         Plain text.
 * @param string|null $product_name Unused.
 * @return string
 */
function wc_get_formatted_cart_item_data( $cart_item, $flat = false, $product_name = null ) {
	$item_data = array();
	foreach ( (array) ( $cart_item['variation'] ?? array() ) as $name => $value ) {
		$item_data[] = array( 'key' => wc_attribute_label( $name ), 'value' => $value );
	}
	$item_data = apply_filters( 'woocommerce_get_item_data', $item_data, $cart_item );
	$lines     = array();
	foreach ( $item_data as $data ) {
		$key     = $data['key'] ?? $data['name'] ?? '';
		$display = $data['display'] ?? $data['value'] ?? '';
		$lines[] = $flat ? wp_strip_all_tags( $key ) . ': ' . wp_strip_all_tags( $display ) : '<dt class="variation-' . sanitize_html_class( $key ) . '">' . wp_kses_post( $key ) . ':</dt><dd class="variation-' . sanitize_html_class( $key ) . '">' . wp_kses_post( wpautop( $display ) ) . '</dd>';
	}
	if ( ! $lines ) {
		return '';
	}
	return $flat ? implode( "\n", $lines ) . "\n" : '<dl class="variation">' . implode( '', $lines ) . '</dl>';
}
