<?php
/**
 * Random operation sequences against a model of the ledger.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\Consistency;

use EntitlementLedger\Database\Tables;
use EntitlementLedger\Domain\DomainError;
use EntitlementLedger\Domain\Entitlements\Entitlement;
use EntitlementLedger\Domain\Entitlements\EntitlementService;
use EntitlementLedger\Domain\Settings\Settings;
use EntitlementLedger\Jobs\Housekeeping;
use PHPUnit\Framework\Attributes\DataProvider;
use Throwable;

/**
 * Runs a seeded pseudo-random sequence of operations (valid and invalid) through the domain
 * services, keeps a small model of what each entitlement must look like, and compares the
 * database with the model after every operation. At the end the ledger must be sound.
 *
 * The sequence is generated up front from the seed (mt_srand), so code that draws from
 * mt_rand while it runs cannot change it. Rerun a failing seed with EL_PROPERTY_SEED=<seed>.
 */
final class LedgerPropertyTest extends ConsistencyTestCase {

	private const FIXED_SEED       = 20261122;
	private const OPERATIONS       = 1200;
	private const FIRST_CREATES    = 20;
	private const MAX_ENTITLEMENTS = 60;
	private const NUMBERS          = array( 2025, 2026, 2027 );
	private const CURRENCIES       = array( 'USD', 'JPY', 'EUR' );
	private const DECIMALS         = array(
		'USD' => 2,
		'JPY' => 0,
		'EUR' => 2,
	);
	private const MISSING_ID       = 2147483000;
	private const DAY              = 86400;

	/**
	 * How often each operation is drawn after the first creates.
	 */
	private const WEIGHTS = array(
		'create'          => 5,
		'create_invalid'  => 2,
		'redeem_standard' => 12,
		'redeem_custom'   => 10,
		'unredeem'        => 9,
		'cancel'          => 5,
		'delete'          => 3,
		'adjust'          => 14,
		'renumber'        => 8,
		'change_expiry'   => 3,
		'tick'            => 4,
		'expire_one'      => 3,
		'missing'         => 1,
	);

	private int $seed = 0;

	private int $step = 0;

	/**
	 * Recent operations, for failure messages.
	 *
	 * @var list<string>
	 */
	private array $trace = array();

	/**
	 * Outcome counts by operation, e.g. "adjust:el_not_adjustable".
	 *
	 * @var array<string, int>
	 */
	private array $stats = array();

	/**
	 * What each entitlement must look like, by slot (creation order).
	 *
	 * @var list<array{id: int, currency: string, number: int, status: string, deleted: bool, balance: int, earned: int, deferred: int, starts_at: string, expires_at: string|null, gift: string|null, entries: int, open: array<string, int>, orders: int}>
	 */
	private array $model = array();

	/**
	 * Gifts by label: id, cycle, stock cap, whether offered, and units given.
	 *
	 * @var array<string, array{id: int, number: int, stock: int|null, active: bool, given: int}>
	 */
	private array $gifts = array();

	/**
	 * Existing orders for custom redemptions.
	 *
	 * @var list<int>
	 */
	private array $orders = array();

	private MovableClock $clock;

	private EntitlementService $entitlements;

	private Housekeeping $housekeeping;

	private bool $breakage = true;

	/**
	 * The fixed seed, and EL_PROPERTY_SEED when set.
	 *
	 * @return array<string, array{int}>
	 */
	public static function seeds(): array {
		$seeds = array( 'fixed seed ' . self::FIXED_SEED => array( self::FIXED_SEED ) );
		$env   = getenv( 'EL_PROPERTY_SEED' );
		if ( false !== $env && '' !== trim( $env ) ) {
			$seeds[ 'EL_PROPERTY_SEED=' . trim( $env ) ] = array( (int) trim( $env ) );
		}
		return $seeds;
	}

