/**
 * Internal dependencies
 */
import { fetchLiabilityReport, fetchRevenueReport } from '../../api/reports';
import { toApiError } from '../../api/errors';
import {
	failReport,
	receiveLiabilityReport,
	receiveRevenueReport,
	startReport,
} from './actions';
import type { LiabilityQuery, RevenueQuery, ThunkArgs } from './types';

/**
 * Loads the revenue report of a query. Errors are stored, not thrown.
 *
 * @param query Report query.
 */
export const getRevenueReport =
	( query: RevenueQuery ) =>
	async ( { dispatch }: ThunkArgs ): Promise< void > => {
		dispatch( startReport( 'revenue', query ) );
		try {
			dispatch(
				receiveRevenueReport( query, await fetchRevenueReport( query ) )
			);
		} catch ( error ) {
			dispatch(
				failReport( 'revenue', query, await toApiError( error ) )
			);
		}
	};

/**
 * Loads the liability report of a query. Errors are stored, not thrown.
 *
 * @param query Report query.
 */
export const getLiabilityReport =
	( query: LiabilityQuery = {} ) =>
	async ( { dispatch }: ThunkArgs ): Promise< void > => {
		dispatch( startReport( 'liability', query ) );
		try {
			dispatch(
				receiveLiabilityReport(
					query,
					await fetchLiabilityReport( query )
				)
			);
		} catch ( error ) {
			dispatch(
				failReport( 'liability', query, await toApiError( error ) )
			);
		}
	};
