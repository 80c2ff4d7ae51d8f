/**
 * Internal dependencies
 */
import {
	getAccountLabel,
	getActorLabel,
	getAuditActionLabel,
	getEntryKindLabel,
} from '../ledgerLabels';

describe( 'ledger and history labels', () => {
	it( 'names accounts, entry kinds and audit actions', () => {
		expect( getAccountLabel( 'deferred_revenue' ) ).toBe(
			'Deferred revenue'
		);
		expect( getEntryKindLabel( 'recognition' ) ).toBe( 'Recognition' );
		expect( getAuditActionLabel( 'entitlement.unredeemed' ) ).toBe(
			'Redemption undone'
		);
	} );

	it( 'falls back to the raw name for values it does not know', () => {
		expect( getAccountLabel( 'suspense' ) ).toBe( 'suspense' );
		expect( getAuditActionLabel( 'entitlement.merged' ) ).toBe(
			'entitlement.merged'
		);
	} );

	it( 'names the actor without the application password uuid', () => {
		expect( getActorLabel( 'user', '3' ) ).toBe( 'user #3' );
		expect( getActorLabel( 'application_password', '3:0f1e-uuid' ) ).toBe(
			'user #3 (application password)'
		);
		expect( getActorLabel( 'cli', '' ) ).toBe( 'WP-CLI' );
		expect( getActorLabel( 'brand_key', '7' ) ).toBe( 'brand_key 7' );
	} );
} );
