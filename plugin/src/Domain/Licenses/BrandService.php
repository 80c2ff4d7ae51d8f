<?php
/**
 * Brands, their licensed products and their API keys.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain\Licenses;

use EntitlementLedger\Database\Transaction;
use EntitlementLedger\DataStores\BrandApiKeyStore;
use EntitlementLedger\DataStores\BrandStore;
use EntitlementLedger\DataStores\LicensedProductStore;
use EntitlementLedger\Domain\Audit\AuditLog;
use EntitlementLedger\Domain\Clock;
use EntitlementLedger\Domain\DomainError;

/**
 * Staff manage brands here; every change is audited in its transaction.
 */
class BrandService {

	public const SLUG_PATTERN = '^[a-z0-9][a-z0-9-]{0,63}$';
	public const MAX_SEATS    = 100000;

	/**
	 * Constructor.
	 *
	 * @param BrandStore           $brands      Brand SQL.
	 * @param LicensedProductStore $products    Product SQL.
	 * @param BrandApiKeyStore     $keys        Brand key SQL.
	 * @param SecretKeys           $secrets     Key generation and hashing.
	 * @param AuditLog             $audit       Audit log.
	 * @param Transaction          $transaction Transactions.
	 * @param Clock                $clock       Time.
	 */
	public function __construct(
		private BrandStore $brands,
		private LicensedProductStore $products,
		private BrandApiKeyStore $keys,
		private SecretKeys $secrets,
		private AuditLog $audit,
		private Transaction $transaction,
		private Clock $clock
	) {
	}

	/**
	 * Creates a brand.
	 *
	 * @param array<string, mixed> $data slug, name, instance_patterns.
	 * @throws DomainError On invalid input or a taken slug.
	 */
	public function create_brand( array $data ): Brand {
		$slug     = self::slug( $data['slug'] ?? null );
		$name     = self::name( $data['name'] ?? null );
		$patterns = InstancePatterns::validated( $data['instance_patterns'] ?? array() );
		return $this->transaction->run(
			function () use ( $slug, $name, $patterns ): Brand {
				$now = $this->clock->now();
				$id  = $this->brands->insert(
					array(
						'slug'              => $slug,
						'name'              => $name,
						'instance_patterns' => implode( "\n", $patterns ),
						'created_at'        => $now,
						'updated_at'        => $now,
					)
				);
				if ( 0 === $id ) {
					throw DomainError::conflict( 'el_brand_exists', __( 'A brand with that slug exists.', 'entitlement-ledger' ) );
				}
				$brand = $this->brands->find( $id ) ?? throw self::brand_not_found();
				$this->audit->record( 'brand.created', 'brand', $id, null, get_object_vars( $brand ) );
				return $brand;
			}
		);
	}

	/**
	 * Changes a brand's name or instance patterns.
	 *
	 * @param string               $slug Brand.
	 * @param array<string, mixed> $data name, instance_patterns.
	 */
	public function update_brand( string $slug, array $data ): Brand {
		$row = array();
		if ( array_key_exists( 'name', $data ) ) {
			$row['name'] = self::name( $data['name'] );
		}
		if ( array_key_exists( 'instance_patterns', $data ) ) {
			$row['instance_patterns'] = implode( "\n", InstancePatterns::validated( $data['instance_patterns'] ) );
		}
		return $this->transaction->run(
			function () use ( $slug, $row ): Brand {
				$before = $this->require_brand( $slug );
				$this->brands->update( $before->id, $row, $this->clock->now() );
				$after = $this->brands->find( $before->id ) ?? throw self::brand_not_found();
				$this->audit->record( 'brand.updated', 'brand', $before->id, get_object_vars( $before ), get_object_vars( $after ) );
				return $after;
			}
		);
	}

	/**
	 * Adds a licensed product to a brand.
	 *
	 * @param string               $brand_slug Brand.
	 * @param array<string, mixed> $data       slug, name, seats, validity_days, wc_product_ids.
	 */
	public function create_product( string $brand_slug, array $data ): LicensedProduct {
		$slug  = self::slug( $data['slug'] ?? null );
		$name  = self::name( $data['name'] ?? null );
		$seats = self::seats( $data['seats'] ?? 1 );
		$days  = self::validity( $data['validity_days'] ?? null );
		$ids   = self::wc_product_ids( $data['wc_product_ids'] ?? array() );
		return $this->transaction->run(
			function () use ( $brand_slug, $slug, $name, $seats, $days, $ids ): LicensedProduct {
				$brand = $this->require_brand( $brand_slug );
				$now   = $this->clock->now();
				$id    = $this->products->insert(
					array(
						'brand_id'       => $brand->id,
						'slug'           => $slug,
						'name'           => $name,
						'seats'          => $seats,
						'validity_days'  => $days,
						'wc_product_ids' => implode( ',', array_unique( $ids ) ),
						'created_at'     => $now,
						'updated_at'     => $now,
					)
				);
				if ( 0 === $id ) {
					throw DomainError::conflict( 'el_product_exists', __( 'This brand already has a product with that slug.', 'entitlement-ledger' ) );
				}
				$product = $this->products->find( $id ) ?? throw self::product_not_found();
				$this->audit->record( 'licensed_product.created', 'licensed_product', $id, null, get_object_vars( $product ) );
				return $product;
			}
		);
	}

