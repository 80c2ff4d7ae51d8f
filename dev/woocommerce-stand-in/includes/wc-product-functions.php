<?php
/**
 * Product functions: get one, query.
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

/**
 * Gets a product (class from its product_type term); false if not a product, or before init.
 *
 * @param mixed $the_product Id, WP_Post or product; false for the global post.
 * @param array $deprecated  Unused.
 * @return WC_Product|false|null
 */
function wc_get_product( $the_product = false, $deprecated = array() ) {
	if ( ! did_action( 'woocommerce_init' ) || ! did_action( 'woocommerce_after_register_taxonomy' ) || ! did_action( 'woocommerce_after_register_post_type' ) ) {
		_doing_it_wrong( __FUNCTION__, 'wc_get_product should not be called before the woocommerce_init, woocommerce_after_register_taxonomy and woocommerce_after_register_post_type actions.', '3.9' );
		return false;
	}
	if ( false === $the_product ) {
		$the_product = isset( $GLOBALS['post'] ) ? $GLOBALS['post'] : 0;
	}
	$id   = $the_product instanceof WC_Product ? $the_product->get_id() : ( $the_product instanceof WP_Post ? $the_product->ID : ( is_numeric( $the_product ) ? (int) $the_product : 0 ) );
	$post = $id ? get_post( $id ) : null;
	if ( ! $post || ! in_array( $post->post_type, array( 'product', 'product_variation' ), true ) ) {
		return false;
	}
	if ( 'product_variation' === $post->post_type ) {
		$type = 'variation';
	} else {
		$terms = get_the_terms( $id, 'product_type' );
		$type  = $terms && ! is_wp_error( $terms ) ? sanitize_title( current( $terms )->name ) : 'simple';
	}
	$classname = 'WC_Product_' . implode( '_', array_map( 'ucfirst', explode( '-', $type ) ) );
	$classname = apply_filters( 'woocommerce_product_class', class_exists( $classname ) ? $classname : 'WC_Product_Simple', $type, 'variation' === $type ? 'product_variation' : 'product', $id );
	try {
		return new $classname( $id );
	} catch ( Exception $e ) {
		return false;
	}
}

/** @return array Product types (slug => label). */
function wc_get_product_types() {
	return (array) apply_filters(
		'product_type_selector',
		array(
			'simple'   => __( 'Simple product', 'woocommerce' ),
			'grouped'  => __( 'Grouped product', 'woocommerce' ),
			'external' => __( 'External/Affiliate product', 'woocommerce' ),
			'variable' => __( 'Variable product', 'woocommerce' ),
		)
	);
}

/**
 * Queries products. Args: status, type (product types and 'variation'), limit (default the posts_per_page
 * option), page, offset, paginate, include, exclude, parent, sku, s (search), orderby, order, return (objects|ids).
 *
 * @param array $args Query vars.
 * @return WC_Product[]|int[]|stdClass
 */
