/**
 * Internal dependencies
 */
import { fetchLicense, fetchLicenses } from '../../api/licenses';
import { toApiError } from '../../api/errors';
import {
	failLicense,
	failLicensesQuery,
	receiveLicense,
	receiveLicenses,
	startLicense,
	startLicensesQuery,
} from './actions';
import type { LicenseQuery, ThunkArgs } from './types';

/**
 * Loads a page of licenses. Errors are stored (getLicensesError), not
 * thrown, so that the screen can show the REST message.
 *
 * @param query List query.
 */
export const getLicenses =
	( query: LicenseQuery = {} ) =>
	async ( { dispatch }: ThunkArgs ): Promise< void > => {
		dispatch( startLicensesQuery( query ) );
		try {
			dispatch( receiveLicenses( query, await fetchLicenses( query ) ) );
		} catch ( error ) {
			dispatch( failLicensesQuery( query, await toApiError( error ) ) );
		}
	};

/**
 * The totals come with the list.
 *
 * @param query List query.
 */
export const getLicensesTotal =
	( query: LicenseQuery = {} ) =>
	async ( { resolveSelect }: ThunkArgs ): Promise< void > => {
		await resolveSelect.getLicenses( query );
	};

export const getLicensesTotalPages = getLicensesTotal;

/**
 * Loads one license with its activations.
 *
 * @param id License id.
 */
export const getLicense =
	( id: number ) =>
	async ( { dispatch }: ThunkArgs ): Promise< void > => {
		dispatch( startLicense( id ) );
		try {
			dispatch( receiveLicense( await fetchLicense( id ), true ) );
		} catch ( error ) {
			dispatch( failLicense( id, await toApiError( error ) ) );
		}
	};
