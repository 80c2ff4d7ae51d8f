/**
 * Client of `/reports/revenue` and `/reports/liability`, as JSON and as CSV
 * downloads.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { __ } from '@wordpress/i18n';
import { addQueryArgs } from '@wordpress/url';

/**
 * Internal dependencies
 */
import { API_NAMESPACE, cleanQuery, read } from './client';
import { toApiError } from './errors';
import type { ApiError } from './types';

export type ReportInterval =
	'day' | 'week' | 'month' | 'quarter' | 'year' | 'cycle';

export type CompareTo = 'none' | 'previous_period' | 'previous_year';

export type AgeBucket = '0-90' | '91-180' | '181-365' | '365+';

/** Decimal strings of a row's currency. */
export interface RevenueRow {
	/** 2026-11-22, 2026-W47, 2026-11, 2026-Q4, 2026, or a cycle number. */
	period: string;
	period_start: string | null;
	period_end: string | null;
	currency: string;
	deferred_added: string;
	recognised: string;
	broken: string;
	reversed: string;
	closing_deferred: string;
}

export interface RevenueTotals {
	deferred_added: string;
	recognised: string;
	broken: string;
	reversed: string;
	opening_deferred: string;
	closing_deferred: string;
}

export interface RevenueReport {
	rows: RevenueRow[];
	totals: Record< string, RevenueTotals >;
	previous?: {
		after: string;
		before: string;
		totals: Record< string, RevenueTotals >;
	};
}

export interface RevenueQuery {
	interval: ReportInterval;
	/** RFC 3339, inclusive. */
	after?: string;
	/** RFC 3339, exclusive. */
	before?: string;
	currency?: string;
	compare?: CompareTo;
}

export interface LiabilityRow {
	number: number;
	age_bucket: AgeBucket;
	currency: string;
	entitlements: number;
	deferred_balance: string;
}

export interface LiabilityReport {
	rows: LiabilityRow[];
	totals: Record<
		string,
		{ entitlements: number; deferred_balance: string }
	>;
}

export interface LiabilityQuery {
	currency?: string;
	number?: number;
	as_of?: string;
}

export type ReportName = 'revenue' | 'liability';

/**
 * `GET /reports/revenue`.
 *
 * @param query Interval, range, currency, comparison.
 * @return The report.
 */
export function fetchRevenueReport(
	query: RevenueQuery
): Promise< RevenueReport > {
	return read< RevenueReport >( '/reports/revenue', query );
}

/**
 * `GET /reports/liability`.
 *
 * @param query Currency, cycle, as_of.
 * @return The report.
 */
export function fetchLiabilityReport(
	query: LiabilityQuery = {}
): Promise< LiabilityReport > {
	return read< LiabilityReport >( '/reports/liability', query );
}

/**
 * The REST path of a report's CSV: the same filters as the JSON report, with
 * format=csv (the comparison is a JSON-only extra and is left out).
 *
 * @param report Report name.
 * @param query  Filters of the report on screen.
 * @return Path for apiFetch, e.g. `/entitlement-ledger/v1/reports/revenue?…&format=csv`.
 */
export function getReportCsvPath(
	report: ReportName,
	query: RevenueQuery | LiabilityQuery
): string {
	const { compare, ...filters } = query as RevenueQuery;
	void compare;
	return addQueryArgs(
		`${ API_NAMESPACE }/reports/${ report }`,
		cleanQuery( { ...filters, format: 'csv' } )
	);
}

/**
 * The file name of a Content-Disposition header, or a fallback.
 *
 * @param header   Content-Disposition value.
 * @param fallback Name when the header has none.
 * @return A file name without any path.
 */
export function getDownloadName(
	header: string | null,
	fallback: string
): string {
	const match = header ? /filename="?([^";]+)"?/i.exec( header ) : null;
	const name = match?.[ 1 ]?.split( /[\\/]/ ).pop()?.trim();
	return name ? name : fallback;
}

/**
 * Fetches a report as CSV (with the REST nonce, like every request of the
 * app) and hands it to the browser as a download.
 *
 * @param report Report name.
 * @param query  Filters of the report on screen.
 * @return The file name; rejects with an ApiError.
 */
export async function downloadReportCsv(
	report: ReportName,
	query: RevenueQuery | LiabilityQuery
): Promise< string > {
	let response: Response;
	try {
		response = await apiFetch< never, false >( {
			path: getReportCsvPath( report, query ),
			parse: false,
		} );
	} catch ( error ) {
		throw await toApiError( error );
	}
	const text = await response.text();
	const type = response.headers.get( 'Content-Type' ) ?? '';
	if ( ! type.startsWith( 'text/csv' ) ) {
		const error: ApiError = {
			code: 'el_invalid_response',
			message: __(
				'The server did not answer with a CSV file.',
				'entitlement-ledger'
			),
			status: response.status,
		};
		throw error;
	}
	const name = getDownloadName(
		response.headers.get( 'Content-Disposition' ),
		`entitlement-ledger-${ report }.csv`
	);
	const url = URL.createObjectURL(
		new Blob( [ text ], { type: 'text/csv;charset=utf-8' } )
	);
	const link = document.createElement( 'a' );
	link.href = url;
	link.download = name;
	link.hidden = true;
	document.body.appendChild( link );
	link.click();
	link.remove();
	// Revoked on the next tick: the click has started the download by then.
	setTimeout( () => URL.revokeObjectURL( url ), 0 );
	return name;
}
