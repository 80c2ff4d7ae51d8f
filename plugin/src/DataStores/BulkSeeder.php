<?php
/**
 * Fast bulk generation of entitlements with ledger history (benchmarks and demos).
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\DataStores;

use EntitlementLedger\Database\Connection;
use EntitlementLedger\Database\Tables;
use EntitlementLedger\Database\Transaction;
use EntitlementLedger\Domain\Entitlements\EntitlementStatus;
use EntitlementLedger\Domain\Entitlements\Redemption;
use EntitlementLedger\Domain\Ledger\Account;
use EntitlementLedger\Domain\Ledger\EntryKind;
use EntitlementLedger\Domain\Money\Currency;

/**
 * Writes entitlements, their journal entries and lines, and the daily and liability
 * projections with multi-row INSERTs, one transaction per batch. It writes exactly what the
 * domain services would have written for the same history (deferral on creation, optional
 * adjustment, recognition on redemption, an undone redemption, breakage on expiry, the
 * reversal of a cancellation), so `wp entitlement-ledger verify` passes afterwards.
 *
 * Ids of entitlements and entries are assigned here, after locking the end of each table's
 * primary key, so that one batch's rows are known before they are written. Run it on a quiet
 * site (a benchmark or demo database): a write that another request starts during a batch may
 * fail on a duplicate id. Generation is deterministic for a given seed, count and "now".
 * Not audited row by row: the command records one audit entry for the whole run.
 */
class BulkSeeder {

	/**
	 * Rows per INSERT statement.
	 */
	private const ROWS_PER_STATEMENT = 1000;

	/**
	 * History of a seeded entitlement spreads over this many days before now.
	 */
	private const HISTORY_DAYS = 540;

	/**
	 * Days from creation to expiry of the entitlements that do not expire in the history
	 * (about 24 months, the default setting), so none is due when the seed ends.
	 */
	private const VALIDITY_DAYS = 730;

	/**
	 * Entitlement rows of the current batch.
	 *
	 * @var list<list<int|string>>
	 */
	private array $entitlements = array();

	/**
	 * Entry rows of the current batch.
	 *
	 * @var list<list<int|string>>
	 */
	private array $entries = array();

	/**
	 * Line rows of the current batch.
	 *
	 * @var list<list<int|string>>
	 */
	private array $lines = array();

	/**
	 * Daily deltas of the current batch, by "day|currency|number|kind|account".
	 *
	 * @var array<string, int>
	 */
	private array $daily = array();

	/**
	 * Liability deltas of the current batch, by "number|currency|day" → [count, balance].
	 *
	 * @var array<string, array{0: int, 1: int}>
	 */
	private array $liability = array();

	private int $next_entry_id = 0;

	private string $request_id = '';

	/**
	 * Constructor.
	 *
	 * @param Transaction      $transaction  Transactions.
	 * @param EntitlementStore $store        Rebuilds the counts projection after seeding.
	 * @param Connection       $db           Database access.
	 */
	public function __construct( private Transaction $transaction, private EntitlementStore $store, private Connection $db ) {
	}

	/**
	 * Seeds $count entitlements in batches.
	 *
	 * @param int                      $count      How many entitlements.
	 * @param list<string>             $currencies Currency codes to spread them over.
	 * @param int                      $seed       Random seed.
	 * @param int                      $now        Unix time all history ends at.
	 * @param bool                     $breakage   Whether expiry recognises breakage (the setting).
	 * @param int                      $batch      Entitlements per transaction.
	 * @param callable(int): void|null $progress   Called with the number written after each batch.
	 * @return array{entitlements: int, entries: int, lines: int}
	 * @throws \InvalidArgumentException On bad arguments.
	 */
	public function seed( int $count, array $currencies, int $seed, int $now, bool $breakage, int $batch = 1000, ?callable $progress = null ): array {
		if ( $count < 1 || array() === $currencies || $batch < 1 ) {
			throw new \InvalidArgumentException( 'Seed at least one entitlement in at least one currency.' );
		}
		$currencies       = array_map( static fn( string $code ): Currency => Currency::from( $code ), $currencies );
		$this->request_id = 'seed-' . $seed . '-' . $now;
		$totals           = array(
			'entitlements' => 0,
			'entries'      => 0,
			'lines'        => 0,
		);
		mt_srand( $seed ); // phpcs:ignore WordPress.WP.AlternativeFunctions.rand_seeding_mt_srand -- reproducible data needs a seeded generator.
		for ( $done = 0; $done < $count; $done += $batch ) {
			$size    = min( $batch, $count - $done );
			$written = $this->transaction->run( fn(): array => $this->write_batch( $size, $done, $currencies, $now, $breakage, $seed ) );
			foreach ( $written as $key => $value ) {
				$totals[ $key ] += $value;
			}
			if ( null !== $progress ) {
				$progress( $done + $size );
			}
		}
		$this->store->rebuild_counts();
		return $totals;
	}

