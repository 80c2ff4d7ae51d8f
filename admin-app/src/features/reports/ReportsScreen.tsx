/**
 * WordPress dependencies
 */
import {
	SelectControl,
	Spinner,
	TextControl,
	Notice,
} from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { useMemo, useRef, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type {
	CompareTo,
	LiabilityQuery,
	ReportInterval,
	RevenueQuery,
} from '../../api/reports';
import ErrorNotice from '../../components/ErrorNotice';
import { store as reportsStore } from '../../store/reports';
import { getBootData } from '../../utils/boot';
import CsvButton from './CsvButton';
import { formatDay, formatPeriod } from './labels';
import LiabilityTable from './LiabilityTable';
import {
	buildSeries,
	isValidRange,
	periodsOfRange,
	presetRange,
	rangeToQuery,
	utcDay,
	type DayRange,
	type RangePreset,
} from './period';
import RevenueChart from './RevenueChart';
import RevenueTable from './RevenueTable';
import SummaryNumbers from './SummaryNumbers';
import './style.scss';

const DEFAULT_PRESET: RangePreset = 'last_12_months';
const DEFAULT_INTERVAL: ReportInterval = 'month';

function getPresetOptions(): Array< { value: RangePreset; label: string } > {
	return [
		{
			value: 'last_30_days',
			label: __( 'Last 30 days', 'entitlement-ledger' ),
		},
		{
			value: 'month_to_date',
			label: __( 'Month to date', 'entitlement-ledger' ),
		},
		{
			value: 'last_month',
			label: __( 'Last month', 'entitlement-ledger' ),
		},
		{
			value: 'quarter_to_date',
			label: __( 'Quarter to date', 'entitlement-ledger' ),
		},
		{
			value: 'last_quarter',
			label: __( 'Last quarter', 'entitlement-ledger' ),
		},
		{
			value: 'year_to_date',
			label: __( 'Year to date', 'entitlement-ledger' ),
		},
		{ value: 'last_year', label: __( 'Last year', 'entitlement-ledger' ) },
		{
			value: 'last_12_months',
			label: __( 'Last 12 months', 'entitlement-ledger' ),
		},
		{ value: 'custom', label: __( 'Custom range', 'entitlement-ledger' ) },
	];
}

function getIntervalOptions(): Array< {
	value: ReportInterval;
	label: string;
} > {
	return [
		{ value: 'day', label: __( 'Day', 'entitlement-ledger' ) },
		{ value: 'week', label: __( 'Week', 'entitlement-ledger' ) },
		{ value: 'month', label: __( 'Month', 'entitlement-ledger' ) },
		{ value: 'quarter', label: __( 'Quarter', 'entitlement-ledger' ) },
		{ value: 'year', label: __( 'Year', 'entitlement-ledger' ) },
		{
			value: 'cycle',
			label: __( 'Cycle (entitlement number)', 'entitlement-ledger' ),
		},
	];
}

function getCompareOptions(): Array< { value: CompareTo; label: string } > {
	return [
		{
			value: 'previous_period',
			label: __( 'Previous period', 'entitlement-ledger' ),
		},
		{
			value: 'previous_year',
			label: __( 'Same period last year', 'entitlement-ledger' ),
		},
		{ value: 'none', label: __( 'No comparison', 'entitlement-ledger' ) },
	];
}

/**
 * The last value that was not null: a report stays on screen while the
 * next query loads.
 *
 * @param value Current value.
 * @return The value, or the last non-null one.
 */
function useLastNonNull< T >( value: T | null ): T | null {
	const last = useRef< T | null >( value );
	if ( value !== null ) {
		last.current = value;
	}
	return last.current;
}

/**
 * Reports: deferred vs earned income over time, and the liability.
 */
export default function ReportsScreen() {
	const today = useMemo( () => utcDay( new Date() ), [] );
	const [ preset, setPreset ] = useState< RangePreset >( DEFAULT_PRESET );
	const [ custom, setCustom ] = useState< DayRange >(
		() => presetRange( DEFAULT_PRESET, today ) as DayRange
	);
	const [ interval, setInterval ] =
		useState< ReportInterval >( DEFAULT_INTERVAL );
	const [ compare, setCompare ] = useState< CompareTo >( 'previous_period' );
	const [ chosenCurrency, setChosenCurrency ] = useState< string | null >(
		null
	);

	const range = presetRange( preset, today ) ?? custom;
	const rangeIsValid = isValidRange( range );
	const revenueQuery = useMemo< RevenueQuery | null >(
		() =>
			rangeIsValid
				? { interval, compare, ...rangeToQuery( range ) }
				: null,
		// eslint-disable-next-line react-hooks/exhaustive-deps -- range is derived from these.
		[ interval, compare, rangeIsValid, range.from, range.to ]
	);
	const liabilityQuery = useMemo< LiabilityQuery >( () => ( {} ), [] );

	const { revenue, liability } = useSelect(
		( select ) => {
			const selectors = select( reportsStore );
			return {
				revenue: revenueQuery
					? selectors.getRevenueReport( revenueQuery )
					: null,
				liability: selectors.getLiabilityReport( liabilityQuery ),
			};
		},
		[ revenueQuery, liabilityQuery ]
	);
	const { invalidateReports } = useDispatch( reportsStore );
	const revenueData = useLastNonNull( revenue?.data ?? null );
	const liabilityData = useLastNonNull( liability.data );

	const { storeCurrency } = getBootData();
	const currencies = useMemo( () => {
		const codes = new Set< string >();
		Object.keys( revenueData?.totals ?? {} ).forEach( ( code ) =>
			codes.add( code )
		);
		Object.keys( revenueData?.previous?.totals ?? {} ).forEach( ( code ) =>
			codes.add( code )
		);
		Object.keys( liabilityData?.totals ?? {} ).forEach( ( code ) =>
			codes.add( code )
		);
		return [ ...codes ].sort();
	}, [ revenueData, liabilityData ] );
	const currency =
		chosenCurrency && currencies.includes( chosenCurrency )
			? chosenCurrency
			: ( ( currencies.includes( storeCurrency )
					? storeCurrency
					: currencies[ 0 ] ) ?? storeCurrency );

	const formatLabel = ( period: string ) => formatPeriod( period, interval );
	const series = useMemo(
		() =>
			revenueData
				? buildSeries( revenueData.rows, interval, range, currency )
				: [],
		// eslint-disable-next-line react-hooks/exhaustive-deps -- range is derived from range.from/to.
		[ revenueData, interval, range.from, range.to, currency ]
	);
	const tooManyPeriods =
		interval !== 'cycle' &&
		rangeIsValid &&
		periodsOfRange( interval, range ) === null;
	const currencyRows = ( revenueData?.rows ?? [] ).filter(
		( row ) => row.currency === currency
	);
	const compareLabel =
		getCompareOptions().find( ( option ) => option.value === compare )
			?.label ?? '';
	const revenueLoading =
		revenue === null ||
		revenue.status === 'loading' ||
		revenue.status === 'idle';

	return (
		<div className="el-screen el-reports">
			<div className="el-reports__filters">
				<SelectControl
					label={ __( 'Date range', 'entitlement-ledger' ) }
					value={ preset }
					options={ getPresetOptions() }
					onChange={ ( value ) => {
						if ( value === 'custom' ) {
							setCustom( range );
						}
						setPreset( value as RangePreset );
					} }
					__next40pxDefaultSize
					__nextHasNoMarginBottom
				/>
				{ preset === 'custom' && (
					<>
						<TextControl
							type="date"
							label={ __( 'From', 'entitlement-ledger' ) }
							value={ custom.from }
							max={ custom.to }
							onChange={ ( from ) =>
								setCustom( { ...custom, from } )
							}
							__next40pxDefaultSize
							__nextHasNoMarginBottom
						/>
						<TextControl
							type="date"
							label={ __( 'To', 'entitlement-ledger' ) }
							value={ custom.to }
							min={ custom.from }
							onChange={ ( to ) =>
								setCustom( { ...custom, to } )
							}
							__next40pxDefaultSize
							__nextHasNoMarginBottom
						/>
					</>
				) }
				<SelectControl
					label={ __( 'Interval', 'entitlement-ledger' ) }
					value={ interval }
					options={ getIntervalOptions() }
					onChange={ ( value ) =>
						setInterval( value as ReportInterval )
					}
					__next40pxDefaultSize
					__nextHasNoMarginBottom
				/>
				<SelectControl
					label={ __( 'Compare with', 'entitlement-ledger' ) }
					value={ compare }
					options={ getCompareOptions() }
					onChange={ ( value ) => setCompare( value as CompareTo ) }
					__next40pxDefaultSize
					__nextHasNoMarginBottom
				/>
				{ currencies.length > 1 && (
					<SelectControl
						label={ __( 'Currency', 'entitlement-ledger' ) }
						value={ currency }
						options={ currencies.map( ( code ) => ( {
							value: code,
							label: code,
						} ) ) }
						onChange={ setChosenCurrency }
						__next40pxDefaultSize
						__nextHasNoMarginBottom
					/>
				) }
			</div>

			<section className="el-report" aria-labelledby="el-report-revenue">
				<div className="el-report__header">
					<h2 id="el-report-revenue" className="el-report__title">
						{ __(
							'Deferred and earned income',
							'entitlement-ledger'
						) }
					</h2>
					{ revenueLoading && revenueData && <Spinner /> }
					{ revenueQuery && (
						<CsvButton
							report="revenue"
							query={ revenueQuery }
							label={ __(
								'Download revenue CSV',
								'entitlement-ledger'
							) }
						/>
					) }
				</div>
				<p className="el-report__range">
					{ sprintf(
						/* translators: 1: first day, 2: last day (days in UTC). */
						__( '%1$s – %2$s (UTC)', 'entitlement-ledger' ),
						formatDay( range.from ),
						formatDay( range.to )
					) }
				</p>
				{ ! rangeIsValid && (
					<Notice status="warning" isDismissible={ false }>
						{ __(
							'Choose a start date on or before the end date.',
							'entitlement-ledger'
						) }
					</Notice>
				) }
				{ revenue?.error && (
					<ErrorNotice
						error={ revenue.error }
						onRetry={ () => invalidateReports() }
					/>
				) }
				{ tooManyPeriods && (
					<Notice status="info" isDismissible={ false }>
						{ __(
							'This range has too many periods to draw each one: only periods with activity are shown. Choose a longer interval for a complete chart.',
							'entitlement-ledger'
						) }
					</Notice>
				) }
				{ ! revenueData && revenueLoading && rangeIsValid && (
					<div className="el-report__loading">
						<Spinner />
						{ __(
							'Loading the revenue report…',
							'entitlement-ledger'
						) }
					</div>
				) }
				{ revenueData && (
					<>
						<SummaryNumbers
							currency={ currency }
							totals={ revenueData.totals[ currency ] }
							previous={
								revenueData.previous?.totals[ currency ]
							}
							compared={
								compare !== 'none' &&
								revenueData.previous !== undefined
							}
							previousLabel={ compareLabel }
						/>
						{ currencyRows.length === 0 ? (
							<p className="el-report__empty">
								{ __(
									'No deferred or earned income in this range.',
									'entitlement-ledger'
								) }
							</p>
						) : (
							<>
								<RevenueChart
									points={ series }
									currency={ currency }
									formatLabel={ formatLabel }
								/>
								<RevenueTable
									rows={ currencyRows }
									totals={ revenueData.totals[ currency ] }
									currency={ currency }
									formatLabel={ formatLabel }
									caption={ sprintf(
										/* translators: %s: currency code. */
										__(
											'Deferred and earned income by period, %s',
											'entitlement-ledger'
										),
										currency
									) }
								/>
							</>
						) }
					</>
				) }
			</section>

			<section
				className="el-report"
				aria-labelledby="el-report-liability"
			>
				<div className="el-report__header">
					<h2 id="el-report-liability" className="el-report__title">
						{ __(
							'Liability: unredeemed deferred balance',
							'entitlement-ledger'
						) }
					</h2>
					<CsvButton
						report="liability"
						query={ liabilityQuery }
						label={ __(
							'Download liability CSV',
							'entitlement-ledger'
						) }
					/>
				</div>
				<p className="el-report__range">
					{ __(
						'By cycle and by the age of the entitlements today.',
						'entitlement-ledger'
					) }
				</p>
				{ liability.error && (
					<ErrorNotice
						error={ liability.error }
						onRetry={ () => invalidateReports() }
					/>
				) }
				{ ! liabilityData && ! liability.error && (
					<div className="el-report__loading">
						<Spinner />
						{ __(
							'Loading the liability report…',
							'entitlement-ledger'
						) }
					</div>
				) }
				{ liabilityData && (
					<LiabilityTable
						report={ liabilityData }
						currency={ currency }
					/>
				) }
			</section>
		</div>
	);
}
