<?php
/**
 * Entitlements on WooCommerce's order screens.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\WooCommerce;

use EntitlementLedger\Admin\AdminPage;
use EntitlementLedger\Domain\Access\Capabilities;
use EntitlementLedger\Domain\Entitlements\Entitlement;
use EntitlementLedger\Domain\Entitlements\EntitlementStatus;
use EntitlementLedger\Domain\Money\Money;
use EntitlementLedger\Infrastructure\Registerable;
use WC_Order;
use WP_Post;

/**
 * An "Entitlements" column in the orders list (HPOS and posts storage) that marks gift
 * fulfilment orders with a link to their entitlement and counts a premium order's
 * entitlements, both from order meta WooCommerce has already loaded for the row (no query);
 * and an order meta box listing the entitlements linked to the order, as the order that sold
 * them or the order that fulfils them (two queries, only on the order screen).
 */
final class OrderAdmin implements Registerable {

	public const COLUMN   = 'el_entitlements';
	public const META_BOX = 'el-order-entitlements';

	private const SCREENS   = array( 'shop_order', 'woocommerce_page_wc-orders' );
	private const BOX_LIMIT = 50;

	/**
	 * Entitlements found for the order on this screen, by order id.
	 *
	 * @var array<int, array{items: list<Entitlement>, total: int}>
	 */
	private array $linked = array();

	/**
	 * Constructor.
	 *
	 * @param OrderEntitlements $orders Order lookups.
	 */
	public function __construct( private OrderEntitlements $orders ) {
	}

	/**
	 * In wp-admin with WooCommerce active.
	 */
	public function is_needed(): bool {
		return is_admin() && class_exists( 'WooCommerce' );
	}

	/**
	 * Adds hooks.
	 */
	public function register(): void {
		add_filter( 'manage_woocommerce_page_wc-orders_columns', array( $this, 'handle_manage_orders_columns' ) );
		add_action( 'manage_woocommerce_page_wc-orders_custom_column', array( $this, 'handle_manage_woocommerce_page_wc_orders_custom_column' ), 10, 2 );
		add_filter( 'manage_edit-shop_order_columns', array( $this, 'handle_manage_orders_columns' ) );
		add_action( 'manage_shop_order_posts_custom_column', array( $this, 'handle_manage_shop_order_posts_custom_column' ), 10, 2 );
		add_action( 'add_meta_boxes', array( $this, 'handle_add_meta_boxes' ), 10, 2 );
	}

	/**
	 * Adds the column before the order total (or at the end).
	 *
	 * @param mixed $columns Column id => label.
	 * @return mixed
	 */
	public function handle_manage_orders_columns( mixed $columns ): mixed {
		if ( ! is_array( $columns ) ) {
			return $columns;
		}
		$label = __( 'Entitlements', 'entitlement-ledger' );
		$added = array();
		foreach ( $columns as $id => $column_label ) {
			if ( 'order_total' === $id ) {
				$added[ self::COLUMN ] = $label;
			}
			$added[ $id ] = $column_label;
		}
		if ( ! isset( $added[ self::COLUMN ] ) ) {
			$added[ self::COLUMN ] = $label;
		}
		return $added;
	}

	/**
	 * HPOS list cell: `manage_woocommerce_page_wc-orders_custom_column` ( string $column_name, WC_Order $order ).
	 *
	 * @param mixed $column Column id.
	 * @param mixed $order  Order.
	 */
	public function handle_manage_woocommerce_page_wc_orders_custom_column( mixed $column, mixed $order ): void {
		if ( self::COLUMN === $column && $order instanceof WC_Order ) {
			$this->render_cell( $order );
		}
	}

	/**
	 * Posts-storage list cell: `manage_shop_order_posts_custom_column` ( string $column, int $post_id ).
	 *
	 * @param mixed $column  Column id.
	 * @param mixed $post_id Order id.
	 */
	public function handle_manage_shop_order_posts_custom_column( mixed $column, mixed $post_id ): void {
		if ( self::COLUMN !== $column || ! is_numeric( $post_id ) || ! function_exists( 'wc_get_order' ) ) {
			return;
		}
		$order = wc_get_order( (int) $post_id );
		if ( $order instanceof WC_Order ) {
			$this->render_cell( $order );
		}
	}

