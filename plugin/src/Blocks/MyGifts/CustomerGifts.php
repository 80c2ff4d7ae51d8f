<?php
/**
 * What a customer sees of their own entitlements.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Blocks\MyGifts;

use EntitlementLedger\DataStores\EntitlementQuery;
use EntitlementLedger\DataStores\EntitlementStore;
use EntitlementLedger\DataStores\GiftStore;
use EntitlementLedger\Domain\Entitlements\Entitlement;
use EntitlementLedger\Domain\Entitlements\EntitlementStatus;
use EntitlementLedger\Domain\Gifts\Gift;
use WC_Order;

/**
 * Read side of the customer's gift page, shared by the my-gifts block, its no-JS form
 * handler, the /me REST routes and the customer emails: a customer only ever sees their
 * own, live entitlements, and the fulfilment order only when it is theirs too.
 *
 * @phpstan-type OrderSummary array{id: int, number: string, status: string, status_label: string, view_url: string|null}
 * @phpstan-type GiftSummary array{id: int, name: string}
 * @phpstan-type GiftChoice array{id: int, name: string, description: string, image_id: int|null}
 * @phpstan-type EntitlementView array{id: int, number: int, type: string, status: string, status_label: string, expires_at: string|null, redeemed_at: string|null, method: string|null, gift: GiftSummary|null, fulfilment_order: OrderSummary|null, gifts: list<GiftChoice>}
 * @phpstan-type CycleView array{number: int, entitlements: list<EntitlementView>}
 */
class CustomerGifts {

	/**
	 * Most entitlements listed on the page (a customer has a handful).
	 */
	public const MAX_ENTITLEMENTS = 300;

	private const PAGE_SIZE = 100;

	/**
	 * Constructor.
	 *
	 * @param EntitlementStore $store Entitlement reads.
	 * @param GiftStore        $gifts Gift reads.
	 */
	public function __construct( private EntitlementStore $store, private GiftStore $gifts ) {
	}

	/**
	 * The customer's live entitlements, newest cycle first.
	 *
	 * @param int $user_id Customer (WordPress user id).
	 * @return list<Entitlement>
	 */
	public function entitlements( int $user_id ): array {
		if ( $user_id <= 0 ) {
			return array();
		}
		$items = array();
		$pages = (int) ceil( self::MAX_ENTITLEMENTS / self::PAGE_SIZE );
		for ( $page = 1; $page <= $pages; $page++ ) {
			$result = $this->store->query(
				new EntitlementQuery(
					customer: $user_id,
					orderby: 'number',
					order: 'desc',
					page: $page,
					per_page: self::PAGE_SIZE
				)
			);
			$items  = array_merge( $items, $result['items'] );
			if ( count( $result['items'] ) < self::PAGE_SIZE || count( $items ) >= $result['total'] ) {
				break;
			}
		}
		return array_slice( $items, 0, self::MAX_ENTITLEMENTS );
	}

	/**
	 * One of the customer's own live entitlements; null for anyone else's, a deleted or a missing one.
	 *
	 * @param int $user_id        Customer.
	 * @param int $entitlement_id Entitlement id.
	 */
	public function own( int $user_id, int $entitlement_id ): ?Entitlement {
		if ( $user_id <= 0 || $entitlement_id <= 0 ) {
			return null;
		}
		$entitlement = $this->store->find( $entitlement_id );
		if ( null === $entitlement || $entitlement->is_deleted() || $user_id !== $entitlement->customer_id ) {
			return null;
		}
		return $entitlement;
	}

	/**
	 * The page: the customer's entitlements grouped by cycle (newest first), each with what
	 * the customer may choose or has received.
	 *
	 * @param int $user_id Customer.
	 * @return list<CycleView>
	 */
	public function cycles( int $user_id ): array {
		$entitlements = $this->entitlements( $user_id );
		$catalogue    = $this->catalogue( array_map( static fn( Entitlement $entitlement ): int => $entitlement->number, $entitlements ) );
		$cycles       = array();
		foreach ( $entitlements as $entitlement ) {
			$cycles[ $entitlement->number ][] = $this->view( $entitlement, $catalogue[ $entitlement->number ] ?? array() );
		}
		krsort( $cycles, SORT_NUMERIC );
		$result = array();
		foreach ( $cycles as $number => $views ) {
			$result[] = array(
				'number'       => (int) $number,
				'entitlements' => $views,
			);
		}
		return $result;
	}

	/**
	 * One entitlement as the page shows it.
	 *
	 * @param Entitlement      $entitlement Entitlement.
	 * @param array<int, Gift> $gifts       Gifts of its cycle by id (all, including unavailable ones).
	 * @return EntitlementView
	 */
	public function view( Entitlement $entitlement, array $gifts ): array {
		$redemption = $entitlement->redemption;
		$choices    = array();
		if ( EntitlementStatus::Active === $entitlement->status ) {
			foreach ( $gifts as $gift ) {
				if ( $gift->is_available() ) {
					$choices[] = $this->choice( $gift );
				}
			}
		}
		$gift = null;
		if ( null !== $redemption?->gift_id ) {
			$gift = isset( $gifts[ $redemption->gift_id ] )
				? array(
					'id'   => $gifts[ $redemption->gift_id ]->id,
					'name' => $gifts[ $redemption->gift_id ]->name,
				)
				: $this->gift_summary( $entitlement );
		}
		return array(
			'id'               => $entitlement->id,
			'number'           => $entitlement->number,
			'type'             => $entitlement->type,
			'status'           => $entitlement->status->value,
			'status_label'     => self::status_label( $entitlement->status ),
			'expires_at'       => self::local_date( $entitlement->expires_at ),
			'redeemed_at'      => self::local_date( $redemption?->redeemed_at ),
			'method'           => $redemption?->method,
			'gift'             => $gift,
			'fulfilment_order' => $this->fulfilment_order( $entitlement ),
			'gifts'            => $choices,
		);
	}

