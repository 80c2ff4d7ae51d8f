/**
 * Internal dependencies
 */
import { EMPTY_REPORT_STATE } from './constants';
import type {
	LiabilityQuery,
	LiabilityReport,
	ReportState,
	RevenueQuery,
	RevenueReport,
	State,
} from './types';
import { getQueryKey } from './utils';

/**
 * The revenue report of a query (resolved from the REST API): its last
 * answer, the request's status and error. The stored object itself, so a
 * stable reference.
 *
 * @param state Store state.
 * @param query Report query.
 * @return The report state.
 */
export function getRevenueReport(
	state: State,
	query: RevenueQuery
): ReportState< RevenueReport > {
	return state.revenue[ getQueryKey( query ) ] ?? EMPTY_REPORT_STATE;
}

/**
 * The liability report of a query (resolved from the REST API).
 *
 * @param state Store state.
 * @param query Report query.
 * @return The report state.
 */
export function getLiabilityReport(
	state: State,
	query: LiabilityQuery = {}
): ReportState< LiabilityReport > {
	return state.liability[ getQueryKey( query ) ] ?? EMPTY_REPORT_STATE;
}
