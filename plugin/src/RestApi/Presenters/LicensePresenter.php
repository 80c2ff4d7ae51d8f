<?php
/**
 * Licenses, activations, brands and brand keys as the REST API shows them.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\RestApi\Presenters;

use EntitlementLedger\Domain\Licenses\Activation;
use EntitlementLedger\Domain\Licenses\Brand;
use EntitlementLedger\Domain\Licenses\BrandApiKey;
use EntitlementLedger\Domain\Licenses\License;
use EntitlementLedger\Domain\Licenses\LicensedProduct;
use EntitlementLedger\RestApi\Dates;

/**
 * Two views of a license: the full one for staff and brand systems, and the public one for
 * end-user products, which carries nothing about the customer.
 */
final class LicensePresenter {

	/**
	 * Staff and brand view.
	 *
	 * @param License $license    License.
	 * @param int     $seats_used Active activations using a seat.
	 * @param string  $now        UTC, for the effective status.
	 * @return array<string, mixed>
	 */
	public static function present( License $license, int $seats_used, string $now ): array {
		return array(
			'id'              => $license->id,
			'brand'           => $license->brand_slug,
			'product'         => $license->product_slug,
			'product_name'    => $license->product_name,
			'customer_email'  => $license->customer_email,
			'customer_id'     => $license->customer_id,
			'status'          => $license->effective_status( $now )->value,
			'seats'           => $license->seats,
			'seats_used'      => $seats_used,
			'expires_at'      => Dates::to_api( $license->expires_at ),
			'key_prefix'      => $license->key_lookup,
			'source_order_id' => $license->source_order_id,
			'created_at'      => Dates::to_api( $license->created_at ),
			'updated_at'      => Dates::to_api( $license->updated_at ),
		);
	}

	/**
	 * Public view (end-user products holding the key).
	 *
	 * @param License $license    License.
	 * @param int     $seats_used Seats in use.
	 * @param string  $now        UTC.
	 * @return array<string, mixed>
	 */
	public static function present_public( License $license, int $seats_used, string $now ): array {
		return array(
			'brand'        => $license->brand_slug,
			'product'      => $license->product_slug,
			'product_name' => $license->product_name,
			'status'       => $license->effective_status( $now )->value,
			'seats'        => $license->seats,
			'seats_used'   => $seats_used,
			'expires_at'   => Dates::to_api( $license->expires_at ),
		);
	}

	/**
	 * An activation.
	 *
	 * @param Activation $activation Activation.
	 * @return array<string, mixed>
	 */
	public static function activation( Activation $activation ): array {
		return array(
			'instance'       => $activation->instance,
			'active'         => $activation->is_active(),
			'uses_seat'      => $activation->uses_seat,
			'first_seen_at'  => Dates::to_api( $activation->first_seen_at ),
			'last_seen_at'   => Dates::to_api( $activation->last_seen_at ),
			'activated_at'   => Dates::to_api( $activation->activated_at ),
			'deactivated_at' => Dates::to_api( $activation->deactivated_at ),
		);
	}

	/**
	 * A brand.
	 *
	 * @param Brand $brand Brand.
	 * @return array<string, mixed>
	 */
	public static function brand( Brand $brand ): array {
		return array(
			'id'                => $brand->id,
			'slug'              => $brand->slug,
			'name'              => $brand->name,
			'instance_patterns' => $brand->instance_patterns,
			'created_at'        => Dates::to_api( $brand->created_at ),
			'updated_at'        => Dates::to_api( $brand->updated_at ),
		);
	}

	/**
	 * A licensed product.
	 *
	 * @param LicensedProduct $product Product.
	 * @param string          $brand   Brand slug.
	 * @return array<string, mixed>
	 */
	public static function product( LicensedProduct $product, string $brand ): array {
		return array(
			'id'             => $product->id,
			'brand'          => $brand,
			'slug'           => $product->slug,
			'name'           => $product->name,
			'seats'          => $product->seats,
			'validity_days'  => $product->validity_days,
			'wc_product_ids' => $product->wc_product_ids,
			'created_at'     => Dates::to_api( $product->created_at ),
		);
	}

	/**
	 * A brand API key (never its secret or hash).
	 *
	 * @param BrandApiKey $key   Key.
	 * @param string      $brand Brand slug.
	 * @return array<string, mixed>
	 */
	public static function brand_key( BrandApiKey $key, string $brand ): array {
		return array(
			'id'           => $key->id,
			'brand'        => $brand,
			'name'         => $key->name,
			'prefix'       => 'elb_' . $key->lookup,
			'created_at'   => Dates::to_api( $key->created_at ),
			'last_used_at' => Dates::to_api( $key->last_used_at ),
			'revoked_at'   => Dates::to_api( $key->revoked_at ),
			'active'       => null === $key->revoked_at,
		);
	}
}
