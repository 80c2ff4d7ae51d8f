<?php
/**
 * JSON schemas of the license resources.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\RestApi\Licenses;

use EntitlementLedger\Domain\Licenses\ActivationService;
use EntitlementLedger\Domain\Licenses\BrandService;
use EntitlementLedger\Domain\Licenses\InstancePatterns;
use EntitlementLedger\Domain\Licenses\LicenseStatus;
use EntitlementLedger\RestApi\Schemas;

/**
 * The Licenses contracts of design.md as JSON schema.
 */
final class LicenseSchemas {

	/**
	 * A license key in a path: any case; the exact alphabet is checked when it is looked up.
	 */
	public const KEY_PATTERN = '^[Ee][Ll][Kk]-[0-9A-Za-z]{8}(-[0-9A-Za-z]{7}){4}$';

	/**
	 * A date-time, nullable.
	 *
	 * @param string $description Description.
	 * @return array<string, mixed>
	 */
	private static function date( string $description ): array {
		return array(
			'description' => $description,
			'type'        => array( 'string', 'null' ),
			'format'      => 'date-time',
		);
	}

	/**
	 * A read-only field.
	 *
	 * @param string|list<string> $type Type.
	 * @return array<string, mixed>
	 */
	private static function ro( string|array $type ): array {
		return array(
			'type'     => $type,
			'readonly' => true,
		);
	}

	/**
	 * The license key path argument.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function key_arg(): array {
		return array(
			'key' => array(
				'description' => __( 'License key, e.g. ELK-XXXXXXXX-XXXXXXX-XXXXXXX-XXXXXXX-XXXXXXX.', 'entitlement-ledger' ),
				'type'        => 'string',
				'maxLength'   => 64,
				'pattern'     => self::KEY_PATTERN,
			),
		);
	}

	/**
	 * The instance argument.
	 *
	 * @return array<string, mixed>
	 */
	public static function instance_arg(): array {
		return array(
			'description' => __( 'Where the product runs: a URL, host name or machine id (printable ASCII, no spaces).', 'entitlement-ledger' ),
			'type'        => 'string',
			'minLength'   => 1,
			'maxLength'   => 191,
			'pattern'     => ActivationService::INSTANCE_PATTERN,
			'required'    => true,
		);
	}

	/**
	 * A slug argument.
	 *
	 * @param string $description Description.
	 * @return array<string, mixed>
	 */
	public static function slug( string $description ): array {
		return array(
			'description' => $description,
			'type'        => 'string',
			'maxLength'   => 64,
			'pattern'     => BrandService::SLUG_PATTERN,
		);
	}

	/**
	 * The seats field.
	 *
	 * @return array<string, mixed>
	 */
	public static function seats(): array {
		return array(
			'description' => __( 'Instances that may be active at once.', 'entitlement-ledger' ),
			'type'        => 'integer',
			'minimum'     => 1,
			'maximum'     => BrandService::MAX_SEATS,
		);
	}

