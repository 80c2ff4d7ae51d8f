<?php
/**
 * Posts journal entries and keeps the projections in step.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain\Ledger;

use EntitlementLedger\DataStores\EntitlementStore;
use EntitlementLedger\DataStores\LedgerStore;
use EntitlementLedger\Domain\Audit\ActorContext;
use EntitlementLedger\Domain\Clock;
use EntitlementLedger\Domain\Entitlements\Entitlement;

/**
 * The append-only revenue journal. Every posting also updates, in the same transaction,
 * the entitlement's amounts, the daily totals and the liability totals, so reports never
 * scan the journal. Callers hold the entitlement's row lock. Each public method writes
 * its projection changes once, at its end, in key order (see ProjectionDelta).
 */
class Ledger {

	/**
	 * Constructor.
	 *
	 * @param LedgerStore      $store        Journal SQL.
	 * @param EntitlementStore $entitlements Entitlement SQL (for its money columns).
	 * @param Clock            $clock        Time.
	 * @param ActorContext     $actor        Who is acting.
	 */
	public function __construct(
		private LedgerStore $store,
		private EntitlementStore $entitlements,
		private Clock $clock,
		private ActorContext $actor
	) {
	}

	/**
	 * Posts an entry for an entitlement and updates its amounts; returns the entry id.
	 *
	 * @param JournalEntry $entry       The entry.
	 * @param Entitlement  $entitlement The entitlement as it was before this entry (row-locked).
	 */
	public function post( JournalEntry $entry, Entitlement $entitlement ): int {
		$entry_id = $this->write( $entry, $entitlement );
		$this->update_amounts( $entitlement, array( $entry ) );
		$this->project( $entitlement, array( $entry ) );
		return $entry_id;
	}

	/**
	 * Posts the deferral of an entitlement that was inserted with its amounts already set
	 * (saves an UPDATE on the hot checkout path); returns the entry id.
	 *
	 * @param JournalEntry $entry       The deferral entry.
	 * @param Entitlement  $entitlement The new entitlement, as inserted.
	 */
	public function post_opening( JournalEntry $entry, Entitlement $entitlement ): int {
		$opening  = $this->with_balance( $entitlement, 0 );
		$entry_id = $this->write( $entry, $opening );
		$this->project( $opening, array( $entry ) );
		return $entry_id;
	}

	/**
	 * Reverses every entry of the given kinds that is not yet reversed, newest first.
	 * Returns the entitlement's deferred balance afterwards.
	 *
	 * @param Entitlement     $entitlement The entitlement (row-locked).
	 * @param list<EntryKind> $kinds       Kinds to reverse.
	 * @param string          $memo        Why.
	 */
	public function reverse_all( Entitlement $entitlement, array $kinds, string $memo ): int {
		$originals = $this->store->unreversed_entries( $entitlement->id, array_map( static fn( EntryKind $kind ): string => $kind->value, $kinds ) );
		$reversals = array();
		foreach ( $originals as $original ) {
			$mirror      = array_map( static fn( int $amount ): int => -$amount, $original['lines'] );
			$reversal    = new JournalEntry( EntryKind::Reversal, $entitlement->currency, $mirror, $memo, $entitlement->id, $original['id'] );
			$reversals[] = $reversal;
			$this->write( $reversal, $entitlement );
		}
		if ( array() === $reversals ) {
			return $entitlement->deferred_balance;
		}
		$this->update_amounts( $entitlement, $reversals );
		return $this->project( $entitlement, $reversals );
	}

