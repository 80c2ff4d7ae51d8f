<?php
/**
 * Contract for services that hook into WordPress.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Infrastructure;

/**
 * A service that adds hooks. is_needed() keeps code off requests that do not use it.
 */
interface Registerable {

	/**
	 * Whether this service has anything to do on the current request.
	 */
	public function is_needed(): bool;

	/**
	 * Adds the service's hooks.
	 */
	public function register(): void;
}