	/**
	 * Changes a licensed product's name, default seats, validity or WooCommerce products
	 * (licenses already provisioned keep theirs).
	 *
	 * @param string               $brand_slug   Brand.
	 * @param string               $product_slug Product.
	 * @param array<string, mixed> $data         name, seats, validity_days, wc_product_ids.
	 */
	public function update_product( string $brand_slug, string $product_slug, array $data ): LicensedProduct {
		$row = array();
		if ( array_key_exists( 'name', $data ) ) {
			$row['name'] = self::name( $data['name'] );
		}
		if ( array_key_exists( 'seats', $data ) ) {
			$row['seats'] = self::seats( $data['seats'] );
		}
		if ( array_key_exists( 'validity_days', $data ) ) {
			$row['validity_days'] = self::validity( $data['validity_days'] );
		}
		if ( array_key_exists( 'wc_product_ids', $data ) ) {
			$row['wc_product_ids'] = implode( ',', array_unique( self::wc_product_ids( $data['wc_product_ids'] ) ) );
		}
		return $this->transaction->run(
			function () use ( $brand_slug, $product_slug, $row ): LicensedProduct {
				$brand  = $this->require_brand( $brand_slug );
				$before = $this->products->find_by_slug( $brand->id, $product_slug ) ?? throw self::product_not_found();
				$this->products->update( $before->id, $row, $this->clock->now() );
				$after = $this->products->find( $before->id ) ?? throw self::product_not_found();
				$this->audit->record( 'licensed_product.updated', 'licensed_product', $before->id, get_object_vars( $before ), get_object_vars( $after ) );
				return $after;
			}
		);
	}

	/**
	 * A validity in days, or null for licenses that do not expire.
	 *
	 * @param mixed $days Input.
	 * @throws DomainError When out of range.
	 */
	private static function validity( mixed $days ): ?int {
		if ( null !== $days && ( ! is_int( $days ) || $days < 1 || $days > 36500 ) ) {
			throw DomainError::invalid( 'el_invalid_validity', __( 'validity_days must be a whole number of days between 1 and 36500, or null for licenses that do not expire.', 'entitlement-ledger' ), 'validity_days' );
		}
		return $days;
	}

	/**
	 * WooCommerce product ids that exist.
	 *
	 * @param mixed $ids Input.
	 * @return list<int>
	 * @throws DomainError When not a list of existing products.
	 */
	private static function wc_product_ids( mixed $ids ): array {
		if ( ! is_array( $ids ) || count( $ids ) > 50 ) {
			throw DomainError::invalid( 'el_invalid_product', __( 'wc_product_ids must be a list of WooCommerce product ids.', 'entitlement-ledger' ), 'wc_product_ids' );
		}
		foreach ( $ids as $id ) {
			if ( ! is_int( $id ) || $id <= 0 || ( function_exists( 'wc_get_product' ) && ! wc_get_product( $id ) ) ) {
				throw DomainError::invalid( 'el_invalid_product', __( 'wc_product_ids must be a list of WooCommerce product ids.', 'entitlement-ledger' ), 'wc_product_ids' );
			}
		}
		return array_values( $ids );
	}

	/**
	 * Creates a brand API key; the full key is returned here and never again.
	 *
	 * @param string $brand_slug Brand.
	 * @param string $name       Label.
	 * @return array{key: BrandApiKey, secret: string}
	 */
	public function create_key( string $brand_slug, string $name ): array {
		$name = mb_substr( trim( sanitize_text_field( $name ) ), 0, 190 );
		return $this->transaction->run(
			function () use ( $brand_slug, $name ): array {
				$brand  = $this->require_brand( $brand_slug );
				$secret = $this->secrets->new_brand_key();
				$user   = get_current_user_id();
				$id     = $this->keys->insert(
					array(
						'brand_id'    => $brand->id,
						'name'        => $name,
						'lookup'      => $secret['lookup'],
						'secret_hash' => $secret['hash'],
						'created_by'  => $user > 0 ? $user : null,
						'created_at'  => $this->clock->now(),
					)
				);
				$key    = $this->keys->find( $id ) ?? throw self::key_not_found();
				$this->audit->record( 'brand_key.created', 'brand_key', $id, null, self::key_snapshot( $key ) );
				return array(
					'key'    => $key,
					'secret' => $secret['key'],
				);
			}
		);
	}

