<?php
/**
 * Filters for listing entitlements.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\DataStores;

/**
 * A validated list request. Field names match the REST arguments.
 */
final class EntitlementQuery {

	public const ORDERBY_COLUMNS = array(
		'id'               => 'id',
		'created_at'       => 'created_at',
		'number'           => 'number',
		'status'           => 'status',
		'customer_email'   => 'customer_email',
		'deferred_amount'  => 'deferred_amount',
		'deferred_balance' => 'deferred_balance',
		'expires_at'       => 'expires_at',
		'redeemed_at'      => 'redeemed_at',
	);

	/**
	 * Constructor.
	 *
	 * @param int|null     $customer     WP user id.
	 * @param string|null  $email        Exact customer email.
	 * @param int|null     $subscription Subscription id.
	 * @param int|null     $order_id     Source or fulfilment order id.
	 * @param list<string> $statuses     Statuses (any of).
	 * @param string|null  $type         Entitlement type.
	 * @param int|null     $number       Cycle number.
	 * @param string|null  $search       Email/name prefix, or an id/order number.
	 * @param string|null  $after        Created at or after (UTC).
	 * @param string|null  $before       Created before (UTC).
	 * @param string|null  $currency     Currency code.
	 * @param string       $deleted      exclude|include|only.
	 * @param string       $orderby      Key of ORDERBY_COLUMNS.
	 * @param string       $order        asc|desc.
	 * @param int          $page         1-based page.
	 * @param int          $per_page     Page size.
	 */
	public function __construct(
		public readonly ?int $customer = null,
		public readonly ?string $email = null,
		public readonly ?int $subscription = null,
		public readonly ?int $order_id = null,
		public readonly array $statuses = array(),
		public readonly ?string $type = null,
		public readonly ?int $number = null,
		public readonly ?string $search = null,
		public readonly ?string $after = null,
		public readonly ?string $before = null,
		public readonly ?string $currency = null,
		public readonly string $deleted = 'exclude',
		public readonly string $orderby = 'id',
		public readonly string $order = 'desc',
		public readonly int $page = 1,
		public readonly int $per_page = 20
	) {
	}
}
