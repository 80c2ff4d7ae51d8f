<?php
/**
 * What the customer emails say.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\WooCommerce\Emails;

use EntitlementLedger\Blocks\MyGifts\CustomerGifts;
use EntitlementLedger\DataStores\EntitlementStore;
use EntitlementLedger\Domain\Entitlements\Entitlement;
use EntitlementLedger\Domain\Entitlements\EntitlementStatus;
use EntitlementLedger\WooCommerce\AccountGiftsEndpoint;

/**
 * Loads an entitlement for an email and turns it into the template arguments (plain values,
 * so a theme's copy of a template needs nothing from the plugin's classes).
 *
 * @phpstan-import-type GiftChoice from CustomerGifts
 * @phpstan-import-type OrderSummary from CustomerGifts
 * @phpstan-type ReadyArgs array{customer_name: string, cycle: int, reference: int, gifts: list<GiftChoice>, choose_url: string, expires_at: string|null}
 * @phpstan-type ShippedArgs array{customer_name: string, cycle: int, reference: int, gift_name: string, order: OrderSummary|null, account_url: string}
 */
class EmailContent {

	/**
	 * Constructor.
	 *
	 * @param EntitlementStore $store Entitlement reads.
	 * @param CustomerGifts    $gifts Gifts and order summaries as the customer sees them.
	 */
	public function __construct( private EntitlementStore $store, private CustomerGifts $gifts ) {
	}

	/**
	 * A premium gift entitlement that is still waiting for its choice, or null.
	 *
	 * @param int $entitlement_id Entitlement id.
	 */
	public function ready_entitlement( int $entitlement_id ): ?Entitlement {
		$entitlement = $this->store->find( $entitlement_id );
		// Guests cannot choose online (the account page lists a user's entitlements), so they get no invitation.
		if ( null === $entitlement || $entitlement->is_deleted() || EntitlementStatus::Active !== $entitlement->status || 'premium_gift' !== $entitlement->type || null === $entitlement->customer_id ) {
			return null;
		}
		return $entitlement;
	}

	/**
	 * An entitlement redeemed with a gift from the catalogue (a standard redemption), or null.
	 *
	 * @param int $entitlement_id Entitlement id.
	 */
	public function shipped_entitlement( int $entitlement_id ): ?Entitlement {
		$entitlement = $this->store->find( $entitlement_id );
		if ( null === $entitlement || $entitlement->is_deleted() || EntitlementStatus::Redeemed !== $entitlement->status || null === $entitlement->redemption?->gift_id ) {
			return null;
		}
		return $entitlement;
	}

	/**
	 * Arguments of the "gift ready" templates.
	 *
	 * @param Entitlement $entitlement Entitlement.
	 * @return ReadyArgs
	 */
	public function ready_args( Entitlement $entitlement ): array {
		return array(
			'customer_name' => $this->customer_name( $entitlement ),
			'cycle'         => $entitlement->number,
			'reference'     => $entitlement->id,
			'gifts'         => $this->gifts->available_gifts( $entitlement->number ),
			'choose_url'    => self::account_url(),
			'expires_at'    => CustomerGifts::local_date( $entitlement->expires_at ),
		);
	}

	/**
	 * Arguments of the "gift on its way" templates.
	 *
	 * @param Entitlement $entitlement Entitlement.
	 * @return ShippedArgs
	 */
	public function shipped_args( Entitlement $entitlement ): array {
		$gift = $this->gifts->gift_summary( $entitlement );
		return array(
			'customer_name' => $this->customer_name( $entitlement ),
			'cycle'         => $entitlement->number,
			'reference'     => $entitlement->id,
			'gift_name'     => null === $gift ? '' : $gift['name'],
			'order'         => $this->order( $entitlement ),
			'account_url'   => null === $entitlement->customer_id ? '' : self::account_url(),
		);
	}

	/**
	 * The fulfilment order: as on the account page for a customer; for a guest (staff redeemed
	 * for them) the order sent to the same email address, without a link to an account page.
	 *
	 * @param Entitlement $entitlement Entitlement.
	 * @return OrderSummary|null
	 */
	private function order( Entitlement $entitlement ): ?array {
		if ( null !== $entitlement->customer_id ) {
			return $this->gifts->fulfilment_order( $entitlement );
		}
		$order = null === $entitlement->redemption?->order_id || ! function_exists( 'wc_get_order' ) ? false : wc_get_order( $entitlement->redemption->order_id );
		if ( ! $order instanceof \WC_Order || 0 !== $order->get_customer_id() || strtolower( $order->get_billing_email() ) !== $entitlement->customer_email ) {
			return null;
		}
		return array(
			'id'           => $order->get_id(),
			'number'       => (string) $order->get_order_number(),
			'status'       => $order->get_status(),
			'status_label' => function_exists( 'wc_get_order_status_name' ) ? wc_get_order_status_name( $order->get_status() ) : $order->get_status(),
			'view_url'     => null,
		);
	}

	/**
	 * The customer's first name (account, then billing), else the name stored on the entitlement.
	 *
	 * @param Entitlement $entitlement Entitlement.
	 */
	public function customer_name( Entitlement $entitlement ): string {
		if ( null !== $entitlement->customer_id ) {
			foreach ( array( 'first_name', 'billing_first_name' ) as $key ) {
				$name = get_user_meta( $entitlement->customer_id, $key, true );
				if ( is_string( $name ) && '' !== trim( $name ) ) {
					return trim( $name );
				}
			}
		}
		return $entitlement->customer_name;
	}

	/**
	 * My Account → Premium gifts, or the site's home without WooCommerce's account page.
	 */
	public static function account_url(): string {
		if ( function_exists( 'wc_get_account_endpoint_url' ) ) {
			$url = wc_get_account_endpoint_url( AccountGiftsEndpoint::ENDPOINT );
			if ( is_string( $url ) && '' !== $url ) {
				return $url;
			}
		}
		return home_url( '/' );
	}
}
