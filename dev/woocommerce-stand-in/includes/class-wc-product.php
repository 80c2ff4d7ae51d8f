<?php
/**
 * WC_Abstract_Legacy_Product and WC_Product.
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

/**
 * Legacy product layer (empty here).
 */
abstract class WC_Abstract_Legacy_Product extends WC_Data {}

/**
 * Product (posts of type product; prices, SKU and flags in WooCommerce's post meta keys).
 */
class WC_Product extends WC_Abstract_Legacy_Product {

	/** @var string */
	protected $object_type = 'product';

	/** @var string Product type of this class. */
	protected $product_type = 'simple';

	/** @var array */
	protected $data = array(
		'name'              => '',
		'slug'              => '',
		'date_created'      => null,
		'date_modified'     => null,
		'status'            => false,
		'description'       => '',
		'short_description' => '',
		'sku'               => '',
		'price'             => '',
		'regular_price'     => '',
		'sale_price'        => '',
		'tax_class'         => '',
		'parent_id'         => 0,
		'virtual'           => false,
		'downloadable'      => false,
		'image_id'          => '',
		'attributes'        => array(),
	);

	/**
	 * Reads the product when given an id, a product or a post.
	 *
	 * @param int|WC_Product|object $product Product to read.
	 */
	public function __construct( $product = 0 ) {
		parent::__construct( $product );
		$this->data_store         = new WC_Stand_In_Product_Store();
		$this->internal_meta_keys = $this->data_store->internal_meta_keys;
		if ( is_numeric( $product ) && $product > 0 ) {
			$this->set_id( $product );
		} elseif ( $product instanceof self ) {
			$this->set_id( absint( $product->get_id() ) );
		} elseif ( ! empty( $product->ID ) ) {
			$this->set_id( absint( $product->ID ) );
		} else {
			$this->set_object_read( true );
		}
		if ( $this->get_id() > 0 ) {
			$this->data_store->read( $this );
		}
	}

	/** @return string */
	public function get_type() {
		return $this->product_type;
	}

	// phpcs:disable Squiz.Commenting.FunctionComment.Missing -- plain prop accessors: @param string $context.
	public function get_name( $context = 'view' ) { return $this->get_prop( 'name', $context ); }
	public function get_slug( $context = 'view' ) { return $this->get_prop( 'slug', $context ); }
	public function get_date_created( $context = 'view' ) { return $this->get_prop( 'date_created', $context ); }
	public function get_date_modified( $context = 'view' ) { return $this->get_prop( 'date_modified', $context ); }
	public function get_status( $context = 'view' ) { return $this->get_prop( 'status', $context ); }
	public function get_description( $context = 'view' ) { return $this->get_prop( 'description', $context ); }
	public function get_short_description( $context = 'view' ) { return $this->get_prop( 'short_description', $context ); }
	public function get_sku( $context = 'view' ) { return $this->get_prop( 'sku', $context ); }
	public function get_price( $context = 'view' ) { return $this->get_prop( 'price', $context ); }
	public function get_regular_price( $context = 'view' ) { return $this->get_prop( 'regular_price', $context ); }
	public function get_sale_price( $context = 'view' ) { return $this->get_prop( 'sale_price', $context ); }
	public function get_tax_class( $context = 'view' ) { return $this->get_prop( 'tax_class', $context ); }
	public function get_parent_id( $context = 'view' ) { return $this->get_prop( 'parent_id', $context ); }
	public function get_virtual( $context = 'view' ) { return $this->get_prop( 'virtual', $context ); }
	public function get_downloadable( $context = 'view' ) { return $this->get_prop( 'downloadable', $context ); }
	public function get_image_id( $context = 'view' ) { return $this->get_prop( 'image_id', $context ); }
	public function get_attributes( $context = 'view' ) { return $this->get_prop( 'attributes', $context ); }
	public function set_name( $name ) { $this->set_prop( 'name', $name ); }
	public function set_slug( $slug ) { $this->set_prop( 'slug', $slug ); }
	public function set_date_created( $date = null ) { $this->set_date_prop( 'date_created', $date ); }
	public function set_date_modified( $date = null ) { $this->set_date_prop( 'date_modified', $date ); }
	public function set_status( $status ) { $this->set_prop( 'status', $status ); }
	public function set_description( $description ) { $this->set_prop( 'description', $description ); }
	public function set_short_description( $short_description ) { $this->set_prop( 'short_description', $short_description ); }
	public function set_price( $price ) { $this->set_prop( 'price', wc_format_decimal( $price ) ); }
	public function set_regular_price( $price ) { $this->set_prop( 'regular_price', wc_format_decimal( $price ) ); }
	public function set_sale_price( $price ) { $this->set_prop( 'sale_price', wc_format_decimal( $price ) ); }
	public function set_tax_class( $class ) { $this->set_prop( 'tax_class', (string) $class ); }
	public function set_parent_id( $parent_id ) { $this->set_prop( 'parent_id', absint( $parent_id ) ); }
	public function set_virtual( $virtual ) { $this->set_prop( 'virtual', wc_string_to_bool( $virtual ) ); }
	public function set_downloadable( $downloadable ) { $this->set_prop( 'downloadable', wc_string_to_bool( $downloadable ) ); }
	public function set_image_id( $image_id = '' ) { $this->set_prop( 'image_id', $image_id ); }
	public function set_attributes( $raw_attributes ) { $this->set_prop( 'attributes', (array) $raw_attributes ); }
	// phpcs:enable

