<?php
/**
 * Demo data for the dev site.
 *
 *   php scripts/wp-run.php .run/sites/dev/wordpress dev/seed-demo.php
 *
 * (scripts/site.sh runs it on every `bin/start`.) Idempotent: it does nothing once the option
 * entitlement_ledger_demo_seeded is set, and it writes everything in one database transaction,
 * so a failed run leaves nothing behind and the next run starts over.
 *
 * It creates, through the plugin's domain services and the WooCommerce CRUD API:
 * - the product "Premium annual subscription" (_el_premium yes, 20 % deferred) and two gift
 *   products at price 0;
 * - gifts for this cycle and the next (current year and +1), one with a stock cap;
 * - a Circulation Manager (circulation / password) and twelve customers
 *   (customer1..12@example.test / password) with billing and shipping addresses;
 * - a paid premium order per customer and entitlements in every status (active, redeemed
 *   standard and custom, redeemed then undone, adjusted, expired, cancelled, soft-deleted), in
 *   USD and EUR, with ledger history spread over the last eight months: the services run on a
 *   clock that the script moves through those months.
 *
 * @package EntitlementLedger
 */

use EntitlementLedger\Database\Transaction;
use EntitlementLedger\DataStores\EntitlementQuery;
use EntitlementLedger\DataStores\EntitlementStore;
use EntitlementLedger\Domain\Access\Capabilities;
use EntitlementLedger\Domain\Clock;
use EntitlementLedger\Domain\Entitlements\EntitlementService;
use EntitlementLedger\Domain\Gifts\GiftService;
use EntitlementLedger\Domain\Ledger\LedgerVerifier;
use EntitlementLedger\Domain\Money\Currency;
use EntitlementLedger\Domain\Money\Money;
use EntitlementLedger\Internal\Container;
use EntitlementLedger\Internal\ServiceProvider;
use EntitlementLedger\Plugin;

const EL_DEMO_OPTION = 'entitlement_ledger_demo_seeded';

if ( ! class_exists( Plugin::class ) || ! function_exists( 'wc_create_order' ) ) {
	fwrite( STDERR, "seed-demo: Entitlement Ledger and WooCommerce must be active; nothing seeded.\n" );
	exit( 0 );
}
if ( get_option( EL_DEMO_OPTION ) ) {
	echo 'seed-demo: already seeded on ' . esc_html( (string) get_option( EL_DEMO_OPTION ) ) . "; nothing to do.\n";
	exit( 0 );
}

/**
 * A clock the script moves through the past. The shared container's services were built at
 * boot with the real clock, so the history is written by a second container of the same
 * services that shares this clock (Container::set() before anything is resolved).
 */
$el_demo_clock = new class() extends Clock {
	/**
	 * Unix time.
	 *
	 * @var int
	 */
	public int $at = 0;

	/**
	 * Now.
	 */
	public function timestamp(): int {
		return $this->at;
	}
};
$el_demo_clock->at = time();
$el_demo           = new Container();
( new ServiceProvider() )->register( $el_demo );
$el_demo->set( Clock::class, $el_demo_clock );

$el_demo_now  = time();
$el_demo_base = $el_demo_now - 240 * DAY_IN_SECONDS;
$el_demo_year = (int) gmdate( 'Y', $el_demo_now );

/**
 * Moves the demo clock to a day of the history (0 = eight months ago), at a working hour.
 *
 * @param int $day Day offset.
 */
$el_demo_at = static function ( int $day ) use ( $el_demo_clock, $el_demo_base, $el_demo_now ): void {
	$el_demo_clock->at = min( $el_demo_now - 60, $el_demo_base + $day * DAY_IN_SECONDS + 10 * HOUR_IN_SECONDS );
};

/**
 * A simple product.
 *
 * @param string               $name  Name.
 * @param string               $sku   SKU.
 * @param string               $price Regular price.
 * @param array<string, string> $meta Meta.
 */
$el_demo_product = static function ( string $name, string $sku, string $price, array $meta = array() ): WC_Product_Simple {
	$product = new WC_Product_Simple();
	$product->set_name( $name );
	$product->set_sku( $sku );
	$product->set_regular_price( $price );
	$product->set_status( 'publish' );
	$product->set_virtual( '0.00' !== $price );
	foreach ( $meta as $key => $value ) {
		$product->update_meta_data( $key, $value );
	}
	$product->save();
	return $product;
};

/**
 * A user with a role and a password; returns the id.
 *
 * @param string $login Login.
 * @param string $email Email.
 * @param string $role  Role.
 * @param string $first First name.
 * @param string $last  Last name.
 * @throws RuntimeException When WordPress refuses the user.
 */
