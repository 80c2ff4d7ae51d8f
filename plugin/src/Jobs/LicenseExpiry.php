<?php
/**
 * Background work of the license service: expiring licenses, purging rate-limit counters.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Jobs;

use EntitlementLedger\DataStores\LicenseStore;
use EntitlementLedger\DataStores\RateLimitStore;
use EntitlementLedger\Domain\Audit\ActorContext;
use EntitlementLedger\Domain\Clock;
use EntitlementLedger\Domain\Licenses\LicenseService;
use EntitlementLedger\Infrastructure\Registerable;

/**
 * An hourly job through Action Scheduler (bundled with WooCommerce), or WP-Cron without it.
 * Status checks already treat a license past its date as expired; the job makes it so in
 * the database, with an audit entry.
 */
final class LicenseExpiry implements Registerable {

	public const HOOK   = 'entitlement_ledger_expire_licenses';
	private const GROUP = 'entitlement-ledger';
	private const BATCH = 200;

	/**
	 * Constructor.
	 *
	 * @param LicenseService $service  Lifecycle.
	 * @param LicenseStore   $licenses Due licenses.
	 * @param RateLimitStore $counters Rate-limit counters.
	 * @param ActorContext   $actor    Runs as the system.
	 * @param Clock          $clock    Time.
	 */
	public function __construct(
		private LicenseService $service,
		private LicenseStore $licenses,
		private RateLimitStore $counters,
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
	 * Hooks the job and schedules it from admin requests (checking costs queries).
	 */
	public function register(): void {
		add_action( self::HOOK, array( $this, 'run' ) );
		add_action( 'admin_init', array( $this, 'handle_admin_init' ) );
	}

	/**
	 * Schedules the hourly job once.
	 */
	public function handle_admin_init(): void {
		if ( function_exists( 'as_has_scheduled_action' ) && function_exists( 'as_schedule_recurring_action' ) ) {
			if ( ! as_has_scheduled_action( self::HOOK, array(), self::GROUP ) ) {
				as_schedule_recurring_action( time() + 60, HOUR_IN_SECONDS, self::HOOK, array(), self::GROUP );
			}
		} elseif ( false === wp_next_scheduled( self::HOOK ) ) {
			wp_schedule_event( time() + 60, 'hourly', self::HOOK );
		}
	}

	/**
	 * The job: expires due licenses and drops old counters.
	 */
	public function run(): void {
		$this->expire_due();
		$this->counters->purge_before( $this->clock->timestamp() - HOUR_IN_SECONDS );
	}

	/**
	 * Expires due licenses in batches; returns how many.
	 */
	public function expire_due(): int {
		return $this->actor->as_system(
			function (): int {
				$expired = 0;
				do {
					$ids = $this->licenses->ids_due_to_expire( $this->clock->now(), self::BATCH );
					foreach ( $ids as $id ) {
						$expired += null === $this->service->expire( $id ) ? 0 : 1;
					}
					$full_batch = self::BATCH === count( $ids );
				} while ( $full_batch );
				return $expired;
			}
		);
	}
}
