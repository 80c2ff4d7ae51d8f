<?php
/**
 * Background work: expiring entitlements and purging old idempotency keys.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Jobs;

use EntitlementLedger\DataStores\EntitlementStore;
use EntitlementLedger\DataStores\IdempotencyStore;
use EntitlementLedger\Domain\Audit\ActorContext;
use EntitlementLedger\Domain\Clock;
use EntitlementLedger\Domain\Entitlements\EntitlementService;
use EntitlementLedger\Infrastructure\Registerable;

/**
 * Daily jobs through Action Scheduler (bundled with WooCommerce), or WP-Cron without it.
 */
final class Housekeeping implements Registerable {

	public const EXPIRE_HOOK = 'entitlement_ledger_expire_entitlements';
	public const PURGE_HOOK  = 'entitlement_ledger_purge_idempotency_keys';
	private const GROUP      = 'entitlement-ledger';
	private const BATCH      = 200;

	/**
	 * Keys are replayed for at least 24 hours; kept 48.
	 */
	private const KEY_LIFETIME_SECONDS = 2 * DAY_IN_SECONDS;

	/**
	 * Constructor.
	 *
	 * @param EntitlementService $entitlements Lifecycle.
	 * @param EntitlementStore   $store        Due entitlements.
	 * @param IdempotencyStore   $keys         Idempotency keys.
	 * @param ActorContext       $actor        Runs jobs as the system.
	 * @param Clock              $clock        Time.
	 */
	public function __construct(
		private EntitlementService $entitlements,
		private EntitlementStore $store,
		private IdempotencyStore $keys,
		private ActorContext $actor,
		private Clock $clock
	) {
	}

	/**
	 * Always: the hooks are cheap.
	 */
	public function is_needed(): bool {
		return true;
	}

	/**
	 * Hooks the job handlers and schedules them once.
	 */
	public function register(): void {
		add_action( self::EXPIRE_HOOK, array( $this, 'expire_due' ) );
		add_action( self::PURGE_HOOK, array( $this, 'purge_keys' ) );
		// Checking the schedule costs queries with Action Scheduler: do it on admin requests only,
		// not on every storefront and REST request.
		add_action( 'admin_init', array( $this, 'handle_admin_init' ) );
	}

	/**
	 * Schedules the daily jobs if they are not scheduled.
	 */
	public function handle_admin_init(): void {
		foreach ( array( self::EXPIRE_HOOK, self::PURGE_HOOK ) as $hook ) {
			if ( function_exists( 'as_has_scheduled_action' ) && function_exists( 'as_schedule_recurring_action' ) ) {
				if ( ! as_has_scheduled_action( $hook, array(), self::GROUP ) ) {
					as_schedule_recurring_action( time() + HOUR_IN_SECONDS, DAY_IN_SECONDS, $hook, array(), self::GROUP );
				}
			} elseif ( false === wp_next_scheduled( $hook ) ) {
				wp_schedule_event( time() + HOUR_IN_SECONDS, 'daily', $hook );
			}
		}
	}

	/**
	 * Expires due entitlements in batches; returns how many expired.
	 */
	public function expire_due(): int {
		return $this->actor->as_system(
			function (): int {
				$expired = 0;
				do {
					$ids = $this->store->ids_due_to_expire( $this->clock->now(), self::BATCH );
					foreach ( $ids as $id ) {
						$expired += null === $this->entitlements->expire( $id ) ? 0 : 1;
					}
					$full_batch = self::BATCH === count( $ids );
				} while ( $full_batch );
				return $expired;
			}
		);
	}

	/**
	 * Deletes idempotency keys past their lifetime.
	 */
	public function purge_keys(): void {
		$cutoff = gmdate( 'Y-m-d H:i:s', $this->clock->timestamp() - self::KEY_LIFETIME_SECONDS );
		while ( $this->keys->purge_older_than( $cutoff ) > 0 ) {
			continue;
		}
	}
}
