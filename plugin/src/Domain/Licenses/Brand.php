<?php
/**
 * A brand that sells licensed software.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain\Licenses;

/**
 * A brand (e.g. one product family) with its own licensed products and API keys.
 */
final class Brand {

	/**
	 * Constructor.
	 *
	 * @param int          $id                Id.
	 * @param string       $slug              Unique slug.
	 * @param string       $name              Name.
	 * @param list<string> $instance_patterns Instances that activate without using a seat (localhost, *.test, staging.*).
	 * @param string       $created_at        UTC.
	 * @param string       $updated_at        UTC.
	 */
	public function __construct(
		public readonly int $id,
		public readonly string $slug,
		public readonly string $name,
		public readonly array $instance_patterns,
		public readonly string $created_at,
		public readonly string $updated_at
	) {
	}
}