	/**
	 * The license resource (staff and brand systems).
	 *
	 * @return array<string, mixed>
	 */
	public static function license(): array {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'license',
			'type'       => 'object',
			'properties' => array(
				'id'              => self::ro( 'integer' ),
				'brand'           => self::slug( __( 'Brand slug.', 'entitlement-ledger' ) ),
				'product'         => self::slug( __( 'Licensed product slug.', 'entitlement-ledger' ) ),
				'product_name'    => self::ro( 'string' ),
				'customer_email'  => array(
					'type'      => 'string',
					'format'    => 'email',
					'maxLength' => 190,
				),
				'customer_id'     => self::ro( array( 'integer', 'null' ) ),
				'status'          => array(
					'description' => __( 'valid, suspended, cancelled or expired.', 'entitlement-ledger' ),
					'type'        => 'string',
					'enum'        => LicenseStatus::values(),
					'readonly'    => true,
				),
				'seats'           => self::seats(),
				'seats_used'      => self::ro( 'integer' ),
				'expires_at'      => self::date( __( 'Expiry (UTC); null for never.', 'entitlement-ledger' ) ),
				'key_prefix'      => self::ro( 'string' ),
				'key'             => array(
					'description' => __( 'The full license key: only in the answer that created it.', 'entitlement-ledger' ),
					'type'        => array( 'string', 'null' ),
					'readonly'    => true,
				),
				'key_created'     => self::ro( 'boolean' ),
				'source_order_id' => self::ro( array( 'integer', 'null' ) ),
				'created_at'      => self::ro( 'string' ),
				'updated_at'      => self::ro( 'string' ),
				'links'           => array(
					'description' => __( 'Edit screens of the customer and the source order, when the caller may open them (GET /licenses/{id} only).', 'entitlement-ledger' ),
					'type'        => 'object',
					'readonly'    => true,
					'properties'  => array(
						'customer'     => array( 'type' => array( 'string', 'null' ) ),
						'source_order' => array( 'type' => array( 'string', 'null' ) ),
					),
				),
				'activations'     => array(
					'description' => __( 'Its activations, active ones first (GET /licenses/{id} only).', 'entitlement-ledger' ),
					'type'        => 'array',
					'readonly'    => true,
					'items'       => self::activation(),
				),
			),
		);
	}

	/**
	 * An activation.
	 *
	 * @return array<string, mixed>
	 */
	public static function activation(): array {
		return array(
			'type'       => 'object',
			'properties' => array(
				'instance'       => array( 'type' => 'string' ),
				'active'         => array( 'type' => 'boolean' ),
				'uses_seat'      => array( 'type' => 'boolean' ),
				'first_seen_at'  => array( 'type' => 'string' ),
				'last_seen_at'   => array( 'type' => 'string' ),
				'activated_at'   => array( 'type' => 'string' ),
				'deactivated_at' => array( 'type' => array( 'string', 'null' ) ),
			),
		);
	}

	/**
	 * What GET /licenses/{key} answers.
	 *
	 * @return array<string, mixed>
	 */
	public static function key_status(): array {
		$public = array(
			'type'       => 'object',
			'properties' => array(
				'brand'        => array( 'type' => 'string' ),
				'product'      => array( 'type' => 'string' ),
				'product_name' => array( 'type' => 'string' ),
				'status'       => array(
					'type' => 'string',
					'enum' => LicenseStatus::values(),
				),
				'seats'        => array( 'type' => 'integer' ),
				'seats_used'   => array( 'type' => 'integer' ),
				'expires_at'   => array( 'type' => array( 'string', 'null' ) ),
			),
		);
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'license-key-status',
			'type'       => 'object',
			'properties' => $public['properties'] + array(
				'key_prefix'   => array( 'type' => 'string' ),
				'licenses'     => array(
					'type'  => 'array',
					'items' => $public,
				),
				'entitlements' => array(
					'description' => __( 'Products the key currently unlocks.', 'entitlement-ledger' ),
					'type'        => 'array',
					'items'       => array( 'type' => 'string' ),
				),
				'activation'   => array(
					'description' => __( 'The activation (activate and deactivate answers).', 'entitlement-ledger' ),
					'type'        => 'object',
					'properties'  => array(
						'instance'       => array( 'type' => 'string' ),
						'active'         => array( 'type' => 'boolean' ),
						'uses_seat'      => array( 'type' => 'boolean' ),
						'first_seen_at'  => array( 'type' => 'string' ),
						'last_seen_at'   => array( 'type' => 'string' ),
						'activated_at'   => array( 'type' => 'string' ),
						'deactivated_at' => array( 'type' => array( 'string', 'null' ) ),
					),
				),
			),
		);
	}

	/**
	 * The brand resource.
	 *
	 * @return array<string, mixed>
	 */
	public static function brand(): array {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'brand',
			'type'       => 'object',
			'properties' => array(
				'id'                => self::ro( 'integer' ),
				'slug'              => self::slug( __( 'Unique slug.', 'entitlement-ledger' ) ),
				'name'              => array(
					'type'      => 'string',
					'minLength' => 1,
					'maxLength' => 190,
				),
				'instance_patterns' => array(
					'description' => __( 'Instances that activate without using a seat, e.g. localhost, *.test, staging.*.', 'entitlement-ledger' ),
					'type'        => 'array',
					'maxItems'    => 50,
					'items'       => array(
						'type'      => 'string',
						'maxLength' => 100,
						'pattern'   => InstancePatterns::PATTERN,
					),
				),
				'created_at'        => self::ro( 'string' ),
				'updated_at'        => self::ro( 'string' ),
			),
		);
	}

	/**
	 * The licensed product resource.
	 *
	 * @return array<string, mixed>
	 */
	public static function product(): array {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'licensed-product',
			'type'       => 'object',
			'properties' => array(
				'id'             => self::ro( 'integer' ),
				'brand'          => self::ro( 'string' ),
				'slug'           => self::slug( __( 'Slug, unique within the brand.', 'entitlement-ledger' ) ),
				'name'           => array(
					'type'      => 'string',
					'minLength' => 1,
					'maxLength' => 190,
				),
				'seats'          => self::seats() + array( 'default' => 1 ),
				'validity_days'  => array(
					'description' => __( 'Days a new license is valid; null for no expiry.', 'entitlement-ledger' ),
					'type'        => array( 'integer', 'null' ),
					'minimum'     => 1,
					'maximum'     => 36500,
				),
				'wc_product_ids' => array(
					'description' => __( 'WooCommerce products that sell this licensed product.', 'entitlement-ledger' ),
					'type'        => 'array',
					'maxItems'    => 50,
					'items'       => array(
						'type'    => 'integer',
						'minimum' => 1,
						'maximum' => Schemas::MAX_ID,
					),
				),
				'created_at'     => self::ro( 'string' ),
			),
		);
	}

	/**
	 * The brand API key resource.
	 *
	 * @return array<string, mixed>
	 */
	public static function brand_key(): array {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'brand-api-key',
			'type'       => 'object',
			'properties' => array(
				'id'           => self::ro( 'integer' ),
				'brand'        => self::ro( 'string' ),
				'name'         => array(
					'type'      => 'string',
					'maxLength' => 190,
				),
				'prefix'       => self::ro( 'string' ),
				'key'          => array(
					'description' => __( 'The full key: only in the answer that created it. Send it as "Authorization: Bearer <key>".', 'entitlement-ledger' ),
					'type'        => 'string',
					'readonly'    => true,
				),
				'created_at'   => self::ro( 'string' ),
				'last_used_at' => self::ro( array( 'string', 'null' ) ),
				'revoked_at'   => self::ro( array( 'string', 'null' ) ),
				'active'       => self::ro( 'boolean' ),
			),
		);
	}
}
