<?php
/**
 * License provisioning and lifecycle.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain\Licenses;

use EntitlementLedger\Database\Transaction;
use EntitlementLedger\DataStores\BrandStore;
use EntitlementLedger\DataStores\LicensedProductStore;
use EntitlementLedger\DataStores\LicenseKeyStore;
use EntitlementLedger\DataStores\LicenseStore;
use EntitlementLedger\Domain\Audit\AuditLog;
use EntitlementLedger\Domain\Clock;
use EntitlementLedger\Domain\DomainError;

/**
 * Provisions licenses (reusing the customer's key of the brand, so one key unlocks all of
 * them) and moves them through their states. Every transition locks the license row, and
 * everything outside the caller's scope answers as not found.
 */
class LicenseService {

	/**
	 * Constructor.
	 *
	 * @param LicenseStore         $licenses    License SQL.
	 * @param LicenseKeyStore      $keys        Key SQL.
	 * @param BrandStore           $brands      Brand SQL.
	 * @param LicensedProductStore $products    Product SQL.
	 * @param SecretKeys           $secrets     Key generation.
	 * @param AuditLog             $audit       Audit log.
	 * @param Transaction          $transaction Transactions.
	 * @param Clock                $clock       Time.
	 */
	public function __construct(
		private LicenseStore $licenses,
		private LicenseKeyStore $keys,
		private BrandStore $brands,
		private LicensedProductStore $products,
		private SecretKeys $secrets,
		private AuditLog $audit,
		private Transaction $transaction,
		private Clock $clock
	) {
	}

	/**
	 * Provisions a license. The full key is returned only when this call created it; a
	 * customer who already has a key of the brand gets the new license on that key.
	 * With a source_key (an order item) a repeat returns the first license, with key null.
	 *
	 * @param array<string, mixed> $data  brand, product (slugs), customer_email, seats, expires_at, customer_id, source_order_id, source_order_item_id, source_key.
	 * @param LicenseScope         $scope Caller's scope.
	 * @return array{license: License, key: string|null, created: bool}
	 * @throws DomainError On invalid input.
	 */
	public function provision( array $data, LicenseScope $scope ): array {
		$brand = is_string( $data['brand'] ?? null ) ? $this->brands->find_by_slug( $data['brand'] ) : null;
		if ( null === $brand || ! $scope->allows( $brand->id ) ) {
			throw DomainError::invalid( 'el_unknown_brand', __( 'No brand with that slug.', 'entitlement-ledger' ), 'brand' );
		}
		$product = is_string( $data['product'] ?? null ) ? $this->products->find_by_slug( $brand->id, $data['product'] ) : null;
		if ( null === $product ) {
			throw DomainError::invalid( 'el_unknown_product', __( 'The brand has no licensed product with that slug.', 'entitlement-ledger' ), 'product' );
		}
		$email = is_string( $data['customer_email'] ?? null ) ? strtolower( trim( $data['customer_email'] ) ) : '';
		if ( ! is_email( $email ) || strlen( $email ) > 190 ) {
			throw DomainError::invalid( 'el_invalid_email', __( 'customer_email must be an email address.', 'entitlement-ledger' ), 'customer_email' );
		}
		$seats   = BrandService::seats( $data['seats'] ?? $product->seats );
		$now     = $this->clock->now();
		$expires = array_key_exists( 'expires_at', $data ) ? $data['expires_at'] : self::after_days( $now, $product->validity_days );
		if ( null !== $expires && ( ! is_string( $expires ) || $expires <= $now ) ) {
			throw DomainError::invalid( 'el_invalid_dates', __( 'expires_at must be in the future.', 'entitlement-ledger' ), 'expires_at' );
		}
		$customer_id = isset( $data['customer_id'] ) && (int) $data['customer_id'] > 0 ? (int) $data['customer_id'] : null;
		if ( null === $customer_id ) {
			$user        = get_user_by( 'email', $email );
			$customer_id = false === $user ? null : $user->ID;
		}

		return $this->transaction->run(
			function () use ( $data, $brand, $product, $email, $seats, $expires, $customer_id, $now ): array {
				$source_key = isset( $data['source_key'] ) ? (string) $data['source_key'] : null;
				if ( null !== $source_key ) {
					$existing = $this->licenses->find_by_source_key( $source_key );
					if ( null !== $existing ) {
						return array(
							'license' => $existing,
							'key'     => null,
							'created' => false,
						);
					}
				}
				$full_key = null;
				$key      = $this->keys->find_for_customer( $brand->id, $email );
				if ( null === $key ) {
					$new      = $this->secrets->new_license_key();
					$full_key = $new['key'];
					$key      = array(
						'id'     => $this->keys->insert(
							array(
								'brand_id'       => $brand->id,
								'customer_email' => $email,
								'lookup'         => $new['lookup'],
								'secret_hash'    => $new['hash'],
								'created_at'     => $now,
							)
						),
						'lookup' => $new['lookup'],
					);
				}
				$id = $this->licenses->insert(
					array(
						'brand_id'             => $brand->id,
						'product_id'           => $product->id,
						'license_key_id'       => $key['id'],
						'customer_email'       => $email,
						'customer_id'          => $customer_id,
						'status'               => LicenseStatus::Valid->value,
						'seats'                => $seats,
						'expires_at'           => $expires,
						'source_order_id'      => isset( $data['source_order_id'] ) ? (int) $data['source_order_id'] : null,
						'source_order_item_id' => isset( $data['source_order_item_id'] ) ? (int) $data['source_order_item_id'] : null,
						'source_key'           => $source_key,
						'created_at'           => $now,
						'updated_at'           => $now,
					)
				);
				if ( 0 === $id && null !== $source_key ) {
					// A concurrent call for the same order item won; this unit's key row rolls back with it.
					throw new \RuntimeException( 'Concurrent provisioning of the same source; retry.' );
				}
				$license = $this->require( $id, LicenseScope::all() );
				$this->audit->record( 'license.provisioned', 'license', $id, null, $license->snapshot() + array( 'key_prefix' => $key['lookup'] ) );
				return array(
					'license' => $license,
					'key'     => $full_key,
					'created' => true,
				);
			}
		);
	}