	/**
	 * Moves an entitlement's share of the report totals to another cycle (its number changed).
	 *
	 * @param Entitlement $entitlement The entitlement before the change (row-locked).
	 * @param int         $new_number  The new cycle.
	 */
	public function renumber( Entitlement $entitlement, int $new_number ): void {
		if ( $entitlement->number === $new_number ) {
			return;
		}
		$delta = new ProjectionDelta();
		$code  = $entitlement->currency->code;
		foreach ( $this->store->daily_sums_of( $entitlement->id ) as $sum ) {
			$delta->add_daily( $sum['day'], $code, $entitlement->number, $sum['kind'], array( $sum['account'] => -$sum['amount'] ) );
			$delta->add_daily( $sum['day'], $code, $new_number, $sum['kind'], array( $sum['account'] => $sum['amount'] ) );
		}
		if ( $entitlement->deferred_balance > 0 ) {
			$day = substr( $entitlement->created_at, 0, 10 );
			$delta->add_liability( $entitlement->number, $code, $day, -1, -$entitlement->deferred_balance );
			$delta->add_liability( $new_number, $code, $day, 1, $entitlement->deferred_balance );
		}
		$this->store->apply( $delta );
	}

	/**
	 * Inserts an entry and its lines; returns the entry id.
	 *
	 * @param JournalEntry $entry       The entry.
	 * @param Entitlement  $entitlement Its entitlement.
	 */
	private function write( JournalEntry $entry, Entitlement $entitlement ): int {
		return $this->store->insert_entry(
			array(
				'kind'              => $entry->kind->value,
				'entitlement_id'    => $entitlement->id,
				'reverses_entry_id' => $entry->reverses_entry_id,
				'currency'          => $entry->currency->code,
				'memo'              => mb_substr( $entry->memo, 0, 255 ),
				'created_at'        => $this->clock->now(),
				'created_by'        => $this->actor->user_id(),
				'request_id'        => $this->actor->request_id(),
			),
			$entry->lines
		);
	}

	/**
	 * Applies entries to the entitlement's money columns in one UPDATE.
	 *
	 * @param Entitlement        $entitlement The entitlement.
	 * @param list<JournalEntry> $entries     Entries just written.
	 */
	private function update_amounts( Entitlement $entitlement, array $entries ): void {
		$balance_delta  = 0;
		$earned_delta   = 0;
		$deferred_delta = 0;
		foreach ( $entries as $entry ) {
			$balance_delta -= $entry->amount_on( Account::DeferredRevenue );
			$earned_delta  -= $entry->amount_on( Account::EarnedRevenue );
			if ( in_array( $entry->kind, array( EntryKind::Deferral, EntryKind::Adjustment ), true ) ) {
				$deferred_delta -= $entry->amount_on( Account::DeferredRevenue );
			}
		}
		$this->entitlements->add_amounts( $entitlement->id, $balance_delta, $earned_delta, $deferred_delta, $this->clock->now() );
	}

	/**
	 * Writes the entries' effect on the daily and liability totals; returns the balance after.
	 *
	 * @param Entitlement        $entitlement The entitlement before the entries.
	 * @param list<JournalEntry> $entries     Entries just written.
	 */
	private function project( Entitlement $entitlement, array $entries ): int {
		$delta   = new ProjectionDelta();
		$day     = substr( $this->clock->now(), 0, 10 );
		$code    = $entitlement->currency->code;
		$balance = $entitlement->deferred_balance;
		foreach ( $entries as $entry ) {
			$delta->add_daily( $day, $code, $entitlement->number, $entry->kind->value, $entry->lines );
			$balance -= $entry->amount_on( Account::DeferredRevenue );
		}
		$before = $entitlement->deferred_balance;
		$delta->add_liability(
			$entitlement->number,
			$code,
			substr( $entitlement->created_at, 0, 10 ),
			( $balance > 0 ? 1 : 0 ) - ( $before > 0 ? 1 : 0 ),
			$balance - $before
		);
		$this->store->apply( $delta );
		return $balance;
	}

	/**
	 * A copy of the entitlement with another balance.
	 *
	 * @param Entitlement $entitlement Entitlement.
	 * @param int         $balance     Deferred balance.
	 */
	private function with_balance( Entitlement $entitlement, int $balance ): Entitlement {
		if ( $balance === $entitlement->deferred_balance ) {
			return $entitlement;
		}
		$values                     = get_object_vars( $entitlement );
		$values['deferred_balance'] = $balance;
		return new Entitlement( ...$values );
	}
}
