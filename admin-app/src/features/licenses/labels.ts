/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { License, LicenseStatus } from '../../api/licenses';

/**
 * @param status License status.
 * @return Its label.
 */
export function getLicenseStatusLabel( status: LicenseStatus ): string {
	switch ( status ) {
		case 'valid':
			return __( 'Valid', 'entitlement-ledger' );
		case 'suspended':
			return __( 'Suspended', 'entitlement-ledger' );
		case 'cancelled':
			return __( 'Cancelled', 'entitlement-ledger' );
		case 'expired':
			return __( 'Expired', 'entitlement-ledger' );
	}
}

/**
 * The key as staff see it: its public prefix, the rest hidden.
 *
 * @param prefix The 8 lookup characters.
 * @return e.g. "ELK-7KQ2ABCD-…".
 */
export function formatKeyPrefix( prefix: string ): string {
	return `ELK-${ prefix }-…`;
}

/**
 * @param license License.
 * @return e.g. "2 of 3".
 */
export function formatSeats( license: License ): string {
	return sprintf(
		/* translators: 1: seats in use, 2: seats of the license. */
		__( '%1$d of %2$d', 'entitlement-ledger' ),
		license.seats_used,
		license.seats
	);
}

/**
 * The lifecycle actions a license allows in its status (the server decides;
 * this only hides buttons that would answer 409).
 *
 * @param status License status.
 * @return Actions.
 */
export function getAllowedActions(
	status: LicenseStatus
): Array< 'suspend' | 'resume' | 'cancel' | 'renew' > {
	switch ( status ) {
		case 'valid':
			return [ 'suspend', 'renew', 'cancel' ];
		case 'suspended':
			return [ 'resume', 'renew', 'cancel' ];
		case 'expired':
			return [ 'renew', 'cancel' ];
		case 'cancelled':
			return [];
	}
}
