/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import {
	downloadReportCsv,
	type LiabilityQuery,
	type ReportName,
	type RevenueQuery,
} from '../../api/reports';
import type { ApiError } from '../../api/types';
import ErrorNotice from '../../components/ErrorNotice';

interface Props {
	report: ReportName;
	query: RevenueQuery | LiabilityQuery;
	label: string;
}

/**
 * Downloads a report as CSV, with the same filters as on screen.
 *
 * @param props        Component props.
 * @param props.report
 * @param props.query
 * @param props.label
 */
export default function CsvButton( { report, query, label }: Props ) {
	const [ busy, setBusy ] = useState( false );
	const [ error, setError ] = useState< ApiError | null >( null );
	const download = async () => {
		setBusy( true );
		setError( null );
		try {
			await downloadReportCsv( report, query );
		} catch ( caught ) {
			setError( caught as ApiError );
		} finally {
			setBusy( false );
		}
	};
	return (
		<span className="el-csv-button">
			<Button
				variant="secondary"
				onClick={ download }
				isBusy={ busy }
				aria-disabled={ busy }
				__next40pxDefaultSize
			>
				{ label }
			</Button>
			{ error && (
				<ErrorNotice
					error={ {
						...error,
						message: `${ __( 'The CSV file could not be downloaded:', 'entitlement-ledger' ) } ${ error.message }`,
					} }
				/>
			) }
		</span>
	);
}