	#[DataProvider( 'seeds' )]
	public function test_random_operations_keep_entitlements_and_ledger_in_step_with_the_model( int $seed ): void {
		$this->seed = $seed;
		$this->prepare();
		$operations = self::generate( $seed );

		foreach ( $operations as $index => $operation ) {
			$this->step           = $index + 1;
			[ $kind, $a, $b, $c ] = $operation;
			try {
				$this->{'op_' . $kind}( $a, $b, $c );
			} catch ( \PHPUnit\Framework\AssertionFailedError $failure ) {
				throw $failure;
			} catch ( Throwable $error ) {
				$this->fail( $this->context( 'unexpected ' . get_class( $error ) . ': ' . $error->getMessage() . "\n" . $error->getTraceAsString() ) );
			}
			$this->compare_with_model();
		}

		$this->assertGreaterThanOrEqual( 1000, $this->step, 'enough operations ran' );
		$this->assert_final_state();
		if ( getenv( 'EL_CONSISTENCY_VERBOSE' ) ) {
			ksort( $this->stats );
			fwrite( STDERR, "\n[property seed {$seed}] " . count( $this->model ) . ' entitlements, ' . $this->step . ' operations: ' . wp_json_encode( $this->stats ) . "\n" );
		}
	}

	/**
	 * Clock, services, gifts and orders for the run.
	 */
	private function prepare(): void {
		$this->act_as_circulation_manager();
		$this->clock        = new MovableClock( (int) gmmktime( 9, 0, 0, 3, 1, 2031 ) );
		$container          = $this->use_clock( $this->clock );
		$this->entitlements = $container->get( EntitlementService::class );
		$this->housekeeping = $container->get( Housekeeping::class );
		$this->breakage     = $container->get( Settings::class )->recognises_breakage();

		foreach ( self::NUMBERS as $number ) {
			$this->add_gift( "open {$number}", $number, null, true );
		}
		$this->add_gift( 'scarce 2026', 2026, 2, true );
		$this->add_gift( 'inactive 2026', 2026, null, false );
		for ( $i = 0; $i < 3; $i++ ) {
			$this->orders[] = $this->make_order();
		}
	}

	/**
	 * The operation sequence of a seed: kind and three random numbers each.
	 *
	 * @param int $seed Seed.
	 * @return list<array{0: string, 1: int, 2: int, 3: int}>
	 */
	private static function generate( int $seed ): array {
		mt_srand( $seed );
		$total      = array_sum( self::WEIGHTS );
		$operations = array();
		for ( $i = 0; $i < self::OPERATIONS; $i++ ) {
			$kind = 'create';
			if ( $i >= self::FIRST_CREATES ) {
				$pick = mt_rand( 1, $total );
				foreach ( self::WEIGHTS as $candidate => $weight ) {
					$pick -= $weight;
					if ( $pick <= 0 ) {
						$kind = $candidate;
						break;
					}
				}
			}
			$operations[] = array( $kind, mt_rand( 0, 1 << 30 ), mt_rand( 0, 1 << 30 ), mt_rand( 0, 1 << 30 ) );
		}
		mt_srand();
		return $operations;
	}

	/**
	 * Create a valid entitlement.
	 *
	 * @param int $a Random.
	 * @param int $b Random.
	 * @param int $c Random.
	 */
	private function op_create( int $a, int $b, int $c ): void {
		if ( count( $this->model ) >= self::MAX_ENTITLEMENTS ) {
			$this->op_create_invalid( $a, $b, $c );
			return;
		}
		$currency = self::CURRENCIES[ $a % 3 ];
		$number   = self::NUMBERS[ $b % 3 ];
		$minor    = 'JPY' === $currency ? 100 + $c % 29901 : 100 + $c % 49901;
		$expires  = $this->clock->at( ( 30 + intdiv( $c, 7 ) % 691 ) * self::DAY );
		$slot     = count( $this->model );
		$data     = array(
			'customer_email'  => "property{$slot}@example.test",
			'number'          => $number,
			'deferred_amount' => self::decimal( $minor, $currency ),
			'currency'        => $currency,
			'expires_at'      => $expires,
		);
		$created  = $this->attempt( "create {$data['deferred_amount']} {$currency} #{$number}", null, fn(): Entitlement => $this->entitlements->create( $data ) );
		$this->assertInstanceOf( Entitlement::class, $created );
		$this->model[] = array(
			'id'         => $created->id,
			'currency'   => $currency,
			'number'     => $number,
			'status'     => 'active',
			'deleted'    => false,
			'balance'    => $minor,
			'earned'     => 0,
			'deferred'   => $minor,
			'starts_at'  => $this->clock->now(),
			'expires_at' => $expires,
			'gift'       => null,
			'entries'    => 1,
			'open'       => array(
				'deferral'    => 1,
				'adjustment'  => 0,
				'recognition' => 0,
				'breakage'    => 0,
			),
			'orders'     => 0,
		);
	}

