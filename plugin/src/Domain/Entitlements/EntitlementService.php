<?php
/**
 * Entitlement lifecycle.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain\Entitlements;

use EntitlementLedger\Database\Transaction;
use EntitlementLedger\DataStores\EntitlementStore;
use EntitlementLedger\DataStores\GiftStore;
use EntitlementLedger\Domain\Audit\AuditLog;
use EntitlementLedger\Domain\Clock;
use EntitlementLedger\Domain\DomainError;
use EntitlementLedger\Domain\Fulfilment\FulfilmentGateway;
use EntitlementLedger\Domain\Ledger\Account;
use EntitlementLedger\Domain\Ledger\EntryKind;
use EntitlementLedger\Domain\Ledger\JournalEntry;
use EntitlementLedger\Domain\Ledger\Ledger;
use EntitlementLedger\Domain\Money\Currency;
use EntitlementLedger\Domain\Money\Money;
use EntitlementLedger\Domain\Settings\Settings;

/**
 * Creates entitlements and moves them through their states. Every method is one
 * transaction; transitions lock the entitlement's row first, so concurrent requests
 * queue and the second sees the first one's result.
 */
class EntitlementService {

	public const MIN_NUMBER = 1;
	public const MAX_NUMBER = 9999;

	/**
	 * Constructor.
	 *
	 * @param EntitlementStore  $store       Entitlement SQL.
	 * @param GiftStore         $gifts       Gift SQL.
	 * @param Ledger            $ledger      Revenue journal.
	 * @param AuditLog          $audit       Audit log.
	 * @param Transaction       $transaction Transactions.
	 * @param FulfilmentGateway $fulfilment  Order system.
	 * @param Settings          $settings    Settings.
	 * @param Clock             $clock       Time.
	 */
	public function __construct(
		private EntitlementStore $store,
		private GiftStore $gifts,
		private Ledger $ledger,
		private AuditLog $audit,
		private Transaction $transaction,
		private FulfilmentGateway $fulfilment,
		private Settings $settings,
		private Clock $clock
	) {
	}

	/**
	 * Creates an entitlement with its deferral entry. When source_key is given and already
	 * used, returns the existing entitlement instead (checkout hooks may fire more than once).
	 *
	 * @param array<string, mixed> $data Fields as in the REST API (deferred_amount a decimal string).
	 * @throws DomainError On invalid data.
	 */
	public function create( array $data ): Entitlement {
		$currency                       = Currency::from( $data['currency'] ?? null );
		$type                           = $this->valid_type( $data['type'] ?? 'premium_gift' );
		$amount                         = Money::from_decimal( $data['deferred_amount'] ?? null, $currency, 'deferred_amount' );
		$number                         = $this->valid_number( $data['number'] ?? null );
		[ $customer_id, $email, $name ] = $this->customer( $data );
		$now                            = $this->clock->now();
		$starts_at                      = isset( $data['starts_at'] ) ? (string) $data['starts_at'] : $now;
		$expires                        = $data['expires_at'] ?? $this->default_expiry( $starts_at );
		if ( null !== $expires && $expires <= $starts_at ) {
			throw DomainError::invalid( 'el_invalid_dates', __( 'expires_at must be later than starts_at.', 'entitlement-ledger' ), 'expires_at' );
		}

		return $this->transaction->run(
			function () use ( $data, $type, $currency, $amount, $number, $customer_id, $email, $name, $now, $starts_at, $expires ): Entitlement {
				$source_key = isset( $data['source_key'] ) ? (string) $data['source_key'] : null;
				$row        = array(
					'customer_id'          => $customer_id,
					'customer_email'       => $email,
					'customer_name'        => $name,
					'subscription_id'      => self::positive_or_null( $data['subscription_id'] ?? null ),
					'source_order_id'      => self::positive_or_null( $data['source_order_id'] ?? null ),
					'source_order_item_id' => self::positive_or_null( $data['source_order_item_id'] ?? null ),
					'source_key'           => $source_key,
					'type'                 => $type,
					'number'               => $number,
					'status'               => EntitlementStatus::Active->value,
					'currency'             => $currency->code,
					'deferred_amount'      => $amount->minor,
					'earned_amount'        => 0,
					'deferred_balance'     => $amount->minor,
					'starts_at'            => $starts_at,
					'expires_at'           => $expires,
					'meta'                 => wp_json_encode( (object) ( $data['meta'] ?? array() ) ),
					'notes'                => isset( $data['notes'] ) ? (string) $data['notes'] : '',
					'created_at'           => $now,
					'updated_at'           => $now,
				);
				$id         = $this->store->insert( $row );
				if ( 0 === $id && null !== $source_key ) {
					return $this->store->find_by_source_key( $source_key ) ?? throw new \RuntimeException( 'Source key vanished.' );
				}
				$created = $this->store->hydrate_new( $id, $row );
				$this->ledger->post_opening(
					JournalEntry::transfer( EntryKind::Deferral, $currency, Account::Receivable, Account::DeferredRevenue, $amount->minor, __( 'Deferred on creation', 'entitlement-ledger' ), $id ),
					$created
				);
				$this->store->recount( null, $created );
				$this->audit->record( 'entitlement.created', 'entitlement', $id, null, $created->snapshot() );
				$this->transaction->after_commit(
					static function () use ( $id ): void {
						/**
						 * Fires after a new entitlement is committed (not for a repeated checkout hook).
						 *
						 * @param int $entitlement_id Entitlement id.
						 */
						do_action( 'entitlement_ledger_entitlement_created', $id );
					}
				);
				return $created;
			}
		);
	}

