<?php
/**
 * GET /products.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\Gifts;

use EntitlementLedger\Tests\Framework\IntegrationTestCase;
use WC_Product;
use WC_Product_Simple;
use WC_Product_Variable;
use WC_Product_Variation;

/**
 * The gift editor's product search: simple products and variations found by name or id,
 * through WooCommerce's product API, for circulation staff only.
 */
final class ProductsRouteTest extends IntegrationTestCase {

	/**
	 * Products made by the test, deleted afterwards.
	 *
	 * @var list<WC_Product>
	 */
	private array $products = array();

	/**
	 * A word no other product of the test site has.
	 *
	 * @var string
	 */
	private string $word = '';

	/**
	 * Picks this test's word.
	 */
	protected function setUp(): void {
		parent::setUp();
		$this->word = 'Zq' . strtolower( wp_generate_password( 6, false ) );
	}

	/**
	 * Deletes the products.
	 */
	protected function tearDown(): void {
		foreach ( array_reverse( $this->products ) as $product ) {
			$product->delete( true );
		}
		$this->products = array();
		parent::tearDown();
	}

	public function test_search_finds_simple_products_and_variations_by_name_but_not_variable_parents_or_drafts(): void {
		$mug      = $this->simple( "{$this->word} mug", 'publish', 'MUG-1' );
		$variable = new WC_Product_Variable();
		$variable->set_name( "{$this->word} tote" );
		$variable->set_status( 'publish' );
		$variable->save();
		$this->products[] = $variable;
		$large            = $this->variation( $variable, "{$this->word} tote - Large" );
		$this->simple( "{$this->word} draft poster", 'draft' );
		$this->simple( 'Unrelated umbrella' );
		$this->act_as_circulation_manager();

		$response = $this->rest( 'GET', '/products', array( 'search' => $this->word ) );

		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$items = $response->get_data();
		$this->assertSame( array( $mug->get_id(), $large->get_id() ), array_column( $items, 'id' ), 'by name: the mug and the variation, not the parent, the draft or the umbrella' );
		$this->assertSame( '2', $response->get_headers()['X-WP-Total'] );
		$this->assertSame(
			array(
				'id'        => $mug->get_id(),
				'name'      => "{$this->word} mug",
				'type'      => 'simple',
				'parent_id' => null,
				'sku'       => 'MUG-1',
				'status'    => 'publish',
				'image_id'  => null,
				'image_url' => null,
			),
			$items[0]
		);
		$this->assertSame( 'variation', $items[1]['type'] );
		$this->assertSame( $variable->get_id(), $items[1]['parent_id'] );
	}

	public function test_include_answers_the_given_ids_and_paging_works(): void {
		$first  = $this->simple( "{$this->word} a" );
		$second = $this->simple( "{$this->word} b" );
		$third  = $this->simple( "{$this->word} c" );
		$this->act_as_circulation_manager();

		$included = $this->rest( 'GET', '/products', array( 'include' => array( $third->get_id(), $first->get_id() ) ) )->get_data();
		$this->assertEqualsCanonicalizing( array( $first->get_id(), $third->get_id() ), array_column( $included, 'id' ) );

		$page = $this->rest(
			'GET',
			'/products',
			array(
				'search'   => $this->word,
				'per_page' => 2,
				'page'     => 2,
			)
		);
		$this->assertSame( array( $third->get_id() ), array_column( $page->get_data(), 'id' ) );
		$this->assertSame( '3', $page->get_headers()['X-WP-Total'] );
		$this->assertSame( '2', $page->get_headers()['X-WP-TotalPages'] );
		$this->assertNotContains( $second->get_id(), array_column( $page->get_data(), 'id' ) );
	}

	public function test_a_product_image_comes_with_its_url(): void {
		$image = wp_insert_attachment(
			array(
				'post_title'     => 'Mug photo',
				'post_mime_type' => 'image/png',
				'post_status'    => 'inherit',
			),
			'mug.png'
		);
		$this->assertIsInt( $image );
		$mug = $this->simple( "{$this->word} mug" );
		$mug->set_image_id( $image );
		$mug->save();
		$this->act_as_circulation_manager();

		$item = $this->rest( 'GET', '/products', array( 'search' => $this->word ) )->get_data()[0];

		wp_delete_attachment( $image, true );
		$this->assertSame( $image, $item['image_id'] );
		$this->assertIsString( $item['image_url'] );
		$this->assertStringContainsString( 'mug.png', $item['image_url'] );
	}

	public function test_refusals_and_invalid_arguments(): void {
		$this->assertRestError( 401, 'el_forbidden', $this->rest( 'GET', '/products' ) );
		wp_set_current_user( $this->make_user( 'customer' ) );
		$this->assertRestError( 403, 'el_forbidden', $this->rest( 'GET', '/products', array( 'search' => 'mug' ) ) );

		$this->act_as_circulation_manager();
		$this->assertRestError( 400, 'el_invalid_param', $this->rest( 'GET', '/products', array( 'include' => array( 'abc' ) ) ) );
		$this->assertRestError( 400, 'el_invalid_param', $this->rest( 'GET', '/products', array( 'per_page' => 101 ) ) );
		$this->assertRestError( 400, 'el_invalid_param', $this->rest( 'GET', '/products', array( 'search' => str_repeat( 'a', 191 ) ) ) );
		$sql = $this->rest( 'GET', '/products', array( 'search' => "' OR 1=1 --" ) );
		$this->assertSame( 200, $sql->get_status() );
		$this->assertSame( array(), $sql->get_data(), 'a search is a value, not SQL' );
	}

	/**
	 * A saved simple product.
	 *
	 * @param string $name   Name.
	 * @param string $status Post status.
	 * @param string $sku    SKU.
	 */
	private function simple( string $name, string $status = 'publish', string $sku = '' ): WC_Product_Simple {
		$product = new WC_Product_Simple();
		$product->set_name( $name );
		$product->set_status( $status );
		$product->set_regular_price( '0' );
		if ( '' !== $sku ) {
			$product->set_sku( $sku );
		}
		$product->save();
		$this->products[] = $product;
		return $product;
	}

	/**
	 * A saved variation.
	 *
	 * @param WC_Product_Variable $parent Variable product.
	 * @param string              $name   Name.
	 */
	private function variation( WC_Product_Variable $parent, string $name ): WC_Product_Variation {
		$variation = new WC_Product_Variation();
		$variation->set_parent_id( $parent->get_id() );
		$variation->set_name( $name );
		$variation->set_status( 'publish' );
		$variation->set_attributes( array( 'size' => 'Large' ) );
		$variation->set_regular_price( '0' );
		$variation->save();
		$this->products[] = $variation;
		return $variation;
	}
}