	/**
	 * `add_meta_boxes` ( string $screen_id_or_post_type, WP_Post|WC_Order $post_or_order ): adds
	 * the box on the order edit screen when entitlements are linked to the order.
	 *
	 * @param mixed $screen        Screen id (HPOS) or post type (posts storage).
	 * @param mixed $post_or_order The order, or its post.
	 */
	public function handle_add_meta_boxes( mixed $screen, mixed $post_or_order = null ): void {
		$screens = $this->order_screens();
		if ( ! in_array( $screen, $screens, true ) ) {
			return;
		}
		$order = $this->to_order( $post_or_order );
		if ( null === $order ) {
			return;
		}
		$linked = $this->linked( $order->get_id() );
		if ( 0 === $linked['total'] ) {
			return;
		}
		add_meta_box( self::META_BOX, __( 'Entitlements', 'entitlement-ledger' ), array( $this, 'render_meta_box' ), $screens, 'normal', 'default' );
	}

	/**
	 * The meta box: the linked entitlements with their status and amounts.
	 *
	 * @param mixed $post_or_order The order, or its post.
	 */
	public function render_meta_box( mixed $post_or_order ): void {
		$order = $this->to_order( $post_or_order );
		if ( null === $order ) {
			return;
		}
		$linked = $this->linked( $order->get_id() );
		if ( 0 === $linked['total'] ) {
			echo '<p>' . esc_html__( 'No entitlements are linked to this order.', 'entitlement-ledger' ) . '</p>';
			return;
		}
		if ( OrderEntitlements::is_fulfilment( $order ) ) {
			echo '<p class="el-order-marker el-order-marker--fulfilment"><strong>' . esc_html__( 'Gift fulfilment', 'entitlement-ledger' ) . '</strong> ' . esc_html__( 'This order ships a gift chosen for the entitlement below.', 'entitlement-ledger' ) . '</p>';
		}
		echo '<table class="widefat striped el-order-entitlements"><thead><tr>';
		$headings = array(
			__( 'Entitlement', 'entitlement-ledger' ),
			__( 'Cycle', 'entitlement-ledger' ),
			__( 'Status', 'entitlement-ledger' ),
			__( 'Deferred', 'entitlement-ledger' ),
			__( 'Earned', 'entitlement-ledger' ),
			__( 'This order', 'entitlement-ledger' ),
		);
		foreach ( $headings as $heading ) {
			echo '<th scope="col">' . esc_html( $heading ) . '</th>';
		}
		echo '</tr></thead><tbody>';
		foreach ( $linked['items'] as $entitlement ) {
			$this->render_row( $order, $entitlement );
		}
		echo '</tbody></table>';
		if ( $linked['total'] > count( $linked['items'] ) ) {
			/* translators: 1: entitlements shown, 2: entitlements linked. */
			echo '<p>' . esc_html( sprintf( __( 'Showing %1$d of %2$d entitlements. Search for this order number in Entitlements to see them all.', 'entitlement-ledger' ), count( $linked['items'] ), $linked['total'] ) ) . '</p>';
		}
	}