	/**
	 * Changes number, dates, meta or notes.
	 *
	 * @param int                  $id      Entitlement id.
	 * @param array<string, mixed> $changes Fields to change.
	 */
	public function update( int $id, array $changes ): Entitlement {
		return $this->transaction->run(
			function () use ( $id, $changes ): Entitlement {
				$before = $this->require_live( $id );
				$row    = array();
				if ( array_key_exists( 'number', $changes ) ) {
					$row['number'] = $this->valid_number( $changes['number'] );
					$this->ledger->renumber( $before, $row['number'] );
				}
				if ( array_key_exists( 'expires_at', $changes ) ) {
					$expires = null === $changes['expires_at'] ? null : (string) $changes['expires_at'];
					if ( null !== $expires && null !== $before->starts_at && $expires <= $before->starts_at ) {
						throw DomainError::invalid( 'el_invalid_dates', __( 'expires_at must be later than starts_at.', 'entitlement-ledger' ), 'expires_at' );
					}
					$row['expires_at'] = $expires;
				}
				if ( array_key_exists( 'meta', $changes ) ) {
					$row['meta'] = wp_json_encode( (object) $changes['meta'] );
				}
				if ( array_key_exists( 'notes', $changes ) ) {
					$row['notes'] = (string) $changes['notes'];
				}
				$this->store->update( $id, $row, $this->clock->now() );
				$after = $this->require( $id );
				$this->store->recount( $before, $after );
				$this->audit->record( 'entitlement.updated', 'entitlement', $id, $before->snapshot(), $after->snapshot() );
				return $after;
			}
		);
	}