	/**
	 * Sets the SKU; it must be unique among products that are not trashed.
	 *
	 * @param string $sku SKU.
	 * @throws WC_Data_Exception Duplicate SKU.
	 */
	public function set_sku( $sku ) {
		global $wpdb;
		$sku = (string) $sku;
		if ( $this->get_object_read() && '' !== $sku ) {
			$taken = $wpdb->get_var( $wpdb->prepare( "SELECT p.ID FROM {$wpdb->posts} p JOIN {$wpdb->postmeta} m ON m.post_id = p.ID AND m.meta_key = '_sku' WHERE p.post_type IN ('product', 'product_variation') AND p.post_status != 'trash' AND m.meta_value = %s AND p.ID != %d LIMIT 1", $sku, $this->get_id() ) );
			if ( $taken ) {
				$this->error( 'product_invalid_sku', __( 'Invalid or duplicated SKU.', 'woocommerce' ), 400, array( 'resource_id' => (int) $taken, 'unique_sku' => $sku ) );
			}
		}
		$this->set_prop( 'sku', $sku );
	}

	/**
	 * Whether the product is of a type.
	 *
	 * @param string|array $type Type(s).
	 * @return bool
	 */
	public function is_type( $type ) {
		return $this->get_type() === $type || ( is_array( $type ) && in_array( $this->get_type(), $type, true ) );
	}

	/** @return bool Whether it exists in the database. */
	public function exists() {
		return false !== $this->get_status();
	}

	/** @return bool */
	public function is_virtual() {
		return apply_filters( 'woocommerce_is_virtual', true === $this->get_virtual(), $this );
	}

	/** @return bool */
	public function is_downloadable() {
		return apply_filters( 'woocommerce_is_downloadable', true === $this->get_downloadable(), $this );
	}

	/**
	 * Whether a sale price below the regular price is set (no sale dates here).
	 *
	 * @param string $context Context.
	 * @return bool
	 */
	public function is_on_sale( $context = 'view' ) {
		$on_sale = '' !== (string) $this->get_sale_price( $context ) && $this->get_regular_price( $context ) > $this->get_sale_price( $context );
		return 'view' === $context ? apply_filters( 'woocommerce_product_is_on_sale', $on_sale, $this ) : $on_sale;
	}

	/** @return bool Published (or editable by the current user) and priced. */
	public function is_purchasable() {
		return apply_filters( 'woocommerce_is_purchasable', $this->exists() && ( 'publish' === $this->get_status() || current_user_can( 'edit_post', $this->get_id() ) ) && '' !== $this->get_price(), $this );
	}

	/**
	 * Price HTML: wc_price(), or the regular price struck through when on sale (woocommerce_get_price_html).
	 *
	 * @param string $deprecated Unused.
	 * @return string
	 */
	public function get_price_html( $deprecated = '' ) {
		if ( '' === $this->get_price() ) {
			$price = apply_filters( 'woocommerce_empty_price_html', '', $this );
		} elseif ( $this->is_on_sale() ) {
			$price = wc_format_sale_price( $this->get_regular_price(), $this->get_price() );
		} else {
			$price = wc_price( $this->get_price() );
		}
		return apply_filters( 'woocommerce_get_price_html', $price, $this );
	}

	/** @return int[] Child ids (variations of a variable product). */
	public function get_children() {
		return array();
	}

	/** @return string */
	public function get_permalink() {
		return get_permalink( $this->get_id() );
	}

	/**
	 * Saves the product; returns its id.
	 *
	 * @return int
	 */
	public function save() {
		if ( $this->get_object_read() && ! $this->get_id() && ! $this->get_status( 'edit' ) ) {
			$this->set_status( 'publish' );
		}
		return parent::save();
	}
}
