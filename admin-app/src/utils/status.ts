/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { EntitlementStatus } from '../api/types';

export const ENTITLEMENT_STATUSES: readonly EntitlementStatus[] = [
	'active',
	'redeemed',
	'expired',
	'cancelled',
];

/**
 * The label staff and customers see for a status. `active` reads
 * "Unredeemed": that is what circulation staff call it.
 *
 * @param status Entitlement status.
 * @return Translated label (the raw status when unknown).
 */
export function getStatusLabel( status: string ): string {
	switch ( status ) {
		case 'active':
			return __( 'Unredeemed', 'entitlement-ledger' );
		case 'redeemed':
			return __( 'Redeemed', 'entitlement-ledger' );
		case 'expired':
			return __( 'Expired', 'entitlement-ledger' );
		case 'cancelled':
			return __( 'Cancelled', 'entitlement-ledger' );
		default:
			return status;
	}
}

export function isEntitlementStatus(
	value: unknown
): value is EntitlementStatus {
	return (
		typeof value === 'string' &&
		( ENTITLEMENT_STATUSES as readonly string[] ).includes( value )
	);
}