$el_demo_user = static function ( string $login, string $email, string $role, string $first, string $last ): int {
	$existing = get_user_by( 'login', $login );
	if ( $existing instanceof WP_User ) {
		return $existing->ID;
	}
	$id = wp_insert_user(
		array(
			'user_login'   => $login,
			'user_pass'    => 'password',
			'user_email'   => $email,
			'role'         => $role,
			'first_name'   => $first,
			'last_name'    => $last,
			'display_name' => "{$first} {$last}",
		)
	);
	if ( is_wp_error( $id ) ) {
		throw new RuntimeException( "Could not create {$login}: " . $id->get_error_message() );
	}
	return $id;
};

$el_demo_summary = $el_demo->get( Transaction::class )->run(
	static function () use ( $el_demo, $el_demo_at, $el_demo_product, $el_demo_user, $el_demo_year, $el_demo_now ): array {
		$entitlements = $el_demo->get( EntitlementService::class );
		$gifts        = $el_demo->get( GiftService::class );
		$next_year    = $el_demo_year + 1;
		$el_demo_at( 0 );

		// Products. The premium product becomes premium after the historical orders below are
		// paid, so a checkout handler does not add a second, present-dated set of entitlements:
		// this script writes that history itself, dated through the demo clock.
		$premium  = $el_demo_product( 'Premium annual subscription', 'EL-DEMO-PREMIUM', '99.00' );
		$tote     = $el_demo_product( 'Premium tote bag', 'EL-DEMO-TOTE', '0.00' );
		$calendar = $el_demo_product( 'Premium desk calendar', 'EL-DEMO-CALENDAR', '0.00' );

		// Gifts: this cycle and the next; the calendar of this cycle is capped.
		$gift = array(
			'tote'     => $gifts->create(
				array(
					'number'      => $el_demo_year,
					'name'        => 'Tote bag',
					'description' => 'A sturdy canvas tote with the masthead.',
					'product_id'  => $tote->get_id(),
					'kind'        => 'predefined',
				)
			),
			'calendar' => $gifts->create(
				array(
					'number'      => $el_demo_year,
					'name'        => 'Desk calendar',
					'description' => 'Twelve months of cover art. Limited run.',
					'product_id'  => $calendar->get_id(),
					'kind'        => 'predefined',
					'stock'       => 5,
				)
			),
		);
		$gifts->create(
			array(
				'number'      => $el_demo_year,
				'name'        => "Reader's choice",
				'description' => 'Ask circulation for something else of similar value.',
				'kind'        => 'custom',
			)
		);
		$gifts->create(
			array(
				'number'     => $next_year,
				'name'       => 'Tote bag (new design)',
				'product_id' => $tote->get_id(),
				'kind'       => 'predefined',
			)
		);
		$gifts->create(
			array(
				'number'     => $next_year,
				'name'       => 'Desk calendar ' . ( $next_year + 1 ),
				'product_id' => $calendar->get_id(),
				'kind'       => 'predefined',
			)
		);

		// People.
		$manager   = $el_demo_user( 'circulation', 'circulation@example.test', Capabilities::ROLE_CIRCULATION_MANAGER, 'Casey', 'Circulation' );
		$first     = array( 'Ada', 'Ben', 'Chloé', 'Dev', 'Ema', 'Finn', 'Grace', 'Hugo', 'Iris', 'Jonas', 'Kemi', 'Luca' );
		$last      = array( 'Lovelace', 'Okafor', 'Martin', 'Patel', 'Novak', 'Byrne', 'Hopper', 'Lefèvre', 'Schmidt', 'Berg', 'Adeyemi', 'Rossi' );
		$cities    = array( array( 'Portland', 'OR', '97201', 'US' ), array( 'Austin', 'TX', '73301', 'US' ), array( 'Lyon', '', '69001', 'FR' ), array( 'Berlin', '', '10115', 'DE' ) );
		$customers = array();
		for ( $i = 1; $i <= 12; $i++ ) {
			$id       = $el_demo_user( "customer{$i}", "customer{$i}@example.test", 'customer', $first[ $i - 1 ], $last[ $i - 1 ] );
			$city     = $cities[ $i % count( $cities ) ];
			$address  = array(
				'first_name' => $first[ $i - 1 ],
				'last_name'  => $last[ $i - 1 ],
				'address_1'  => ( 10 + $i ) . ' Press Street',
				'city'       => $city[0],
				'state'      => $city[1],
				'postcode'   => $city[2],
				'country'    => $city[3],
			);
			$customer = new WC_Customer( $id );
			foreach ( $address as $key => $value ) {
				$customer->{"set_billing_{$key}"}( $value );
				$customer->{"set_shipping_{$key}"}( $value );
			}
			$customer->set_billing_email( "customer{$i}@example.test" );
			$customer->set_billing_phone( '+1 555 0100 ' . str_pad( (string) $i, 2, '0', STR_PAD_LEFT ) );
			$customer->save();
			$customers[ $i ] = array(
				'id'      => $id,
				'address' => $address,
			);
		}

		/**
		 * A paid premium order of a customer on a day of the history; returns [order, item id].
		 *
		 * @param int    $i        Customer number.
		 * @param int    $day      Day offset.
		 * @param string $currency Currency.
		 * @param int    $quantity Cycles bought.
		 */
		$premium_order = static function ( int $i, int $day, string $currency, int $quantity = 1 ) use ( $customers, $premium, $el_demo_at, $el_demo ): array {
			$el_demo_at( $day );
			$order   = wc_create_order(
				array(
					'customer_id' => $customers[ $i ]['id'],
					'created_via' => 'checkout',
				)
			);
			$item_id = $order->add_product( $premium, $quantity );
			$order->set_address( $customers[ $i ]['address'], 'billing' );
			$order->set_address( $customers[ $i ]['address'], 'shipping' );
			$order->set_billing_email( "customer{$i}@example.test" );
			$order->set_currency( $currency );
			$order->set_payment_method_title( 'Demo card' );
			$order->set_date_created( $el_demo->get( Clock::class )->timestamp() );
			$order->calculate_totals( false );
			$order->set_status( 'completed' );
			$order->save();
			return array( $order, (int) $item_id );
		};

		/**
		 * Creates an entitlement for a premium order's line item (20 % of the line deferred).
		 *
		 * @param array{0: WC_Order, 1: int} $sale    Order and item id.
		 * @param int                        $i       Customer number.
		 * @param int                        $number  Cycle.
		 * @param array<string, mixed>       $extra   More fields.
		 */
		$entitle = static function ( array $sale, int $i, int $number, array $extra = array() ) use ( $entitlements ): int {
			[ $order, $item_id ] = $sale;
			$currency            = Currency::from( $order->get_currency() );
			$item                = $order->get_item( $item_id );
			$line_minor          = (int) round( (float) $item->get_total() * 100 / max( 1, $item->get_quantity() ) );
			return $entitlements->create(
				$extra + array(
					'customer_id'          => (int) $order->get_customer_id(),
					'subscription_id'      => $order->get_id(),
					'source_order_id'      => $order->get_id(),
					'source_order_item_id' => $item_id,
					'source_key'           => "demo:{$order->get_id()}:{$item_id}:{$number}",
					'type'                 => 'premium_gift',
					'number'               => $number,
					'currency'             => $currency->code,
					'deferred_amount'      => Money::format( intdiv( $line_minor * 20, 100 ), $currency ),
					'meta'                 => array( 'demo' => true ),
				)
			)->id;
		};

		/**
		 * Runs a staff action on a day of the history, as the Circulation Manager.
		 *
		 * @param int      $day    Day offset.
		 * @param callable $action The action.
		 */
		$staff = static function ( int $day, callable $action ) use ( $manager, $el_demo_at ): void {
			$el_demo_at( $day );
			wp_set_current_user( $manager );
			try {
				$action();
			} finally {
				wp_set_current_user( 0 );
			}
		};

		// Customer 1: redeemed a tote bag (standard: the fulfilment order is created).
		$c1 = $entitle( $premium_order( 1, 0, 'USD' ), 1, $el_demo_year );
		$staff( 30, static fn() => $entitlements->redeem_standard( $c1, $gift['tote']->id ) );

		// Customer 2: redeemed by hand against an existing order (custom).
		$c2 = $entitle( $premium_order( 2, 5, 'USD' ), 2, $el_demo_year );
		$staff(
			60,
			static function () use ( $entitlements, $c2, $customers, $calendar ): void {
				$order = wc_create_order( array( 'customer_id' => $customers[2]['id'] ) );
				$order->add_product( $calendar, 1 );
				$order->set_address( $customers[2]['address'], 'shipping' );
				$order->calculate_totals( false );
				$order->set_status( 'completed' );
				$order->save();
				$entitlements->redeem_custom( $c2, $order->get_id(), 'Handed over at the spring reader event.' );
			}
		);

		// Customer 3: unredeemed.
		$entitle( $premium_order( 3, 10, 'USD' ), 3, $el_demo_year );

		// Customer 4: expired unredeemed (breakage when the policy says so).
		$c4 = $entitle( $premium_order( 4, 15, 'USD' ), 4, $el_demo_year, array( 'expires_at' => gmdate( 'Y-m-d H:i:s', $el_demo_now - 140 * DAY_IN_SECONDS ) ) );
		$el_demo_at( 101 );
		$entitlements->expire( $c4 );

		// Customer 5: refunded, cancelled.
		$c5 = $entitle( $premium_order( 5, 20, 'USD' ), 5, $el_demo_year );
		$staff( 45, static fn() => $entitlements->cancel( $c5, 'Subscription refunded.' ) );

		// Customer 6: created twice by mistake; the duplicate is soft-deleted.
		$sale6 = $premium_order( 6, 25, 'USD' );
		$entitle( $sale6, 6, $el_demo_year );
		$c6 = $entitle( $sale6, 6, $el_demo_year, array( 'source_key' => "demo:{$sale6[0]->get_id()}:{$sale6[1]}:{$el_demo_year}:duplicate" ) );
		$staff( 50, static fn() => $entitlements->delete( $c6, 'Duplicate of the entitlement created at checkout.' ) );

		// Customer 7: redeemed, the redemption undone (wrong reader), then the value corrected.
		$c7 = $entitle( $premium_order( 7, 40, 'USD' ), 7, $el_demo_year );
		$staff( 90, static fn() => $entitlements->redeem_standard( $c7, $gift['tote']->id ) );
		$staff( 95, static fn() => $entitlements->unredeem( $c7, 'Redeemed for the wrong reader.' ) );
		$staff( 120, static fn() => $entitlements->adjust( $c7, '2.00', 'Price increase honoured.' ) );

		// Customers 8 and 9 pay in EUR; 9 takes a capped calendar.
		$entitle( $premium_order( 8, 60, 'EUR' ), 8, $el_demo_year );
		$c9 = $entitle( $premium_order( 9, 70, 'EUR' ), 9, $el_demo_year );
		$staff( 150, static fn() => $entitlements->redeem_standard( $c9, $gift['calendar']->id ) );

		// Customers 10 and 11 bought for next year's cycle.
		$entitle( $premium_order( 10, 200, 'USD' ), 10, $next_year );
		$entitle( $premium_order( 11, 210, 'USD' ), 11, $next_year );

		// Customer 12 bought two cycles at once and already took this year's calendar.
		$sale12 = $premium_order( 12, 220, 'USD', 2 );
		$c12    = $entitle( $sale12, 12, $el_demo_year );
		$entitle( $sale12, 12, $next_year );
		$staff( 225, static fn() => $entitlements->redeem_standard( $c12, $gift['calendar']->id ) );

		// Only now is the product premium: checkout creates entitlements for new orders.
		$premium = wc_get_product( $premium->get_id() );
		$premium->update_meta_data( '_el_premium', 'yes' );
		$premium->update_meta_data( '_el_entitlement_type', 'premium_gift' );
		$premium->update_meta_data( '_el_deferred_mode', 'percent' );
		$premium->update_meta_data( '_el_deferred_value', '20' );
		$premium->update_meta_data( '_el_cycles', '1' );
		$premium->save();

		update_option( EL_DEMO_OPTION, gmdate( 'Y-m-d H:i:s', $el_demo_now ), false );
		return array(
			'products'  => 3,
			'gifts'     => 5,
			'customers' => count( $customers ),
		);
	}
);

