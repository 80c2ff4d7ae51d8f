<?php
/**
 * Gift as the REST API shows it.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\RestApi\Presenters;

use EntitlementLedger\Domain\Gifts\Gift;
use EntitlementLedger\RestApi\Dates;

/**
 * Public gift fields.
 */
final class GiftPresenter {

	/**
	 * API representation.
	 *
	 * @param Gift $gift Gift.
	 * @return array<string, mixed>
	 */
	public static function present( Gift $gift ): array {
		$image = null === $gift->image_id ? false : wp_get_attachment_image_url( $gift->image_id, 'medium' );
		return array(
			'id'             => $gift->id,
			'number'         => $gift->number,
			'name'           => $gift->name,
			'description'    => $gift->description,
			'image_id'       => $gift->image_id,
			'image_url'      => false === $image ? null : $image,
			'product_id'     => $gift->product_id,
			'kind'           => $gift->kind,
			'active'         => $gift->active,
			'stock'          => $gift->stock,
			'redeemed_count' => $gift->redeemed_count,
			'available'      => $gift->is_available(),
			'created_at'     => Dates::to_api( $gift->created_at ),
			'updated_at'     => Dates::to_api( $gift->updated_at ),
		);
	}
}