	/**
	 * Standard redemption: takes a gift of the entitlement's cycle and creates the fulfilment order.
	 *
	 * @param int    $id      Entitlement id.
	 * @param int    $gift_id Gift id.
	 * @param string $note    Optional note.
	 */
	public function redeem_standard( int $id, int $gift_id, string $note = '' ): Entitlement {
		return $this->transaction->run(
			function () use ( $id, $gift_id, $note ): Entitlement {
				$entitlement = $this->require_redeemable( $id );
				$gift        = $this->gifts->find( $gift_id );
				if ( null === $gift || null !== $gift->deleted_at || $gift->number !== $entitlement->number ) {
					throw DomainError::invalid( 'el_gift_not_available', __( 'That gift is not offered for this entitlement\'s cycle.', 'entitlement-ledger' ), 'gift_id' );
				}
				if ( ! $this->fulfilment->is_available() ) {
					throw DomainError::conflict( 'el_woocommerce_required', __( 'Standard redemption creates a WooCommerce order; activate WooCommerce or use a custom redemption.', 'entitlement-ledger' ) );
				}
				if ( ! $this->gifts->claim( $gift_id ) ) {
					throw DomainError::conflict( 'el_gift_unavailable', __( 'That gift is inactive or out of stock.', 'entitlement-ledger' ) );
				}
				$order_id = $this->fulfilment->create_order( $entitlement, $gift );
				return $this->mark_redeemed( $entitlement, Redemption::STANDARD, $gift_id, $order_id, $note );
			}
		);
	}

	/**
	 * Custom redemption: links an existing order with a note.
	 *
	 * @param int    $id       Entitlement id.
	 * @param int    $order_id Order id.
	 * @param string $note     Note.
	 */
	public function redeem_custom( int $id, int $order_id, string $note ): Entitlement {
		return $this->transaction->run(
			function () use ( $id, $order_id, $note ): Entitlement {
				$entitlement = $this->require_redeemable( $id );
				if ( $order_id <= 0 || ( $this->fulfilment->is_available() && ! $this->fulfilment->order_exists( $order_id ) ) ) {
					throw DomainError::invalid( 'el_invalid_order', __( 'No order exists with that id.', 'entitlement-ledger' ), 'order_id' );
				}
				return $this->mark_redeemed( $entitlement, Redemption::CUSTOM, null, $order_id, $note );
			}
		);
	}

	/**
	 * Undoes a redemption: reverses the recognition and makes the entitlement active again.
	 *
	 * @param int    $id     Entitlement id.
	 * @param string $reason Why.
	 */
	public function unredeem( int $id, string $reason ): Entitlement {
		return $this->transaction->run(
			function () use ( $id, $reason ): Entitlement {
				$before = $this->require_locked( $id );
				if ( EntitlementStatus::Redeemed !== $before->status || $before->is_deleted() ) {
					throw DomainError::conflict( 'el_not_redeemed', __( 'Only a redeemed entitlement can have its redemption undone.', 'entitlement-ledger' ) );
				}
				/* translators: %s: reason. */
				$this->ledger->reverse_all( $before, array( EntryKind::Recognition ), sprintf( __( 'Redemption undone: %s', 'entitlement-ledger' ), $reason ) );
				if ( null !== $before->redemption?->gift_id ) {
					$this->gifts->release( $before->redemption->gift_id );
				}
				if ( null !== $before->redemption?->order_id && $this->fulfilment->is_available() ) {
					/* translators: 1: entitlement id, 2: reason. */
					$this->fulfilment->add_note( $before->redemption->order_id, sprintf( __( 'Redemption of entitlement #%1$d was undone: %2$s', 'entitlement-ledger' ), $id, $reason ) );
				}
				$this->store->update(
					$id,
					array(
						'status'              => EntitlementStatus::Active->value,
						'redemption_method'   => null,
						'redemption_gift_id'  => null,
						'redemption_order_id' => null,
						'redemption_note'     => null,
						'redeemed_at'         => null,
						'redeemed_by'         => null,
					),
					$this->clock->now()
				);
				return $this->finish( 'entitlement.unredeemed', $before, $reason );
			}
		);
	}

