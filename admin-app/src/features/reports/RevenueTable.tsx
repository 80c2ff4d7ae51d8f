/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { RevenueRow, RevenueTotals } from '../../api/reports';
import { formatMoney } from '../../utils/money';

interface Props {
	rows: readonly RevenueRow[];
	totals: RevenueTotals | undefined;
	currency: string;
	formatLabel: ( period: string ) => string;
	caption: string;
}

/**
 * The revenue report's rows in one currency: the numbers behind the chart,
 * and what screen readers use instead of it.
 *
 * @param props             Component props.
 * @param props.rows
 * @param props.totals
 * @param props.currency
 * @param props.formatLabel
 * @param props.caption
 */
export default function RevenueTable( {
	rows,
	totals,
	currency,
	formatLabel,
	caption,
}: Props ) {
	const money = ( amount: string ) => formatMoney( amount, currency );
	return (
		<div className="el-report-table">
			<table className="widefat striped">
				<caption className="el-report-table__caption">
					{ caption }
				</caption>
				<thead>
					<tr>
						<th scope="col">
							{ __( 'Period', 'entitlement-ledger' ) }
						</th>
						<th scope="col" className="is-numeric">
							{ __( 'Deferred', 'entitlement-ledger' ) }
						</th>
						<th scope="col" className="is-numeric">
							{ __( 'Earned', 'entitlement-ledger' ) }
						</th>
						<th scope="col" className="is-numeric">
							{ __( 'Breakage', 'entitlement-ledger' ) }
						</th>
						<th scope="col" className="is-numeric">
							{ __( 'Reversed', 'entitlement-ledger' ) }
						</th>
						<th scope="col" className="is-numeric">
							{ __( 'Deferred balance', 'entitlement-ledger' ) }
						</th>
					</tr>
				</thead>
				<tbody>
					{ rows.map( ( row ) => (
						<tr key={ `${ row.period }-${ row.currency }` }>
							<th scope="row">{ formatLabel( row.period ) }</th>
							<td className="is-numeric">
								{ money( row.deferred_added ) }
							</td>
							<td className="is-numeric">
								{ money( row.recognised ) }
							</td>
							<td className="is-numeric">
								{ money( row.broken ) }
							</td>
							<td className="is-numeric">
								{ money( row.reversed ) }
							</td>
							<td className="is-numeric">
								{ money( row.closing_deferred ) }
							</td>
						</tr>
					) ) }
				</tbody>
				{ totals && (
					<tfoot>
						<tr>
							<th scope="row">
								{ __( 'Total', 'entitlement-ledger' ) }
							</th>
							<td className="is-numeric">
								{ money( totals.deferred_added ) }
							</td>
							<td className="is-numeric">
								{ money( totals.recognised ) }
							</td>
							<td className="is-numeric">
								{ money( totals.broken ) }
							</td>
							<td className="is-numeric">
								{ money( totals.reversed ) }
							</td>
							<td className="is-numeric">
								{ money( totals.closing_deferred ) }
							</td>
						</tr>
					</tfoot>
				) }
			</table>
		</div>
	);
}
