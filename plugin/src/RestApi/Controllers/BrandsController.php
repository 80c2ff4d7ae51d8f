<?php
/**
 * /brands, /brands/{slug}, /brands/{slug}/products, /brands/{slug}/keys[/{id}].
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\RestApi\Controllers;

use EntitlementLedger\DataStores\BrandApiKeyStore;
use EntitlementLedger\DataStores\BrandStore;
use EntitlementLedger\DataStores\LicensedProductStore;
use EntitlementLedger\Domain\Access\Capabilities;
use EntitlementLedger\Domain\Licenses\BrandApiKey;
use EntitlementLedger\Domain\Licenses\BrandService;
use EntitlementLedger\Domain\Licenses\LicensedProduct;
use EntitlementLedger\RestApi\Idempotency\IdempotencyGuard;
use EntitlementLedger\RestApi\Licenses\LicenseSchemas;
use EntitlementLedger\RestApi\Presenters\LicensePresenter;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * Brands, their licensed products and their API keys: staff with el_manage_licenses only
 * (brand API keys cannot mint more keys).
 */
class BrandsController extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'brands';

	private const SLUG = '(?P<slug>[a-z0-9-]{1,64})';

	/**
	 * Constructor.
	 *
	 * @param IdempotencyGuard     $guard    Idempotent writes.
	 * @param BrandService         $service  Brand changes.
	 * @param BrandStore           $brands   Brand reads.
	 * @param LicensedProductStore $products Product reads.
	 * @param BrandApiKeyStore     $keys     Key reads.
	 */
	public function __construct(
		IdempotencyGuard $guard,
		private BrandService $service,
		private BrandStore $brands,
		private LicensedProductStore $products,
		private BrandApiKeyStore $keys
	) {
		parent::__construct( $guard );
	}

	/**
	 * Registers the routes.
	 */
	public function register_routes(): void {
		$manage     = $this->requires( Capabilities::MANAGE_LICENSES );
		$slug_arg   = array( 'slug' => LicenseSchemas::slug( __( 'Brand slug.', 'entitlement-ledger' ) ) );
		$brand      = LicenseSchemas::brand()['properties'];
		$product    = LicenseSchemas::product()['properties'];
		$brand_args = array(
			'name'              => $brand['name'],
			'instance_patterns' => $brand['instance_patterns'],
		);
		register_rest_route(
			self::NAMESPACE,
			'/brands',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => $manage,
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => $manage,
					'args'                => array(
						'slug' => $brand['slug'] + array( 'required' => true ),
						'name' => $brand['name'] + array( 'required' => true ),
					) + array( 'instance_patterns' => $brand['instance_patterns'] ),
				),
				'schema' => array( LicenseSchemas::class, 'brand' ),
			)
		);
		register_rest_route(
			self::NAMESPACE,
			'/brands/' . self::SLUG,
			array(
				'args'   => $slug_arg,
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => $manage,
				),
				array(
					'methods'             => 'PATCH',
					'callback'            => array( $this, 'update_item' ),
					'permission_callback' => $manage,
					'args'                => $brand_args,
				),
				'schema' => array( LicenseSchemas::class, 'brand' ),
			)
		);
		register_rest_route(
			self::NAMESPACE,
			'/brands/' . self::SLUG . '/products',
			array(
				'args'   => $slug_arg,
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_products' ),
					'permission_callback' => $manage,
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_product' ),
					'permission_callback' => $manage,
					'args'                => array(
						'slug'           => $product['slug'] + array( 'required' => true ),
						'name'           => $product['name'] + array( 'required' => true ),
						'seats'          => $product['seats'],
						'validity_days'  => $product['validity_days'],
						'wc_product_ids' => $product['wc_product_ids'],
					),
				),
				'schema' => array( LicenseSchemas::class, 'product' ),
			)
		);
		register_rest_route(
			self::NAMESPACE,
			'/brands/' . self::SLUG . '/products/(?P<product>[a-z0-9-]{1,64})',
			array(
				'args'   => $slug_arg + array( 'product' => LicenseSchemas::slug( __( 'Licensed product slug.', 'entitlement-ledger' ) ) ),
				array(
					'methods'             => 'PATCH',
					'callback'            => array( $this, 'update_product' ),
					'permission_callback' => $manage,
					'args'                => array(
						'name'           => $product['name'],
						'seats'          => $product['seats'],
						'validity_days'  => $product['validity_days'],
						'wc_product_ids' => $product['wc_product_ids'],
					),
				),
				'schema' => array( LicenseSchemas::class, 'product' ),
			)
		);
		register_rest_route(
			self::NAMESPACE,
			'/brands/' . self::SLUG . '/keys',
			array(
				'args'   => $slug_arg,
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_keys' ),
					'permission_callback' => $manage,
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_key' ),
					'permission_callback' => $manage,
					'args'                => array(
						'name' => array(
							'description' => __( 'What the key is for, e.g. "Checkout server".', 'entitlement-ledger' ),
							'type'        => 'string',
							'maxLength'   => 190,
							'default'     => '',
						),
					),
				),
				'schema' => array( LicenseSchemas::class, 'brand_key' ),
			)
		);
		register_rest_route(
			self::NAMESPACE,
			'/brands/' . self::SLUG . '/keys/(?P<id>\d+)',
			array(
				'args'   => $slug_arg + $this->id_arg(),
				array(
					'methods'             => WP_REST_Server::DELETABLE,
					'callback'            => array( $this, 'revoke_key' ),
					'permission_callback' => $manage,
				),
				'schema' => array( LicenseSchemas::class, 'brand_key' ),
			)
		);
	}

	/**
	 * GET /brands.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_items( $request ) {
		return $this->read(
			function (): WP_REST_Response {
				$brands = array_map( array( LicensePresenter::class, 'brand' ), $this->brands->all() );
				return $this->paged( $brands, count( $brands ), max( 1, count( $brands ) ) );
			}
		);
	}

	/**
	 * POST /brands.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		return $this->write(
			$request,
			function () use ( $request ): WP_REST_Response {
				$brand    = $this->service->create_brand( $this->fields( $request, array( 'slug', 'name', 'instance_patterns' ) ) );
				$response = new WP_REST_Response( LicensePresenter::brand( $brand ), 201 );
				$response->header( 'Location', $this->url( '/brands/' . $brand->slug ) );
				return $response;
			}
		);
	}

	/**
	 * GET /brands/{slug}.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		return $this->read( fn(): WP_REST_Response => new WP_REST_Response( LicensePresenter::brand( $this->service->require_brand( $this->path_slug( $request ) ) ) ) );
	}

	/**
	 * PATCH /brands/{slug}.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		return $this->write(
			$request,
			fn(): WP_REST_Response => new WP_REST_Response( LicensePresenter::brand( $this->service->update_brand( $this->path_slug( $request ), $this->fields( $request, array( 'name', 'instance_patterns' ) ) ) ) )
		);
	}

	/**
	 * GET /brands/{slug}/products.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 */
	public function get_products( WP_REST_Request $request ): WP_REST_Response|WP_Error {
		return $this->read(
			function () use ( $request ): WP_REST_Response {
				$brand    = $this->service->require_brand( $this->path_slug( $request ) );
				$products = array_map( static fn( LicensedProduct $product ): array => LicensePresenter::product( $product, $brand->slug ), $this->products->for_brand( $brand->id ) );
				return $this->paged( $products, count( $products ), max( 1, count( $products ) ) );
			}
		);
	}

	/**
	 * POST /brands/{slug}/products.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 */
	public function create_product( WP_REST_Request $request ): WP_REST_Response|WP_Error {
		return $this->write(
			$request,
			function () use ( $request ): WP_REST_Response {
				$slug    = $this->path_slug( $request );
				$product = $this->service->create_product( $slug, $this->fields( $request, array( 'slug', 'name', 'seats', 'validity_days', 'wc_product_ids' ) ) );
				return new WP_REST_Response( LicensePresenter::product( $product, $slug ), 201 );
			}
		);
	}

	/**
	 * PATCH /brands/{slug}/products/{product}.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 */
	public function update_product( WP_REST_Request $request ): WP_REST_Response|WP_Error {
		return $this->write(
			$request,
			function () use ( $request ): WP_REST_Response {
				$slug    = $this->path_slug( $request );
				$params  = $request->get_url_params();
				$product = $this->service->update_product( $slug, isset( $params['product'] ) ? (string) $params['product'] : '', $this->fields( $request, array( 'name', 'seats', 'validity_days', 'wc_product_ids' ) ) );
				return new WP_REST_Response( LicensePresenter::product( $product, $slug ) );
			}
		);
	}

	/**
	 * GET /brands/{slug}/keys.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 */
	public function get_keys( WP_REST_Request $request ): WP_REST_Response|WP_Error {
		return $this->read(
			function () use ( $request ): WP_REST_Response {
				$brand = $this->service->require_brand( $this->path_slug( $request ) );
				$keys  = array_map( static fn( BrandApiKey $key ): array => LicensePresenter::brand_key( $key, $brand->slug ), $this->keys->for_brand( $brand->id ) );
				return $this->paged( $keys, count( $keys ), max( 1, count( $keys ) ) );
			}
		);
	}

	/**
	 * POST /brands/{slug}/keys: 201 with the full key, shown this once.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 */
	public function create_key( WP_REST_Request $request ): WP_REST_Response|WP_Error {
		return $this->write(
			$request,
			function () use ( $request ): WP_REST_Response {
				$slug    = $this->path_slug( $request );
				$created = $this->service->create_key( $slug, (string) $request['name'] );
				return new WP_REST_Response( LicensePresenter::brand_key( $created['key'], $slug ) + array( 'key' => $created['secret'] ), 201 );
			}
		);
	}

	/**
	 * DELETE /brands/{slug}/keys/{id}: revokes the key (kept for the audit trail).
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 */
	public function revoke_key( WP_REST_Request $request ): WP_REST_Response|WP_Error {
		return $this->write(
			$request,
			function () use ( $request ): WP_REST_Response {
				$slug = $this->path_slug( $request );
				return new WP_REST_Response( LicensePresenter::brand_key( $this->service->revoke_key( $slug, $this->path_id( $request ) ), $slug ) );
			}
		);
	}

	/**
	 * The brand slug from the path only.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 */
	private function path_slug( WP_REST_Request $request ): string {
		$params = $request->get_url_params();
		return isset( $params['slug'] ) ? (string) $params['slug'] : '';
	}

	/**
	 * Fields present in the body.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 * @param list<string>                          $names   Field names.
	 * @return array<string, mixed>
	 */
	private function fields( WP_REST_Request $request, array $names ): array {
		$fields = array();
		$body   = $request->get_json_params() ?? $request->get_body_params();
		foreach ( $names as $name ) {
			// The path's slug must not be overwritten by WordPress's merged parameters.
			if ( is_array( $body ) && array_key_exists( $name, $body ) ) {
				$fields[ $name ] = $request[ $name ];
			}
		}
		return $fields;
	}

	/**
	 * Item schema.
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema() {
		return LicenseSchemas::brand();
	}
}
