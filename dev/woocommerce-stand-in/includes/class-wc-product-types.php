<?php
/**
 * WC_Product_Simple, WC_Product_Variable and WC_Product_Variation.
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

/**
 * Simple product.
 */
class WC_Product_Simple extends WC_Product {

	/**
	 * Constructor.
	 *
	 * @param int|WC_Product|object $product Product to read.
	 */
	public function __construct( $product = 0 ) {
		parent::__construct( $product );
	}

	/** @return string */
	public function get_type() {
		return 'simple';
	}
}

/**
 * Variable product: its variations are product_variation posts whose parent it is.
 */
class WC_Product_Variable extends WC_Product {

	/** @var string */
	protected $product_type = 'variable';

	/** @return string */
	public function get_type() {
		return 'variable';
	}

	/**
	 * Price range of the purchasable variations (woocommerce_get_price_html).
	 *
	 * @param string $price Unused.
	 * @return string
	 */
	public function get_price_html( $price = '' ) {
		$prices = array();
		foreach ( $this->get_children() as $child_id ) {
			$child = wc_get_product( $child_id );
			if ( $child && '' !== $child->get_price() ) {
				$prices[] = (float) $child->get_price();
			}
		}
		if ( ! $prices ) {
			return apply_filters( 'woocommerce_variable_empty_price_html', '', $this );
		}
		$html = min( $prices ) === max( $prices ) ? wc_price( min( $prices ) ) : wc_format_price_range( min( $prices ), max( $prices ) );
		return apply_filters( 'woocommerce_get_price_html', $html, $this );
	}

	/**
	 * Variation ids, by menu order.
	 *
	 * @param bool|string $visible_only Only published variations.
	 * @return int[]
	 */
	public function get_children( $visible_only = '' ) {
		if ( ! $this->get_id() ) {
			return array();
		}
		return array_map(
			'intval',
			get_posts(
				array(
					'post_parent' => $this->get_id(),
					'post_type'   => 'product_variation',
					'post_status' => $visible_only ? array( 'publish' ) : array( 'publish', 'private' ),
					'orderby'     => array( 'menu_order' => 'ASC', 'ID' => 'ASC' ),
					'fields'      => 'ids',
					'numberposts' => -1,
				)
			)
		);
	}
}

/**
 * Variation: attributes are stored as attribute_{name} post meta.
 */
class WC_Product_Variation extends WC_Product_Simple {

	/** @var string */
	protected $product_type = 'variation';

	/** @return string */
	public function get_type() {
		return 'variation';
	}

	/**
	 * Own image, else the parent's (view context).
	 *
	 * @param string $context Context.
	 * @return string|int
	 */
	public function get_image_id( $context = 'view' ) {
		$image_id = $this->get_prop( 'image_id', $context );
		if ( 'view' === $context && ! $image_id && $this->get_parent_id() ) {
			$image_id = get_post_thumbnail_id( $this->get_parent_id() );
		}
		return $image_id;
	}

	/**
	 * Attributes as attribute_{name} => value.
	 *
	 * @param bool $with_prefix Prefix keys with 'attribute_'.
	 * @return array
	 */
	public function get_variation_attributes( $with_prefix = true ) {
		$attributes = array();
		foreach ( (array) $this->get_attributes() as $name => $value ) {
			$attributes[ ( $with_prefix ? 'attribute_' : '' ) . $name ] = $value;
		}
		return $attributes;
	}

	/**
	 * The parent's permalink.
	 *
	 * @param WC_Order_Item|null $item_object Unused here (WooCommerce adds the item's attributes).
	 * @return string
	 */
	public function get_permalink( $item_object = null ) {
		return get_permalink( $this->get_parent_id() );
	}

	/** @return bool Also requires the parent to be published. */
	public function is_purchasable() {
		$purchasable = parent::is_purchasable() && 'publish' === get_post_status( $this->get_parent_id() );
		return apply_filters( 'woocommerce_variation_is_purchasable', $purchasable, $this );
	}
}
