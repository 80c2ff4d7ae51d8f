/**
 * Internal dependencies
 */
import {
	batchEntitlements,
	changeEntitlement,
	newIdempotencyKey,
	type EntitlementChange,
} from '../../api/client';
import { toApiError } from '../../api/errors';
import type { ApiError, Entitlement, Page } from '../../api/types';
import { BATCH_SIZE, BULK_CONCURRENCY } from './constants';
import type {
	EntitlementQuery,
	FailEntitlementsQueryAction,
	FailResourceAction,
	ReceiveEntitlementAction,
	ReceiveEntitlementsAction,
	ReceiveResourceAction,
	ResourceKind,
	StartEntitlementsQueryAction,
	StartResourceAction,
	ThunkArgs,
} from './types';
import { getQueryKey, getResourceKey } from './utils';

export function startEntitlementsQuery(
	query: EntitlementQuery
): StartEntitlementsQueryAction {
	return { type: 'START_ENTITLEMENTS_QUERY', queryKey: getQueryKey( query ) };
}

export function receiveEntitlements(
	query: EntitlementQuery,
	page: Page< Entitlement >
): ReceiveEntitlementsAction {
	return {
		type: 'RECEIVE_ENTITLEMENTS',
		queryKey: getQueryKey( query ),
		page,
	};
}

export function failEntitlementsQuery(
	query: EntitlementQuery,
	error: ApiError
): FailEntitlementsQueryAction {
	return {
		type: 'FAIL_ENTITLEMENTS_QUERY',
		queryKey: getQueryKey( query ),
		error,
	};
}

export function receiveEntitlement(
	entitlement: Entitlement
): ReceiveEntitlementAction {
	return { type: 'RECEIVE_ENTITLEMENT', entitlement };
}

export function startResource(
	kind: ResourceKind,
	id: number
): StartResourceAction {
	return { type: 'START_RESOURCE', key: getResourceKey( kind, id ) };
}

export function receiveResource(
	kind: ResourceKind,
	id: number,
	data: unknown
): ReceiveResourceAction {
	return { type: 'RECEIVE_RESOURCE', key: getResourceKey( kind, id ), data };
}

export function failResource(
	kind: ResourceKind,
	id: number,
	error: ApiError
): FailResourceAction {
	return { type: 'FAIL_RESOURCE', key: getResourceKey( kind, id ), error };
}

/**
 * Marks every entitlement list as stale so that mounted lists and their
 * totals fetch again (after a write, or from a "Retry" button); with ids,
 * also those entitlements' detail, ledger lines and audit history.
 *
 * @param ids Entitlements that changed.
 */
export const invalidateEntitlementQueries =
	( ids: readonly number[] = [] ) =>
	( { dispatch }: ThunkArgs ): void => {
		dispatch.invalidateResolutionForStoreSelector( 'getEntitlements' );
		dispatch.invalidateResolutionForStoreSelector( 'getEntitlementsTotal' );
		dispatch.invalidateResolutionForStoreSelector(
			'getEntitlementsTotalPages'
		);
		for ( const id of ids ) {
			for ( const selector of [
				'getEntitlementDetail',
				'getEntitlementLedger',
				'getEntitlementAudit',
			] ) {
				dispatch.invalidateResolution( selector, [ id ] );
			}
		}
	};

/**
 * Applies one change (redeem, cancel, undo, renumber, delete) to one
 * entitlement, then refreshes what shows it. Rejects with the ApiError, so
 * that the form can show the server's message.
 *
 * @param id             Entitlement id.
 * @param change         The change.
 * @param idempotencyKey The key of this attempt (reuse it to retry safely).
 */
export const applyEntitlementChange =
	( id: number, change: EntitlementChange, idempotencyKey?: string ) =>
	async ( { dispatch }: ThunkArgs ): Promise< Entitlement > => {
		const entitlement = await changeEntitlement(
			id,
			change,
			idempotencyKey ? { idempotencyKey } : {}
		);
		dispatch( receiveEntitlement( entitlement ) );
		dispatch( invalidateEntitlementQueries( [ id ] ) as never );
		return entitlement;
	};

export interface BulkOutcome {
	done: number[];
	failed: Array< { id: number; message: string } >;
}

export type BulkChange =
	| { action: 'renumber'; number: number }
	| { action: 'cancel'; reason: string };

/**
 * Applies a change to many entitlements: renumbering through
 * POST /entitlements/batch in chunks of 100, cancelling through each
 * entitlement's route a few at a time (there is no batch cancel). Reports
 * progress after every chunk; failures are collected, not thrown.
 *
 * @param ids        Entitlements to change.
 * @param change     The change.
 * @param onProgress Called with the number of items handled so far.
 */
export const applyBulkChange =
	(
		ids: readonly number[],
		change: BulkChange,
		onProgress: ( handled: number ) => void = () => {}
	) =>
	async ( { dispatch }: ThunkArgs ): Promise< BulkOutcome > => {
		const outcome: BulkOutcome = { done: [], failed: [] };
		const chunkSize =
			change.action === 'renumber' ? BATCH_SIZE : BULK_CONCURRENCY;
		for ( let start = 0; start < ids.length; start += chunkSize ) {
			const chunk = ids.slice( start, start + chunkSize );
			if ( change.action === 'renumber' ) {
				try {
					const result = await batchEntitlements(
						{
							update: chunk.map( ( id ) => ( {
								id,
								number: change.number,
							} ) ),
						},
						{ idempotencyKey: newIdempotencyKey() }
					);
					for ( const item of result.update ) {
						if ( 'error' in item ) {
							outcome.failed.push( {
								id: item.id,
								message: item.error.message,
							} );
						} else {
							outcome.done.push( item.id );
							dispatch( receiveEntitlement( item ) );
						}
					}
				} catch ( error ) {
					const { message } = await toApiError( error );
					for ( const id of chunk ) {
						outcome.failed.push( { id, message } );
					}
				}
			} else {
				await Promise.all(
					chunk.map( async ( id ) => {
						try {
							const entitlement = await changeEntitlement( id, {
								action: 'cancel',
								reason: change.reason,
							} );
							outcome.done.push( id );
							dispatch( receiveEntitlement( entitlement ) );
						} catch ( error ) {
							const { message } = await toApiError( error );
							outcome.failed.push( { id, message } );
						}
					} )
				);
			}
			onProgress( Math.min( ids.length, start + chunk.length ) );
		}
		dispatch( invalidateEntitlementQueries( outcome.done ) as never );
		return outcome;
	};
