/**
 * Internal dependencies
 */
import type {
	LiabilityQuery,
	LiabilityReport,
	RevenueQuery,
	RevenueReport,
} from '../../api/reports';
import type { ApiError } from '../../api/types';

export type QueryStatus = 'idle' | 'loading' | 'success' | 'error';

export interface ReportState< T > {
	/** The last answer; kept while the same query refreshes. */
	readonly data: T | null;
	readonly status: QueryStatus;
	readonly error: ApiError | null;
}

export type ReportKind = 'revenue' | 'liability';

export interface State {
	/** Keyed by getQueryKey( query ). */
	readonly revenue: Readonly<
		Record< string, ReportState< RevenueReport > >
	>;
	readonly liability: Readonly<
		Record< string, ReportState< LiabilityReport > >
	>;
}

export type Action =
	| { type: 'START_REPORT'; report: ReportKind; queryKey: string }
	| {
			type: 'RECEIVE_REPORT';
			report: 'revenue';
			queryKey: string;
			data: RevenueReport;
	  }
	| {
			type: 'RECEIVE_REPORT';
			report: 'liability';
			queryKey: string;
			data: LiabilityReport;
	  }
	| {
			type: 'FAIL_REPORT';
			report: ReportKind;
			queryKey: string;
			error: ApiError;
	  };

export interface ThunkArgs {
	dispatch: ( ( action: Action ) => void ) & {
		invalidateResolutionForStoreSelector: ( selectorName: string ) => void;
	};
}

export type { LiabilityQuery, LiabilityReport, RevenueQuery, RevenueReport };