	/**
	 * Cancels an unredeemed entitlement and reverses its deferral.
	 *
	 * @param int    $id     Entitlement id.
	 * @param string $reason Why.
	 */
	public function cancel( int $id, string $reason ): Entitlement {
		return $this->transaction->run(
			function () use ( $id, $reason ): Entitlement {
				$before = $this->require_locked( $id );
				if ( EntitlementStatus::Active !== $before->status || $before->is_deleted() ) {
					throw DomainError::conflict( 'el_not_cancellable', __( 'Only an unredeemed entitlement can be cancelled.', 'entitlement-ledger' ) );
				}
				/* translators: %s: reason. */
				$this->ledger->reverse_all( $before, array( EntryKind::Adjustment, EntryKind::Deferral ), sprintf( __( 'Cancelled: %s', 'entitlement-ledger' ), $reason ) );
				$this->store->update( $id, array( 'status' => EntitlementStatus::Cancelled->value ), $this->clock->now() );
				return $this->finish( 'entitlement.cancelled', $before, $reason );
			}
		);
	}

	/**
	 * Soft-deletes an entitlement, reversing everything it still holds in the ledger.
	 * The row, its journal and its audit trail stay.
	 *
	 * @param int    $id     Entitlement id.
	 * @param string $reason Why.
	 */
	public function delete( int $id, string $reason ): Entitlement {
		return $this->transaction->run(
			function () use ( $id, $reason ): Entitlement {
				$before = $this->require_live( $id );
				$kinds  = array( EntryKind::Breakage, EntryKind::Recognition, EntryKind::Adjustment, EntryKind::Deferral );
				/* translators: %s: reason. */
				$this->ledger->reverse_all( $before, $kinds, sprintf( __( 'Deleted: %s', 'entitlement-ledger' ), $reason ) );
				$now = $this->clock->now();
				$this->store->update(
					$id,
					array(
						'deleted_at'     => $now,
						'deleted_reason' => $reason,
					),
					$now
				);
				return $this->finish( 'entitlement.deleted', $before, $reason );
			}
		);
	}

	/**
	 * Staff correction of the deferred amount of an unredeemed entitlement.
	 *
	 * @param int    $id     Entitlement id.
	 * @param mixed  $amount Signed decimal string.
	 * @param string $reason Why.
	 */
	public function adjust( int $id, mixed $amount, string $reason ): Entitlement {
		return $this->transaction->run(
			function () use ( $id, $amount, $reason ): Entitlement {
				$before = $this->require_locked( $id );
				if ( EntitlementStatus::Active !== $before->status || $before->is_deleted() ) {
					throw DomainError::conflict( 'el_not_adjustable', __( 'Only an unredeemed entitlement can be adjusted.', 'entitlement-ledger' ) );
				}
				$delta = Money::from_decimal( $amount, $before->currency, 'amount', true );
				if ( $before->deferred_balance + $delta->minor <= 0 ) {
					throw DomainError::conflict( 'el_balance_would_be_negative', __( 'The adjustment would leave no deferred balance; cancel the entitlement instead.', 'entitlement-ledger' ) );
				}
				/* translators: %s: reason. */
				$memo = sprintf( __( 'Adjustment: %s', 'entitlement-ledger' ), $reason );
				$this->ledger->post(
					$delta->minor > 0
						? JournalEntry::transfer( EntryKind::Adjustment, $before->currency, Account::Receivable, Account::DeferredRevenue, $delta->minor, $memo, $id )
						: JournalEntry::transfer( EntryKind::Adjustment, $before->currency, Account::DeferredRevenue, Account::Receivable, -$delta->minor, $memo, $id ),
					$before
				);
				return $this->finish( 'entitlement.adjusted', $before, $reason );
			}
		);
	}

	/**
	 * Expires an unredeemed entitlement past its date; recognises breakage when the policy says so.
	 * Returns null when it was not due (already changed by someone else).
	 *
	 * @param int $id Entitlement id.
	 */
	public function expire( int $id ): ?Entitlement {
		return $this->transaction->run(
			function () use ( $id ): ?Entitlement {
				$before = $this->require_locked( $id );
				$now    = $this->clock->now();
				if ( EntitlementStatus::Active !== $before->status || $before->is_deleted() || null === $before->expires_at || $before->expires_at > $now ) {
					return null;
				}
				if ( $this->settings->recognises_breakage() && $before->deferred_balance > 0 ) {
					$this->ledger->post(
						JournalEntry::transfer( EntryKind::Breakage, $before->currency, Account::DeferredRevenue, Account::BreakageRevenue, $before->deferred_balance, __( 'Expired unredeemed', 'entitlement-ledger' ), $id ),
						$before
					);
				}
				$this->store->update( $id, array( 'status' => EntitlementStatus::Expired->value ), $now );
				return $this->finish( 'entitlement.expired', $before, '' );
			}
		);
	}