	/**
	 * The list cell of one order.
	 *
	 * @param WC_Order $order Order.
	 */
	private function render_cell( WC_Order $order ): void {
		if ( OrderEntitlements::is_fulfilment( $order ) ) {
			$entitlement_id = OrderEntitlements::fulfilled_entitlement_id( $order );
			echo '<mark class="el-order-marker el-order-marker--fulfilment">' . esc_html__( 'Gift fulfilment', 'entitlement-ledger' ) . '</mark>';
			if ( $entitlement_id > 0 ) {
				/* translators: %d: entitlement id. */
				echo ' ' . $this->entitlement_link( $entitlement_id, sprintf( __( 'Entitlement #%d', 'entitlement-ledger' ), $entitlement_id ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in entitlement_link().
			}
			return;
		}
		$count = OrderEntitlements::summary( $order )['count'];
		if ( $count > 0 ) {
			/* translators: %d: number of entitlements. */
			echo '<span class="el-order-marker el-order-marker--premium">' . esc_html( sprintf( _n( '%d entitlement', '%d entitlements', $count, 'entitlement-ledger' ), $count ) ) . '</span>';
			return;
		}
		echo '<span aria-hidden="true">&ndash;</span>';
	}

	/**
	 * One row of the meta box.
	 *
	 * @param WC_Order    $order       The order on screen.
	 * @param Entitlement $entitlement Entitlement.
	 */
	private function render_row( WC_Order $order, Entitlement $entitlement ): void {
		$relation = $entitlement->source_order_id === $order->get_id() ? __( 'Sold it', 'entitlement-ledger' ) : __( 'Fulfils it', 'entitlement-ledger' );
		$flagged  = isset( $entitlement->meta[ OrderEntitlements::META_REFUND_FLAG ] );
		echo '<tr><td>';
		/* translators: %d: entitlement id. */
		echo $this->entitlement_link( $entitlement->id, sprintf( __( '#%d', 'entitlement-ledger' ), $entitlement->id ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in entitlement_link().
		echo '</td><td>' . esc_html( (string) $entitlement->number ) . '</td><td>' . esc_html( self::status_label( $entitlement->status ) );
		if ( $flagged ) {
			echo ' <mark class="el-order-marker el-order-marker--flagged">' . esc_html__( 'Refund flagged', 'entitlement-ledger' ) . '</mark>';
		}
		echo '</td><td>' . wp_kses_post( $this->money( $entitlement->deferred_amount, $entitlement ) ) . '</td>';
		echo '<td>' . wp_kses_post( $this->money( $entitlement->earned_amount, $entitlement ) ) . '</td>';
		echo '<td>' . esc_html( $relation ) . '</td></tr>';
	}

	/**
	 * What circulation staff call a status.
	 *
	 * @param EntitlementStatus $status Status.
	 */
	public static function status_label( EntitlementStatus $status ): string {
		return match ( $status ) {
			EntitlementStatus::Active    => __( 'Unredeemed', 'entitlement-ledger' ),
			EntitlementStatus::Redeemed  => __( 'Redeemed', 'entitlement-ledger' ),
			EntitlementStatus::Expired   => __( 'Expired', 'entitlement-ledger' ),
			EntitlementStatus::Cancelled => __( 'Cancelled', 'entitlement-ledger' ),
		};
	}

	/**
	 * An amount: WooCommerce's price markup when available, else "12.50 USD" (escaped).
	 *
	 * @param int         $minor       Minor units.
	 * @param Entitlement $entitlement Its entitlement (currency).
	 */
	private function money( int $minor, Entitlement $entitlement ): string {
		$decimal = Money::format( $minor, $entitlement->currency );
		if ( function_exists( 'wc_price' ) ) {
			return wc_price(
				(float) $decimal, // Display only: wc_price() formats a float.
				array(
					'currency' => $entitlement->currency->code,
					'decimals' => $entitlement->currency->minor_unit,
				)
			);
		}
		return esc_html( $decimal . ' ' . $entitlement->currency->code );
	}

	/**
	 * A link to the entitlement in the admin app (plain text for users who cannot open it).
	 *
	 * @param int    $entitlement_id Entitlement id.
	 * @param string $text           Link text.
	 * @return string Escaped HTML.
	 */
	private function entitlement_link( int $entitlement_id, string $text ): string {
		if ( ! current_user_can( Capabilities::MANAGE_ENTITLEMENTS ) ) {
			return esc_html( $text );
		}
		$url = add_query_arg(
			array(
				'page'        => AdminPage::SLUG,
				'entitlement' => $entitlement_id,
			),
			admin_url( 'admin.php' )
		);
		return '<a href="' . esc_url( $url ) . '">' . esc_html( $text ) . '</a>';
	}

	/**
	 * The entitlements linked to an order, read once per request.
	 *
	 * @param int $order_id Order id.
	 * @return array{items: list<Entitlement>, total: int}
	 */
	private function linked( int $order_id ): array {
		if ( ! isset( $this->linked[ $order_id ] ) ) {
			$this->linked[ $order_id ] = $this->orders->linked( $order_id, self::BOX_LIMIT );
		}
		return $this->linked[ $order_id ];
	}

	/**
	 * The order edit screens: WooCommerce's own id for the storage in use, plus both known ids.
	 *
	 * @return list<string>
	 */
	private function order_screens(): array {
		$screens = self::SCREENS;
		if ( function_exists( 'wc_get_page_screen_id' ) ) {
			$screens[] = (string) wc_get_page_screen_id( 'shop-order' );
		}
		return array_values( array_unique( array_filter( $screens ) ) );
	}

	/**
	 * The order behind a meta box argument.
	 *
	 * @param mixed $post_or_order WC_Order (HPOS) or WP_Post (posts storage).
	 */
	private function to_order( mixed $post_or_order ): ?WC_Order {
		if ( $post_or_order instanceof WC_Order ) {
			return $post_or_order;
		}
		if ( $post_or_order instanceof WP_Post && function_exists( 'wc_get_order' ) ) {
			$order = wc_get_order( $post_or_order->ID );
			return $order instanceof WC_Order ? $order : null;
		}
		return null;
	}
}
