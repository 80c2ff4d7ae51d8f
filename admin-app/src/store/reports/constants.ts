/**
 * Internal dependencies
 */
import type { ReportState } from './types';

export const STORE_NAME = 'entitlement-ledger/reports';

export const EMPTY_REPORT_STATE: ReportState< never > = Object.freeze( {
	data: null,
	status: 'idle',
	error: null,
} );