	/**
	 * Create with one invalid field: refused, nothing written.
	 *
	 * @param int $a Random.
	 * @param int $b Random.
	 * @param int $c Random.
	 */
	private function op_create_invalid( int $a, int $b, int $c ): void {
		$data               = array(
			'customer_email'  => 'invalid@example.test',
			'number'          => self::NUMBERS[ $b % 3 ],
			'deferred_amount' => '10.00',
			'currency'        => 'USD',
			'expires_at'      => $this->clock->at( 30 * self::DAY ),
		);
		$variants           = array(
			array(
				'el_invalid_amount',
				array(
					'currency'        => 'JPY',
					'deferred_amount' => '1500.5',
				),
			),
			array( 'el_amount_not_positive', array( 'deferred_amount' => '0.00' ) ),
			array(
				'el_invalid_amount',
				array(
					'currency'        => 'EUR',
					'deferred_amount' => '12.345',
				),
			),
			array( 'el_invalid_currency', array( 'currency' => 'XYZ' ) ),
			array( 'el_invalid_number', array( 'number' => 0 === $c % 2 ? 0 : 10000 ) ),
			array( 'el_invalid_dates', array( 'expires_at' => $this->clock->at( -self::DAY ) ) ),
		);
		[ $code, $changes ] = $variants[ $a % count( $variants ) ];
		$this->attempt( 'create invalid ' . wp_json_encode( $changes ), $code, fn(): Entitlement => $this->entitlements->create( $changes + $data ) );
	}

	/**
	 * Standard redemption, sometimes with a gift of another cycle, a sold-out or an inactive gift.
	 *
	 * @param int $a Random.
	 * @param int $b Random.
	 */
	private function op_redeem_standard( int $a, int $b ): void {
		$slot  = $this->pick( $a, array( $this, 'is_active' ) );
		$model = $this->model[ $slot ];
		$label = match ( $b % 10 ) {
			0       => 'open ' . self::NUMBERS[ ( array_search( $model['number'], self::NUMBERS, true ) + 1 + $b % 2 ) % 3 ],
			1       => 'scarce 2026',
			2       => 'inactive 2026',
			default => 'open ' . $model['number'],
		};
		$gift = $this->gifts[ $label ];
		$code = null;
		if ( ! $this->is_active( $model ) ) {
			$code = 'el_not_redeemable';
		} elseif ( $gift['number'] !== $model['number'] ) {
			$code = 'el_gift_not_available';
		} elseif ( ! $gift['active'] || ( null !== $gift['stock'] && $gift['given'] >= $gift['stock'] ) ) {
			$code = 'el_gift_unavailable';
		}
		$this->attempt( "redeem standard [{$slot}] with '{$label}'", $code, fn(): Entitlement => $this->entitlements->redeem_standard( $model['id'], $gift['id'], 'Property test' ) );
		if ( null === $code ) {
			++$this->gifts[ $label ]['given'];
			$this->redeemed( $slot, $label );
			++$this->model[ $slot ]['orders'];
		}
	}

	/**
	 * Custom redemption, sometimes with an order that does not exist.
	 *
	 * @param int $a Random.
	 * @param int $b Random.
	 */
	private function op_redeem_custom( int $a, int $b ): void {
		$slot  = $this->pick( $a, array( $this, 'is_active' ) );
		$model = $this->model[ $slot ];
		$order = 0 === $b % 8 ? self::MISSING_ID : $this->orders[ $b % count( $this->orders ) ];
		$code  = null;
		if ( ! $this->is_active( $model ) ) {
			$code = 'el_not_redeemable';
		} elseif ( self::MISSING_ID === $order ) {
			$code = 'el_invalid_order';
		}
		$this->attempt( "redeem custom [{$slot}] order {$order}", $code, fn(): Entitlement => $this->entitlements->redeem_custom( $model['id'], $order, 'Posted by hand' ) );
		if ( null === $code ) {
			$this->redeemed( $slot, null );
		}
	}

