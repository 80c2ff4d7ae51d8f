<?php
/**
 * /entitlements/{id}/redeem|cancel|unredeem|adjust.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\RestApi\Controllers;

use EntitlementLedger\Domain\Access\Capabilities;
use EntitlementLedger\Domain\DomainError;
use EntitlementLedger\Domain\Entitlements\Entitlement;
use EntitlementLedger\Domain\Entitlements\EntitlementService;
use EntitlementLedger\RestApi\Idempotency\IdempotencyGuard;
use EntitlementLedger\RestApi\Presenters\EntitlementPresenter;
use EntitlementLedger\RestApi\Schemas;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * State transitions of one entitlement.
 */
class EntitlementActionsController extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'entitlements/(?P<id>\d+)';

	/**
	 * Constructor.
	 *
	 * @param IdempotencyGuard   $guard   Idempotent writes.
	 * @param EntitlementService $service Lifecycle.
	 */
	public function __construct( IdempotencyGuard $guard, private EntitlementService $service ) {
		parent::__construct( $guard );
	}

	/**
	 * Registers the routes.
	 */
	public function register_routes(): void {
		$actions = array(
			'redeem'   => array(
				'gift_id'  => array(
					'description' => __( 'Standard redemption: the gift to ship (creates the fulfilment order).', 'entitlement-ledger' ),
					'type'        => 'integer',
					'minimum'     => 1,
					'maximum'     => Schemas::MAX_ID,
				),
				'order_id' => array(
					'description' => __( 'Custom redemption: an existing order to link.', 'entitlement-ledger' ),
					'type'        => 'integer',
					'minimum'     => 1,
					'maximum'     => Schemas::MAX_ID,
				),
				'note'     => array(
					'description' => __( 'Note kept with the redemption.', 'entitlement-ledger' ),
					'type'        => 'string',
					'maxLength'   => 2000,
					'default'     => '',
				),
			),
			'cancel'   => array( 'reason' => $this->reason_arg( true ) ),
			'unredeem' => array( 'reason' => $this->reason_arg( true ) ),
			'adjust'   => array(
				'amount' => Schemas::money( __( 'Signed change of the deferred amount, e.g. "-2.50".', 'entitlement-ledger' ), true ) + array( 'required' => true ),
				'reason' => $this->reason_arg( true ),
			),
		);
		foreach ( $actions as $action => $args ) {
			register_rest_route(
				self::NAMESPACE,
				'/' . $this->rest_base . '/' . $action,
				array(
					'args'   => $this->id_arg(),
					array(
						'methods'             => WP_REST_Server::CREATABLE,
						'callback'            => array( $this, $action ),
						'permission_callback' => $this->requires( Capabilities::MANAGE_ENTITLEMENTS ),
						'args'                => $args,
					),
					'schema' => array( Schemas::class, 'entitlement' ),
				)
			);
		}
	}

	/**
	 * Standard ({gift_id}) or custom ({order_id, note}) redemption.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 */
	public function redeem( WP_REST_Request $request ): WP_REST_Response|\WP_Error {
		return $this->transition(
			$request,
			function () use ( $request ): Entitlement {
				$id       = $this->path_id( $request );
				$gift_id  = $request['gift_id'];
				$order_id = $request['order_id'];
				$note     = (string) $request['note'];
				if ( null !== $gift_id && null !== $order_id ) {
					throw DomainError::invalid( 'el_ambiguous_redemption', __( 'Give gift_id for a standard redemption or order_id for a custom one, not both.', 'entitlement-ledger' ) );
				}
				if ( null !== $gift_id ) {
					return $this->service->redeem_standard( $id, (int) $gift_id, $note );
				}
				if ( null !== $order_id ) {
					return $this->service->redeem_custom( $id, (int) $order_id, $note );
				}
				throw DomainError::invalid( 'el_missing_param', __( 'Give gift_id (standard redemption) or order_id (custom redemption).', 'entitlement-ledger' ), 'gift_id' );
			}
		);
	}

	/**
	 * Cancel an unredeemed entitlement.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 */
	public function cancel( WP_REST_Request $request ): WP_REST_Response|\WP_Error {
		return $this->transition( $request, fn(): Entitlement => $this->service->cancel( $this->path_id( $request ), (string) $request['reason'] ) );
	}

	/**
	 * Undo a redemption.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 */
	public function unredeem( WP_REST_Request $request ): WP_REST_Response|\WP_Error {
		return $this->transition( $request, fn(): Entitlement => $this->service->unredeem( $this->path_id( $request ), (string) $request['reason'] ) );
	}

	/**
	 * Correct the deferred amount.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 */
	public function adjust( WP_REST_Request $request ): WP_REST_Response|\WP_Error {
		return $this->transition( $request, fn(): Entitlement => $this->service->adjust( $this->path_id( $request ), $request['amount'], (string) $request['reason'] ) );
	}

	/**
	 * Runs a transition as an idempotent write and presents the result.
	 *
	 * @param WP_REST_Request<array<string, mixed>> $request Request.
	 * @param callable(): Entitlement               $change  The transition.
	 */
	private function transition( WP_REST_Request $request, callable $change ): WP_REST_Response|\WP_Error {
		return $this->write( $request, static fn(): WP_REST_Response => new WP_REST_Response( EntitlementPresenter::present( $change() ) ) );
	}
}