// Summary.
$el_demo_store  = Plugin::container()->get( EntitlementStore::class );
$el_demo_counts = array();
foreach ( array( 'active', 'redeemed', 'expired', 'cancelled' ) as $el_demo_status ) {
	$el_demo_counts[] = $el_demo_status . ' ' . $el_demo_store->query( new EntitlementQuery( statuses: array( $el_demo_status ), per_page: 1 ) )['total'];
}
$el_demo_deleted = $el_demo_store->query( new EntitlementQuery( deleted: 'only', per_page: 1 ) )['total'];
$el_demo_issues  = Plugin::container()->get( LedgerVerifier::class )->verify();

printf(
	"seed-demo: %d products, %d gifts (cycles %d and %d), user circulation and customer1..%d (password: password).\n",
	(int) $el_demo_summary['products'],
	(int) $el_demo_summary['gifts'],
	(int) $el_demo_year,
	(int) $el_demo_year + 1,
	(int) $el_demo_summary['customers']
);
printf( "seed-demo: entitlements: %s, soft-deleted %d; ledger history since %s.\n", esc_html( implode( ', ', $el_demo_counts ) ), (int) $el_demo_deleted, esc_html( gmdate( 'Y-m-d', $el_demo_base ) ) );
if ( array() === $el_demo_issues ) {
	echo "seed-demo: ledger verified, no violations.\n";
} else {
	foreach ( $el_demo_issues as $el_demo_issue ) {
		fwrite( STDERR, "seed-demo: ledger violation {$el_demo_issue['invariant']}: {$el_demo_issue['detail']}\n" );
	}
	exit( 1 );
}