	/**
	 * Marks a locked, active entitlement redeemed and recognises its deferred balance.
	 *
	 * @param Entitlement $entitlement Row-locked entitlement.
	 * @param string      $method      standard|custom.
	 * @param int|null    $gift_id     Gift.
	 * @param int         $order_id    Order.
	 * @param string      $note        Note.
	 */
	private function mark_redeemed( Entitlement $entitlement, string $method, ?int $gift_id, int $order_id, string $note ): Entitlement {
		if ( $entitlement->deferred_balance > 0 ) {
			$this->ledger->post(
				JournalEntry::transfer( EntryKind::Recognition, $entitlement->currency, Account::DeferredRevenue, Account::EarnedRevenue, $entitlement->deferred_balance, __( 'Recognised on redemption', 'entitlement-ledger' ), $entitlement->id ),
				$entitlement
			);
		}
		$now = $this->clock->now();
		$this->store->update(
			$entitlement->id,
			array(
				'status'              => EntitlementStatus::Redeemed->value,
				'redemption_method'   => $method,
				'redemption_gift_id'  => $gift_id,
				'redemption_order_id' => $order_id,
				'redemption_note'     => $note,
				'redeemed_at'         => $now,
				'redeemed_by'         => get_current_user_id() > 0 ? get_current_user_id() : null,
			),
			$now
		);
		$this->transaction->after_commit(
			static function () use ( $entitlement ): void {
				/**
				 * Fires after a redemption (standard or custom) is committed.
				 *
				 * @param int $entitlement_id Entitlement id.
				 */
				do_action( 'entitlement_ledger_entitlement_redeemed', $entitlement->id );
			}
		);
		return $this->finish( 'entitlement.redeemed', $entitlement, $note );
	}

	/**
	 * Reloads the entitlement and writes the audit row for a transition.
	 *
	 * @param string      $action Audit action.
	 * @param Entitlement $before State before.
	 * @param string      $reason Reason or note.
	 */
	private function finish( string $action, Entitlement $before, string $reason ): Entitlement {
		$after = $this->require( $before->id );
		$this->store->recount( $before, $after );
		$snapshot = $after->snapshot();
		if ( '' !== $reason ) {
			$snapshot['reason'] = $reason;
		}
		$this->audit->record( $action, 'entitlement', $before->id, $before->snapshot(), $snapshot );
		return $after;
	}

	/**
	 * Locks an entitlement that must be active and not deleted.
	 *
	 * @param int $id Id.
	 * @throws DomainError 404 or 409.
	 */
	private function require_redeemable( int $id ): Entitlement {
		$entitlement = $this->require_locked( $id );
		if ( EntitlementStatus::Active !== $entitlement->status || $entitlement->is_deleted() ) {
			throw DomainError::conflict( 'el_not_redeemable', __( 'This entitlement is not unredeemed, so it cannot be redeemed.', 'entitlement-ledger' ) );
		}
		return $entitlement;
	}

	/**
	 * Locks an entitlement that is not deleted.
	 *
	 * @param int $id Id.
	 * @throws DomainError 404 or 409.
	 */
	private function require_live( int $id ): Entitlement {
		$entitlement = $this->require_locked( $id );
		if ( $entitlement->is_deleted() ) {
			throw DomainError::conflict( 'el_entitlement_deleted', __( 'This entitlement was deleted and can no longer be changed.', 'entitlement-ledger' ) );
		}
		return $entitlement;
	}

