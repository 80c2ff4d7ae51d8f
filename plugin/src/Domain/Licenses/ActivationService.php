<?php
/**
 * What end-user products do with a license key: activate, deactivate, check.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain\Licenses;

use EntitlementLedger\Database\Transaction;
use EntitlementLedger\DataStores\ActivationStore;
use EntitlementLedger\DataStores\BrandStore;
use EntitlementLedger\DataStores\LicenseKeyStore;
use EntitlementLedger\DataStores\LicenseStore;
use EntitlementLedger\Domain\Audit\AuditLog;
use EntitlementLedger\Domain\Clock;
use EntitlementLedger\Domain\DomainError;

/**
 * Seats are counted and taken under the license's row lock, so simultaneous activations of
 * one license queue and the seat limit holds; the unique (license, instance) key backs the
 * "one activation per instance" rule. An unknown key and a wrong key take the same path
 * and give the same answer.
 */
class ActivationService {

	public const INSTANCE_PATTERN = '^[\x21-\x7E]{1,191}$';

	/**
	 * Constructor.
	 *
	 * @param LicenseKeyStore $keys        Key SQL.
	 * @param LicenseStore    $licenses    License SQL.
	 * @param ActivationStore $activations Activation SQL.
	 * @param BrandStore      $brands      Brand SQL (instance patterns).
	 * @param SecretKeys      $secrets     Hash comparison.
	 * @param AuditLog        $audit       Audit log.
	 * @param Transaction     $transaction Transactions.
	 * @param Clock           $clock       Time.
	 */
	public function __construct(
		private LicenseKeyStore $keys,
		private LicenseStore $licenses,
		private ActivationStore $activations,
		private BrandStore $brands,
		private SecretKeys $secrets,
		private AuditLog $audit,
		private Transaction $transaction,
		private Clock $clock
	) {
	}

	/**
	 * The id of the key row a presented key opens.
	 *
	 * @param string $presented Key as sent.
	 * @throws DomainError 404 el_license_not_found for an unknown or wrong key.
	 */
	public function resolve_key( string $presented ): int {
		$key = SecretKeys::normalise_license_key( $presented );
		// A malformed key does the same work as a well-formed one before it is refused.
		$row = $this->keys->find_by_lookup( null === $key ? '' : SecretKeys::license_lookup( $key ) );
		if ( ! $this->secrets->matches( $key ?? $presented, $row['secret_hash'] ?? null ) || null === $row ) {
			throw LicenseService::not_found();
		}
		return $row['id'];
	}

	/**
	 * Activates an instance. Returns the activation, its license and whether it is new
	 * (false: the instance was already active and keeps its one activation).
	 *
	 * @param int         $key_id   Key (from resolve_key()).
	 * @param string      $instance Instance.
	 * @param string|null $product  Product slug, needed when the key unlocks several licenses.
	 * @return array{activation: Activation, license: License, created: bool}
	 */
	public function activate( int $key_id, string $instance, ?string $product = null ): array {
		$instance = self::instance( $instance );
		return $this->transaction->run(
			function () use ( $key_id, $instance, $product ): array {
				$license = $this->licenses->find_for_update( $this->pick( $key_id, $product )->id ) ?? throw LicenseService::not_found();
				$now     = $this->clock->now();
				if ( LicenseStatus::Valid !== $license->effective_status( $now ) ) {
					/* translators: %s: status. */
					throw DomainError::conflict( 'el_license_not_valid', sprintf( __( 'The license is %s; it cannot be activated.', 'entitlement-ledger' ), $license->effective_status( $now )->value ) );
				}
				$existing = $this->activations->find( $license->id, $instance );
				if ( null !== $existing && $existing->is_active() ) {
					$this->activations->touch( $existing->id, $now );
					return array(
						'activation' => $this->activations->find_by_id( $existing->id ) ?? $existing,
						'license'    => $license,
						'created'    => false,
					);
				}
				$brand     = $this->brands->find( $license->brand_id );
				$uses_seat = ! InstancePatterns::matches( $instance, null === $brand ? array() : $brand->instance_patterns );
				if ( $uses_seat && $this->activations->seats_in_use( $license->id ) >= $license->seats ) {
					throw DomainError::conflict( 'el_seat_limit_reached', __( 'Every seat of this license is in use; deactivate an instance first.', 'entitlement-ledger' ) );
				}
				if ( null === $existing ) {
					$id = $this->activations->insert( $license->id, $instance, $uses_seat, $now );
				} else {
					$id = $existing->id;
					$this->activations->reactivate( $id, $uses_seat, $now );
				}
				$activation = $this->activations->find_by_id( $id ) ?? throw LicenseService::not_found();
				$this->audit->record( 'license.activated', 'license', $license->id, null, self::activation_snapshot( $activation ) );
				return array(
					'activation' => $activation,
					'license'    => $license,
					'created'    => true,
				);
			}
		);
	}