	/**
	 * Generates and writes one batch (inside a transaction).
	 *
	 * @param int            $size       Entitlements in the batch.
	 * @param int            $offset     Entitlements written before (for names).
	 * @param list<Currency> $currencies Currencies.
	 * @param int            $now        Unix time.
	 * @param bool           $breakage   Breakage on expiry.
	 * @param int            $seed       Seed (kept in meta).
	 * @return array{entitlements: int, entries: int, lines: int}
	 */
	private function write_batch( int $size, int $offset, array $currencies, int $now, bool $breakage, int $seed ): array {
		$this->entitlements = array();
		$this->entries      = array();
		$this->lines        = array();
		$this->daily        = array();
		$this->liability    = array();

		$next_id             = 1 + $this->lock_last_id( Tables::ENTITLEMENTS );
		$this->next_entry_id = 1 + $this->lock_last_id( Tables::LEDGER_ENTRIES );

		for ( $i = 0; $i < $size; $i++ ) {
			$this->generate( $next_id + $i, $offset + $i + 1, $currencies[ self::random( 0, count( $currencies ) - 1 ) ], $now, $breakage, $seed );
		}

		$this->insert_rows(
			Tables::ENTITLEMENTS,
			'id, customer_email, customer_name, type, number, status, currency, deferred_amount, earned_amount, deferred_balance, starts_at, expires_at, redemption_method, redemption_note, redeemed_at, meta, notes, created_at, updated_at',
			"(%d, %s, %s, 'premium_gift', %d, %s, %s, %d, %d, %d, %s, %s, NULLIF(%s, ''), NULLIF(%s, ''), NULLIF(%s, ''), %s, '', %s, %s)",
			$this->entitlements
		);
		$this->insert_rows(
			Tables::LEDGER_ENTRIES,
			'id, kind, entitlement_id, reverses_entry_id, currency, memo, created_at, request_id',
			'(%d, %s, %d, NULLIF(%d, 0), %s, %s, %s, %s)',
			$this->entries
		);
		$this->insert_rows(
			Tables::LEDGER_LINES,
			'entry_id, entitlement_id, kind, account, amount, currency, created_at',
			'(%d, %d, %s, %s, %d, %s, %s)',
			$this->lines
		);

		$daily = array();
		foreach ( $this->daily as $key => $amount ) {
			[ $day, $currency, $number, $kind, $account ] = explode( '|', $key );
			$daily[]                                      = array( $day, $currency, (int) $number, $kind, $account, $amount );
		}
		// Primary-key order, as the ledger writes projections, so concurrent writers lock rows in the same order.
		usort( $daily, static fn( array $a, array $b ): int => array_slice( $a, 0, 5 ) <=> array_slice( $b, 0, 5 ) );
		$this->insert_rows( Tables::LEDGER_DAILY, 'day, currency, number, kind, account, amount', '(%s, %s, %d, %s, %s, %d)', $daily, 'amount = amount + VALUES(amount)' );

		$liability = array();
		foreach ( $this->liability as $key => [ $entitlements, $balance ] ) {
			[ $number, $currency, $day ] = explode( '|', $key );
			$liability[]                 = array( (int) $number, $currency, $day, $entitlements, $balance );
		}
		usort( $liability, static fn( array $a, array $b ): int => array_slice( $a, 0, 3 ) <=> array_slice( $b, 0, 3 ) );
		$this->insert_rows(
			Tables::LIABILITY,
			'number, currency, deferred_on, entitlements, deferred_balance',
			'(%d, %s, %s, %d, %d)',
			$liability,
			'entitlements = entitlements + VALUES(entitlements), deferred_balance = deferred_balance + VALUES(deferred_balance)'
		);

		return array(
			'entitlements' => count( $this->entitlements ),
			'entries'      => count( $this->entries ),
			'lines'        => count( $this->lines ),
		);
	}

