/**
 * Deferred vs earned revenue per period, as grouped bars.
 *
 * Why our own SVG and not a library: @woocommerce/components cannot be
 * installed here (see package.json), and the admin app's whole bundle must
 * stay within 200 KB gzipped, most of it DataViews. Well-kept chart
 * libraries cost 40–60 KB gzipped (Chart.js) or pull in D3 modules
 * (Recharts, visx); three bar series over at most a few hundred periods
 * need none of that. This component is about 2 KB gzipped, draws with
 * WordPress's admin colours, and is hidden from screen readers: the report
 * table under it holds the same numbers (RevenueTable), and the figure's
 * label says so.
 */

/**
 * WordPress dependencies
 */
import { useEffect, useRef, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { formatMoney } from '../../utils/money';
import { formatAxisAmount, formatAxisLabels } from './labels';
import type { SeriesPoint } from './period';
import { linearScale, visibleLabelIndexes } from './scale';

export const SERIES = [
	{ key: 'deferred', color: '#3858e9' },
	{ key: 'earned', color: '#008a20' },
	{ key: 'breakage', color: '#b26200' },
] as const;

export type SeriesKey = ( typeof SERIES )[ number ][ 'key' ];

export function getSeriesLabel( key: SeriesKey ): string {
	switch ( key ) {
		case 'deferred':
			return __( 'Deferred', 'entitlement-ledger' );
		case 'earned':
			return __( 'Earned', 'entitlement-ledger' );
		case 'breakage':
			return __( 'Breakage', 'entitlement-ledger' );
	}
}

const HEIGHT = 260;
const MARGIN = { top: 12, right: 12, bottom: 36, left: 72 };
const LABEL_WIDTH = 64;

/**
 * The width of an element, kept up to date.
 *
 * @param fallback Width before the first measure.
 * @return A ref for the element and its width.
 */
function useWidth< T extends HTMLElement >( fallback: number ) {
	const ref = useRef< T >( null );
	const [ width, setWidth ] = useState( fallback );
	useEffect( () => {
		const element = ref.current;
		if ( ! element ) {
			return undefined;
		}
		const measure = () => setWidth( element.clientWidth || fallback );
		measure();
		if ( typeof ResizeObserver === 'undefined' ) {
			return undefined;
		}
		const observer = new ResizeObserver( measure );
		observer.observe( element );
		return () => observer.disconnect();
	}, [ fallback ] );
	return [ ref, width ] as const;
}

interface Props {
	points: readonly SeriesPoint[];
	currency: string;
	/** A label for each point, e.g. "Nov 2026". */
	formatLabel: ( label: string ) => string;
}

export default function RevenueChart( {
	points,
	currency,
	formatLabel,
}: Props ) {
	const [ ref, width ] = useWidth< HTMLDivElement >( 720 );
	const plotWidth = Math.max( 120, width - MARGIN.left - MARGIN.right );
	const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
	const scale = linearScale(
		points.flatMap( ( point ) => [
			point.deferred,
			point.earned,
			point.breakage,
		] )
	);
	const y = ( value: number ) =>
		MARGIN.top +
		plotHeight -
		( Math.max( 0, value ) / scale.max ) * plotHeight;
	const band = plotWidth / Math.max( 1, points.length );
	const barWidth = Math.max(
		1,
		Math.min( 18, ( band * 0.8 ) / SERIES.length )
	);
	const labels = formatAxisLabels(
		points.map( ( point ) => point.label ),
		visibleLabelIndexes(
			points.length,
			Math.floor( plotWidth / LABEL_WIDTH )
		)
	);

	return (
		<figure className="el-revenue-chart">
			<figcaption className="el-revenue-chart__legend">
				{ SERIES.map( ( series ) => (
					<span key={ series.key } className="el-revenue-chart__key">
						<span
							className="el-revenue-chart__swatch"
							style={ { background: series.color } }
						/>
						{ getSeriesLabel( series.key ) }
					</span>
				) ) }
				<span className="screen-reader-text">
					{ __(
						'The table below the chart lists the same amounts.',
						'entitlement-ledger'
					) }
				</span>
			</figcaption>
			<div ref={ ref } className="el-revenue-chart__canvas">
				<svg
					width={ width }
					height={ HEIGHT }
					viewBox={ `0 0 ${ width } ${ HEIGHT }` }
					aria-hidden="true"
					focusable="false"
				>
					{ scale.ticks.map( ( tick ) => (
						<g key={ tick }>
							<line
								x1={ MARGIN.left }
								x2={ MARGIN.left + plotWidth }
								y1={ y( tick ) }
								y2={ y( tick ) }
								className={
									tick === 0
										? 'el-revenue-chart__axis'
										: 'el-revenue-chart__grid'
								}
							/>
							<text
								x={ MARGIN.left - 8 }
								y={ y( tick ) }
								dy="0.32em"
								textAnchor="end"
								className="el-revenue-chart__tick"
							>
								{ formatAxisAmount( tick, currency ) }
							</text>
						</g>
					) ) }
					{ points.map( ( point, index ) => {
						const left =
							MARGIN.left +
							index * band +
							( band - barWidth * SERIES.length ) / 2;
						return (
							<g key={ point.label }>
								{ SERIES.map( ( series, seriesIndex ) => {
									const value = point[ series.key ];
									const top = y( value );
									return (
										<rect
											key={ series.key }
											x={ left + seriesIndex * barWidth }
											y={ top }
											width={ Math.max(
												1,
												barWidth - 1
											) }
											height={ Math.max(
												0,
												y( 0 ) - top
											) }
											fill={ series.color }
										>
											<title>
												{ sprintf(
													/* translators: 1: period, 2: series (Deferred, Earned or Breakage), 3: amount. */
													__(
														'%1$s, %2$s: %3$s',
														'entitlement-ledger'
													),
													formatLabel( point.label ),
													getSeriesLabel(
														series.key
													),
													formatMoney(
														String( value ),
														currency
													)
												) }
											</title>
										</rect>
									);
								} ) }
								{ labels.has( index ) && (
									<text
										x={
											MARGIN.left +
											index * band +
											band / 2
										}
										y={ MARGIN.top + plotHeight + 20 }
										textAnchor="middle"
										className="el-revenue-chart__tick"
									>
										{ labels.get( index ) }
									</text>
								) }
							</g>
						);
					} ) }
				</svg>
			</div>
		</figure>
	);
}
