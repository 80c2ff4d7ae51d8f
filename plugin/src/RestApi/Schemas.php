<?php
/**
 * JSON schemas shared by controllers.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\RestApi;

use EntitlementLedger\Domain\Entitlements\EntitlementStatus;
use EntitlementLedger\Domain\Ledger\Account;
use EntitlementLedger\Domain\Ledger\EntryKind;

/**
 * The public resource schemas (design.md's contracts).
 */
final class Schemas {

	/**
	 * Largest id accepted: 2^53 - 1, exact as a float (WordPress compares schema maxima as
	 * floats) and as a JavaScript number.
	 */
	public const MAX_ID = 9007199254740991;

	/**
	 * A decimal money string.
	 *
	 * @param string $description Description.
	 * @param bool   $signed      Whether a minus sign is allowed.
	 * @return array<string, mixed>
	 */
	public static function money( string $description, bool $signed = false ): array {
		return array(
			'description' => $description,
			'type'        => 'string',
			'pattern'     => $signed ? '^-?[0-9]{1,16}(\.[0-9]{1,3})?$' : '^[0-9]{1,16}(\.[0-9]{1,3})?$',
			'maxLength'   => 21,
		);
	}

	/**
	 * An ISO 4217 currency code.
	 *
	 * @return array<string, mixed>
	 */
	public static function currency(): array {
		return array(
			'description' => __( 'ISO 4217 currency code, e.g. USD.', 'entitlement-ledger' ),
			'type'        => 'string',
			'pattern'     => '^[A-Za-z]{3}$',
		);
	}