	/**
	 * Undo a redemption.
	 *
	 * @param int $a Random.
	 */
	private function op_unredeem( int $a ): void {
		$slot  = $this->pick( $a, static fn( array $model ): bool => 'redeemed' === $model['status'] && ! $model['deleted'] );
		$model = $this->model[ $slot ];
		$code  = ( 'redeemed' !== $model['status'] || $model['deleted'] ) ? 'el_not_redeemed' : null;
		$this->attempt( "unredeem [{$slot}]", $code, fn(): Entitlement => $this->entitlements->unredeem( $model['id'], 'Wrong reader' ) );
		if ( null !== $code ) {
			return;
		}
		if ( null !== $model['gift'] ) {
			--$this->gifts[ $model['gift'] ]['given'];
		}
		$this->model[ $slot ] = array_merge(
			$model,
			array(
				'status'  => 'active',
				'balance' => $model['balance'] + $model['earned'],
				'earned'  => 0,
				'gift'    => null,
				'entries' => $model['entries'] + $model['open']['recognition'],
				'open'    => array( 'recognition' => 0 ) + $model['open'],
			)
		);
	}

	/**
	 * Cancel an unredeemed entitlement.
	 *
	 * @param int $a Random.
	 */
	private function op_cancel( int $a ): void {
		$slot  = $this->pick( $a, array( $this, 'is_active' ) );
		$model = $this->model[ $slot ];
		$code  = $this->is_active( $model ) ? null : 'el_not_cancellable';
		$this->attempt( "cancel [{$slot}]", $code, fn(): Entitlement => $this->entitlements->cancel( $model['id'], 'Refunded' ) );
		if ( null !== $code ) {
			return;
		}
		$this->model[ $slot ] = array_merge(
			$model,
			array(
				'status'  => 'cancelled',
				'balance' => 0,
				'entries' => $model['entries'] + $model['open']['adjustment'] + $model['open']['deferral'],
				'open'    => array(
					'adjustment' => 0,
					'deferral'   => 0,
				) + $model['open'],
			)
		);
	}

	/**
	 * Soft-delete, reversing everything still open.
	 *
	 * @param int $a Random.
	 */
	private function op_delete( int $a ): void {
		$slot  = $this->pick( $a, array( $this, 'is_live' ) );
		$model = $this->model[ $slot ];
		$code  = $model['deleted'] ? 'el_entitlement_deleted' : null;
		$this->attempt( "delete [{$slot}] ({$model['status']})", $code, fn(): Entitlement => $this->entitlements->delete( $model['id'], 'Duplicate' ) );
		if ( null !== $code ) {
			return;
		}
		$this->model[ $slot ] = array_merge(
			$model,
			array(
				'deleted' => true,
				'balance' => 0,
				'earned'  => 0,
				'entries' => $model['entries'] + array_sum( $model['open'] ),
				'open'    => array_fill_keys( array_keys( $model['open'] ), 0 ),
			)
		);
	}

	/**
	 * Staff adjustment: positive, negative, too negative, zero or with too many decimals.
	 *
	 * @param int $a Random.
	 * @param int $b Random.
	 * @param int $c Random.
	 */
	private function op_adjust( int $a, int $b, int $c ): void {
		$slot     = $this->pick( $a, array( $this, 'is_active' ) );
		$model    = $this->model[ $slot ];
		$currency = $model['currency'];
		$balance  = $model['balance'];
		$variant  = $c % 10;
		$delta    = match ( true ) {
			$variant < 2 => 0,
			$variant < 4 => -( $balance + $b % 500 ),
			$variant < 7 => 1 + $b % 5000,
			default      => -( 1 + ( $balance > 1 ? $b % ( $balance - 1 ) : 0 ) ),
		};
		$amount = match ( $variant ) {
			0       => '0',
			1       => 'JPY' === $currency ? '1.5' : '0.001',
			default => self::decimal( $delta, $currency ),
		};
		$code = null;
		if ( ! $this->is_active( $model ) ) {
			$code = 'el_not_adjustable';
		} elseif ( '0' === $amount ) {
			$code = 'el_amount_zero';
		} elseif ( 0 === $delta ) {
			$code = 'el_invalid_amount';
		} elseif ( $balance + $delta <= 0 ) {
			$code = 'el_balance_would_be_negative';
		}
		$this->attempt( "adjust [{$slot}] {$amount} {$currency} (balance {$balance})", $code, fn(): Entitlement => $this->entitlements->adjust( $model['id'], $amount, 'Correction' ) );
		if ( null !== $code ) {
			return;
		}
		$this->model[ $slot ] = array_merge(
			$model,
			array(
				'balance'  => $balance + $delta,
				'deferred' => $model['deferred'] + $delta,
				'entries'  => $model['entries'] + 1,
				'open'     => array( 'adjustment' => $model['open']['adjustment'] + 1 ) + $model['open'],
			)
		);
	}

