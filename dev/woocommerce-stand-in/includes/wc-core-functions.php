<?php
/**
 * Currency, price formatting and small helpers, with WooCommerce's names, options and filters.
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

/**
 * Store currency (option woocommerce_currency, 'USD' when unset).
 *
 * @return string
 */
function get_woocommerce_currency() {
	return apply_filters( 'woocommerce_currency', get_option( 'woocommerce_currency', 'USD' ) );
}

/**
 * Currency names keyed by ISO 4217 code.
 *
 * @return array
 */
function get_woocommerce_currencies() {
	static $currencies;
	if ( ! isset( $currencies ) ) {
		$currencies = wp_list_pluck( require WC_ABSPATH . 'includes/data/currencies.php', 0 );
	}
	return array_unique( apply_filters( 'woocommerce_currencies', $currencies ) );
}

/**
 * Currency symbols keyed by ISO 4217 code.
 *
 * @return array
 */
function get_woocommerce_currency_symbols() {
	static $symbols;
	if ( ! isset( $symbols ) ) {
		$symbols = wp_list_pluck( require WC_ABSPATH . 'includes/data/currencies.php', 1 );
	}
	return apply_filters( 'woocommerce_currency_symbols', $symbols );
}

/**
 * Currency symbol.
 *
 * @param string $currency Currency code; the store currency when empty.
 * @return string
 */
function get_woocommerce_currency_symbol( $currency = '' ) {
	if ( ! $currency ) {
		$currency = get_woocommerce_currency();
	}
	$symbols = get_woocommerce_currency_symbols();
	return apply_filters( 'woocommerce_currency_symbol', isset( $symbols[ $currency ] ) ? $symbols[ $currency ] : '', $currency );
}

/**
 * Number of decimals in prices (option woocommerce_price_num_decimals, default 2).
 *
 * @return int
 */
function wc_get_price_decimals() {
	return absint( apply_filters( 'wc_get_price_decimals', get_option( 'woocommerce_price_num_decimals', 2 ) ) );
}

/**
 * Decimal separator for prices.
 *
 * @return string
 */
function wc_get_price_decimal_separator() {
	$separator = apply_filters( 'wc_get_price_decimal_separator', get_option( 'woocommerce_price_decimal_sep', '.' ) );
	return $separator ? stripslashes( $separator ) : '.';
}

/**
 * Thousand separator for prices.
 *
 * @return string
 */
function wc_get_price_thousand_separator() {
	return stripslashes( apply_filters( 'wc_get_price_thousand_separator', get_option( 'woocommerce_price_thousand_sep', ',' ) ) );
}

/**
 * Price format from the currency position option.
 *
 * @return string
 */
function get_woocommerce_price_format() {
	$currency_pos = get_option( 'woocommerce_currency_pos', 'left' );
	$formats      = array(
		'left'        => '%1$s%2$s',
		'right'       => '%2$s%1$s',
		'left_space'  => '%1$s&nbsp;%2$s',
		'right_space' => '%2$s&nbsp;%1$s',
	);
	return apply_filters( 'woocommerce_price_format', isset( $formats[ $currency_pos ] ) ? $formats[ $currency_pos ] : '%1$s%2$s', $currency_pos );
}

/**
 * Formats a price with the currency symbol, in WooCommerce's markup.
 *
 * @param float $price Raw price.
 * @param array $args  Arguments: currency, decimals, decimal_separator, thousand_separator, price_format, in_span.
 * @return string
 */
function wc_price( $price, $args = array() ) {
	$args     = apply_filters(
		'wc_price_args',
		wp_parse_args(
			$args,
			array(
				'ex_tax_label'       => false,
				'currency'           => '',
				'decimal_separator'  => wc_get_price_decimal_separator(),
				'thousand_separator' => wc_get_price_thousand_separator(),
				'decimals'           => wc_get_price_decimals(),
				'price_format'       => get_woocommerce_price_format(),
				'in_span'            => true,
				'aria-hidden'        => false,
			)
		)
	);
	$original = $price;
	$price    = (float) $price;
	$negative = $price < 0;
	$price    = apply_filters( 'raw_woocommerce_price', $negative ? $price * -1 : $price, $original );
	$price    = apply_filters( 'formatted_woocommerce_price', number_format( $price, $args['decimals'], $args['decimal_separator'], $args['thousand_separator'] ), $price, $args['decimals'], $args['decimal_separator'], $args['thousand_separator'], $original );
	$symbol   = '<span class="woocommerce-Price-currencySymbol">' . get_woocommerce_currency_symbol( $args['currency'] ) . '</span>';
	$return   = ( $negative ? '-' : '' ) . sprintf( $args['price_format'], $symbol, $price );
	if ( $args['in_span'] ) {
		$return = '<span class="woocommerce-Price-amount amount"' . ( $args['aria-hidden'] ? ' aria-hidden="true"' : '' ) . '><bdi>' . $return . '</bdi></span>';
	}
	return apply_filters( 'wc_price', $return, $price, $args, (float) $original, $original );
}

