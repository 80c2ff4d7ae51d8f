<?php
/**
 * Nested transactions, savepoints and after-commit callbacks.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\Database;

use EntitlementLedger\Database\Tables;
use EntitlementLedger\Database\Transaction;
use EntitlementLedger\Domain\DomainError;
use EntitlementLedger\Domain\Entitlements\EntitlementService;
use EntitlementLedger\Tests\Framework\IntegrationTestCase;
use RuntimeException;

/**
 * What commits, what rolls back, and when public actions fire.
 */
final class TransactionTest extends IntegrationTestCase {

	public function test_a_failed_nested_unit_undoes_only_its_own_writes_and_callbacks(): void {
		$transaction = $this->service( Transaction::class );
		$fired       = array();
		$transaction->run(
			function () use ( $transaction, &$fired ): void {
				$this->make_entitlement( array( 'customer_email' => 'kept@example.test' ) );
				$transaction->after_commit(
					static function () use ( &$fired ): void {
						$fired[] = 'outer';
					}
				);
				try {
					$transaction->run(
						function () use ( $transaction, &$fired ): void {
							$this->make_entitlement( array( 'customer_email' => 'dropped@example.test' ) );
							$transaction->after_commit(
								static function () use ( &$fired ): void {
									$fired[] = 'inner';
								}
							);
							throw new RuntimeException( 'inner unit fails' );
						}
					);
				} catch ( RuntimeException $expected ) {
					$this->assertSame( array(), $fired, 'nothing fires before the commit' );
				}
			}
		);
		$this->assertSame( array( 'outer' ), $fired );
		$this->assertSame( 1, $this->count_rows( Tables::ENTITLEMENTS ) );
		$this->assertSame( 1, $this->count_rows( Tables::LEDGER_ENTRIES ) );
	}

	public function test_nothing_fires_when_the_outer_unit_rolls_back(): void {
		$fired    = 0;
		$listener = static function () use ( &$fired ): void {
			++$fired;
		};
		add_action( 'entitlement_ledger_entitlement_created', $listener );
		try {
			$this->service( Transaction::class )->run(
				function (): void {
					$this->make_entitlement();
					throw DomainError::conflict( 'el_test', 'roll back' );
				}
			);
		} catch ( DomainError $expected ) {
			$this->assertSame( 'el_test', $expected->error_code );
		} finally {
			remove_action( 'entitlement_ledger_entitlement_created', $listener );
		}
		$this->assertSame( 0, $fired );
		$this->assertSame( 0, $this->count_rows( Tables::ENTITLEMENTS ) );
	}

	public function test_created_and_redeemed_actions_fire_once_after_commit_with_the_id(): void {
		$seen     = array();
		$listener = static function ( int $id ) use ( &$seen ): void {
			$seen[] = array( current_action(), $id );
		};
		add_action( 'entitlement_ledger_entitlement_created', $listener );
		add_action( 'entitlement_ledger_entitlement_redeemed', $listener );
		try {
			$id    = $this->make_entitlement( array( 'source_key' => 'test:once' ) );
			$again = $this->make_entitlement( array( 'source_key' => 'test:once' ) );
			$order = wc_create_order();
			$order->save();
			$this->service( EntitlementService::class )->redeem_custom( $id, $order->get_id(), 'by hand' );
		} finally {
			remove_action( 'entitlement_ledger_entitlement_created', $listener );
			remove_action( 'entitlement_ledger_entitlement_redeemed', $listener );
		}
		$this->assertSame( $id, $again, 'the source key returns the same entitlement' );
		$this->assertSame(
			array(
				array( 'entitlement_ledger_entitlement_created', $id ),
				array( 'entitlement_ledger_entitlement_redeemed', $id ),
			),
			$seen
		);
	}
}