function wc_get_products( $args ) {
	$args  = wp_parse_args(
		apply_filters( 'woocommerce_product_object_query_args', $args ),
		array(
			'status'   => array( 'draft', 'pending', 'private', 'publish' ),
			'type'     => array_merge( array_keys( wc_get_product_types() ) ),
			'limit'    => get_option( 'posts_per_page', 10 ),
			'page'     => 1,
			'offset'   => '',
			'paginate' => false,
			'orderby'  => 'date',
			'order'    => 'DESC',
			'return'   => 'objects',
			'include'  => array(),
			'exclude'  => array(),
			'parent'   => '',
			'sku'      => '',
			's'        => '',
		)
	);
	$types = (array) $args['type'];
	$query = array(
		'post_type'      => in_array( 'variation', $types, true ) ? ( count( $types ) > 1 ? array( 'product', 'product_variation' ) : 'product_variation' ) : 'product',
		'post_status'    => $args['status'],
		'posts_per_page' => (int) $args['limit'],
		'paged'          => (int) $args['page'],
		'orderby'        => $args['orderby'],
		'order'          => $args['order'],
		'fields'         => 'ids',
		'no_found_rows'  => ! $args['paginate'],
	);
	if ( '' !== $args['offset'] ) {
		$query['offset'] = (int) $args['offset'];
	}
	$product_types = array_diff( $types, array( 'variation' ) );
	if ( 'product' === $query['post_type'] ) {
		$query['tax_query'] = array( array( 'taxonomy' => 'product_type', 'field' => 'slug', 'terms' => $product_types ? $product_types : array( '' ) ) ); // phpcs:ignore WordPress.DB.SlowDBQuery
	} elseif ( is_array( $query['post_type'] ) ) {
		// Like WooCommerce: products of the listed types, or posts without a product type (variations).
		$query['tax_query'] = array( // phpcs:ignore WordPress.DB.SlowDBQuery
			array(
				'relation' => 'OR',
				array( 'taxonomy' => 'product_type', 'field' => 'slug', 'terms' => $product_types ? array_values( $product_types ) : array( '' ) ),
				array( 'taxonomy' => 'product_type', 'operator' => 'NOT EXISTS' ),
			),
		);
	}
	if ( $args['include'] ) {
		$query['post__in'] = array_map( 'absint', (array) $args['include'] );
	}
	if ( $args['exclude'] ) {
		$query['post__not_in'] = array_map( 'absint', (array) $args['exclude'] );
	}
	if ( '' !== $args['parent'] ) {
		$query['post_parent'] = absint( $args['parent'] );
	}
	if ( '' !== $args['sku'] ) {
		$query['meta_query'] = array( array( 'key' => '_sku', 'value' => $args['sku'], 'compare' => 'LIKE' ) ); // phpcs:ignore WordPress.DB.SlowDBQuery
	}
	if ( '' !== $args['s'] ) {
		$query['s'] = $args['s'];
	}
	$wp_query = new WP_Query( $query );
	$ids      = array_map( 'intval', $wp_query->posts );
	$result   = 'ids' === $args['return'] ? $ids : array_values( array_filter( array_map( 'wc_get_product', $ids ) ) );
	if ( ! $args['paginate'] ) {
		return $result;
	}
	return (object) array( 'products' => $result, 'total' => (int) $wp_query->found_posts, 'max_num_pages' => (int) $wp_query->max_num_pages );
}

/**
 * Sale price HTML: the regular price struck through, then the sale price.
 *
 * @param string $regular_price Regular price.
 * @param string $sale_price    Sale price.
 * @return string
 */
function wc_format_sale_price( $regular_price, $sale_price ) {
	$html = '<del aria-hidden="true">' . ( is_numeric( $regular_price ) ? wc_price( $regular_price ) : $regular_price ) . '</del> <span class="screen-reader-text">' . esc_html( sprintf( /* translators: %s: price */ __( 'Original price was: %s.', 'woocommerce' ), wp_strip_all_tags( is_numeric( $regular_price ) ? wc_price( $regular_price ) : $regular_price ) ) ) . '</span><ins aria-hidden="true">' . ( is_numeric( $sale_price ) ? wc_price( $sale_price ) : $sale_price ) . '</ins><span class="screen-reader-text">' . esc_html( sprintf( /* translators: %s: price */ __( 'Current price is: %s.', 'woocommerce' ), wp_strip_all_tags( is_numeric( $sale_price ) ? wc_price( $sale_price ) : $sale_price ) ) ) . '</span>';
	return apply_filters( 'woocommerce_format_sale_price', $html, $regular_price, $sale_price );
}

/**
 * Price range HTML, e.g. "$5.00 – $9.00".
 *
 * @param string $from Lowest price.
 * @param string $to   Highest price.
 * @return string
 */
function wc_format_price_range( $from, $to ) {
	/* translators: 1: price from 2: price to */
	$html = sprintf( _x( '%1$s &ndash; %2$s', 'Price range: from-to', 'woocommerce' ), is_numeric( $from ) ? wc_price( $from ) : $from, is_numeric( $to ) ? wc_price( $to ) : $to );
	return apply_filters( 'woocommerce_format_price_range', $html, $from, $to );
}
