<?php
/**
 * Bench helper, run inside the benchmarked site by bench/run.mjs:
 *
 *   php scripts/wp-run.php <site-dir> bench/php/prepare.php <command> [args...]
 *
 * Commands (each prints one JSON object on the last line of stdout):
 *   state                      entitlement counts and the bench marker option.
 *   auth                       a fresh application password "el-bench" for the admin, and an order id to link.
 *   truncate                   empties every el_* table (only used on the test site, or with --reseed).
 *   mark <count> <seconds> <seeder-hash>
 *                              remembers what was seeded (option entitlement_ledger_bench).
 *   params <pool> <pool-file>  scenario parameters: a busy cycle, an email prefix, and <pool> ids of
 *                              active entitlements (written one a line to <pool-file>) for redemption.
 *   licenses                   a bench brand and product (created once) and a fresh license; prints its key.
 *   license-profile <key> <n>  times the plugin's own work of a status check (rate limit, key, licenses,
 *                              seats) and of an activation, in-process, without WordPress's boot.
 *   diagnose <json>            runs EntitlementStore::query() for each named list filter set, records every
 *                              SQL statement with its time, and EXPLAINs the SELECTs.
 *
 * Never part of the plugin: it only reads the plugin's classes and tables.
 *
 * @package EntitlementLedger\Bench
 */

use EntitlementLedger\Database\Tables;
use EntitlementLedger\DataStores\EntitlementQuery;
use EntitlementLedger\DataStores\EntitlementStore;
use EntitlementLedger\Plugin;

const EL_BENCH_OPTION   = 'entitlement_ledger_bench';
const EL_BENCH_APP_NAME = 'el-bench';

/**
 * Prints the result and stops.
 *
 * @param array<string, mixed> $data Result.
 */
function el_bench_out( array $data ): void {
	echo "\n" . wp_json_encode( $data ) . "\n";
	exit( 0 );
}

/**
 * Prints an error and stops with status 1.
 *
 * @param string $message Message.
 */
function el_bench_fail( string $message ): void {
	fwrite( STDERR, "bench prepare: {$message}\n" );
	exit( 1 );
}

/**
 * The entitlements table.
 */
function el_bench_table(): string {
	return Tables::name( Tables::ENTITLEMENTS );
}

if ( ! class_exists( Tables::class ) ) {
	el_bench_fail( 'the Entitlement Ledger plugin is not active on this site' );
}

global $wpdb;
$el_command = $argv[1] ?? '';