	/**
	 * Suspends a valid license.
	 *
	 * @param int          $id     License.
	 * @param LicenseScope $scope  Caller's scope.
	 * @param string       $reason Why.
	 */
	public function suspend( int $id, LicenseScope $scope, string $reason = '' ): License {
		return $this->transition( $id, $scope, 'license.suspended', $reason, array( LicenseStatus::Valid ), static fn(): array => array( 'status' => LicenseStatus::Suspended->value ) );
	}

	/**
	 * Resumes a suspended license (expired when its date has passed meanwhile).
	 *
	 * @param int          $id     License.
	 * @param LicenseScope $scope  Caller's scope.
	 * @param string       $reason Why.
	 */
	public function resume( int $id, LicenseScope $scope, string $reason = '' ): License {
		$now = $this->clock->now();
		return $this->transition(
			$id,
			$scope,
			'license.resumed',
			$reason,
			array( LicenseStatus::Suspended ),
			static fn( License $license ): array => array( 'status' => ( null !== $license->expires_at && $license->expires_at <= $now ? LicenseStatus::Expired : LicenseStatus::Valid )->value )
		);
	}

	/**
	 * Cancels a license for good.
	 *
	 * @param int          $id     License.
	 * @param LicenseScope $scope  Caller's scope.
	 * @param string       $reason Why.
	 */
	public function cancel( int $id, LicenseScope $scope, string $reason = '' ): License {
		return $this->transition( $id, $scope, 'license.cancelled', $reason, array( LicenseStatus::Valid, LicenseStatus::Suspended, LicenseStatus::Expired ), static fn(): array => array( 'status' => LicenseStatus::Cancelled->value ) );
	}

