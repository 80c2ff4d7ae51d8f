<?php
/**
 * Entitlement as the REST API shows it.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\RestApi\Presenters;

use EntitlementLedger\Domain\Entitlements\Entitlement;
use EntitlementLedger\Domain\Money\Money;
use EntitlementLedger\RestApi\Dates;

/**
 * Maps the entity to the public field names and formats of design.md.
 */
final class EntitlementPresenter {

	/**
	 * API representation.
	 *
	 * @param Entitlement $entitlement Entitlement.
	 * @return array<string, mixed>
	 */
	public static function present( Entitlement $entitlement ): array {
		$redemption = $entitlement->redemption;
		return array(
			'id'                   => $entitlement->id,
			'customer_id'          => $entitlement->customer_id,
			'customer_email'       => $entitlement->customer_email,
			'customer_name'        => $entitlement->customer_name,
			'subscription_id'      => $entitlement->subscription_id,
			'source_order_id'      => $entitlement->source_order_id,
			'source_order_item_id' => $entitlement->source_order_item_id,
			'type'                 => $entitlement->type,
			'number'               => $entitlement->number,
			'status'               => $entitlement->status->value,
			'currency'             => $entitlement->currency->code,
			'deferred_amount'      => Money::format( $entitlement->deferred_amount, $entitlement->currency ),
			'earned_amount'        => Money::format( $entitlement->earned_amount, $entitlement->currency ),
			'deferred_balance'     => Money::format( $entitlement->deferred_balance, $entitlement->currency ),
			'starts_at'            => Dates::to_api( $entitlement->starts_at ),
			'expires_at'           => Dates::to_api( $entitlement->expires_at ),
			'redemption'           => null === $redemption ? null : array(
				'method'      => $redemption->method,
				'gift_id'     => $redemption->gift_id,
				'order_id'    => $redemption->order_id,
				'note'        => $redemption->note,
				'redeemed_at' => Dates::to_api( $redemption->redeemed_at ),
				'redeemed_by' => $redemption->redeemed_by,
			),
			'meta'                 => (object) $entitlement->meta,
			'notes'                => $entitlement->notes,
			'created_at'           => Dates::to_api( $entitlement->created_at ),
			'updated_at'           => Dates::to_api( $entitlement->updated_at ),
			'deleted_at'           => Dates::to_api( $entitlement->deleted_at ),
			'deleted_reason'       => $entitlement->deleted_reason,
		);
	}
}
