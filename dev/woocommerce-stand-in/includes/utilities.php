<?php
/**
 * Automattic\WooCommerce\Utilities\FeaturesUtil and OrderUtil (the parts listed in README.md).
 *
 * @package WooCommerceStandIn
 */

namespace Automattic\WooCommerce\Utilities;

defined( 'ABSPATH' ) || exit;

/**
 * Feature compatibility declarations.
 */
class FeaturesUtil {

	/** @var string[] Features known to this stand-in. */
	const FEATURES = array( 'custom_order_tables', 'cart_checkout_blocks', 'product_block_editor', 'analytics', 'remote_logging', 'email_improvements', 'cost_of_goods_sold', 'point_of_sale', 'hpos_fts_indexes', 'order_attribution', 'product_instance_caching' );

	/** @var array plugin id => compatible|incompatible => feature ids. */
	private static $compatibility = array();

	/**
	 * Declares a plugin (in)compatible with a feature. As in WooCommerce, only inside before_woocommerce_init,
	 * only for a known feature and an installed plugin; declaring both ways throws.
	 *
	 * @param string $feature_id             Feature id, e.g. custom_order_tables.
	 * @param string $plugin_file            Plugin file path (__FILE__) or 'dir/file.php'.
	 * @param bool   $positive_compatibility Compatible (true) or incompatible.
	 * @return bool
	 * @throws \Exception Declared both compatible and incompatible.
	 */
	public static function declare_compatibility( string $feature_id, string $plugin_file, bool $positive_compatibility = true ): bool {
		if ( ! function_exists( 'get_plugins' ) ) {
			require_once ABSPATH . 'wp-admin/includes/plugin.php';
		}
		$plugin_id = isset( get_plugins()[ $plugin_file ] ) ? $plugin_file : plugin_basename( $plugin_file );
		if ( ! isset( get_plugins()[ $plugin_id ] ) ) {
			error_log( "FeaturesUtil::declare_compatibility: {$plugin_file} is not a known WordPress plugin." ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions
			return false;
		}
		if ( ! doing_action( 'before_woocommerce_init' ) ) {
			_doing_it_wrong( 'FeaturesController::declare_compatibility', 'FeaturesController::declare_compatibility should be called inside the before_woocommerce_init action.', '7.0' );
			return false;
		}
		if ( ! in_array( $feature_id, self::FEATURES, true ) ) {
			return false;
		}
		$key      = $positive_compatibility ? 'compatible' : 'incompatible';
		$opposite = $positive_compatibility ? 'incompatible' : 'compatible';
		if ( in_array( $feature_id, self::$compatibility[ $plugin_id ][ $opposite ] ?? array(), true ) ) {
			throw new \Exception( "Plugin {$plugin_id} is trying to declare itself as {$key} with the '{$feature_id}' feature, but it already declared itself as {$opposite}" );
		}
		self::$compatibility[ $plugin_id ][ $key ][] = $feature_id;
		self::$compatibility[ $plugin_id ][ $key ]   = array_values( array_unique( self::$compatibility[ $plugin_id ][ $key ] ) );
		return true;
	}

	/**
	 * Features a plugin declared itself (in)compatible with.
	 *
	 * @param string $plugin_name Plugin id, 'dir/file.php'.
	 * @return array compatible and incompatible feature ids.
	 */
	public static function get_compatible_features_for_plugin( string $plugin_name ): array {
		return array_merge( array( 'compatible' => array(), 'incompatible' => array() ), self::$compatibility[ $plugin_name ] ?? array() );
	}
}

/**
 * Order helpers.
 */
final class OrderUtil {

	/** @return bool Whether orders are authoritative in the custom tables (option woocommerce_custom_orders_table_enabled; the stand-in always stores them there). */
	public static function custom_orders_table_usage_is_enabled(): bool {
		return 'yes' === get_option( 'woocommerce_custom_orders_table_enabled' );
	}

	/**
	 * Admin edit URL of an order (HPOS page, or post.php when HPOS is off, as in WooCommerce).
	 *
	 * @param int $order_id Order id.
	 * @return string
	 */
	public static function get_order_admin_edit_url( int $order_id ): string {
		return self::custom_orders_table_usage_is_enabled() ? admin_url( 'admin.php?page=wc-orders&action=edit&id=' . absint( $order_id ) ) : admin_url( 'post.php?post=' . absint( $order_id ) ) . '&action=edit';
	}

	/** @return string Screen id of the order edit screen, for add_meta_box(). */
	public static function get_order_admin_screen(): string {
		return self::custom_orders_table_usage_is_enabled() ? 'woocommerce_page_wc-orders' : 'shop_order';
	}

	/**
	 * Removes the 'wc-' prefix.
	 *
	 * @param string $status Status.
	 * @return string
	 */
	public static function remove_status_prefix( string $status ): string {
		return \WC_Stand_In_Status::remove_prefix( $status );
	}
}
