<?php
/**
 * A clock tests can move.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\Consistency;

use EntitlementLedger\Domain\Clock;

/**
 * Frozen at a given instant until a test moves it forward.
 */
final class MovableClock extends Clock {

	/**
	 * Constructor.
	 *
	 * @param int $now Unix time the clock shows.
	 */
	public function __construct( private int $now ) {
	}

	/**
	 * Now, Unix time.
	 */
	public function timestamp(): int {
		return $this->now;
	}

	/**
	 * Moves the clock forward.
	 *
	 * @param int $seconds Seconds.
	 */
	public function advance( int $seconds ): void {
		$this->now += $seconds;
	}

	/**
	 * A moment relative to now, UTC 'Y-m-d H:i:s'.
	 *
	 * @param int $seconds Offset from now.
	 */
	public function at( int $seconds ): string {
		return gmdate( 'Y-m-d H:i:s', $this->now + $seconds );
	}
}
