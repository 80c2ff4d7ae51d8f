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
 * scan the journal. Callers hold the entitlement's row lock.
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
	 * Posts an entry for an entitlement; returns the entry id.
	 *
	 * @param JournalEntry $entry       The entry.
	 * @param Entitlement  $entitlement The entitlement as it was before this entry (row-locked).
	 */
	public function post( JournalEntry $entry, Entitlement $entitlement ): int {
		$now      = $this->clock->now();
		$entry_id = $this->store->insert_entry(
			array(
				'kind'              => $entry->kind->value,
				'entitlement_id'    => $entitlement->id,
				'reverses_entry_id' => $entry->reverses_entry_id,
				'currency'          => $entry->currency->code,
				'memo'              => mb_substr( $entry->memo, 0, 255 ),
				'created_at'        => $now,
				'created_by'        => $this->actor->user_id(),
				'request_id'        => $this->actor->request_id(),
			),
			$entry->lines
		);

		$balance_delta  = -$entry->amount_on( Account::DeferredRevenue );
		$earned_delta   = -$entry->amount_on( Account::EarnedRevenue );
		$deferred_delta = in_array( $entry->kind, array( EntryKind::Deferral, EntryKind::Adjustment ), true ) ? $balance_delta : 0;
		$this->entitlements->add_amounts( $entitlement->id, $balance_delta, $earned_delta, $deferred_delta, $now );

		$this->store->add_to_daily( substr( $now, 0, 10 ), $entry->currency->code, $entitlement->number, $entry->kind->value, $entry->lines );

		$before = $entitlement->deferred_balance;
		$after  = $before + $balance_delta;
		$this->store->add_to_liability(
			$entitlement->number,
			$entitlement->currency->code,
			substr( $entitlement->created_at, 0, 10 ),
			( $after > 0 ? 1 : 0 ) - ( $before > 0 ? 1 : 0 ),
			$balance_delta
		);
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
		$balance = $entitlement->deferred_balance;
		$entries = $this->store->unreversed_entries( $entitlement->id, array_map( static fn( EntryKind $kind ): string => $kind->value, $kinds ) );
		foreach ( $entries as $original ) {
			$mirror = array_map( static fn( int $amount ): int => -$amount, $original['lines'] );
			$entry  = new JournalEntry( EntryKind::Reversal, $entitlement->currency, $mirror, $memo, $entitlement->id, $original['id'] );
			$this->post( $entry, $this->with_balance( $entitlement, $balance ) );
			$balance -= $entry->amount_on( Account::DeferredRevenue );
		}
		return $balance;
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
		$this->store->move_daily( $entitlement->id, $entitlement->currency->code, $entitlement->number, $new_number );
		if ( $entitlement->deferred_balance <= 0 ) {
			return;
		}
		$day = substr( $entitlement->created_at, 0, 10 );
		$this->store->add_to_liability( $entitlement->number, $entitlement->currency->code, $day, -1, -$entitlement->deferred_balance );
		$this->store->add_to_liability( $new_number, $entitlement->currency->code, $day, 1, $entitlement->deferred_balance );
	}

	/**
	 * A copy of the entitlement with another balance, for consecutive postings in one call.
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
