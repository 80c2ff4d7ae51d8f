/**
 * Internal dependencies
 */
import type { ApiError } from '../../api/types';
import type {
	Action,
	LiabilityQuery,
	LiabilityReport,
	ReportKind,
	RevenueQuery,
	RevenueReport,
	ThunkArgs,
} from './types';
import { getQueryKey } from './utils';

export function startReport(
	report: ReportKind,
	query: RevenueQuery | LiabilityQuery
): Action {
	return { type: 'START_REPORT', report, queryKey: getQueryKey( query ) };
}

export function receiveRevenueReport(
	query: RevenueQuery,
	data: RevenueReport
): Action {
	return {
		type: 'RECEIVE_REPORT',
		report: 'revenue',
		queryKey: getQueryKey( query ),
		data,
	};
}

export function receiveLiabilityReport(
	query: LiabilityQuery,
	data: LiabilityReport
): Action {
	return {
		type: 'RECEIVE_REPORT',
		report: 'liability',
		queryKey: getQueryKey( query ),
		data,
	};
}

export function failReport(
	report: ReportKind,
	query: RevenueQuery | LiabilityQuery,
	error: ApiError
): Action {
	return {
		type: 'FAIL_REPORT',
		report,
		queryKey: getQueryKey( query ),
		error,
	};
}

/**
 * Marks every report as stale (a "Retry" or "Refresh" button; writes in
 * other screens change the ledger the reports read).
 */
export const invalidateReports =
	() =>
	( { dispatch }: ThunkArgs ): void => {
		dispatch.invalidateResolutionForStoreSelector( 'getRevenueReport' );
		dispatch.invalidateResolutionForStoreSelector( 'getLiabilityReport' );
	};
