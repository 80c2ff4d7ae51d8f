<?php
/**
 * The current time.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain;

/**
 * UTC time in MySQL format. A service so tests can move time (expiry, ageing).
 */
class Clock {

	/**
	 * Now, UTC 'Y-m-d H:i:s'.
	 */
	public function now(): string {
		return gmdate( 'Y-m-d H:i:s', $this->timestamp() );
	}

	/**
	 * Now, Unix time.
	 */
	public function timestamp(): int {
		return time();
	}
}