	/**
	 * The highest id of a table, locking the end of its primary key until the transaction
	 * ends so that other writers wait instead of inserting past it.
	 *
	 * @param string $table Table constant.
	 */
	private function lock_last_id( string $table ): int {
		return (int) $this->db->get_var( $this->db->prepare( 'SELECT id FROM %i ORDER BY id DESC LIMIT 1 FOR UPDATE', Tables::name( $table ) ) );
	}

	/**
	 * Generates one entitlement and its history into the batch buffers.
	 *
	 * @param int      $id       Entitlement id.
	 * @param int      $ordinal  Position in the run (for the customer's name).
	 * @param Currency $currency Currency.
	 * @param int      $now      Unix time.
	 * @param bool     $breakage Breakage on expiry.
	 * @param int      $seed     Seed.
	 */
	private function generate( int $id, int $ordinal, Currency $currency, int $now, bool $breakage, int $seed ): void {
		$created = $now - self::random( 1, self::HISTORY_DAYS ) * DAY_IN_SECONDS - self::random( 0, DAY_IN_SECONDS - 1 );
		$number  = (int) gmdate( 'Y', $created ) + ( self::random( 1, 100 ) <= 20 ? 1 : 0 );
		$amount  = self::random( 20, 180 ) * 50;
		$event   = self::random( $created, $now );
		$later   = self::random( $event, $now );
		$roll    = self::random( 1, 100 );
		$code    = $currency->code;

		$status      = EntitlementStatus::Active;
		$deferred    = $amount;
		$earned      = 0;
		$balance     = $amount;
		$expires     = $created + self::VALIDITY_DAYS * DAY_IN_SECONDS;
		$redeemed_at = '';
		$method      = '';
		$note        = '';
		$updated     = $created;
		$deferral_id = $this->entry(
			$id,
			$number,
			$code,
			EntryKind::Deferral,
			0,
			$created,
			'Deferred on creation',
			array(
				Account::Receivable->value      => $amount,
				Account::DeferredRevenue->value => -$amount,
			)
		);

		if ( $roll <= 50 ) {
			$status = EntitlementStatus::Active;
		} elseif ( $roll <= 55 ) {
			$extra     = self::random( 1, 20 ) * 50;
			$deferred += $extra;
			$balance  += $extra;
			$updated   = $event;
			$this->entry(
				$id,
				$number,
				$code,
				EntryKind::Adjustment,
				0,
				$event,
				'Adjustment: seeded correction',
				array(
					Account::Receivable->value      => $extra,
					Account::DeferredRevenue->value => -$extra,
				)
			);
		} elseif ( $roll <= 58 ) {
			$updated        = $later;
			$recognition_id = $this->entry(
				$id,
				$number,
				$code,
				EntryKind::Recognition,
				0,
				$event,
				'Recognised on redemption',
				array(
					Account::DeferredRevenue->value => $amount,
					Account::EarnedRevenue->value   => -$amount,
				)
			);
			$this->entry(
				$id,
				$number,
				$code,
				EntryKind::Reversal,
				$recognition_id,
				$later,
				'Redemption undone: seeded',
				array(
					Account::DeferredRevenue->value => -$amount,
					Account::EarnedRevenue->value   => $amount,
				)
			);
		} elseif ( $roll <= 85 ) {
			$status      = EntitlementStatus::Redeemed;
			$earned      = $amount;
			$balance     = 0;
			$updated     = $event;
			$redeemed_at = gmdate( 'Y-m-d H:i:s', $event );
			$method      = Redemption::CUSTOM;
			$note        = 'Seeded redemption';
			$this->entry(
				$id,
				$number,
				$code,
				EntryKind::Recognition,
				0,
				$event,
				'Recognised on redemption',
				array(
					Account::DeferredRevenue->value => $amount,
					Account::EarnedRevenue->value   => -$amount,
				)
			);
		} elseif ( $roll <= 93 && $now - $created > 2 * DAY_IN_SECONDS ) {
			$status  = EntitlementStatus::Expired;
			$expires = self::random( $created + DAY_IN_SECONDS, $now - 1 );
			$updated = $expires;
			if ( $breakage ) {
				$balance = 0;
				$this->entry(
					$id,
					$number,
					$code,
					EntryKind::Breakage,
					0,
					$expires,
					'Expired unredeemed',
					array(
						Account::DeferredRevenue->value => $amount,
						Account::BreakageRevenue->value => -$amount,
					)
				);
			}
		} elseif ( $roll > 93 ) {
			$status  = EntitlementStatus::Cancelled;
			$balance = 0;
			$updated = $event;
			$this->entry(
				$id,
				$number,
				$code,
				EntryKind::Reversal,
				$deferral_id,
				$event,
				'Cancelled: seeded',
				array(
					Account::DeferredRevenue->value => $amount,
					Account::Receivable->value      => -$amount,
				)
			);
		}

		$created_at           = gmdate( 'Y-m-d H:i:s', $created );
		$this->entitlements[] = array(
			$id,
			sprintf( 'seed%d-%d@example.test', $seed, $ordinal ),
			sprintf( 'Seed Customer %d', $ordinal ),
			$number,
			$status->value,
			$code,
			$deferred,
			$earned,
			$balance,
			$created_at,
			gmdate( 'Y-m-d H:i:s', $expires ),
			$method,
			$note,
			$redeemed_at,
			(string) wp_json_encode( array( 'seed' => $seed ) ),
			$created_at,
			gmdate( 'Y-m-d H:i:s', $updated ),
		);

		$key                     = $number . '|' . $code . '|' . substr( $created_at, 0, 10 );
		$this->liability[ $key ] = array(
			( $this->liability[ $key ][0] ?? 0 ) + ( $balance > 0 ? 1 : 0 ),
			( $this->liability[ $key ][1] ?? 0 ) + $balance,
		);
	}