switch ( $el_command ) {
	case 'state':
		$el_counts = $wpdb->get_results( $wpdb->prepare( 'SELECT status, COUNT(*) AS n FROM %i WHERE deleted_at IS NULL GROUP BY status', el_bench_table() ), ARRAY_A );
		$el_total  = 0;
		$el_by     = array();
		foreach ( $el_counts as $el_row ) {
			$el_by[ $el_row['status'] ] = (int) $el_row['n'];
			$el_total                  += (int) $el_row['n'];
		}
		el_bench_out(
			array(
				'entitlements' => $el_total,
				'by_status'    => $el_by,
				'lines'        => (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i', Tables::name( Tables::LEDGER_LINES ) ) ),
				'marker'       => get_option( EL_BENCH_OPTION, null ),
			)
		);
		break;

	case 'auth':
		$el_user = get_user_by( 'login', 'admin' );
		if ( ! $el_user ) {
			$el_admins = get_users(
				array(
					'role'   => 'administrator',
					'number' => 1,
				)
			);
			$el_user   = $el_admins[0] ?? null;
		}
		if ( ! $el_user instanceof WP_User ) {
			el_bench_fail( 'no administrator on this site' );
		}
		foreach ( array( 'el_manage_entitlements', 'el_view_reports' ) as $el_cap ) {
			if ( ! user_can( $el_user, $el_cap ) ) {
				el_bench_fail( "user {$el_user->user_login} lacks {$el_cap}" );
			}
		}
		if ( ! wp_is_application_passwords_available_for_user( $el_user ) ) {
			el_bench_fail( 'application passwords are not available (they need HTTPS or WP_ENVIRONMENT_TYPE=local)' );
		}
		foreach ( WP_Application_Passwords::get_user_application_passwords( $el_user->ID ) as $el_item ) {
			if ( EL_BENCH_APP_NAME === $el_item['name'] ) {
				WP_Application_Passwords::delete_application_password( $el_user->ID, $el_item['uuid'] );
			}
		}
		$el_created = WP_Application_Passwords::create_new_application_password( $el_user->ID, array( 'name' => EL_BENCH_APP_NAME ) );
		if ( is_wp_error( $el_created ) ) {
			el_bench_fail( 'could not create an application password: ' . $el_created->get_error_message() );
		}

		// An existing order for custom redemptions ({order_id, note}).
		$el_marker = (array) get_option( EL_BENCH_OPTION, array() );
		$el_order  = (int) ( $el_marker['order_id'] ?? 0 );
		if ( ! function_exists( 'wc_get_order' ) ) {
			el_bench_fail( 'WooCommerce (or its stand-in) is not active' );
		}
		if ( $el_order <= 0 || ! wc_get_order( $el_order ) ) {
			$el_new = wc_create_order(
				array(
					'status'      => 'completed',
					'customer_id' => $el_user->ID,
					'created_via' => 'el-bench',
				)
			);
			if ( is_wp_error( $el_new ) ) {
				el_bench_fail( 'could not create an order: ' . $el_new->get_error_message() );
			}
			$el_order              = (int) $el_new->get_id();
			$el_marker['order_id'] = $el_order;
			update_option( EL_BENCH_OPTION, $el_marker, false );
		}
		el_bench_out(
			array(
				'user'     => $el_user->user_login,
				'password' => $el_created[0],
				'order_id' => $el_order,
			)
		);
		break;

	case 'admin-screens':
		// The bench site is reached only as PHP files under the dev site's root, so its REST
		// API must be addressed as ?rest_route= (plain permalinks), which is what wp-admin's
		// apiFetch then uses too. And a Posts list with a full page of rows to compare with.
		if ( ! empty( $argv[2] ) && '' !== (string) get_option( 'permalink_structure' ) ) {
			update_option( 'permalink_structure', '' );
			flush_rewrite_rules( false );
		}
		$el_posts = (int) wp_count_posts( 'post' )->publish;
		for ( $el_i = $el_posts; $el_i < 20; $el_i++ ) {
			wp_insert_post(
				array(
					'post_title'   => 'Bench post ' . ( $el_i + 1 ),
					'post_content' => 'A post for the Posts list in the admin bench.',
					'post_status'  => 'publish',
					'post_author'  => 1,
				)
			);
		}
		el_bench_out(
			array(
				'permalinks' => (string) get_option( 'permalink_structure' ),
				'posts'      => (int) wp_count_posts( 'post' )->publish,
			)
		);
		break;

	case 'truncate':
		foreach ( Tables::ALL as $el_table ) {
			$wpdb->query( $wpdb->prepare( 'TRUNCATE TABLE %i', Tables::name( $el_table ) ) );
		}
		$el_marker = (array) get_option( EL_BENCH_OPTION, array() );
		unset( $el_marker['seeded'] );
		update_option( EL_BENCH_OPTION, $el_marker, false );
		el_bench_out( array( 'truncated' => Tables::ALL ) );
		break;

	case 'mark':
		$el_marker           = (array) get_option( EL_BENCH_OPTION, array() );
		$el_marker['seeded'] = array(
			'count'     => (int) ( $argv[2] ?? 0 ),
			'seconds'   => (float) ( $argv[3] ?? 0 ),
			'seeded_at' => gmdate( 'c' ),
			'seeder'    => (string) ( $argv[4] ?? '' ),
		);
		update_option( EL_BENCH_OPTION, $el_marker, false );
		el_bench_out( $el_marker );
		break;

	case 'params':
		$el_pool_size = max( 1, (int) ( $argv[2] ?? 1000 ) );
		$el_pool_file = (string) ( $argv[3] ?? '' );
		if ( '' === $el_pool_file ) {
			el_bench_fail( 'params needs <pool> <pool-file>' );
		}
		// The cycle with the most active entitlements: the heaviest realistic filter.
		$el_cycle = $wpdb->get_row( $wpdb->prepare( "SELECT number, COUNT(*) AS n FROM %i WHERE deleted_at IS NULL AND status = 'active' GROUP BY number ORDER BY n DESC LIMIT 1", el_bench_table() ), ARRAY_A );
		$el_cycles = $wpdb->get_results( $wpdb->prepare( 'SELECT number, COUNT(*) AS n FROM %i WHERE deleted_at IS NULL GROUP BY number ORDER BY number', el_bench_table() ), ARRAY_A );
		// An email prefix a person would type: the local part of a mid-table customer minus its last two characters.
		$el_mid   = (int) $wpdb->get_var( $wpdb->prepare( 'SELECT (MIN(id) + MAX(id)) DIV 2 FROM %i', el_bench_table() ) );
		$el_email = (string) $wpdb->get_var( $wpdb->prepare( 'SELECT customer_email FROM %i WHERE id >= %d AND deleted_at IS NULL ORDER BY id LIMIT 1', el_bench_table(), $el_mid ) );
		$el_local = strstr( $el_email, '@', true );
		$el_local = false === $el_local ? $el_email : $el_local;
		$el_pref  = substr( $el_local, 0, max( 3, strlen( $el_local ) - 2 ) );
		// Not those the expiry job could take during the run.
		$el_ids = $wpdb->get_col( $wpdb->prepare( "SELECT id FROM %i WHERE status = 'active' AND deleted_at IS NULL AND (expires_at IS NULL OR expires_at > UTC_TIMESTAMP() + INTERVAL 1 DAY) ORDER BY RAND() LIMIT %d", el_bench_table(), $el_pool_size ) );
		// phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_file_put_contents -- a local temp file for wrk.
		file_put_contents( $el_pool_file, implode( "\n", $el_ids ) . "\n" );
		el_bench_out(
			array(
				'number'        => null === $el_cycle ? null : (int) $el_cycle['number'],
				'number_active' => null === $el_cycle ? 0 : (int) $el_cycle['n'],
				'cycles'        => array_map( static fn( $r ) => array( (int) $r['number'], (int) $r['n'] ), $el_cycles ),
				'email_prefix'  => $el_pref,
				'pool'          => count( $el_ids ),
			)
		);
		break;

	case 'diagnose':
		$el_sets  = json_decode( (string) ( $argv[2] ?? '{}' ), true );
		$el_store = Plugin::container()->get( EntitlementStore::class );
		$el_out   = array();
		foreach ( (array) $el_sets as $el_name => $el_filters ) {
			$el_sql = array();
			$el_hook = static function ( $query ) use ( &$el_sql ) {
				$el_sql[] = $query;
				return $query;
			};
			add_filter( 'query', $el_hook );
			$el_query = new EntitlementQuery(
				statuses: isset( $el_filters['status'] ) ? array( (string) $el_filters['status'] ) : array(),
				number: isset( $el_filters['number'] ) ? (int) $el_filters['number'] : null,
				search: $el_filters['search'] ?? null,
				per_page: (int) ( $el_filters['per_page'] ?? 20 )
			);
			$el_store->query( $el_query );
			remove_filter( 'query', $el_hook );
			$el_statements = array();
			foreach ( $el_sql as $el_statement ) {
				$el_times = array();
				for ( $el_i = 0; $el_i < 5; $el_i++ ) {
					$el_t0 = microtime( true );
					// phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- replays the store's own prepared statement.
					$wpdb->get_results( $el_statement );
					$el_times[] = ( microtime( true ) - $el_t0 ) * 1000;
				}
				sort( $el_times );
				// phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- EXPLAIN of the store's own prepared statement.
				$el_explain      = $wpdb->get_results( 'EXPLAIN ' . $el_statement, ARRAY_A );
				$el_statements[] = array(
					'sql'        => preg_replace( '/\s+/', ' ', $el_statement ),
					'median_ms'  => round( $el_times[2], 2 ),
					'explain'    => $el_explain,
				);
			}
			$el_out[ $el_name ] = $el_statements;
		}
		$el_status = $wpdb->get_results( "SHOW VARIABLES WHERE Variable_name IN ('innodb_buffer_pool_size', 'version')", ARRAY_A );
		$el_size   = $wpdb->get_results( $wpdb->prepare( 'SELECT table_name AS name, table_rows AS approx_rows, ROUND((data_length + index_length) / 1048576) AS mb FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name LIKE %s', $wpdb->esc_like( $wpdb->prefix . 'el_' ) . '%' ), ARRAY_A );
		el_bench_out(
			array(
				'statements' => $el_out,
				'server'     => $el_status,
				'tables'     => $el_size,
			)
		);
		break;

	case 'licenses':
		// A brand with a product of many seats, and a fresh license (a new customer, so a new key).
		$el_brands = Plugin::container()->get( EntitlementLedger\Domain\Licenses\BrandService::class );
		if ( null === Plugin::container()->get( EntitlementLedger\DataStores\BrandStore::class )->find_by_slug( 'bench' ) ) {
			$el_brands->create_brand(
				array(
					'slug'              => 'bench',
					'name'              => 'Bench',
					'instance_patterns' => array( 'localhost', '*.test' ),
				)
			);
			$el_brands->create_product(
				'bench',
				array(
					'slug'          => 'bench-pro',
					'name'          => 'Bench Pro',
					'seats'         => 100000,
					'validity_days' => 365,
				)
			);
		}
		$el_provisioned = Plugin::container()->get( EntitlementLedger\Domain\Licenses\LicenseService::class )->provision(
			array(
				'brand'          => 'bench',
				'product'        => 'bench-pro',
				'customer_email' => 'bench-' . wp_generate_password( 10, false ) . '@example.test',
			),
			EntitlementLedger\Domain\Licenses\LicenseScope::all()
		);
		el_bench_out(
			array(
				'brand' => 'bench',
				'key'   => $el_provisioned['key'],
				'seats' => $el_provisioned['license']->seats,
			)
		);
		break;

	case 'license-profile':
		// The plugin's own work of a status check and of an activation, without WordPress's boot.
		$el_key        = (string) ( $argv[2] ?? '' );
		$el_iterations = max( 10, (int) ( $argv[3] ?? 300 ) );
		$el_service    = Plugin::container()->get( EntitlementLedger\Domain\Licenses\ActivationService::class );
		$el_limiter    = Plugin::container()->get( EntitlementLedger\RestApi\Licenses\RateLimiter::class );
		$el_timings    = array();
		$el_queries    = 0;
		for ( $el_i = 0; $el_i < $el_iterations; $el_i++ ) {
			$el_before = $wpdb->num_queries;
			$el_start  = hrtime( true );
			$el_limiter->check( $el_key );
			$el_service->status( $el_service->resolve_key( $el_key ) );
			$el_timings[] = ( hrtime( true ) - $el_start ) / 1e6;
			$el_queries   = $wpdb->num_queries - $el_before;
		}
		sort( $el_timings );
		$el_activate = array();
		$el_aq       = 0;
		$el_key_id   = $el_service->resolve_key( $el_key );
		for ( $el_i = 0; $el_i < min( 100, $el_iterations ); $el_i++ ) {
			$el_before = $wpdb->num_queries;
			$el_start  = hrtime( true );
			$el_limiter->check( $el_key );
			$el_service->activate( $el_key_id, 'https://profile-' . wp_generate_password( 12, false ) . '.example' );
			$el_activate[] = ( hrtime( true ) - $el_start ) / 1e6;
			$el_aq         = $wpdb->num_queries - $el_before;
		}
		sort( $el_activate );
		el_bench_out(
			array(
				'iterations'       => $el_iterations,
				'status_ms'        => round( $el_timings[ intdiv( count( $el_timings ), 2 ) ], 3 ),
				'queries'          => $el_queries,
				'activate_ms'      => round( $el_activate[ intdiv( count( $el_activate ), 2 ) ], 3 ),
				'activate_queries' => $el_aq,
			)
		);
		break;

	default:
		el_bench_fail( "unknown command '{$el_command}'" );
}