	/**
	 * Locks and returns an entitlement.
	 *
	 * @param int $id Id.
	 * @throws DomainError 404 when missing.
	 */
	private function require_locked( int $id ): Entitlement {
		return $this->store->find_for_update( $id ) ?? throw self::not_found();
	}

	/**
	 * Returns an entitlement.
	 *
	 * @param int $id Id.
	 * @throws DomainError 404 when missing.
	 */
	public function require( int $id ): Entitlement {
		return $this->store->find( $id ) ?? throw self::not_found();
	}

	/**
	 * The not-found error.
	 */
	public static function not_found(): DomainError {
		return DomainError::not_found( 'el_entitlement_not_found', __( 'No entitlement with that id.', 'entitlement-ledger' ) );
	}

	/**
	 * A valid entitlement type: lowercase letters, digits and underscores.
	 *
	 * @param mixed $type Input.
	 * @throws DomainError When malformed.
	 */
	private function valid_type( mixed $type ): string {
		if ( ! is_string( $type ) || 1 !== preg_match( '/^[a-z0-9_]{1,64}$/D', $type ) ) {
			throw DomainError::invalid( 'el_invalid_type', __( 'type must be 1 to 64 lowercase letters, digits or underscores.', 'entitlement-ledger' ), 'type' );
		}
		return $type;
	}

	/**
	 * A valid cycle number.
	 *
	 * @param mixed $number Input.
	 * @throws DomainError When out of range.
	 */
	private function valid_number( mixed $number ): int {
		if ( ! is_int( $number ) || $number < self::MIN_NUMBER || $number > self::MAX_NUMBER ) {
			throw DomainError::invalid( 'el_invalid_number', __( 'number must be a whole number between 1 and 9999 (the cycle, e.g. 2026).', 'entitlement-ledger' ), 'number' );
		}
		return $number;
	}

	/**
	 * Customer id, email and name from customer_id and/or customer_email.
	 *
	 * @param array<string, mixed> $data Input.
	 * @return array{0: int|null, 1: string, 2: string}
	 * @throws DomainError When neither identifies a customer.
	 */
	private function customer( array $data ): array {
		$customer_id = self::positive_or_null( $data['customer_id'] ?? null );
		$email       = isset( $data['customer_email'] ) ? strtolower( trim( (string) $data['customer_email'] ) ) : '';
		$name        = isset( $data['customer_name'] ) ? trim( (string) $data['customer_name'] ) : '';
		if ( null !== $customer_id ) {
			$user = get_userdata( $customer_id );
			if ( false === $user ) {
				throw DomainError::invalid( 'el_invalid_customer', __( 'No user with that customer_id.', 'entitlement-ledger' ), 'customer_id' );
			}
			$email = '' === $email ? strtolower( $user->user_email ) : $email;
			$name  = '' === $name ? $user->display_name : $name;
		}
		if ( '' === $email || ! is_email( $email ) ) {
			throw DomainError::invalid( 'el_invalid_customer', __( 'Give a customer_id or a valid customer_email.', 'entitlement-ledger' ), 'customer_email' );
		}
		return array( $customer_id, $email, mb_substr( $name, 0, 190 ) );
	}

	/**
	 * Default expiry for an entitlement starting at $starts_at.
	 *
	 * @param string $starts_at UTC.
	 */
	private function default_expiry( string $starts_at ): ?string {
		$months = $this->settings->expiry_months();
		if ( 0 === $months ) {
			return null;
		}
		$date = date_create_immutable( $starts_at, new \DateTimeZone( 'UTC' ) );
		return false === $date ? null : $date->modify( "+{$months} months" )->format( 'Y-m-d H:i:s' );
	}

	/**
	 * A positive integer or null.
	 *
	 * @param mixed $value Input.
	 */
	private static function positive_or_null( mixed $value ): ?int {
		return is_numeric( $value ) && (int) $value > 0 ? (int) $value : null;
	}
}
