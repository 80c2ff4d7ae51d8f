<?php
/**
 * Scheduling of the daily jobs.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\Jobs;

use EntitlementLedger\Jobs\Housekeeping;
use EntitlementLedger\Tests\Framework\IntegrationTestCase;

/**
 * The schedule is checked on admin requests only, and then both jobs are scheduled.
 */
final class HousekeepingTest extends IntegrationTestCase {

	public function test_the_schedule_is_checked_on_admin_init_not_on_every_request(): void {
		$jobs = $this->service( Housekeeping::class );
		$this->assertSame( 10, has_action( 'admin_init', array( $jobs, 'handle_admin_init' ) ) );
		$this->assertFalse( has_action( 'init', array( $jobs, 'handle_admin_init' ) ) );
	}

	public function test_admin_init_schedules_both_daily_jobs(): void {
		if ( function_exists( 'as_has_scheduled_action' ) ) {
			$this->markTestSkipped( 'Action Scheduler is present; this checks the WP-Cron fallback.' );
		}
		foreach ( array( Housekeeping::EXPIRE_HOOK, Housekeeping::PURGE_HOOK ) as $hook ) {
			wp_clear_scheduled_hook( $hook );
		}
		$this->service( Housekeeping::class )->handle_admin_init();
		foreach ( array( Housekeeping::EXPIRE_HOOK, Housekeeping::PURGE_HOOK ) as $hook ) {
			$this->assertIsInt( wp_next_scheduled( $hook ), "{$hook} is scheduled" );
			$this->assertSame( 'daily', wp_get_schedule( $hook ) );
		}
	}
}