	/**
	 * Revokes a brand API key. Revoking a revoked key changes nothing and answers 409.
	 *
	 * @param string|null $brand_slug Brand the key must belong to (null: any, for WP-CLI).
	 * @param int         $id         Key.
	 */
	public function revoke_key( ?string $brand_slug, int $id ): BrandApiKey {
		return $this->transaction->run(
			function () use ( $brand_slug, $id ): BrandApiKey {
				$before = $this->keys->find( $id );
				if ( null === $before || ( null !== $brand_slug && $this->require_brand( $brand_slug )->id !== $before->brand_id ) ) {
					throw self::key_not_found();
				}
				if ( ! $this->keys->revoke( $id, $this->clock->now() ) ) {
					throw DomainError::conflict( 'el_key_revoked', __( 'This key is already revoked.', 'entitlement-ledger' ) );
				}
				$after = $this->keys->find( $id ) ?? throw self::key_not_found();
				$this->audit->record( 'brand_key.revoked', 'brand_key', $id, self::key_snapshot( $before ), self::key_snapshot( $after ) );
				return $after;
			}
		);
	}

	/**
	 * A brand by slug.
	 *
	 * @param string $slug Slug.
	 * @throws DomainError 404.
	 */
	public function require_brand( string $slug ): Brand {
		return $this->brands->find_by_slug( $slug ) ?? throw self::brand_not_found();
	}

	/**
	 * What the audit log keeps of a key (never its hash).
	 *
	 * @param BrandApiKey $key Key.
	 * @return array<string, mixed>
	 */
	private static function key_snapshot( BrandApiKey $key ): array {
		return array(
			'brand_id'   => $key->brand_id,
			'name'       => $key->name,
			'prefix'     => $key->lookup,
			'revoked_at' => $key->revoked_at,
		);
	}

	/**
	 * The brand not-found error.
	 */
	public static function brand_not_found(): DomainError {
		return DomainError::not_found( 'el_brand_not_found', __( 'No brand with that slug.', 'entitlement-ledger' ) );
	}

	/**
	 * The product not-found error.
	 */
	public static function product_not_found(): DomainError {
		return DomainError::not_found( 'el_product_not_found', __( 'No licensed product with that slug.', 'entitlement-ledger' ) );
	}

	/**
	 * The key not-found error.
	 */
	public static function key_not_found(): DomainError {
		return DomainError::not_found( 'el_key_not_found', __( 'No API key with that id for this brand.', 'entitlement-ledger' ) );
	}

	/**
	 * A valid slug.
	 *
	 * @param mixed $slug Input.
	 * @throws DomainError When malformed.
	 */
	private static function slug( mixed $slug ): string {
		if ( ! is_string( $slug ) || 1 !== preg_match( '/' . self::SLUG_PATTERN . '/D', $slug ) ) {
			throw DomainError::invalid( 'el_invalid_slug', __( 'slug must be 1 to 64 lowercase letters, digits or hyphens.', 'entitlement-ledger' ), 'slug' );
		}
		return $slug;
	}

	/**
	 * A valid name.
	 *
	 * @param mixed $name Input.
	 * @throws DomainError When empty.
	 */
	private static function name( mixed $name ): string {
		$name = is_string( $name ) ? trim( sanitize_text_field( $name ) ) : '';
		if ( '' === $name ) {
			throw DomainError::invalid( 'el_invalid_name', __( 'A name is required.', 'entitlement-ledger' ), 'name' );
		}
		return mb_substr( $name, 0, 190 );
	}

	/**
	 * A valid seat count.
	 *
	 * @param mixed $seats Input.
	 * @throws DomainError When out of range.
	 */
	public static function seats( mixed $seats ): int {
		if ( ! is_int( $seats ) || $seats < 1 || $seats > self::MAX_SEATS ) {
			throw DomainError::invalid( 'el_invalid_seats', __( 'seats must be a whole number between 1 and 100000.', 'entitlement-ledger' ), 'seats' );
		}
		return $seats;
	}
}