	/**
	 * Change the entitlement number (PATCH number), sometimes out of range.
	 *
	 * @param int $a Random.
	 * @param int $b Random.
	 */
	private function op_renumber( int $a, int $b ): void {
		$slot   = $this->pick( $a, array( $this, 'is_live' ) );
		$model  = $this->model[ $slot ];
		$number = 0 === $b % 6 ? ( 0 === $b % 4 ? 0 : 10000 ) : self::NUMBERS[ $b % 3 ];
		$code   = null;
		if ( $model['deleted'] ) {
			$code = 'el_entitlement_deleted';
		} elseif ( ! in_array( $number, self::NUMBERS, true ) ) {
			$code = 'el_invalid_number';
		}
		$this->attempt( "renumber [{$slot}] {$model['number']} → {$number}", $code, fn(): Entitlement => $this->entitlements->update( $model['id'], array( 'number' => $number ) ) );
		if ( null === $code ) {
			$this->model[ $slot ]['number'] = $number;
		}
	}

	/**
	 * Move the expiry date, sometimes before the start (refused) or into the past.
	 *
	 * @param int $a Random.
	 * @param int $b Random.
	 */
	private function op_change_expiry( int $a, int $b ): void {
		$slot    = $this->pick( $a, array( $this, 'is_live' ) );
		$model   = $this->model[ $slot ];
		$expires = 0 === $b % 5 ? $model['starts_at'] : $this->clock->at( ( $b % 400 - 100 ) * self::DAY );
		$code    = null;
		if ( $model['deleted'] ) {
			$code = 'el_entitlement_deleted';
		} elseif ( $expires <= $model['starts_at'] ) {
			$code = 'el_invalid_dates';
		}
		$this->attempt( "expires_at [{$slot}] {$expires}", $code, fn(): Entitlement => $this->entitlements->update( $model['id'], array( 'expires_at' => $expires ) ) );
		if ( null === $code ) {
			$this->model[ $slot ]['expires_at'] = $expires;
		}
	}

	/**
	 * Move the clock forward and run the expiry job.
	 *
	 * @param int $a Random.
	 */
	private function op_tick( int $a ): void {
		$this->clock->advance( ( 1 + $a % 20 ) * self::DAY + $a % 3600 );
		$now = $this->clock->now();
		$due = array();
		foreach ( $this->model as $slot => $model ) {
			if ( $this->is_active( $model ) && null !== $model['expires_at'] && $model['expires_at'] <= $now ) {
				$due[] = $slot;
			}
		}
		$this->trace[] = "#{$this->step} clock → {$now}, expire " . count( $due );
		$this->count_outcome( 'tick', array() === $due ? 'nothing due' : 'expired' );
		$expired = $this->housekeeping->expire_due();
		$this->assertSame( count( $due ), $expired, $this->context( 'the expiry job expires exactly the due entitlements' ) );
		foreach ( $due as $slot ) {
			$this->expired( $slot );
		}
	}

	/**
	 * Expire one entitlement directly: only a due, active one changes.
	 *
	 * @param int $a Random.
	 */
	private function op_expire_one( int $a ): void {
		$slot          = $this->pick( $a, fn( array $model ): bool => $this->is_active( $model ) && null !== $model['expires_at'] && $model['expires_at'] <= $this->clock->now() );
		$model         = $this->model[ $slot ];
		$due           = $this->is_active( $model ) && null !== $model['expires_at'] && $model['expires_at'] <= $this->clock->now();
		$this->trace[] = "#{$this->step} expire [{$slot}] " . ( $due ? 'due' : 'not due' );
		$this->count_outcome( 'expire_one', $due ? 'ok' : 'not due' );
		$before = $this->counts();
		$result = $this->entitlements->expire( $model['id'] );
		if ( ! $due ) {
			$this->assertNull( $result, $this->context( 'an entitlement that is not due does not expire' ) );
			$this->assertSame( $before, $this->counts(), $this->context( 'nothing written' ) );
			return;
		}
		$this->assertInstanceOf( Entitlement::class, $result, $this->context( 'a due entitlement expires' ) );
		$this->expired( $slot );
	}

