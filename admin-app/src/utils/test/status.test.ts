/**
 * Internal dependencies
 */
import {
	ENTITLEMENT_STATUSES,
	getStatusLabel,
	isEntitlementStatus,
} from '../status';

describe( 'getStatusLabel', () => {
	it( 'shows active entitlements as Unredeemed', () => {
		expect( getStatusLabel( 'active' ) ).toBe( 'Unredeemed' );
	} );

	it.each( [
		[ 'redeemed', 'Redeemed' ],
		[ 'expired', 'Expired' ],
		[ 'cancelled', 'Cancelled' ],
	] )( 'labels %s as %s', ( status, label ) => {
		expect( getStatusLabel( status ) ).toBe( label );
	} );

	it( 'returns an unknown status unchanged', () => {
		expect( getStatusLabel( 'on_hold' ) ).toBe( 'on_hold' );
	} );
} );

describe( 'isEntitlementStatus', () => {
	it( 'accepts the four statuses and nothing else', () => {
		for ( const status of ENTITLEMENT_STATUSES ) {
			expect( isEntitlementStatus( status ) ).toBe( true );
		}
		expect( isEntitlementStatus( 'Unredeemed' ) ).toBe( false );
		expect( isEntitlementStatus( 1 ) ).toBe( false );
	} );
} );
