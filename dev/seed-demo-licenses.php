<?php
/**
 * License demo data for the dev site (after dev/seed-demo.php, which made the customers).
 *
 *   php scripts/wp-run.php .run/sites/dev/wordpress dev/seed-demo-licenses.php
 *
 * Idempotent (option entitlement_ledger_demo_licenses_seeded). Through the plugin's services
 * and WooCommerce's CRUD API it creates:
 * - the brands "Acme Software" (localhost, *.test and staging.* activate without a seat) and
 *   "Northwind Apps", each with a licensed product;
 * - the WooCommerce product "Acme Pro (1 year, 3 sites)", mapped to Acme Pro, and a paid order of
 *   it by customer1, which provisions customer1's license the way a checkout does;
 * - a Northwind Sync license for customer2, provisioned as a brand system would, with one
 *   active and one deactivated instance, and a second Acme Pro license (suspended) for customer3;
 * - a brand API key for Acme, printed once so the API can be tried with it.
 *
 * @package EntitlementLedger
 */

use EntitlementLedger\Database\Transaction;
use EntitlementLedger\Domain\Licenses\ActivationService;
use EntitlementLedger\Domain\Licenses\BrandService;
use EntitlementLedger\Domain\Licenses\LicenseScope;
use EntitlementLedger\Domain\Licenses\LicenseService;
use EntitlementLedger\Plugin;

const EL_DEMO_LICENSES_OPTION = 'entitlement_ledger_demo_licenses_seeded';

if ( ! class_exists( Plugin::class ) || ! function_exists( 'wc_create_order' ) || ! class_exists( BrandService::class ) ) {
	fwrite( STDERR, "seed-demo-licenses: Entitlement Ledger (with licenses) and WooCommerce must be active; nothing seeded.\n" );
	exit( 0 );
}
if ( get_option( EL_DEMO_LICENSES_OPTION ) ) {
	echo "seed-demo-licenses: already seeded; nothing to do.\n";
	exit( 0 );
}
$el_demo_customer = static function ( int $i ): WP_User {
	$user = get_user_by( 'email', "customer{$i}@example.test" );
	if ( ! $user instanceof WP_User ) {
		fwrite( STDERR, "seed-demo-licenses: customer{$i}@example.test is missing (run dev/seed-demo.php first).\n" );
		exit( 1 );
	}
	return $user;
};

$el_container = Plugin::container();
$el_brands    = $el_container->get( BrandService::class );
$el_licenses  = $el_container->get( LicenseService::class );
$el_seats     = $el_container->get( ActivationService::class );

$el_product = new WC_Product_Simple();
$el_product->set_name( 'Acme Pro (1 year, 3 sites)' );
$el_product->set_sku( 'EL-DEMO-ACME-PRO' );
$el_product->set_regular_price( '49.00' );
$el_product->set_virtual( true );
$el_product->set_status( 'publish' );
$el_product->save();

$el_api_key = $el_container->get( Transaction::class )->run(
	static function () use ( $el_brands, $el_licenses, $el_seats, $el_product, $el_demo_customer ): string {
		$el_brands->create_brand(
			array(
				'slug'              => 'acme',
				'name'              => 'Acme Software',
				'instance_patterns' => array( 'localhost', '*.test', 'staging.*' ),
			)
		);
		$el_brands->create_product(
			'acme',
			array(
				'slug'           => 'acme-pro',
				'name'           => 'Acme Pro',
				'seats'          => 3,
				'validity_days'  => 365,
				'wc_product_ids' => array( $el_product->get_id() ),
			)
		);
		$el_brands->create_brand(
			array(
				'slug' => 'northwind',
				'name' => 'Northwind Apps',
			)
		);
		$el_brands->create_product(
			'northwind',
			array(
				'slug'          => 'nw-sync',
				'name'          => 'Northwind Sync',
				'seats'         => 2,
				'validity_days' => 365,
			)
		);

		$customer2 = $el_demo_customer( 2 );
		$sync      = $el_licenses->provision(
			array(
				'brand'          => 'northwind',
				'product'        => 'nw-sync',
				'customer_email' => $customer2->user_email,
				'customer_id'    => $customer2->ID,
			),
			LicenseScope::all()
		);
		$key_id    = $el_seats->resolve_key( (string) $sync['key'] );
		$el_seats->activate( $key_id, 'laptop-ada.example.com' );
		$el_seats->activate( $key_id, 'old-desktop.example.com' );
		$el_seats->deactivate( $key_id, 'old-desktop.example.com' );

		$customer3 = $el_demo_customer( 3 );
		$lapsed    = $el_licenses->provision(
			array(
				'brand'          => 'acme',
				'product'        => 'acme-pro',
				'customer_email' => $customer3->user_email,
				'customer_id'    => $customer3->ID,
			),
			LicenseScope::all()
		);
		$el_licenses->suspend( $lapsed['license']->id, LicenseScope::all(), 'Payment disputed.' );

		return $el_brands->create_key( 'acme', 'Demo storefront' )['secret'];
	}
);

// customer1 buys Acme Pro: the paid order provisions the license, as a checkout does.
$el_customer1 = $el_demo_customer( 1 );
$el_order     = wc_create_order(
	array(
		'customer_id' => $el_customer1->ID,
		'created_via' => 'checkout',
	)
);
$el_order->add_product( $el_product, 1 );
$el_order->set_billing_first_name( 'Customer' );
$el_order->set_billing_last_name( 'One' );
$el_order->set_billing_email( $el_customer1->user_email );
$el_order->set_payment_method_title( 'Demo card' );
$el_order->calculate_totals( false );
$el_order->save();
$el_order->payment_complete();

update_option( EL_DEMO_LICENSES_OPTION, gmdate( 'Y-m-d H:i:s' ), false );
printf( "seed-demo-licenses: brands acme and northwind; licenses for customer1 (order #%d), customer2 and customer3.\n", (int) $el_order->get_id() );
printf( "seed-demo-licenses: Acme brand API key (shown once): %s\n", esc_html( $el_api_key ) );
