<?php
/**
 * /licenses/{key}, /licenses/{key}/activate, /licenses/{key}/deactivate: the public routes.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\RestApi\Controllers;

use EntitlementLedger\Domain\Audit\ActorContext;
use EntitlementLedger\Domain\Clock;
use EntitlementLedger\Domain\Licenses\ActivationService;
use EntitlementLedger\Domain\Licenses\License;
use EntitlementLedger\Domain\Licenses\LicenseStatus;
use EntitlementLedger\RestApi\ErrorResponse;
use EntitlementLedger\RestApi\Idempotency\IdempotencyGuard;
use EntitlementLedger\RestApi\Licenses\LicenseSchemas;
use EntitlementLedger\RestApi\Licenses\RateLimiter;
use EntitlementLedger\RestApi\Presenters\LicensePresenter;
use Throwable;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * What end-user products call with the key they hold: no login, the key is the credential.
 * The permission callback is the rate limit (per IP and per key); the key itself is checked
 * in constant time, and an unknown or wrong key is 404 el_license_not_found either way.
 * Answers describe the key's licenses only, never the customer.
 */
class LicenseKeysController extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'licenses/(?P<key>[^/]+)';

	/**
	 * Rate-limit answers per request: WordPress calls permission callbacks again to build
	 * the Allow header, and a request must be counted once.
	 *
	 * @var \WeakMap<WP_REST_Request<array<string, mixed>>, true|WP_Error>
	 */
	private \WeakMap $checked;

	/**
	 * Constructor.
	 *
	 * @param IdempotencyGuard  $guard   Idempotent writes.
	 * @param ActivationService $service Activations.
	 * @param RateLimiter       $limiter Rate limits.
	 * @param ActorContext      $actor   Audit actor (the key).
	 * @param Clock             $clock   Time.
	 */
	public function __construct(
		IdempotencyGuard $guard,
		private ActivationService $service,
		private RateLimiter $limiter,
		private ActorContext $actor,
		private Clock $clock
	) {
		parent::__construct( $guard );
		$this->checked = new \WeakMap();
	}

	/**
	 * Registers the routes.
	 */
	public function register_routes(): void {
		$limited = array( $this, 'check_rate_limit' );
		register_rest_route(
			self::NAMESPACE,
			'/' . $this->rest_base,
			array(
				'args'   => LicenseSchemas::key_arg(),
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => $limited,
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		foreach ( array( 'activate', 'deactivate' ) as $action ) {
			register_rest_route(
				self::NAMESPACE,
				'/' . $this->rest_base . '/' . $action,
				array(
					'args'   => LicenseSchemas::key_arg(),
					array(
						'methods'             => WP_REST_Server::CREATABLE,
						'callback'            => array( $this, $action ),
						'permission_callback' => $limited,
						'args'                => array(
							'instance' => LicenseSchemas::instance_arg(),
							'product'  => LicenseSchemas::slug( __( 'Which product, when the key unlocks several.', 'entitlement-ledger' ) ),
						),
					),
					'schema' => array( $this, 'get_public_item_schema' ),
				)
			);
		}
	}

	/**
	 * Permission callback: counts the request against the per-IP and per-key limits.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 */
	public function check_rate_limit( WP_REST_Request $request ): true|WP_Error {
		$this->checked[ $request ] ??= $this->limiter->check( $this->path_key( $request ) );
		return $this->checked[ $request ];
	}

	/**
	 * GET /licenses/{key}: status, seats, expiry, product and entitlements of the key.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		return $this->read(
			function () use ( $request ): WP_REST_Response {
				$status = $this->service->status( $this->service->resolve_key( $this->path_key( $request ) ) );
				return new WP_REST_Response( $this->key_status( $status['licenses'], $status['seats_used'] ) );
			}
		);
	}

	/**
	 * POST /licenses/{key}/activate: 201 for a new activation, 200 when the instance was active.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 */
	public function activate( WP_REST_Request $request ): WP_REST_Response|WP_Error {
		return $this->keyed_write(
			$request,
			function ( int $key_id ) use ( $request ): WP_REST_Response {
				$result = $this->service->activate( $key_id, (string) $request['instance'], self::product( $request ) );
				return $this->activation_response( $key_id, $result['activation'], $result['created'] ? 201 : 200 );
			}
		);
	}

	/**
	 * POST /licenses/{key}/deactivate: frees the instance's seat.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 */
	public function deactivate( WP_REST_Request $request ): WP_REST_Response|WP_Error {
		return $this->keyed_write(
			$request,
			function ( int $key_id ) use ( $request ): WP_REST_Response {
				$result = $this->service->deactivate( $key_id, (string) $request['instance'], self::product( $request ) );
				return $this->activation_response( $key_id, $result['activation'], 200 );
			}
		);
	}

	/**
	 * Resolves the key, makes it the actor (audit, idempotency scope), then runs the write.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 * @param callable(int): WP_REST_Response       $work    The write, given the key id.
	 */
	private function keyed_write( WP_REST_Request $request, callable $work ): WP_REST_Response|WP_Error {
		try {
			$key_id = $this->service->resolve_key( $this->path_key( $request ) );
		} catch ( Throwable $error ) {
			return ErrorResponse::from( $error );
		}
		$this->actor->act_as_client( 'license_key', (string) $key_id );
		return $this->write( $request, static fn(): WP_REST_Response => $work( $key_id ) );
	}

	/**
	 * The key's status with the activation a write touched.
	 *
	 * @param int                                           $key_id     Key.
	 * @param \EntitlementLedger\Domain\Licenses\Activation $activation Activation.
	 * @param int                                           $status     HTTP status.
	 */
	private function activation_response( int $key_id, \EntitlementLedger\Domain\Licenses\Activation $activation, int $status ): WP_REST_Response {
		$state              = $this->service->status( $key_id );
		$body               = $this->key_status( $state['licenses'], $state['seats_used'], $activation->license_id );
		$body['activation'] = LicensePresenter::activation( $activation );
		return new WP_REST_Response( $body, $status );
	}

	/**
	 * The public status of a key: its primary license (the one asked about, else the first
	 * valid one) at the top level, every license under "licenses", and the products it unlocks.
	 *
	 * @param list<License>   $licenses   The key's licenses.
	 * @param array<int, int> $seats_used Seats in use by license.
	 * @param int|null        $primary_id The license to put first.
	 * @return array<string, mixed>
	 */
	private function key_status( array $licenses, array $seats_used, ?int $primary_id = null ): array {
		$now     = $this->clock->now();
		$primary = null;
		foreach ( $licenses as $license ) {
			if ( $license->id === $primary_id || ( null === $primary_id && null === $primary && LicenseStatus::Valid === $license->effective_status( $now ) ) ) {
				$primary = $license;
			}
		}
		$primary ??= $licenses[0] ?? null;
		$public    = array_map( static fn( License $license ): array => LicensePresenter::present_public( $license, $seats_used[ $license->id ] ?? 0, $now ), $licenses );
		$unlocked  = array_values(
			array_unique(
				array_map(
					static fn( License $license ): string => $license->product_slug,
					array_filter( $licenses, static fn( License $license ): bool => LicenseStatus::Valid === $license->effective_status( $now ) )
				)
			)
		);
		$top       = null === $primary ? array() : LicensePresenter::present_public( $primary, $seats_used[ $primary->id ] ?? 0, $now );
		return $top + array(
			'key_prefix'   => null === $primary ? '' : $primary->key_lookup,
			'licenses'     => $public,
			'entitlements' => $unlocked,
		);
	}

	/**
	 * The key from the path only (a body "key" must not retarget the request).
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 */
	private function path_key( WP_REST_Request $request ): string {
		$params = $request->get_url_params();
		return isset( $params['key'] ) ? (string) $params['key'] : '';
	}

	/**
	 * The optional product slug.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 */
	private static function product( WP_REST_Request $request ): ?string {
		return isset( $request['product'] ) ? (string) $request['product'] : null;
	}

	/**
	 * Response schema.
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema() {
		return LicenseSchemas::key_status();
	}
}
