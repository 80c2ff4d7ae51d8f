<?php
/**
 * GET /products: the product search of the gift editor.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\RestApi\Controllers;

use EntitlementLedger\Domain\Access\Capabilities;
use EntitlementLedger\Domain\DomainError;
use EntitlementLedger\RestApi\Schemas;
use WC_Product;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * The WooCommerce products a gift can ship: simple products and single variations, found
 * by name (or by id with `include`). Read through wc_get_products() only, so it works with
 * any product storage; WooCommerce's own wc/v3 API is not assumed to be there, and would
 * ask for the broader edit_products capability.
 */
class ProductsController extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'products';

	/**
	 * Product types a gift can ship (a variable product ships one of its variations).
	 */
	private const SHIPPABLE_TYPES = array( 'simple', 'variation' );

	/**
	 * Registers the route.
	 */
	public function register_routes(): void {
		register_rest_route(
			self::NAMESPACE,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => $this->requires( Capabilities::MANAGE_ENTITLEMENTS ),
					'args'                => $this->get_collection_params(),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * GET /products.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_items( $request ) {
		return $this->read(
			function () use ( $request ): WP_REST_Response {
				if ( ! function_exists( 'wc_get_products' ) ) {
					throw new DomainError( 'el_woocommerce_inactive', __( 'WooCommerce is not active.', 'entitlement-ledger' ), 503 );
				}
				$per_page = (int) $request['per_page'];
				$query    = array(
					'type'     => self::SHIPPABLE_TYPES,
					'status'   => array( 'publish', 'private' ),
					'limit'    => $per_page,
					'page'     => (int) $request['page'],
					'paginate' => true,
					'orderby'  => 'title',
					'order'    => 'ASC',
					'return'   => 'objects',
				);
				$search   = isset( $request['search'] ) ? trim( (string) $request['search'] ) : '';
				if ( '' !== $search ) {
					$query['s'] = $search;
				}
				$include = array_values( array_filter( array_map( 'intval', (array) ( $request['include'] ?? array() ) ) ) );
				if ( array() !== $include ) {
					$query['include'] = $include;
				}
				$result   = wc_get_products( $query );
				$products = is_object( $result ) && isset( $result->products ) ? (array) $result->products : array();
				$total    = is_object( $result ) && isset( $result->total ) ? (int) $result->total : count( $products );
				$items    = array();
				foreach ( $products as $product ) {
					if ( $product instanceof WC_Product ) {
						$items[] = $this->present( $product );
					}
				}
				return $this->paged( $items, $total, $per_page );
			}
		);
	}

	/**
	 * A product as the gift editor needs it.
	 *
	 * @param WC_Product $product Product or variation.
	 * @return array<string, mixed>
	 */
	private function present( WC_Product $product ): array {
		$image_id = (int) $product->get_image_id();
		$parent   = $product->get_parent_id();
		if ( 0 === $image_id && $parent > 0 ) {
			$parent_product = wc_get_product( $parent );
			$image_id       = $parent_product instanceof WC_Product ? (int) $parent_product->get_image_id() : 0;
		}
		$image = $image_id > 0 ? wp_get_attachment_image_url( $image_id, 'thumbnail' ) : false;
		return array(
			'id'        => $product->get_id(),
			'name'      => wp_strip_all_tags( $product->get_name() ),
			'type'      => $product->is_type( 'variation' ) ? 'variation' : 'simple',
			'parent_id' => $parent > 0 ? $parent : null,
			'sku'       => (string) $product->get_sku(),
			'status'    => (string) $product->get_status(),
			'image_id'  => $image_id > 0 ? $image_id : null,
			'image_url' => false === $image ? null : $image,
		);
	}

	/**
	 * Query arguments.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public function get_collection_params() {
		return $this->paging_args() + array(
			'search'  => array(
				'description' => __( 'Part of the product name.', 'entitlement-ledger' ),
				'type'        => 'string',
				'maxLength'   => 190,
			),
			'include' => array(
				'description' => __( 'Only these product ids (to show the product a gift already ships).', 'entitlement-ledger' ),
				'type'        => 'array',
				'items'       => array(
					'type'    => 'integer',
					'minimum' => 1,
					'maximum' => Schemas::MAX_ID,
				),
				'maxItems'    => 100,
			),
		);
	}

	/**
	 * The product resource schema.
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema() {
		if ( null === $this->schema ) {
			$this->schema = array(
				'$schema'    => 'http://json-schema.org/draft-04/schema#',
				'title'      => 'gift_product',
				'type'       => 'object',
				'properties' => array(
					'id'        => array(
						'type'     => 'integer',
						'readonly' => true,
					),
					'name'      => array(
						'description' => __( 'Product name; a variation\'s includes its attributes.', 'entitlement-ledger' ),
						'type'        => 'string',
						'readonly'    => true,
					),
					'type'      => array(
						'type'     => 'string',
						'enum'     => self::SHIPPABLE_TYPES,
						'readonly' => true,
					),
					'parent_id' => array(
						'description' => __( 'The variable product of a variation.', 'entitlement-ledger' ),
						'type'        => array( 'integer', 'null' ),
						'readonly'    => true,
					),
					'sku'       => array(
						'type'     => 'string',
						'readonly' => true,
					),
					'status'    => array(
						'type'     => 'string',
						'readonly' => true,
					),
					'image_id'  => array(
						'description' => __( 'The product image (a variation without one: its parent\'s).', 'entitlement-ledger' ),
						'type'        => array( 'integer', 'null' ),
						'readonly'    => true,
					),
					'image_url' => array(
						'type'     => array( 'string', 'null' ),
						'readonly' => true,
					),
				),
			);
		}
		return $this->add_additional_fields_schema( $this->schema );
	}
}