	/**
	 * Renews a license: a new expiry (given, or the product's validity added to the later of
	 * now and the current expiry). An expired license becomes valid; a suspended one stays
	 * suspended with its new date.
	 *
	 * @param int          $id         License.
	 * @param LicenseScope $scope      Caller's scope.
	 * @param string|null  $expires_at New expiry (UTC), or null for the product's validity.
	 * @param string       $reason     Why.
	 */
	public function renew( int $id, LicenseScope $scope, ?string $expires_at = null, string $reason = '' ): License {
		$now = $this->clock->now();
		if ( null !== $expires_at && $expires_at <= $now ) {
			throw DomainError::invalid( 'el_invalid_dates', __( 'expires_at must be in the future.', 'entitlement-ledger' ), 'expires_at' );
		}
		return $this->transition(
			$id,
			$scope,
			'license.renewed',
			$reason,
			array( LicenseStatus::Valid, LicenseStatus::Expired, LicenseStatus::Suspended ),
			function ( License $license ) use ( $expires_at, $now ): array {
				if ( null === $expires_at ) {
					$product = $this->products->find( $license->product_id );
					$from    = null !== $license->expires_at && $license->expires_at > $now ? $license->expires_at : $now;
					$days    = null === $product ? 365 : ( $product->validity_days ?? 365 );
					// A license without expiry stays without one unless a date is given.
					$expires_at = null === $license->expires_at ? null : self::after_days( $from, $days );
				}
				return array(
					'expires_at' => $expires_at,
					'status'     => ( LicenseStatus::Suspended === $license->status ? LicenseStatus::Suspended : LicenseStatus::Valid )->value,
				);
			}
		);
	}

	/**
	 * Expires a valid license past its date (the expiry job); null when it was not due.
	 *
	 * @param int $id License.
	 */
	public function expire( int $id ): ?License {
		return $this->transaction->run(
			function () use ( $id ): ?License {
				$before = $this->licenses->find_for_update( $id );
				$now    = $this->clock->now();
				if ( null === $before || LicenseStatus::Valid !== $before->status || null === $before->expires_at || $before->expires_at > $now ) {
					return null;
				}
				$this->licenses->update( $id, array( 'status' => LicenseStatus::Expired->value ), $now );
				$after = $this->require( $id, LicenseScope::all() );
				$this->audit->record( 'license.expired', 'license', $id, $before->snapshot(), $after->snapshot() );
				return $after;
			}
		);
	}

	/**
	 * A license in the caller's scope.
	 *
	 * @param int          $id    Id.
	 * @param LicenseScope $scope Scope.
	 * @throws DomainError 404.
	 */
	public function require( int $id, LicenseScope $scope ): License {
		$license = $this->licenses->find( $id );
		if ( null === $license || ! $scope->allows( $license->brand_id ) ) {
			throw self::not_found();
		}
		return $license;
	}

	/**
	 * The not-found error.
	 */
	public static function not_found(): DomainError {
		return DomainError::not_found( 'el_license_not_found', __( 'No license matches.', 'entitlement-ledger' ) );
	}

	/**
	 * Runs a status transition under the license's row lock and audits it.
	 *
	 * @param int                                     $id      License.
	 * @param LicenseScope                            $scope   Caller's scope.
	 * @param string                                  $action  Audit action.
	 * @param string                                  $reason  Why.
	 * @param list<LicenseStatus>                     $from    Statuses it may start from.
	 * @param callable(License): array<string, mixed> $changes Columns to write.
	 */
	private function transition( int $id, LicenseScope $scope, string $action, string $reason, array $from, callable $changes ): License {
		return $this->transaction->run(
			function () use ( $id, $scope, $action, $reason, $from, $changes ): License {
				$before = $this->licenses->find_for_update( $id );
				if ( null === $before || ! $scope->allows( $before->brand_id ) ) {
					throw self::not_found();
				}
				if ( ! in_array( $before->status, $from, true ) ) {
					/* translators: %s: current status. */
					throw DomainError::conflict( 'el_invalid_transition', sprintf( __( 'Not possible while the license is %s.', 'entitlement-ledger' ), $before->status->value ) );
				}
				$this->licenses->update( $id, $changes( $before ), $this->clock->now() );
				$after    = $this->require( $id, LicenseScope::all() );
				$snapshot = $after->snapshot();
				if ( '' !== $reason ) {
					$snapshot['reason'] = $reason;
				}
				$this->audit->record( $action, 'license', $id, $before->snapshot(), $snapshot );
				return $after;
			}
		);
	}

	/**
	 * A date some days after another, or null for no validity.
	 *
	 * @param string   $from UTC.
	 * @param int|null $days Days.
	 */
	private static function after_days( string $from, ?int $days ): ?string {
		return null === $days ? null : gmdate( 'Y-m-d H:i:s', (int) strtotime( $from . ' UTC' ) + $days * DAY_IN_SECONDS );
	}
}
