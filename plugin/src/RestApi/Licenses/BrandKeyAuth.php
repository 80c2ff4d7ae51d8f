<?php
/**
 * Who may call the license management routes, and which brands they see.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\RestApi\Licenses;

use EntitlementLedger\DataStores\BrandApiKeyStore;
use EntitlementLedger\Domain\Access\Capabilities;
use EntitlementLedger\Domain\Audit\ActorContext;
use EntitlementLedger\Domain\Clock;
use EntitlementLedger\Domain\Licenses\BrandApiKey;
use EntitlementLedger\Domain\Licenses\LicenseScope;
use EntitlementLedger\Domain\Licenses\SecretKeys;
use EntitlementLedger\Infrastructure\Registerable;
use WP_Error;
use WP_REST_Request;

/**
 * A brand system sends `Authorization: Bearer elb_…`: a live key of a brand lets it act on
 * that brand's licenses only (the audit log records the key as the actor). Without such a
 * header the caller must be a user with el_manage_licenses, who sees every brand.
 * A wrong, unknown or revoked key is 401 el_invalid_api_key, answered the same way.
 */
final class BrandKeyAuth implements Registerable {

	/**
	 * The brand key that authenticated the current request, if any.
	 *
	 * @var BrandApiKey|null
	 */
	private ?BrandApiKey $current = null;

	/**
	 * Constructor.
	 *
	 * @param BrandApiKeyStore $keys    Brand key SQL.
	 * @param SecretKeys       $secrets Hashing.
	 * @param ActorContext     $actor   Audit actor.
	 * @param Clock            $clock   Time.
	 */
	public function __construct( private BrandApiKeyStore $keys, private SecretKeys $secrets, private ActorContext $actor, private Clock $clock ) {
	}

	/**
	 * Always: forgets the previous request's client (several dispatches can share a process).
	 */
	public function is_needed(): bool {
		return true;
	}

	/**
	 * Resets the per-request state before each dispatch.
	 */
	public function register(): void {
		add_filter( 'rest_pre_dispatch', array( $this, 'handle_rest_pre_dispatch' ), 1, 1 );
	}

	/**
	 * Forgets any client of an earlier dispatch.
	 *
	 * @param mixed $result Earlier result.
	 * @return mixed
	 */
	public function handle_rest_pre_dispatch( mixed $result ): mixed {
		$this->current = null;
		$this->actor->clear_client();
		return $result;
	}

	/**
	 * The permission callback of brand-facing routes.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 */
	public function authorize( WP_REST_Request $request ): true|WP_Error {
		$this->current = null;
		$token         = self::bearer( $request );
		if ( null === $token ) {
			if ( current_user_can( Capabilities::MANAGE_LICENSES ) ) {
				return true;
			}
			return new WP_Error(
				'el_forbidden',
				is_user_logged_in() ? __( 'You are not allowed to do this.', 'entitlement-ledger' ) : __( 'Log in or send a brand API key.', 'entitlement-ledger' ),
				array( 'status' => rest_authorization_required_code() )
			);
		}
		$lookup = SecretKeys::brand_lookup( $token );
		$key    = $this->keys->find_by_lookup( $lookup ?? '' );
		if ( ! $this->secrets->matches( $token, $key?->secret_hash ) || null === $key || null !== $key->revoked_at ) {
			return new WP_Error( 'el_invalid_api_key', __( 'The API key is not valid.', 'entitlement-ledger' ), array( 'status' => 401 ) );
		}
		$this->current = $key;
		$this->actor->act_as_client( 'brand_key', (string) $key->id );
		$this->keys->touch( $key->id, $this->clock->timestamp() );
		return true;
	}

	/**
	 * The brands the authorised caller sees.
	 */
	public function scope(): LicenseScope {
		return null === $this->current ? LicenseScope::all() : LicenseScope::brand( $this->current->brand_id );
	}

	/**
	 * A bearer token of ours, or null when there is none (other schemes belong to others).
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 */
	private static function bearer( WP_REST_Request $request ): ?string {
		$header = (string) $request->get_header( 'authorization' );
		if ( 1 !== preg_match( '/^Bearer\s+(\S+)$/i', trim( $header ), $match ) ) {
			return null;
		}
		return str_starts_with( $match[1], SecretKeys::BRAND_PREFIX . '_' ) ? $match[1] : null;
	}
}