	/**
	 * The gift chosen, when the entitlement was redeemed with one.
	 *
	 * @param Entitlement $entitlement Entitlement.
	 * @return GiftSummary|null
	 */
	public function gift_summary( Entitlement $entitlement ): ?array {
		$gift_id = $entitlement->redemption?->gift_id;
		$gift    = null === $gift_id ? null : $this->gifts->find( $gift_id );
		return null === $gift ? null : array(
			'id'   => $gift->id,
			'name' => $gift->name,
		);
	}

	/**
	 * The order that fulfils (or was linked to) the redemption, when WooCommerce is active and
	 * the order belongs to the entitlement's customer.
	 *
	 * @param Entitlement $entitlement Entitlement.
	 * @return OrderSummary|null
	 */
	public function fulfilment_order( Entitlement $entitlement ): ?array {
		$order_id = $entitlement->redemption?->order_id;
		if ( null === $order_id || null === $entitlement->customer_id || ! function_exists( 'wc_get_order' ) ) {
			return null;
		}
		$order = wc_get_order( $order_id );
		if ( ! $order instanceof WC_Order || $order->get_customer_id() !== $entitlement->customer_id ) {
			return null;
		}
		$status = $order->get_status();
		return array(
			'id'           => $order->get_id(),
			'number'       => (string) $order->get_order_number(),
			'status'       => $status,
			'status_label' => function_exists( 'wc_get_order_status_name' ) ? wc_get_order_status_name( $status ) : ucfirst( $status ),
			'view_url'     => function_exists( 'wc_get_account_endpoint_url' ) ? $order->get_view_order_url() : null,
		);
	}

	/**
	 * Gifts on offer for a cycle that the customer can still pick.
	 *
	 * @param int $number Cycle.
	 * @return list<GiftChoice>
	 */
	public function available_gifts( int $number ): array {
		$choices = array();
		foreach ( $this->catalogue( array( $number ) )[ $number ] ?? array() as $gift ) {
			if ( $gift->is_available() ) {
				$choices[] = $this->choice( $gift );
			}
		}
		return $choices;
	}

	/**
	 * "Unredeemed", "Redeemed", "Expired" or "Cancelled".
	 *
	 * @param EntitlementStatus $status Status.
	 */
	public static function status_label( EntitlementStatus $status ): string {
		return match ( $status ) {
			EntitlementStatus::Active    => __( 'Unredeemed', 'entitlement-ledger' ),
			EntitlementStatus::Redeemed  => __( 'Redeemed', 'entitlement-ledger' ),
			EntitlementStatus::Expired   => __( 'Expired', 'entitlement-ledger' ),
			EntitlementStatus::Cancelled => __( 'Cancelled', 'entitlement-ledger' ),
		};
	}

	/**
	 * A stored UTC date in the site's date format and time zone.
	 *
	 * @param string|null $utc UTC 'Y-m-d H:i:s'.
	 */
	public static function local_date( ?string $utc ): ?string {
		if ( null === $utc ) {
			return null;
		}
		$timestamp = strtotime( $utc . ' UTC' );
		if ( false === $timestamp ) {
			return null;
		}
		$date = wp_date( (string) get_option( 'date_format', 'F j, Y' ), $timestamp );
		return false === $date ? null : $date;
	}

	/**
	 * Every gift (offered or not, not deleted) of these cycles, by cycle and id: one query per cycle.
	 *
	 * @param list<int> $numbers Cycles.
	 * @return array<int, array<int, Gift>>
	 */
	private function catalogue( array $numbers ): array {
		$catalogue = array();
		foreach ( array_unique( $numbers ) as $number ) {
			$catalogue[ $number ] = array();
			$result               = $this->gifts->query( array( 'number' => $number ), 1, 100 );
			foreach ( $result['items'] as $gift ) {
				$catalogue[ $number ][ $gift->id ] = $gift;
			}
		}
		return $catalogue;
	}

	/**
	 * A gift as a choice: its own image, or its product's.
	 *
	 * @param Gift $gift Gift.
	 * @return GiftChoice
	 */
	private function choice( Gift $gift ): array {
		$image_id = $gift->image_id;
		if ( null === $image_id && null !== $gift->product_id && function_exists( 'wc_get_product' ) ) {
			$product  = wc_get_product( $gift->product_id );
			$image_id = $product ? (int) $product->get_image_id() : 0;
			$image_id = $image_id > 0 ? $image_id : null;
		}
		return array(
			'id'          => $gift->id,
			'name'        => $gift->name,
			'description' => $gift->description,
			'image_id'    => $image_id,
		);
	}
}
