<?php
/**
 * Journal entries balance by construction.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Unit\Domain;

use EntitlementLedger\Domain\Ledger\Account;
use EntitlementLedger\Domain\Ledger\EntryKind;
use EntitlementLedger\Domain\Ledger\JournalEntry;
use EntitlementLedger\Domain\Money\Currency;
use LogicException;
use PHPUnit\Framework\TestCase;

/**
 * An unbalanced or one-sided entry cannot be built, let alone posted.
 */
final class JournalEntryTest extends TestCase {

	public function test_transfer_debits_one_account_and_credits_the_other(): void {
		$entry = JournalEntry::transfer( EntryKind::Recognition, Currency::from( 'EUR' ), Account::DeferredRevenue, Account::EarnedRevenue, 900, 'memo', 7 );
		$this->assertSame( 900, $entry->amount_on( Account::DeferredRevenue ) );
		$this->assertSame( -900, $entry->amount_on( Account::EarnedRevenue ) );
		$this->assertSame( 0, $entry->amount_on( Account::Receivable ) );
	}

	public function test_an_unbalanced_entry_is_refused(): void {
		$this->expectException( LogicException::class );
		new JournalEntry(
			EntryKind::Adjustment,
			Currency::from( 'USD' ),
			array(
				'receivable'       => 100,
				'deferred_revenue' => -99,
			),
			'off by one',
			1
		);
	}

	public function test_a_single_line_entry_is_refused(): void {
		$this->expectException( LogicException::class );
		new JournalEntry( EntryKind::Adjustment, Currency::from( 'USD' ), array( 'receivable' => 0 ), 'empty', 1 );
	}

	public function test_an_unknown_account_is_refused(): void {
		$this->expectException( \ValueError::class );
		new JournalEntry(
			EntryKind::Adjustment,
			Currency::from( 'USD' ),
			array(
				'cash'             => 100,
				'deferred_revenue' => -100,
			),
			'no such account',
			1
		);
	}
}
