/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Words for the journal's and the audit log's machine names, so the detail
 * page reads "Deferred revenue" and "Redeemed by user #3" instead of
 * `deferred_revenue` and `entitlement.redeemed by user 3`. Unknown values
 * (a newer server) fall back to the raw name.
 */

export function getAccountLabel( account: string ): string {
	switch ( account ) {
		case 'receivable':
			return __( 'Receivable', 'entitlement-ledger' );
		case 'deferred_revenue':
			return __( 'Deferred revenue', 'entitlement-ledger' );
		case 'earned_revenue':
			return __( 'Earned revenue', 'entitlement-ledger' );
		case 'breakage_revenue':
			return __( 'Breakage revenue', 'entitlement-ledger' );
		case 'refunds':
			return __( 'Refunds', 'entitlement-ledger' );
		default:
			return account;
	}
}

export function getEntryKindLabel( kind: string ): string {
	switch ( kind ) {
		case 'deferral':
			return __( 'Deferral', 'entitlement-ledger' );
		case 'recognition':
			return __( 'Recognition', 'entitlement-ledger' );
		case 'breakage':
			return __( 'Breakage', 'entitlement-ledger' );
		case 'reversal':
			return __( 'Reversal', 'entitlement-ledger' );
		case 'adjustment':
			return __( 'Adjustment', 'entitlement-ledger' );
		default:
			return kind;
	}
}

export function getAuditActionLabel( action: string ): string {
	switch ( action ) {
		case 'entitlement.created':
			return __( 'Created', 'entitlement-ledger' );
		case 'entitlement.updated':
			return __( 'Changed', 'entitlement-ledger' );
		case 'entitlement.redeemed':
			return __( 'Redeemed', 'entitlement-ledger' );
		case 'entitlement.unredeemed':
			return __( 'Redemption undone', 'entitlement-ledger' );
		case 'entitlement.cancelled':
			return __( 'Cancelled', 'entitlement-ledger' );
		case 'entitlement.deleted':
			return __( 'Deleted', 'entitlement-ledger' );
		case 'entitlement.expired':
			return __( 'Expired', 'entitlement-ledger' );
		case 'entitlement.adjusted':
			return __( 'Amount adjusted', 'entitlement-ledger' );
		default:
			return action;
	}
}

/**
 * Who did it. The audit actor id is the user id, followed by
 * ":<application password uuid>" when one was used.
 *
 * @param type Actor type (user, application_password, cli, system, brand_key, license_key).
 * @param id   Actor id within the type.
 */
export function getActorLabel( type: string, id: string ): string {
	const userId = id.split( ':' )[ 0 ] ?? id;
	switch ( type ) {
		case 'user':
			return sprintf(
				/* translators: %s: WordPress user id. */
				__( 'user #%s', 'entitlement-ledger' ),
				userId
			);
		case 'application_password':
			return sprintf(
				/* translators: %s: WordPress user id. */
				__( 'user #%s (application password)', 'entitlement-ledger' ),
				userId
			);
		case 'cli':
			return __( 'WP-CLI', 'entitlement-ledger' );
		case 'system':
			return __(
				'the system (checkout, refund or schedule)',
				'entitlement-ledger'
			);
		default:
			return id ? `${ type } ${ id }` : type;
	}
}
