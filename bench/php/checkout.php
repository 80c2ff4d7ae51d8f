<?php
/**
 * Checkout overhead, run inside the benchmarked site by bench/run.mjs:
 *
 *   php scripts/wp-run.php <site-dir> bench/php/checkout.php <iterations>
 *
 * Pays <iterations> pairs of one-line premium orders (WC_Order::payment_complete(), the
 * WooCommerce call a gateway makes) in this one process: one order of each pair with the
 * plugin's checkout handler detached ("inactive"), the other with it attached, alternating
 * which goes first. Prints one JSON object: wall time (median, p95) and exact query counts
 * of payment_complete() both ways, and the differences.
 *
 * @package EntitlementLedger\Bench
 */

use EntitlementLedger\Plugin;
use EntitlementLedger\WooCommerce\PaidOrderEntitlements;

$el_iterations = max( 5, (int) ( $argv[1] ?? 40 ) );
$el_handler    = Plugin::container()->get( PaidOrderEntitlements::class );

$el_product_ids = wc_get_products(
	array(
		'limit'  => 1,
		'sku'    => 'EL-BENCH-PREMIUM',
		'return' => 'ids',
	)
);
if ( array() !== $el_product_ids ) {
	$el_product = wc_get_product( (int) $el_product_ids[0] );
} else {
	$el_product = new WC_Product_Simple();
	$el_product->set_name( 'Bench premium subscription' );
	$el_product->set_sku( 'EL-BENCH-PREMIUM' );
	$el_product->set_regular_price( '99.00' );
	$el_product->update_meta_data( '_el_premium', 'yes' );
	$el_product->update_meta_data( '_el_deferred_mode', 'percent' );
	$el_product->update_meta_data( '_el_deferred_value', '20' );
	$el_product->save();
}

/**
 * A new unpaid one-line order of the premium product.
 */
$el_new_order = static function () use ( $el_product ): WC_Order {
	$order = wc_create_order();
	$order->add_product( $el_product, 1 );
	$order->set_billing_email( 'bench-' . wp_generate_password( 8, false ) . '@example.test' );
	$order->calculate_totals();
	$order->save();
	return $order;
};

/**
 * Pays an order; returns [ milliseconds, queries ] of payment_complete().
 */
$el_pay = static function ( WC_Order $order ): array {
	$queries = 0;
	$count   = static function ( string $query ) use ( &$queries ): string {
		++$queries;
		return $query;
	};
	add_filter( 'query', $count );
	$start = hrtime( true );
	$order->payment_complete();
	$ms = ( hrtime( true ) - $start ) / 1e6;
	remove_filter( 'query', $count );
	return array( $ms, $queries );
};

$el_detach = static function () use ( $el_handler ): void {
	remove_action( 'woocommerce_payment_complete', array( $el_handler, 'handle_woocommerce_payment_complete' ), 10 );
	remove_action( 'woocommerce_order_status_processing', array( $el_handler, 'handle_woocommerce_order_status_processing' ), 10 );
	remove_action( 'woocommerce_order_status_completed', array( $el_handler, 'handle_woocommerce_order_status_completed' ), 10 );
};

// Warm-up: caches a shop's earlier requests would have filled.
for ( $el_i = 0; $el_i < 3; $el_i++ ) {
	$el_pay( $el_new_order() );
}

$el_runs = array(
	'inactive' => array(),
	'active'   => array(),
);
for ( $el_i = 0; $el_i < $el_iterations; $el_i++ ) {
	foreach ( 0 === $el_i % 2 ? array( 'inactive', 'active' ) : array( 'active', 'inactive' ) as $el_mode ) {
		$el_order = $el_new_order();
		if ( 'inactive' === $el_mode ) {
			$el_detach();
		}
		$el_runs[ $el_mode ][] = $el_pay( $el_order );
		if ( 'inactive' === $el_mode ) {
			$el_handler->register();
		}
	}
}

/**
 * Median and p95 of a list of numbers.
 *
 * @param list<float|int> $values Values.
 * @return array{median: float, p95: float}
 */
$el_stats = static function ( array $values ): array {
	sort( $values );
	$n = count( $values );
	return array(
		'median' => round( (float) ( 0 === $n % 2 ? ( $values[ $n / 2 - 1 ] + $values[ $n / 2 ] ) / 2 : $values[ intdiv( $n, 2 ) ] ), 2 ),
		'p95'    => round( (float) $values[ min( $n - 1, (int) ceil( 0.95 * $n ) - 1 ) ], 2 ),
	);
};

$el_summary = array();
foreach ( $el_runs as $el_mode => $el_samples ) {
	$el_times                = $el_stats( array_column( $el_samples, 0 ) );
	$el_queries              = array_count_values( array_column( $el_samples, 1 ) );
	$el_summary[ $el_mode ] = array(
		'median_ms'  => $el_times['median'],
		'p95_ms'     => $el_times['p95'],
		'queries'    => (int) array_search( max( $el_queries ), $el_queries, true ),
		'queries_by' => $el_queries,
	);
}
$el_summary['iterations']      = $el_iterations;
$el_summary['extra_queries']   = $el_summary['active']['queries'] - $el_summary['inactive']['queries'];
$el_summary['extra_ms_median'] = round( $el_summary['active']['median_ms'] - $el_summary['inactive']['median_ms'], 2 );
$el_summary['extra_pct']       = $el_summary['inactive']['median_ms'] > 0 ? round( 100 * $el_summary['extra_ms_median'] / $el_summary['inactive']['median_ms'], 1 ) : null;
echo "\n" . wp_json_encode( $el_summary ) . "\n";