	/**
	 * Transitions of an entitlement that does not exist.
	 *
	 * @param int $a Random.
	 */
	private function op_missing( int $a ): void {
		$calls  = array(
			'cancel'   => fn(): Entitlement => $this->entitlements->cancel( self::MISSING_ID, 'x' ),
			'unredeem' => fn(): Entitlement => $this->entitlements->unredeem( self::MISSING_ID, 'x' ),
			'adjust'   => fn(): Entitlement => $this->entitlements->adjust( self::MISSING_ID, '1.00', 'x' ),
			'redeem'   => fn(): Entitlement => $this->entitlements->redeem_custom( self::MISSING_ID, $this->orders[0], 'x' ),
			'delete'   => fn(): Entitlement => $this->entitlements->delete( self::MISSING_ID, 'x' ),
			'renumber' => fn(): Entitlement => $this->entitlements->update( self::MISSING_ID, array( 'number' => 2026 ) ),
		);
		$action = array_keys( $calls )[ $a % count( $calls ) ];
		$this->attempt( "{$action} missing entitlement", 'el_entitlement_not_found', $calls[ $action ] );
	}

	/**
	 * Runs one operation; asserts it succeeds or fails with the expected code, and that a
	 * refused operation changes nothing.
	 *
	 * @param string      $label    What is done.
	 * @param string|null $expected Expected el_* code, or null for success.
	 * @param callable    $call     The operation.
	 */
	private function attempt( string $label, ?string $expected, callable $call ): mixed {
		$this->trace[] = "#{$this->step} {$label} → " . ( $expected ?? 'ok' );
		$operation     = strtok( $label, ' ' );
		$before        = null === $expected ? null : $this->counts();
		$result        = null;
		$actual        = 'ok';
		try {
			$result = $call();
		} catch ( DomainError $error ) {
			$actual = $error->error_code;
		}
		$this->count_outcome( (string) $operation, $actual );
		$this->assertSame( $expected ?? 'ok', $actual, $this->context( 'outcome' ) );
		if ( null !== $before ) {
			$this->assertSame( $before, $this->counts(), $this->context( 'a refused operation writes nothing' ) );
		}
		return $result;
	}

	/**
	 * Model update of a successful redemption.
	 *
	 * @param int         $slot Slot.
	 * @param string|null $gift Gift label for a standard redemption.
	 */
	private function redeemed( int $slot, ?string $gift ): void {
		$model                = $this->model[ $slot ];
		$this->model[ $slot ] = array_merge(
			$model,
			array(
				'status'  => 'redeemed',
				'earned'  => $model['balance'],
				'balance' => 0,
				'gift'    => $gift,
				'entries' => $model['entries'] + 1,
				'open'    => array( 'recognition' => 1 ) + $model['open'],
			)
		);
	}

	/**
	 * Model update of an expiry (breakage recognised per the setting).
	 *
	 * @param int $slot Slot.
	 */
	private function expired( int $slot ): void {
		$model                = $this->model[ $slot ];
		$breakage             = $this->breakage && $model['balance'] > 0;
		$this->model[ $slot ] = array_merge(
			$model,
			array(
				'status'  => 'expired',
				'balance' => $breakage ? 0 : $model['balance'],
				'entries' => $model['entries'] + ( $breakage ? 1 : 0 ),
				'open'    => array( 'breakage' => $breakage ? 1 : 0 ) + $model['open'],
			)
		);
	}

