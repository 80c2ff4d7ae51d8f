/**
 * Internal dependencies
 */
import type { Entitlement } from '../../api/types';

const COLUMNS: Array< [ string, ( item: Entitlement ) => unknown ] > = [
	[ 'id', ( item ) => item.id ],
	[ 'customer_email', ( item ) => item.customer_email ],
	[ 'customer_name', ( item ) => item.customer_name ?? '' ],
	[ 'subscription_id', ( item ) => item.subscription_id ?? '' ],
	[ 'source_order_id', ( item ) => item.source_order_id ?? '' ],
	[ 'type', ( item ) => item.type ?? '' ],
	[ 'number', ( item ) => item.number ],
	[ 'status', ( item ) => item.status ],
	[ 'currency', ( item ) => item.currency ],
	[ 'deferred_amount', ( item ) => item.deferred_amount ],
	[ 'earned_amount', ( item ) => item.earned_amount ],
	[ 'redemption_order_id', ( item ) => item.redemption?.order_id ?? '' ],
	[ 'created_at', ( item ) => item.created_at ],
];

/**
 * One CSV cell: quoted when needed, and a leading =, +, - or @ (a formula to
 * a spreadsheet) neutralised with an apostrophe, as the server's CSV reports
 * do. Amounts such as "-2.50" are numbers, not formulas, and stay as they are.
 *
 * @param value Cell value.
 * @return The encoded cell.
 */
export function csvCell( value: unknown ): string {
	let text = value === null || value === undefined ? '' : String( value );
	if ( /^[=+\-@\t\r]/.test( text ) && ! /^-?\d+(\.\d+)?$/.test( text ) ) {
		text = `'${ text }`;
	}
	return /[",\r\n]/.test( text ) ? `"${ text.replace( /"/g, '""' ) }"` : text;
}

/**
 * The selected entitlements as CSV with a header row (RFC 4180, CRLF).
 *
 * @param items Entitlements.
 * @return CSV text.
 */
export function entitlementsCsv( items: readonly Entitlement[] ): string {
	const rows = [ COLUMNS.map( ( [ name ] ) => name ) ];
	for ( const item of items ) {
		rows.push( COLUMNS.map( ( [ , get ] ) => csvCell( get( item ) ) ) );
	}
	return rows.map( ( row ) => row.join( ',' ) ).join( '\r\n' ) + '\r\n';
}

/**
 * Offers a CSV file for download.
 *
 * @param filename File name.
 * @param csv      CSV text.
 */
export function downloadCsv( filename: string, csv: string ): void {
	const url = URL.createObjectURL(
		new Blob( [ csv ], { type: 'text/csv;charset=utf-8' } )
	);
	const link = document.createElement( 'a' );
	link.href = url;
	link.download = filename;
	document.body.appendChild( link );
	link.click();
	link.remove();
	window.setTimeout( () => URL.revokeObjectURL( url ), 1000 );
}
