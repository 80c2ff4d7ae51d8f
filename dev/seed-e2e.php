<?php
/**
 * Fixtures the end-to-end suite cannot create over REST on the test site: the stand-in has
 * no WooCommerce REST API, so the premium product the checkout spec buys is made here with
 * WooCommerce's CRUD API. Idempotent; run by scripts/site.sh for the test site.
 *
 * @package EntitlementLedger
 */

defined( 'ABSPATH' ) || exit;

$el_e2e_name = 'Premium annual subscription';
$el_e2e_ids  = wc_get_products(
	array(
		'limit'  => 1,
		'sku'    => 'EL-E2E-PREMIUM',
		'return' => 'ids',
	)
);
if ( array() !== $el_e2e_ids ) {
	echo "e2e fixtures present\n";
	return;
}

$el_e2e_product = new WC_Product_Simple();
$el_e2e_product->set_name( $el_e2e_name );
$el_e2e_product->set_sku( 'EL-E2E-PREMIUM' );
$el_e2e_product->set_regular_price( '99.00' );
$el_e2e_product->set_status( 'publish' );
$el_e2e_product->update_meta_data( '_el_premium', 'yes' );
$el_e2e_product->update_meta_data( '_el_deferred_mode', 'percent' );
$el_e2e_product->update_meta_data( '_el_deferred_value', '20' );
$el_e2e_product->update_meta_data( '_el_cycles', '1' );
$el_e2e_product->save();
printf( "e2e fixtures: premium product #%d\n", (int) $el_e2e_product->get_id() );
