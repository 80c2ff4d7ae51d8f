<?php
/**
 * A customer's own licenses.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain\Licenses;

use EntitlementLedger\DataStores\ActivationStore;
use EntitlementLedger\DataStores\LicenseStore;
use EntitlementLedger\Domain\Clock;
use EntitlementLedger\Domain\DomainError;

/**
 * What My Account shows: the licenses of a WordPress user (by user id, or by the account's
 * email for licenses provisioned before the account existed), with their active instances.
 * A license that is not theirs answers 404, like a missing one.
 *
 * @phpstan-type InstanceView array{instance: string, uses_seat: bool, activated_at: string, last_seen_at: string}
 * @phpstan-type LicenseView array{id: int, brand: string, product: string, product_name: string, key_prefix: string, status: string, seats: int, seats_used: int, expires_at: string|null, instances: list<InstanceView>}
 */
class CustomerLicenses {

	/**
	 * Constructor.
	 *
	 * @param LicenseStore    $licenses    License SQL.
	 * @param ActivationStore $activations Activation SQL.
	 * @param Clock           $clock       Time.
	 */
	public function __construct( private LicenseStore $licenses, private ActivationStore $activations, private Clock $clock ) {
	}

	/**
	 * The user's licenses, newest first.
	 *
	 * @param int $user_id User.
	 * @return list<LicenseView>
	 */
	public function for_user( int $user_id ): array {
		$user = get_userdata( $user_id );
		if ( $user_id <= 0 || false === $user ) {
			return array();
		}
		$licenses  = $this->licenses->for_customer( $user_id, strtolower( (string) $user->user_email ) );
		$ids       = array_map( static fn( License $license ): int => $license->id, $licenses );
		$instances = array();
		foreach ( $this->activations->active_for( $ids ) as $activation ) {
			$instances[ $activation->license_id ][] = array(
				'instance'     => $activation->instance,
				'uses_seat'    => $activation->uses_seat,
				'activated_at' => $activation->activated_at,
				'last_seen_at' => $activation->last_seen_at,
			);
		}
		$now = $this->clock->now();
		return array_map(
			static fn( License $license ): array => array(
				'id'           => $license->id,
				'brand'        => $license->brand_slug,
				'product'      => $license->product_slug,
				'product_name' => $license->product_name,
				'key_prefix'   => $license->key_lookup,
				'status'       => $license->effective_status( $now )->value,
				'seats'        => $license->seats,
				'seats_used'   => count( array_filter( $instances[ $license->id ] ?? array(), static fn( array $i ): bool => $i['uses_seat'] ) ),
				'expires_at'   => $license->expires_at,
				'instances'    => $instances[ $license->id ] ?? array(),
			),
			$licenses
		);
	}

	/**
	 * Throws unless the license belongs to the user.
	 *
	 * @param int $user_id    User.
	 * @param int $license_id License.
	 * @throws DomainError 404 el_license_not_found.
	 */
	public function require_own( int $user_id, int $license_id ): void {
		$user    = get_userdata( $user_id );
		$license = $this->licenses->find( $license_id );
		$email   = false === $user ? '' : strtolower( (string) $user->user_email );
		if ( null === $license || '' === $email || ( $user_id !== $license->customer_id && $email !== $license->customer_email ) ) {
			throw LicenseService::not_found();
		}
	}
}