/**
 * Normalises a decimal number to a string with '.' as separator.
 *
 * @param float|string $number     Number.
 * @param int|false    $dp         Decimal places; '' for the price decimals, false to keep.
 * @param bool         $trim_zeros Trim trailing zeros.
 * @return string
 */
function wc_format_decimal( $number, $dp = false, $trim_zeros = false ) {
	$number   = $number ?? '';
	$locale   = localeconv();
	$decimals = array( wc_get_price_decimal_separator(), $locale['decimal_point'], $locale['mon_decimal_point'] );
	if ( ! is_float( $number ) ) {
		$number = str_replace( $decimals, '.', (string) $number );
		$number = preg_replace( '/\.(?![^.]+$)|[^0-9.-]/', '', wc_clean( $number ) );
	}
	if ( false !== $dp ) {
		$number = number_format( floatval( $number ), intval( '' === $dp ? wc_get_price_decimals() : $dp ), '.', '' );
	} elseif ( is_float( $number ) ) {
		$number     = sprintf( '%.' . max( wc_get_price_decimals() + 2, 6 ) . 'F', $number );
		$trim_zeros = true;
	}
	if ( $trim_zeros && strstr( $number, '.' ) ) {
		$number = rtrim( rtrim( $number, '0' ), '.' );
	}
	return $number;
}

/**
 * Sanitises a scalar or an array of them.
 *
 * @param string|array $var Data.
 * @return string|array
 */
function wc_clean( $var ) {
	if ( is_array( $var ) ) {
		return array_map( 'wc_clean', $var );
	}
	return is_scalar( $var ) ? sanitize_text_field( $var ) : $var;
}

/**
 * Stock amount (an integer).
 *
 * @param int|float|string $amount Amount.
 * @return int
 */
function wc_stock_amount( $amount ) {
	return apply_filters( 'woocommerce_stock_amount', intval( $amount ) );
}

/**
 * Site timezone offset in seconds.
 *
 * @return float
 */
function wc_timezone_offset() {
	return (float) wp_timezone()->getOffset( new DateTime( 'now' ) );
}

/**
 * Parses a date string (site timezone unless it names one) into a WC_DateTime in the site timezone.
 *
 * @param string $time_string Date string.
 * @return WC_DateTime
 */
function wc_string_to_datetime( $time_string ) {
	$parsed   = new DateTime( $time_string, wp_timezone() );
	$datetime = new WC_DateTime( '@' . $parsed->getTimestamp(), new DateTimeZone( 'UTC' ) );
	$datetime->setTimezone( wp_timezone() );
	return $datetime;
}

/**
 * Admin screen id for an order type page ('shop-order' is the only type here).
 *
 * @param string $for Page, e.g. 'shop-order'.
 * @return string
 */
function wc_get_page_screen_id( $for ) {
	if ( 'shop_order' !== str_replace( '-', '_', $for ) ) {
		return '';
	}
	return Automattic\WooCommerce\Utilities\OrderUtil::custom_orders_table_usage_is_enabled() ? 'woocommerce_page_wc-orders' : 'shop_order';
}

/**
 * Converts 'yes', 'true', '1' and true to true.
 *
 * @param bool|string $string Value.
 * @return bool
 */
function wc_string_to_bool( $string ) {
	$string = $string ?? '';
	return is_bool( $string ) ? $string : ( 'yes' === strtolower( $string ) || 1 === $string || 'true' === strtolower( $string ) || '1' === $string );
}

/**
 * Converts a bool to 'yes' or 'no'.
 *
 * @param bool|string $bool Value.
 * @return string
 */
function wc_bool_to_string( $bool ) {
	if ( ! is_bool( $bool ) ) {
		$bool = wc_string_to_bool( $bool );
	}
	return true === $bool ? 'yes' : 'no';
}

/** Switches to the site's locale (customer emails), when WordPress's locale switcher is there. */
function wc_switch_to_site_locale() {
	global $wp_locale_switcher;
	if ( function_exists( 'switch_to_locale' ) && isset( $wp_locale_switcher ) ) {
		switch_to_locale( get_locale() );
		add_filter( 'plugin_locale', 'get_locale' );
	}
}

/** Switches back from wc_switch_to_site_locale(). */
function wc_restore_locale() {
	global $wp_locale_switcher;
	if ( function_exists( 'restore_previous_locale' ) && isset( $wp_locale_switcher ) ) {
		restore_previous_locale();
		remove_filter( 'plugin_locale', 'get_locale' );
	}
}
