<?php
/**
 * What the admin app's Licenses and Brands screens need: the staff list (search, sort,
 * totals), a license's detail with its activations, deactivation without the key, and
 * editing a licensed product.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\Licenses;

use EntitlementLedger\DataStores\LicenseStore;

/**
 * Staff routes of the license service, checked in the answers and in the database.
 */
final class LicenseStaffRoutesTest extends LicenseTestCase {

	protected function setUp(): void {
		parent::setUp();
		$this->make_brand( 'rocket', array( 'localhost' ) );
		$this->make_brand( 'comet' );
		wp_set_current_user( $this->make_user( 'administrator' ) );
	}

	public function test_search_finds_licenses_by_the_start_of_the_email_or_of_the_key(): void {
		[ $ann ]        = $this->provision( 'rocket', 'ann.smith@example.test' );
		[ $bob, $key ]  = $this->provision( 'rocket', 'bob@example.test' );
		[ $anna_comet ] = $this->provision( 'comet', 'anna@example.test' );

		$by_email = $this->rest( 'GET', '/licenses', array( 'search' => 'ANN' ) );
		$this->assertSame( 200, $by_email->get_status() );
		$this->assertSame( array( $anna_comet, $ann ), array_column( $by_email->get_data(), 'id' ), 'newest first' );
		$this->assertSame( '2', $by_email->get_headers()['X-WP-Total'] ?? null );

		$prefix = substr( (string) $key, 4, 5 );
		foreach ( array( $prefix, strtolower( $prefix ), 'ELK-' . $prefix, (string) $key ) as $term ) {
			$found = $this->rest( 'GET', '/licenses', array( 'search' => $term ) )->get_data();
			$this->assertContains( $bob, array_column( $found, 'id' ), $term );
			$this->assertNotContains( $ann, array_column( $found, 'id' ), $term );
		}

		$nothing = $this->rest( 'GET', '/licenses', array( 'search' => 'nobody%' ) );
		$this->assertSame( array(), $nothing->get_data(), 'LIKE wildcards are literal' );
		$this->assertSame( '0', $nothing->get_headers()['X-WP-Total'] ?? null );

		$combined = $this->rest(
			'GET',
			'/licenses',
			array(
				'search' => 'ann',
				'brand'  => 'rocket',
			)
		)->get_data();
		$this->assertSame( array( $ann ), array_column( $combined, 'id' ), 'filters narrow the search' );
	}

	public function test_the_list_sorts_and_pages_with_totals(): void {
		$ids = array();
		foreach ( array( 'c@example.test', 'a@example.test', 'b@example.test' ) as $email ) {
			$ids[ $email ] = $this->provision( 'rocket', $email )[0];
		}
		$sorted = $this->rest(
			'GET',
			'/licenses',
			array(
				'orderby' => 'customer_email',
				'order'   => 'asc',
			)
		)->get_data();
		$this->assertSame( array( 'a@example.test', 'b@example.test', 'c@example.test' ), array_column( $sorted, 'customer_email' ) );

		$page = $this->rest(
			'GET',
			'/licenses',
			array(
				'orderby'  => 'created_at',
				'order'    => 'asc',
				'per_page' => 2,
				'page'     => 2,
			)
		);
		$this->assertSame( array( $ids['b@example.test'] ), array_column( $page->get_data(), 'id' ) );
		$this->assertSame( '3', $page->get_headers()['X-WP-Total'] ?? null );
		$this->assertSame( '2', $page->get_headers()['X-WP-TotalPages'] ?? null );

		$this->assertSame( 400, $this->rest( 'GET', '/licenses', array( 'orderby' => 'secret_hash' ) )->get_status() );
	}

