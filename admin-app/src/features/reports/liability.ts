/**
 * The liability report as a table of cycles × age buckets.
 */

/**
 * Internal dependencies
 */
import type { AgeBucket, LiabilityRow } from '../../api/reports';

export const AGE_BUCKETS: readonly AgeBucket[] = [
	'0-90',
	'91-180',
	'181-365',
	'365+',
];

export interface LiabilityCell {
	entitlements: number;
	/** Minor-unit-free decimal string sum, exact (see addDecimals). */
	balance: string;
}

export interface LiabilityPivot {
	/** Cycles, newest first. */
	cycles: number[];
	cells: Map< string, LiabilityCell >;
	byCycle: Map< number, LiabilityCell >;
	byBucket: Map< AgeBucket, LiabilityCell >;
}

/**
 * Adds two decimal strings exactly (amounts of one currency have the same
 * number of decimals in the API, but this does not rely on it).
 *
 * @param a Decimal string.
 * @param b Decimal string.
 * @return The sum as a decimal string with the larger number of decimals.
 */
export function addDecimals( a: string, b: string ): string {
	const decimals = Math.max(
		( a.split( '.' )[ 1 ] ?? '' ).length,
		( b.split( '.' )[ 1 ] ?? '' ).length
	);
	const toUnits = ( value: string ): bigint => {
		const negative = value.startsWith( '-' );
		const [ whole = '0', fraction = '' ] = value
			.replace( '-', '' )
			.split( '.' );
		const units = BigInt( whole + fraction.padEnd( decimals, '0' ) );
		return negative ? -units : units;
	};
	const sum = toUnits( a ) + toUnits( b );
	const negative = sum < 0n;
	const digits = ( negative ? -sum : sum )
		.toString()
		.padStart( decimals + 1, '0' );
	const whole = digits.slice( 0, digits.length - decimals );
	const fraction =
		decimals > 0 ? '.' + digits.slice( digits.length - decimals ) : '';
	return ( negative ? '-' : '' ) + whole + fraction;
}

function add(
	cell: LiabilityCell | undefined,
	row: LiabilityRow
): LiabilityCell {
	return {
		entitlements: ( cell?.entitlements ?? 0 ) + row.entitlements,
		balance: cell
			? addDecimals( cell.balance, row.deferred_balance )
			: row.deferred_balance,
	};
}

/**
 * Pivots the rows of one currency.
 *
 * @param rows     Report rows (every currency).
 * @param currency Currency shown.
 * @return Cells by `${cycle}|${bucket}`, and the totals of each cycle and bucket.
 */
export function pivotLiability(
	rows: readonly LiabilityRow[],
	currency: string
): LiabilityPivot {
	const cells = new Map< string, LiabilityCell >();
	const byCycle = new Map< number, LiabilityCell >();
	const byBucket = new Map< AgeBucket, LiabilityCell >();
	for ( const row of rows ) {
		if ( row.currency !== currency ) {
			continue;
		}
		const key = `${ row.number }|${ row.age_bucket }`;
		cells.set( key, add( cells.get( key ), row ) );
		byCycle.set( row.number, add( byCycle.get( row.number ), row ) );
		byBucket.set(
			row.age_bucket,
			add( byBucket.get( row.age_bucket ), row )
		);
	}
	return {
		cycles: [ ...byCycle.keys() ].sort( ( a, b ) => b - a ),
		cells,
		byCycle,
		byBucket,
	};
}
