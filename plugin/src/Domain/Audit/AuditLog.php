<?php
/**
 * Records who changed what.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain\Audit;

use EntitlementLedger\DataStores\AuditStore;
use EntitlementLedger\Domain\Clock;

/**
 * Writes one audit row per change, in the caller's transaction.
 */
class AuditLog {

	/**
	 * Constructor.
	 *
	 * @param AuditStore   $store Audit SQL.
	 * @param ActorContext $actor Who is acting.
	 * @param Clock        $clock Time.
	 */
	public function __construct( private AuditStore $store, private ActorContext $actor, private Clock $clock ) {
	}

	/**
	 * Records a change.
	 *
	 * @param string     $action      e.g. entitlement.redeemed.
	 * @param string     $object_type e.g. entitlement.
	 * @param int|null   $object_id   Id.
	 * @param mixed|null $before      State before (array or null).
	 * @param mixed|null $after       State after (array or null).
	 */
	public function record( string $action, string $object_type, ?int $object_id, mixed $before, mixed $after ): void {
		$this->store->insert(
			array(
				'actor_type'   => $this->actor->type(),
				'actor_id'     => $this->actor->id(),
				'action'       => $action,
				'object_type'  => $object_type,
				'object_id'    => $object_id,
				'before_state' => null === $before ? null : wp_json_encode( $before ),
				'after_state'  => null === $after ? null : wp_json_encode( $after ),
				'request_id'   => $this->actor->request_id(),
				'ip'           => $this->actor->ip(),
				'created_at'   => $this->clock->now(),
			)
		);
	}
}