	/**
	 * Deactivates an instance, freeing its seat.
	 *
	 * @param int         $key_id   Key (from resolve_key()).
	 * @param string      $instance Instance.
	 * @param string|null $product  Product slug, needed when the key unlocks several licenses.
	 * @return array{activation: Activation, license: License}
	 */
	public function deactivate( int $key_id, string $instance, ?string $product = null ): array {
		$instance = self::instance( $instance );
		return $this->transaction->run( fn(): array => $this->deactivate_on( $this->pick( $key_id, $product )->id, $instance ) );
	}

	/**
	 * Deactivates an instance of one license (the customer's account page: the license is
	 * already known to be theirs).
	 *
	 * @param int    $license_id License.
	 * @param string $instance   Instance.
	 * @return array{activation: Activation, license: License}
	 */
	public function deactivate_license( int $license_id, string $instance ): array {
		$instance = self::instance( $instance );
		return $this->transaction->run( fn(): array => $this->deactivate_on( $license_id, $instance ) );
	}

	/**
	 * Deactivation under the license's row lock.
	 *
	 * @param int    $license_id License.
	 * @param string $instance   Normalised instance.
	 * @return array{activation: Activation, license: License}
	 */
	private function deactivate_on( int $license_id, string $instance ): array {
		$license    = $this->licenses->find_for_update( $license_id ) ?? throw LicenseService::not_found();
		$activation = $this->activations->find( $license->id, $instance );
		if ( null === $activation || ! $this->activations->deactivate( $activation->id, $this->clock->now() ) ) {
			throw DomainError::not_found( 'el_activation_not_found', __( 'This instance is not active on the license.', 'entitlement-ledger' ) );
		}
		$after = $this->activations->find_by_id( $activation->id ) ?? $activation;
		$this->audit->record( 'license.deactivated', 'license', $license->id, self::activation_snapshot( $activation ), self::activation_snapshot( $after ) );
		return array(
			'activation' => $after,
			'license'    => $license,
		);
	}

	/**
	 * Every license a key unlocks, with their seats in use.
	 *
	 * @param int $key_id Key (from resolve_key()).
	 * @return array{key_id: int, licenses: list<License>, seats_used: array<int, int>}
	 */
	public function status( int $key_id ): array {
		$licenses = $this->licenses->for_key( $key_id );
		return array(
			'key_id'     => $key_id,
			'licenses'   => $licenses,
			'seats_used' => $this->activations->seats_in_use_by_license( array_map( static fn( License $license ): int => $license->id, $licenses ) ),
		);
	}

	/**
	 * The license of a key an activation is for.
	 *
	 * @param int         $key_id  Key.
	 * @param string|null $product Product slug.
	 * @throws DomainError When it is ambiguous or not on the key.
	 */
	private function pick( int $key_id, ?string $product ): License {
		$licenses = $this->licenses->for_key( $key_id );
		if ( null !== $product ) {
			$licenses = array_values( array_filter( $licenses, static fn( License $license ): bool => $license->product_slug === $product ) );
			if ( array() === $licenses ) {
				throw DomainError::not_found( 'el_license_not_found', __( 'No license matches.', 'entitlement-ledger' ) );
			}
		}
		if ( count( $licenses ) > 1 ) {
			// Several licenses of one product on a key: the one that can still be used, newest first.
			$same_product = count( array_unique( array_map( static fn( License $license ): int => $license->product_id, $licenses ) ) ) === 1;
			if ( ! $same_product ) {
				throw DomainError::invalid( 'el_product_required', __( 'This key unlocks several products: say which one with product.', 'entitlement-ledger' ), 'product' );
			}
			usort(
				$licenses,
				static function ( License $a, License $b ): int {
					$by_status = ( LicenseStatus::Valid === $b->status ) <=> ( LicenseStatus::Valid === $a->status );
					return 0 !== $by_status ? $by_status : $b->id <=> $a->id;
				}
			);
		}
		if ( array() === $licenses ) {
			throw DomainError::not_found( 'el_license_not_found', __( 'No license matches.', 'entitlement-ledger' ) );
		}
		return $licenses[0];
	}

	/**
	 * A valid, normalised instance identifier.
	 *
	 * @param string $instance Input.
	 * @throws DomainError When malformed.
	 */
	public static function instance( string $instance ): string {
		// No trimming: "site\n" is not "site" (the schema's pattern lets a final newline through).
		$instance = strtolower( $instance );
		if ( 1 !== preg_match( '/' . self::INSTANCE_PATTERN . '/D', $instance ) ) {
			throw DomainError::invalid( 'el_invalid_instance', __( 'instance must be 1 to 191 printable characters without spaces (a URL, host name or machine id).', 'entitlement-ledger' ), 'instance' );
		}
		return $instance;
	}

	/**
	 * What the audit log keeps of an activation.
	 *
	 * @param Activation $activation Activation.
	 * @return array<string, mixed>
	 */
	private static function activation_snapshot( Activation $activation ): array {
		return array(
			'activation_id'  => $activation->id,
			'instance'       => $activation->instance,
			'uses_seat'      => $activation->uses_seat,
			'deactivated_at' => $activation->deactivated_at,
		);
	}
}
