/**
 * The value axis of the revenue chart.
 */

export interface Scale {
	/** Top of the axis (≥ the largest value, a round number). */
	max: number;
	/** Tick values from 0 to max. */
	ticks: number[];
}

/**
 * A round step near a rough one: 1, 2, 2.5 or 5 times a power of ten.
 *
 * @param rough Step before rounding (> 0).
 * @return The step.
 */
export function niceStep( rough: number ): number {
	const power = 10 ** Math.floor( Math.log10( rough ) );
	const fraction = rough / power;
	const nice =
		[ 1, 2, 2.5, 5, 10 ].find( ( step ) => fraction <= step ) ?? 10;
	return nice * power;
}

/**
 * An axis from 0 that holds every value, with about `count` round ticks.
 * Negative values (a period where undone redemptions re-deferred more than
 * was deferred) are drawn from 0 down and do not stretch the axis.
 *
 * @param values Values to hold.
 * @param count  Ticks wanted above 0.
 * @return The scale.
 */
export function linearScale( values: readonly number[], count = 4 ): Scale {
	const largest = Math.max( 0, ...values.filter( Number.isFinite ) );
	if ( largest === 0 ) {
		return { max: 1, ticks: [ 0, 1 ] };
	}
	const step = niceStep( largest / count );
	const steps = Math.ceil( largest / step - 1e-9 );
	const ticks = Array.from( { length: steps + 1 }, ( _, i ) =>
		// Rounded so that 0.1 + 0.2 style errors do not reach the labels.
		Number( ( i * step ).toPrecision( 12 ) )
	);
	return { max: ticks[ ticks.length - 1 ] ?? largest, ticks };
}

/**
 * Which category labels fit under the chart: every nth, first and last kept.
 *
 * @param count   Number of labels.
 * @param fitting How many fit side by side.
 * @return Indexes of the labels to draw.
 */
export function visibleLabelIndexes(
	count: number,
	fitting: number
): number[] {
	if ( count <= 0 ) {
		return [];
	}
	const every = Math.max( 1, Math.ceil( count / Math.max( 1, fitting ) ) );
	const indexes: number[] = [];
	for ( let i = 0; i < count; i += every ) {
		indexes.push( i );
	}
	return indexes;
}
