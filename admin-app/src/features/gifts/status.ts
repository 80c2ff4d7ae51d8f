/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Gift } from '../../api/gifts';

export type GiftState = 'active' | 'out_of_stock' | 'inactive';

/**
 * @param gift Gift.
 * @return Whether customers can choose it, and if not why.
 */
export function getGiftState( gift: Gift ): GiftState {
	if ( ! gift.active ) {
		return 'inactive';
	}
	return gift.available ? 'active' : 'out_of_stock';
}

export function getGiftStateLabel( state: GiftState ): string {
	switch ( state ) {
		case 'active':
			return __( 'Active', 'entitlement-ledger' );
		case 'out_of_stock':
			return __( 'Out of stock', 'entitlement-ledger' );
		case 'inactive':
			return __( 'Inactive', 'entitlement-ledger' );
	}
}

/**
 * "3 of 10 (7 left)", or "3" without a cap.
 *
 * @param gift Gift.
 * @return The redemptions so far.
 */
export function formatRedeemed( gift: Gift ): string {
	if ( gift.stock === null ) {
		return String( gift.redeemed_count );
	}
	const left = Math.max( 0, gift.stock - gift.redeemed_count );
	return sprintf(
		/* translators: 1: redemptions so far, 2: stock cap, 3: redemptions left. */ __(
			'%1$d of %2$d (%3$d left)',
			'entitlement-ledger'
		),
		gift.redeemed_count,
		gift.stock,
		left
	);
}