	/**
	 * Compares every entitlement, its entry count and every gift's stock with the model.
	 */
	private function compare_with_model(): void {
		global $wpdb;
		if ( array() === $this->model ) {
			return;
		}
		$ids          = array_column( $this->model, 'id' );
		$placeholders = implode( ', ', array_fill( 0, count( $ids ), '%d' ) );
		// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- placeholders only.
		$rows    = $wpdb->get_results(
			$wpdb->prepare(
				"SELECT id, status, deleted_at, number, currency, deferred_balance, earned_amount, deferred_amount, expires_at FROM %i WHERE id IN ({$placeholders})",
				Tables::name( Tables::ENTITLEMENTS ),
				...$ids
			),
			ARRAY_A
		);
		$entries = $wpdb->get_results(
			$wpdb->prepare(
				"SELECT entitlement_id, COUNT(*) AS entries FROM %i WHERE entitlement_id IN ({$placeholders}) GROUP BY entitlement_id",
				Tables::name( Tables::LEDGER_ENTRIES ),
				...$ids
			),
			ARRAY_A
		);
		// phpcs:enable
		$entry_counts = array_column( $entries, 'entries', 'entitlement_id' );
		$actual       = array();
		foreach ( $rows as $row ) {
			$actual[ (int) $row['id'] ] = sprintf(
				'%s%s #%d %s balance %d earned %d deferred %d expires %s entries %d',
				$row['status'],
				null === $row['deleted_at'] ? '' : ' (deleted)',
				$row['number'],
				$row['currency'],
				$row['deferred_balance'],
				$row['earned_amount'],
				$row['deferred_amount'],
				$row['expires_at'] ?? 'never',
				$entry_counts[ $row['id'] ] ?? 0
			);
		}
		$expected = array();
		foreach ( $this->model as $model ) {
			$expected[ $model['id'] ] = sprintf(
				'%s%s #%d %s balance %d earned %d deferred %d expires %s entries %d',
				$model['status'],
				$model['deleted'] ? ' (deleted)' : '',
				$model['number'],
				$model['currency'],
				$model['balance'],
				$model['earned'],
				$model['deferred'],
				$model['expires_at'] ?? 'never',
				$model['entries']
			);
		}
		ksort( $actual );
		$this->assertSame( $expected, $actual, $this->context( 'entitlements match the model' ) );

		$given = array();
		foreach ( $this->gifts as $label => $gift ) {
			$given[ $label ] = $this->redeemed_count( $gift['id'] );
		}
		$this->assertSame( array_map( static fn( array $gift ): int => $gift['given'], $this->gifts ), $given, $this->context( 'gift stock matches the model' ) );
	}

	/**
	 * End state: the ledger is sound, projections and orders agree with the model.
	 */
	private function assert_final_state(): void {
		global $wpdb;
		$context = "seed {$this->seed}; rerun with EL_PROPERTY_SEED={$this->seed}";
		$this->assertLedgerSound( $context );

		$expected = array();
		foreach ( $this->model as $model ) {
			$expected[ $model['currency'] ]           ??= array(
				'balance' => 0,
				'holders' => 0,
			);
			$expected[ $model['currency'] ]['balance'] += $model['balance'];
			$expected[ $model['currency'] ]['holders'] += $model['balance'] > 0 ? 1 : 0;
		}
		ksort( $expected );
		$rows   = $wpdb->get_results(
			$wpdb->prepare( 'SELECT currency, SUM(deferred_balance) AS balance, SUM(entitlements) AS holders FROM %i GROUP BY currency ORDER BY currency', Tables::name( Tables::LIABILITY ) ),
			ARRAY_A
		);
		$actual = array();
		foreach ( $rows as $row ) {
			$actual[ $row['currency'] ] = array(
				'balance' => (int) $row['balance'],
				'holders' => (int) $row['holders'],
			);
		}
		$this->assertSame( $expected, $actual, "the liability projection holds the model's balances ({$context})" );

		foreach ( $this->model as $slot => $model ) {
			$this->assertCount( $model['orders'], $this->fulfilment_orders_for( $model['id'] ), "one fulfilment order per standard redemption of [{$slot}] ({$context})" );
		}
		if ( self::FIXED_SEED !== $this->seed ) {
			return; // Another seed may draw another mix; the fixed one must cover every kind.
		}
		foreach ( array( 'create:ok', 'redeem:ok', 'unredeem:ok', 'cancel:ok', 'delete:ok', 'adjust:ok', 'renumber:ok', 'expires_at:ok', 'tick:expired', 'expire_one:ok', 'redeem:el_not_redeemable', 'redeem:el_gift_not_available', 'redeem:el_gift_unavailable', 'adjust:el_balance_would_be_negative', 'adjust:el_not_adjustable', 'cancel:el_not_cancellable', 'unredeem:el_not_redeemed', 'delete:el_entitlement_deleted', 'renumber:el_invalid_number' ) as $outcome ) {
			$this->assertGreaterThan( 0, $this->stats[ $outcome ] ?? 0, "the sequence exercised {$outcome} ({$context}): " . wp_json_encode( $this->stats ) );
		}
	}

