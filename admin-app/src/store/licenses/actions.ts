/**
 * Internal dependencies
 */
import { postDeactivateInstance, postLicenseAction } from '../../api/licenses';
import type { ApiError, Page } from '../../api/types';
import type {
	Action,
	License,
	LicenseAction,
	LicenseActionInput,
	LicenseQuery,
	ThunkArgs,
} from './types';
import { getQueryKey } from './utils';

export function startLicensesQuery( query: LicenseQuery ): Action {
	return { type: 'START_LICENSES_QUERY', queryKey: getQueryKey( query ) };
}

export function receiveLicenses(
	query: LicenseQuery,
	page: Page< License >
): Action {
	return { type: 'RECEIVE_LICENSES', queryKey: getQueryKey( query ), page };
}

export function failLicensesQuery(
	query: LicenseQuery,
	error: ApiError
): Action {
	return {
		type: 'FAIL_LICENSES_QUERY',
		queryKey: getQueryKey( query ),
		error,
	};
}

export function startLicense( id: number ): Action {
	return { type: 'START_LICENSE', id };
}

/**
 * @param license A license from any answer.
 * @param detail  Whether it is the full detail (activations and links).
 * @return Action.
 */
export function receiveLicense( license: License, detail = false ): Action {
	return { type: 'RECEIVE_LICENSE', license, detail };
}

export function failLicense( id: number, error: ApiError ): Action {
	return { type: 'FAIL_LICENSE', id, error };
}

/**
 * Marks every license list as stale so that mounted lists fetch again (after
 * a write, or from a "Retry" button).
 */
export const invalidateLicenseQueries =
	() =>
	( { dispatch }: ThunkArgs ): void =>
		invalidateLists( dispatch );

function invalidateLists( dispatch: ThunkArgs[ 'dispatch' ] ): void {
	dispatch.invalidateResolutionForStoreSelector( 'getLicenses' );
	dispatch.invalidateResolutionForStoreSelector( 'getLicensesTotal' );
	dispatch.invalidateResolutionForStoreSelector( 'getLicensesTotalPages' );
}

/**
 * Loads a license's detail again (a "Retry" button).
 *
 * @param id License id.
 */
export const refreshLicense =
	( id: number ) =>
	( { dispatch }: ThunkArgs ): void =>
		dispatch.invalidateResolution( 'getLicense', [ id ] );

/**
 * Suspends, resumes, cancels or renews a license, then refreshes its detail
 * and the lists (its status and expiry may move it between filters).
 *
 * @param id     License id.
 * @param action Transition.
 * @param input  Reason; the new expiry of a renewal.
 * @return The changed license; rejects with an ApiError that can be shown.
 */
export const applyLicenseAction =
	( id: number, action: LicenseAction, input: LicenseActionInput = {} ) =>
	async ( { dispatch }: ThunkArgs ): Promise< License > => {
		const license = await postLicenseAction( id, action, input );
		dispatch( receiveLicense( license ) );
		invalidateLists( dispatch );
		dispatch.invalidateResolution( 'getLicense', [ id ] );
		return license;
	};

/**
 * Deactivates an instance of a license (its seat is freed).
 *
 * @param id       License id.
 * @param instance Instance.
 * @return The license with its activations; rejects with an ApiError.
 */
export const deactivateInstance =
	( id: number, instance: string ) =>
	async ( { dispatch }: ThunkArgs ): Promise< License > => {
		const license = await postDeactivateInstance( id, instance );
		dispatch( receiveLicense( license, true ) );
		invalidateLists( dispatch );
		return license;
	};
