/**
 * Internal dependencies
 */
import {
	fetchCycleGifts,
	fetchEntitlement,
	fetchEntitlementAudit,
	fetchEntitlementLedger,
	fetchEntitlements,
} from '../../api/client';
import { toApiError } from '../../api/errors';
import {
	failEntitlementsQuery,
	failResource,
	receiveEntitlement,
	receiveEntitlements,
	receiveResource,
	startEntitlementsQuery,
	startResource,
} from './actions';
import type { EntitlementQuery, ResourceKind, ThunkArgs } from './types';

/**
 * Loads a page of entitlements. Errors are stored (getEntitlementsError)
 * rather than thrown, so that the UI can show the REST message.
 *
 * @param query List query.
 */
export const getEntitlements =
	( query: EntitlementQuery = {} ) =>
	async ( { dispatch }: ThunkArgs ): Promise< void > => {
		dispatch( startEntitlementsQuery( query ) );
		try {
			const page = await fetchEntitlements( query );
			dispatch( receiveEntitlements( query, page ) );
		} catch ( error ) {
			dispatch(
				failEntitlementsQuery( query, await toApiError( error ) )
			);
		}
	};

/**
 * The totals come with the list: resolving them resolves the list (once,
 * whichever selector a component calls first).
 *
 * @param query List query.
 */
export const getEntitlementsTotal =
	( query: EntitlementQuery = {} ) =>
	async ( { resolveSelect }: ThunkArgs ): Promise< void > => {
		await resolveSelect.getEntitlements( query );
	};

export const getEntitlementsTotalPages = getEntitlementsTotal;

/**
 * Loads a related record into the store; errors are stored, not thrown.
 *
 * @param kind  What is loaded.
 * @param id    Entitlement id (cycle for gifts).
 * @param load  The request.
 * @param after Also called with the answer (e.g. to merge an entitlement).
 */
const loadResource =
	(
		kind: ResourceKind,
		id: number,
		load: () => Promise< unknown >,
		after?: ( data: unknown, args: ThunkArgs ) => void
	) =>
	async ( args: ThunkArgs ): Promise< void > => {
		args.dispatch( startResource( kind, id ) );
		try {
			const data = await load();
			after?.( data, args );
			args.dispatch( receiveResource( kind, id, data ) );
		} catch ( error ) {
			args.dispatch(
				failResource( kind, id, await toApiError( error ) )
			);
		}
	};

/**
 * Loads one entitlement with its edit links.
 *
 * @param id Entitlement id.
 */
export const getEntitlementDetail = ( id: number ) =>
	loadResource(
		'detail',
		id,
		() => fetchEntitlement( id ),
		( data, { dispatch } ) =>
			dispatch(
				receiveEntitlement(
					data as Parameters< typeof receiveEntitlement >[ 0 ]
				)
			)
	);

/**
 * Loads an entitlement's journal lines.
 *
 * @param id Entitlement id.
 */
export const getEntitlementLedger = ( id: number ) =>
	loadResource(
		'ledger',
		id,
		async () => ( await fetchEntitlementLedger( id ) ).items
	);

/**
 * Loads an entitlement's audit history.
 *
 * @param id Entitlement id.
 */
export const getEntitlementAudit = ( id: number ) =>
	loadResource(
		'audit',
		id,
		async () => ( await fetchEntitlementAudit( id ) ).items
	);

/**
 * Loads the gifts of a cycle.
 *
 * @param number Entitlement number (cycle).
 */
export const getCycleGifts = ( number: number ) =>
	loadResource(
		'gifts',
		number,
		async () => ( await fetchCycleGifts( number ) ).items
	);