	/**
	 * Row counts that a refused operation must leave alone.
	 *
	 * @return array<string, int>
	 */
	private function counts(): array {
		global $wpdb;
		$row = $wpdb->get_row(
			$wpdb->prepare(
				'SELECT (SELECT COUNT(*) FROM %i) AS entitlements, (SELECT COUNT(*) FROM %i) AS entries, (SELECT COUNT(*) FROM %i) AS line_count,
					(SELECT COUNT(*) FROM %i) AS audit, (SELECT COALESCE(SUM(redeemed_count), 0) FROM %i) AS given, (SELECT COUNT(*) FROM %i) AS orders',
				Tables::name( Tables::ENTITLEMENTS ),
				Tables::name( Tables::LEDGER_ENTRIES ),
				Tables::name( Tables::LEDGER_LINES ),
				Tables::name( Tables::AUDIT_LOG ),
				Tables::name( Tables::GIFTS ),
				$wpdb->prefix . 'wc_orders'
			),
			ARRAY_A
		);
		return array_map( 'intval', (array) $row );
	}

	/**
	 * Adds a gift to the run.
	 *
	 * @param string   $label  Label.
	 * @param int      $number Cycle.
	 * @param int|null $stock  Stock cap.
	 * @param bool     $active Offered.
	 */
	private function add_gift( string $label, int $number, ?int $stock, bool $active ): void {
		$this->gifts[ $label ] = array(
			'id'     => $this->make_gift( $number, $stock, $active ),
			'number' => $number,
			'stock'  => $stock,
			'active' => $active,
			'given'  => 0,
		);
	}

	/**
	 * The slot a random number picks: three times in four one the operation applies to
	 * (when there is one), otherwise any, so refusals keep being exercised.
	 *
	 * @param int      $random Random.
	 * @param callable $wanted Whether a modelled entitlement suits the operation.
	 */
	private function pick( int $random, callable $wanted ): int {
		$suitable = array_keys( array_filter( $this->model, $wanted ) );
		if ( array() !== $suitable && 0 !== $random % 4 ) {
			return $suitable[ intdiv( $random, 4 ) % count( $suitable ) ];
		}
		return $random % count( $this->model );
	}

	/**
	 * Whether the modelled entitlement is unredeemed and not deleted.
	 *
	 * @param array{status: string, deleted: bool} $model Model.
	 */
	private function is_active( array $model ): bool {
		return 'active' === $model['status'] && ! $model['deleted'];
	}

	/**
	 * Whether the modelled entitlement is not deleted.
	 *
	 * @param array{deleted: bool} $model Model.
	 */
	private function is_live( array $model ): bool {
		return ! $model['deleted'];
	}

	/**
	 * Counts an outcome for the coverage check.
	 *
	 * @param string $operation Operation.
	 * @param string $outcome   ok or an el_* code.
	 */
	private function count_outcome( string $operation, string $outcome ): void {
		$key                 = "{$operation}:{$outcome}";
		$this->stats[ $key ] = ( $this->stats[ $key ] ?? 0 ) + 1;
	}

	/**
	 * A failure message with the seed and the last operations.
	 *
	 * @param string $what What was checked.
	 */
	private function context( string $what ): string {
		return sprintf(
			"%s\nseed %d (rerun with EL_PROPERTY_SEED=%d), operation #%d; last operations:\n  %s",
			$what,
			$this->seed,
			$this->seed,
			$this->step,
			implode( "\n  ", array_slice( $this->trace, -12 ) )
		);
	}

	/**
	 * A minor-unit amount as the API's decimal string.
	 *
	 * @param int    $minor    Minor units (signed).
	 * @param string $currency Currency.
	 */
	private static function decimal( int $minor, string $currency ): string {
		$decimals = self::DECIMALS[ $currency ];
		if ( 0 === $decimals ) {
			return (string) $minor;
		}
		$sign = $minor < 0 ? '-' : '';
		return sprintf( '%s%d.%02d', $sign, intdiv( abs( $minor ), 100 ), abs( $minor ) % 100 );
	}
}
