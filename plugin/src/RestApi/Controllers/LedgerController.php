<?php
/**
 * GET /ledger.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\RestApi\Controllers;

use EntitlementLedger\DataStores\LedgerStore;
use EntitlementLedger\Domain\Access\Capabilities;
use EntitlementLedger\Domain\Ledger\Account;
use EntitlementLedger\Domain\Ledger\EntryKind;
use EntitlementLedger\RestApi\Dates;
use EntitlementLedger\RestApi\Idempotency\IdempotencyGuard;
use EntitlementLedger\RestApi\Presenters\LedgerLinePresenter;
use EntitlementLedger\RestApi\Schemas;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * Journal lines, read-only: the ledger has no write route; entries come from transitions.
 */
class LedgerController extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'ledger';

	/**
	 * Constructor.
	 *
	 * @param IdempotencyGuard $guard Unused for reads, kept for the shared base.
	 * @param LedgerStore      $store Journal SQL.
	 */
	public function __construct( IdempotencyGuard $guard, private LedgerStore $store ) {
		parent::__construct( $guard );
	}

	/**
	 * Registers the route.
	 */
	public function register_routes(): void {
		register_rest_route(
			self::NAMESPACE,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => $this->requires( Capabilities::VIEW_REPORTS ),
					'args'                => $this->get_collection_params(),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * GET /ledger.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_items( $request ) {
		return $this->read(
			function () use ( $request ): WP_REST_Response {
				$filters = array(
					'entitlement' => isset( $request['entitlement'] ) ? (int) $request['entitlement'] : null,
					'account'     => $request['account'] ?? null,
					'kind'        => $request['kind'] ?? null,
					'currency'    => isset( $request['currency'] ) ? strtoupper( (string) $request['currency'] ) : null,
					'after'       => isset( $request['after'] ) ? Dates::from_api( $request['after'], 'after' ) : null,
					'before'      => isset( $request['before'] ) ? Dates::from_api( $request['before'], 'before' ) : null,
				);
				$result  = $this->store->lines( $filters, (int) $request['page'], (int) $request['per_page'] );
				return $this->paged( array_map( array( LedgerLinePresenter::class, 'present' ), $result['items'] ), $result['total'], (int) $request['per_page'] );
			}
		);
	}

	/**
	 * Line schema.
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema() {
		return Schemas::ledger_line();
	}

	/**
	 * Filters.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public function get_collection_params() {
		return $this->paging_args() + array(
			'entitlement' => array(
				'type'    => 'integer',
				'minimum' => 1,
				'maximum' => Schemas::MAX_ID,
			),
			'account'     => array(
				'type' => 'string',
				'enum' => Account::values(),
			),
			'kind'        => array(
				'type' => 'string',
				'enum' => EntryKind::values(),
			),
			'currency'    => Schemas::currency(),
			'after'       => array(
				'type'   => 'string',
				'format' => 'date-time',
			),
			'before'      => array(
				'type'   => 'string',
				'format' => 'date-time',
			),
		);
	}
}