	public function test_the_detail_lists_activations_and_staff_deactivate_an_instance_without_the_key(): void {
		[ $id, $key ] = $this->provision( 'rocket', 'ann@example.test' );
		foreach ( array( 'https://one.example', 'localhost' ) as $instance ) {
			$this->assertSame( 201, $this->rest( 'POST', '/licenses/' . $key . '/activate', array( 'instance' => $instance ) )->get_status() );
		}

		$detail = $this->rest( 'GET', '/licenses/' . $id );
		$this->assertSame( 200, $detail->get_status(), wp_json_encode( $detail->get_data() ) );
		$body = $detail->get_data();
		$this->assertSame( $id, $body['id'] );
		$this->assertSame( 1, $body['seats_used'], 'localhost uses no seat' );
		$this->assertEqualsCanonicalizing( array( 'https://one.example', 'localhost' ), array_column( $body['activations'], 'instance' ) );
		$this->assertArrayNotHasKey( 'key', $body );
		$this->assertSame(
			array(
				'customer'     => null,
				'source_order' => null,
			),
			$body['links'],
			'no user and no order behind a license provisioned over REST'
		);

		$off = $this->rest( 'POST', '/licenses/' . $id . '/activations/deactivate', array( 'instance' => 'https://one.example' ) );
		$this->assertSame( 200, $off->get_status(), wp_json_encode( $off->get_data() ) );
		$this->assertSame( 0, $off->get_data()['seats_used'] );
		$this->assertSame( 1, $this->active_rows( $id ) );
		$this->assertSame( array( 'https://one.example' ), array_column( array_filter( $off->get_data()['activations'], static fn( array $a ): bool => ! $a['active'] ), 'instance' ) );
		$this->assertContains( 'license.deactivated', $this->audit_actions( $id ) );

		$this->assertRestError( 404, 'el_activation_not_found', $this->rest( 'POST', '/licenses/' . $id . '/activations/deactivate', array( 'instance' => 'https://one.example' ) ) );
		$this->assertRestError( 404, 'el_license_not_found', $this->rest( 'GET', '/licenses/999999' ) );
		$this->assertSame( 400, $this->rest( 'POST', '/licenses/' . $id . '/activations/deactivate', array( 'instance' => str_repeat( 'x', 300 ) ) )->get_status() );
		$this->assertSame( 1, $this->active_rows( $id ), 'refused requests change nothing' );
	}

	public function test_a_brand_key_sees_and_deactivates_only_its_own_brands_licenses(): void {
		[ $rocket, $key ] = $this->provision( 'rocket' );
		$this->rest( 'POST', '/licenses/' . $key . '/activate', array( 'instance' => 'https://one.example' ) );
		wp_set_current_user( 0 );
		$comet_key = array( 'Authorization' => 'Bearer ' . $this->brand_key( 'comet' ) );
		$this->assertRestError( 404, 'el_license_not_found', $this->rest( 'GET', '/licenses/' . $rocket, array(), $comet_key ) );
		$this->assertRestError( 404, 'el_license_not_found', $this->rest( 'POST', '/licenses/' . $rocket . '/activations/deactivate', array( 'instance' => 'https://one.example' ), $comet_key ) );
		$this->assertSame( 1, $this->active_rows( $rocket ) );
		$rocket_key = array( 'Authorization' => 'Bearer ' . $this->brand_key( 'rocket' ) );
		$this->assertSame( 200, $this->rest( 'GET', '/licenses/' . $rocket, array(), $rocket_key )->get_status() );
	}

	public function test_a_licensed_product_can_be_edited_and_bad_input_changes_nothing(): void {
		$changed = $this->rest(
			'PATCH',
			'/brands/rocket/products/rocket-pro',
			array(
				'name'          => 'Rocket Pro+',
				'seats'         => 10,
				'validity_days' => null,
			)
		);
		$this->assertSame( 200, $changed->get_status(), wp_json_encode( $changed->get_data() ) );
		$this->assertSame( 'Rocket Pro+', $changed->get_data()['name'] );
		$this->assertSame( 10, $changed->get_data()['seats'] );
		$this->assertNull( $changed->get_data()['validity_days'] );

		$this->assertSame( 400, $this->rest( 'PATCH', '/brands/rocket/products/rocket-pro', array( 'seats' => 0 ) )->get_status() );
		$this->assertSame( 400, $this->rest( 'PATCH', '/brands/rocket/products/rocket-pro', array( 'wc_product_ids' => array( 999999 ) ) )->get_status() );
		$this->assertSame( 404, $this->rest( 'PATCH', '/brands/rocket/products/nope', array( 'seats' => 2 ) )->get_status() );
		$listed = $this->rest( 'GET', '/brands/rocket/products' )->get_data();
		$this->assertSame( 10, $listed[0]['seats'] );
		$this->assertSame( 'Rocket Pro+', $listed[0]['name'] );
	}

	public function test_lookup_prefix_reads_what_staff_type(): void {
		$this->assertSame( '7KQ2', LicenseStore::lookup_prefix( 'elk-7kq2' ) );
		$this->assertSame( 'ABCDEFGH', LicenseStore::lookup_prefix( 'ELK-ABCDEFGH-1234567-1234567-1234567-1234567' ) );
		$this->assertSame( '', LicenseStore::lookup_prefix( 'ann@example.test' ) );
		$this->assertSame( '', LicenseStore::lookup_prefix( 'ABCDEFGHJ' ) );
	}
}