	/**
	 * The entitlement resource.
	 *
	 * @return array<string, mixed>
	 */
	public static function entitlement(): array {
		$nullable_id = array(
			'type'    => array( 'integer', 'null' ),
			'minimum' => 1,
			'maximum' => self::MAX_ID,
		);
		$date        = array(
			'type'   => array( 'string', 'null' ),
			'format' => 'date-time',
		);
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'entitlement',
			'type'       => 'object',
			'properties' => array(
				'id'                   => array(
					'description' => __( 'Unique identifier.', 'entitlement-ledger' ),
					'type'        => 'integer',
					'readonly'    => true,
				),
				'customer_id'          => array( 'description' => __( 'WordPress user id of the customer; null for guests.', 'entitlement-ledger' ) ) + $nullable_id,
				'customer_email'       => array(
					'description' => __( 'Customer email.', 'entitlement-ledger' ),
					'type'        => 'string',
					'format'      => 'email',
					'maxLength'   => 190,
				),
				'customer_name'        => array(
					'description' => __( 'Customer name.', 'entitlement-ledger' ),
					'type'        => 'string',
					'maxLength'   => 190,
				),
				'subscription_id'      => array( 'description' => __( 'Subscription id, or the id of the order that sold the premium product.', 'entitlement-ledger' ) ) + $nullable_id,
				'source_order_id'      => array( 'description' => __( 'Order that created the entitlement.', 'entitlement-ledger' ) ) + $nullable_id,
				'source_order_item_id' => array( 'description' => __( 'Order line item that created the entitlement.', 'entitlement-ledger' ) ) + $nullable_id,
				'type'                 => array(
					'description' => __( 'Entitlement type.', 'entitlement-ledger' ),
					'type'        => 'string',
					'pattern'     => '^[a-z0-9_]{1,64}$',
					'default'     => 'premium_gift',
				),
				'number'               => array(
					'description' => __( 'Entitlement number: the annual cycle it belongs to, e.g. 2026.', 'entitlement-ledger' ),
					'type'        => 'integer',
					'minimum'     => 1,
					'maximum'     => 9999,
				),
				'status'               => array(
					'description' => __( 'active (shown as Unredeemed), redeemed, expired or cancelled.', 'entitlement-ledger' ),
					'type'        => 'string',
					'enum'        => EntitlementStatus::values(),
					'readonly'    => true,
				),
				'currency'             => self::currency(),
				'deferred_amount'      => self::money( __( 'Value deferred for this entitlement, in currency units.', 'entitlement-ledger' ) ),
				'earned_amount'        => self::money( __( 'Value recognised as earned income.', 'entitlement-ledger' ) ) + array( 'readonly' => true ),
				'deferred_balance'     => self::money( __( 'Deferred value still held.', 'entitlement-ledger' ) ) + array( 'readonly' => true ),
				'starts_at'            => array( 'description' => __( 'Start (UTC).', 'entitlement-ledger' ) ) + $date,
				'expires_at'           => array( 'description' => __( 'Expiry (UTC); null for none.', 'entitlement-ledger' ) ) + $date,
				'redemption'           => array(
					'description' => __( 'How it was redeemed; null unless redeemed.', 'entitlement-ledger' ),
					'type'        => array( 'object', 'null' ),
					'readonly'    => true,
					'properties'  => array(
						'method'      => array(
							'type' => 'string',
							'enum' => array( 'standard', 'custom' ),
						),
						'gift_id'     => array( 'type' => array( 'integer', 'null' ) ),
						'order_id'    => array( 'type' => array( 'integer', 'null' ) ),
						'note'        => array( 'type' => 'string' ),
						'redeemed_at' => array(
							'type'   => 'string',
							'format' => 'date-time',
						),
						'redeemed_by' => array( 'type' => array( 'integer', 'null' ) ),
					),
				),
				'meta'                 => array(
					'description'          => __( 'Free-form metadata.', 'entitlement-ledger' ),
					'type'                 => 'object',
					'additionalProperties' => array( 'type' => array( 'string', 'number', 'boolean', 'null' ) ),
					'maxProperties'        => 50,
				),
				'notes'                => array(
					'description' => __( 'Staff notes.', 'entitlement-ledger' ),
					'type'        => 'string',
					'maxLength'   => 2000,
				),
				'created_at'           => array(
					'type'     => 'string',
					'format'   => 'date-time',
					'readonly' => true,
				),
				'updated_at'           => array(
					'type'     => 'string',
					'format'   => 'date-time',
					'readonly' => true,
				),
				'deleted_at'           => array( 'readonly' => true ) + $date,
				'deleted_reason'       => array(
					'type'     => array( 'string', 'null' ),
					'readonly' => true,
				),
				'ledger'               => array(
					'description' => __( 'Journal lines (single entitlement responses only).', 'entitlement-ledger' ),
					'type'        => 'array',
					'readonly'    => true,
					'items'       => self::ledger_line(),
				),
				'links'                => array(
					'description' => __( 'wp-admin edit screens of the customer, the subscription, the source order and the fulfilment order; null when missing or not open to the current user (single entitlement responses only).', 'entitlement-ledger' ),
					'type'        => 'object',
					'readonly'    => true,
					'properties'  => array(
						'customer'         => array(
							'type'   => array( 'string', 'null' ),
							'format' => 'uri',
						),
						'subscription'     => array(
							'type'   => array( 'string', 'null' ),
							'format' => 'uri',
						),
						'source_order'     => array(
							'type'   => array( 'string', 'null' ),
							'format' => 'uri',
						),
						'redemption_order' => array(
							'type'   => array( 'string', 'null' ),
							'format' => 'uri',
						),
					),
				),
			),
		);
	}

	/**
	 * A journal line.
	 *
	 * @return array<string, mixed>
	 */
	public static function ledger_line(): array {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'ledger_line',
			'type'       => 'object',
			'properties' => array(
				'id'                => array( 'type' => 'integer' ),
				'entry_id'          => array( 'type' => 'integer' ),
				'entitlement_id'    => array( 'type' => array( 'integer', 'null' ) ),
				'kind'              => array(
					'type' => 'string',
					'enum' => EntryKind::values(),
				),
				'account'           => array(
					'type' => 'string',
					'enum' => Account::values(),
				),
				'amount'            => self::money( __( 'Signed amount: debits positive, credits negative.', 'entitlement-ledger' ), true ),
				'currency'          => array( 'type' => 'string' ),
				'memo'              => array( 'type' => 'string' ),
				'reverses_entry_id' => array( 'type' => array( 'integer', 'null' ) ),
				'created_at'        => array(
					'type'   => 'string',
					'format' => 'date-time',
				),
				'created_by'        => array( 'type' => array( 'integer', 'null' ) ),
			),
		);
	}
}
