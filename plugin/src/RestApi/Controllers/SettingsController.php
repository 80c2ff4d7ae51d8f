<?php
/**
 * GET|POST /settings.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\RestApi\Controllers;

use EntitlementLedger\Domain\Access\Capabilities;
use EntitlementLedger\Domain\Money\Currency;
use EntitlementLedger\Domain\Settings\Settings;
use EntitlementLedger\Domain\Settings\SettingsService;
use EntitlementLedger\RestApi\Idempotency\IdempotencyGuard;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * The plugin settings the admin app edits: the default deferred rule, entitlement expiry,
 * the breakage policy, the account page label and the uninstall choice. POST changes only
 * the fields it is given; every change is audited.
 */
class SettingsController extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'settings';

	/**
	 * Constructor.
	 *
	 * @param IdempotencyGuard $guard    Idempotent writes.
	 * @param Settings         $settings Reads.
	 * @param SettingsService  $service  Changes.
	 */
	public function __construct( IdempotencyGuard $guard, private Settings $settings, private SettingsService $service ) {
		parent::__construct( $guard );
	}

	/**
	 * Registers the route.
	 */
	public function register_routes(): void {
		$manage = $this->requires( Capabilities::MANAGE_SETTINGS );
		register_rest_route(
			self::NAMESPACE,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => $manage,
					'args'                => array(),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'update_item' ),
					'permission_callback' => $manage,
					'args'                => $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * GET /settings.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		unset( $request );
		return $this->read( fn(): WP_REST_Response => new WP_REST_Response( $this->present( $this->settings->all() ) ) );
	}

	/**
	 * POST /settings: changes the given fields.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		return $this->write(
			$request,
			function () use ( $request ): WP_REST_Response {
				$changes = array();
				foreach ( SettingsService::EDITABLE as $key ) {
					if ( $request->has_param( $key ) ) {
						$changes[ $key ] = $request[ $key ];
					}
				}
				return new WP_REST_Response( $this->present( $this->service->update( $changes, self::store_currency() ) ) );
			}
		);
	}

	/**
	 * The API representation.
	 *
	 * @param array<string, mixed> $all Every setting.
	 * @return array<string, mixed>
	 */
	private function present( array $all ): array {
		return array(
			'default_deferred_mode'    => (string) $all['default_deferred_mode'],
			'default_deferred_value'   => (string) $all['default_deferred_value'],
			'expiry_months'            => (int) $all['expiry_months'],
			'breakage_policy'          => (string) $all['breakage_policy'],
			'account_menu_label'       => (string) $all['account_menu_label'],
			'delete_data_on_uninstall' => (bool) $all['delete_data_on_uninstall'],
			'store_currency'           => self::store_currency()->code,
		);
	}

	/**
	 * The currency a fixed default deferred amount is in.
	 */
	private static function store_currency(): Currency {
		return Currency::from( function_exists( 'get_woocommerce_currency' ) ? get_woocommerce_currency() : 'USD' );
	}

	/**
	 * The settings resource schema.
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema() {
		if ( null === $this->schema ) {
			$this->schema = array(
				'$schema'    => 'http://json-schema.org/draft-04/schema#',
				'title'      => 'settings',
				'type'       => 'object',
				'properties' => array(
					'default_deferred_mode'    => array(
						'description' => __( 'How premium products without their own rule defer revenue: a percent of the line total, or a fixed amount per entitlement.', 'entitlement-ledger' ),
						'type'        => 'string',
						'enum'        => array( SettingsService::MODE_PERCENT, SettingsService::MODE_FIXED ),
					),
					'default_deferred_value'   => array(
						'description' => __( 'The percent (0 to 100) or the amount in the store currency (decimal string).', 'entitlement-ledger' ),
						'type'        => 'string',
						'pattern'     => '^[0-9]{1,16}(\.[0-9]{1,3})?$',
						'maxLength'   => 21,
					),
					'expiry_months'            => array(
						'description' => __( 'Months until a new entitlement expires; 0 for never.', 'entitlement-ledger' ),
						'type'        => 'integer',
						'minimum'     => 0,
						'maximum'     => SettingsService::MAX_EXPIRY_MONTHS,
					),
					'breakage_policy'          => array(
						'description' => __( 'on_expiry: an expired entitlement\'s unredeemed value is recognised as breakage income; none: it stays deferred.', 'entitlement-ledger' ),
						'type'        => 'string',
						'enum'        => array( Settings::BREAKAGE_ON_EXPIRY, Settings::BREAKAGE_NONE ),
					),
					'account_menu_label'       => array(
						'description' => __( 'Label of the My Account page of premium gifts.', 'entitlement-ledger' ),
						'type'        => 'string',
						'minLength'   => 1,
						'maxLength'   => SettingsService::MAX_LABEL_LENGTH,
					),
					'delete_data_on_uninstall' => array(
						'description' => __( 'Whether deleting the plugin also deletes its tables and settings.', 'entitlement-ledger' ),
						'type'        => 'boolean',
					),
					'store_currency'           => array(
						'description' => __( 'The currency of a fixed default deferred amount.', 'entitlement-ledger' ),
						'type'        => 'string',
						'readonly'    => true,
					),
				),
			);
		}
		return $this->add_additional_fields_schema( $this->schema );
	}
}
