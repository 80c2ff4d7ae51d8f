<?php
/**
 * The gift catalogue.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain\Gifts;

use EntitlementLedger\Database\Transaction;
use EntitlementLedger\DataStores\GiftStore;
use EntitlementLedger\Domain\Audit\AuditLog;
use EntitlementLedger\Domain\Clock;
use EntitlementLedger\Domain\DomainError;
use EntitlementLedger\Domain\Entitlements\EntitlementService;
use EntitlementLedger\Domain\Fulfilment\FulfilmentGateway;

/**
 * Creates, changes and retires gifts. A gift that was ever redeemed is never removed,
 * only deactivated or soft-deleted, so redemptions keep pointing at it.
 */
class GiftService {

	/**
	 * Constructor.
	 *
	 * @param GiftStore         $store       Gift SQL.
	 * @param AuditLog          $audit       Audit log.
	 * @param Transaction       $transaction Transactions.
	 * @param FulfilmentGateway $fulfilment  Order system (product checks).
	 * @param Clock             $clock       Time.
	 */
	public function __construct(
		private GiftStore $store,
		private AuditLog $audit,
		private Transaction $transaction,
		private FulfilmentGateway $fulfilment,
		private Clock $clock
	) {
	}

	/**
	 * Creates a gift.
	 *
	 * @param array<string, mixed> $data Fields.
	 */
	public function create( array $data ): Gift {
		if ( ! isset( $data['number'], $data['name'] ) ) {
			throw DomainError::invalid( 'el_missing_field', __( 'A gift needs a number (cycle) and a name.', 'entitlement-ledger' ) );
		}
		$row = $this->validated( $data );
		return $this->transaction->run(
			function () use ( $row ): Gift {
				$now               = $this->clock->now();
				$row['created_at'] = $now;
				$row['updated_at'] = $now;
				$id                = $this->store->insert( $row );
				$gift              = $this->require( $id );
				$this->audit->record( 'gift.created', 'gift', $id, null, get_object_vars( $gift ) );
				return $gift;
			}
		);
	}

	/**
	 * Changes a gift.
	 *
	 * @param int                  $id   Gift id.
	 * @param array<string, mixed> $data Fields to change.
	 */
	public function update( int $id, array $data ): Gift {
		$row = $this->validated( $data );
		return $this->transaction->run(
			function () use ( $id, $row ): Gift {
				$before = $this->require( $id );
				if ( null !== $before->deleted_at ) {
					throw self::not_found();
				}
				$this->store->update( $id, $row, $this->clock->now() );
				$after = $this->require( $id );
				$this->audit->record( 'gift.updated', 'gift', $id, get_object_vars( $before ), get_object_vars( $after ) );
				return $after;
			}
		);
	}

	/**
	 * Soft-deletes a gift.
	 *
	 * @param int $id Gift id.
	 */
	public function delete( int $id ): Gift {
		return $this->transaction->run(
			function () use ( $id ): Gift {
				$before = $this->require( $id );
				if ( null !== $before->deleted_at ) {
					throw self::not_found();
				}
				$this->store->update(
					$id,
					array(
						'deleted_at' => $this->clock->now(),
						'active'     => 0,
					),
					$this->clock->now()
				);
				$after = $this->require( $id );
				$this->audit->record( 'gift.deleted', 'gift', $id, get_object_vars( $before ), get_object_vars( $after ) );
				return $after;
			}
		);
	}

	/**
	 * A gift by id.
	 *
	 * @param int $id Id.
	 * @throws DomainError 404.
	 */
	public function require( int $id ): Gift {
		return $this->store->find( $id ) ?? throw self::not_found();
	}

	/**
	 * The not-found error.
	 */
	public static function not_found(): DomainError {
		return DomainError::not_found( 'el_gift_not_found', __( 'No gift with that id.', 'entitlement-ledger' ) );
	}

	/**
	 * Validates the given fields and maps them to columns.
	 *
	 * @param array<string, mixed> $data Input.
	 * @return array<string, scalar|null>
	 * @throws DomainError On invalid input.
	 */
	private function validated( array $data ): array {
		$row = array();
		if ( array_key_exists( 'number', $data ) ) {
			if ( ! is_int( $data['number'] ) || $data['number'] < EntitlementService::MIN_NUMBER || $data['number'] > EntitlementService::MAX_NUMBER ) {
				throw DomainError::invalid( 'el_invalid_number', __( 'number must be a cycle between 1 and 9999.', 'entitlement-ledger' ), 'number' );
			}
			$row['number'] = $data['number'];
		}
		if ( array_key_exists( 'name', $data ) ) {
			$name = trim( sanitize_text_field( (string) $data['name'] ) );
			if ( '' === $name ) {
				throw DomainError::invalid( 'el_invalid_name', __( 'A gift needs a name.', 'entitlement-ledger' ), 'name' );
			}
			$row['name'] = mb_substr( $name, 0, 190 );
		}
		if ( array_key_exists( 'description', $data ) ) {
			$row['description'] = wp_kses_post( (string) $data['description'] );
		}
		if ( array_key_exists( 'image_id', $data ) ) {
			$image = null === $data['image_id'] ? null : (int) $data['image_id'];
			if ( null !== $image && ( $image <= 0 || 'attachment' !== get_post_type( $image ) ) ) {
				throw DomainError::invalid( 'el_invalid_image', __( 'image_id must be an image in the media library.', 'entitlement-ledger' ), 'image_id' );
			}
			$row['image_id'] = $image;
		}
		if ( array_key_exists( 'product_id', $data ) ) {
			$product = null === $data['product_id'] ? null : (int) $data['product_id'];
			if ( null !== $product && ( $product <= 0 || ( $this->fulfilment->is_available() && ! $this->fulfilment->product_exists( $product ) ) ) ) {
				throw DomainError::invalid( 'el_invalid_product', __( 'product_id must be a WooCommerce product or variation.', 'entitlement-ledger' ), 'product_id' );
			}
			$row['product_id'] = $product;
		}
		if ( array_key_exists( 'kind', $data ) ) {
			if ( ! in_array( $data['kind'], array( Gift::KIND_PREDEFINED, Gift::KIND_CUSTOM ), true ) ) {
				throw DomainError::invalid( 'el_invalid_kind', __( 'kind must be predefined or custom.', 'entitlement-ledger' ), 'kind' );
			}
			$row['kind'] = $data['kind'];
		}
		if ( array_key_exists( 'active', $data ) ) {
			$row['active'] = $data['active'] ? 1 : 0;
		}
		if ( array_key_exists( 'stock', $data ) ) {
			if ( null !== $data['stock'] && ( ! is_int( $data['stock'] ) || $data['stock'] < 0 ) ) {
				throw DomainError::invalid( 'el_invalid_stock', __( 'stock must be a whole number of at least 0, or null for no cap.', 'entitlement-ledger' ), 'stock' );
			}
			$row['stock'] = $data['stock'];
		}
		return $row;
	}
}