	/**
	 * Buffers one journal entry with its lines and daily deltas; returns its id.
	 *
	 * @param int                $entitlement_id Entitlement.
	 * @param int                $number         Its cycle.
	 * @param string             $currency       Currency code.
	 * @param EntryKind          $kind           Kind.
	 * @param int                $reverses       Entry reversed, or 0.
	 * @param int                $time           Unix time.
	 * @param string             $memo           Memo.
	 * @param array<string, int> $lines          Amount by account (balanced).
	 */
	private function entry( int $entitlement_id, int $number, string $currency, EntryKind $kind, int $reverses, int $time, string $memo, array $lines ): int {
		$id              = $this->next_entry_id++;
		$created_at      = gmdate( 'Y-m-d H:i:s', $time );
		$day             = substr( $created_at, 0, 10 );
		$this->entries[] = array( $id, $kind->value, $entitlement_id, $reverses, $currency, $memo, $created_at, $this->request_id );
		foreach ( $lines as $account => $amount ) {
			$this->lines[]       = array( $id, $entitlement_id, $kind->value, $account, $amount, $currency, $created_at );
			$key                 = $day . '|' . $currency . '|' . $number . '|' . $kind->value . '|' . $account;
			$this->daily[ $key ] = ( $this->daily[ $key ] ?? 0 ) + $amount;
		}
		return $id;
	}

	/**
	 * Multi-row INSERT of buffered rows, ROWS_PER_STATEMENT at a time.
	 *
	 * @param string                 $table     Table constant.
	 * @param string                 $columns   Column list.
	 * @param string                 $tuple     Placeholders of one row.
	 * @param list<list<int|string>> $rows      Rows.
	 * @param string                 $on_duplicate ON DUPLICATE KEY UPDATE clause, or ''.
	 * @throws \EntitlementLedger\Database\DatabaseError When an INSERT fails (the batch's transaction rolls back).
	 */
	private function insert_rows( string $table, string $columns, string $tuple, array $rows, string $on_duplicate = '' ): void {
		foreach ( array_chunk( $rows, self::ROWS_PER_STATEMENT ) as $chunk ) {
			$sql  = "INSERT INTO %i ({$columns}) VALUES " . implode( ', ', array_fill( 0, count( $chunk ), $tuple ) );
			$sql .= '' === $on_duplicate ? '' : " ON DUPLICATE KEY UPDATE {$on_duplicate}";
			// phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- columns and clauses are constants of this class; values are placeholders.
			$this->db->query( $this->db->prepare( $sql, Tables::name( $table ), ...array_merge( ...$chunk ) ) );
		}
	}

	/**
	 * A random integer from the seeded generator (reproducible, not for secrets).
	 *
	 * @param int $min Lowest value.
	 * @param int $max Highest value.
	 */
	private static function random( int $min, int $max ): int {
		return mt_rand( $min, $max ); // phpcs:ignore WordPress.WP.AlternativeFunctions.rand_mt_rand -- reproducible data needs a seeded generator.
	}
}
