/**
 * WordPress dependencies
 */
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { AgeBucket, LiabilityReport } from '../../api/reports';
import { formatMoney } from '../../utils/money';
import { AGE_BUCKETS, pivotLiability, type LiabilityCell } from './liability';

export function getBucketLabel( bucket: AgeBucket ): string {
	switch ( bucket ) {
		case '0-90':
			return __( '0–90 days', 'entitlement-ledger' );
		case '91-180':
			return __( '91–180 days', 'entitlement-ledger' );
		case '181-365':
			return __( '181–365 days', 'entitlement-ledger' );
		case '365+':
			return __( 'Over 365 days', 'entitlement-ledger' );
	}
}

interface Props {
	report: LiabilityReport;
	currency: string;
}

function Cell( {
	cell,
	currency,
}: {
	cell: LiabilityCell | undefined;
	currency: string;
} ) {
	if ( ! cell ) {
		return <span className="el-liability__none">—</span>;
	}
	return (
		<>
			<span className="el-liability__amount">
				{ formatMoney( cell.balance, currency ) }
			</span>
			<span className="el-liability__count">
				{ sprintf(
					/* translators: %d: number of entitlements. */
					_n(
						'%d entitlement',
						'%d entitlements',
						cell.entitlements,
						'entitlement-ledger'
					),
					cell.entitlements
				) }
			</span>
		</>
	);
}

/**
 * The unredeemed deferred balance by cycle (rows) and age (columns).
 *
 * @param props          Component props.
 * @param props.report
 * @param props.currency
 */
export default function LiabilityTable( { report, currency }: Props ) {
	const pivot = pivotLiability( report.rows, currency );
	const total = report.totals[ currency ];
	if ( pivot.cycles.length === 0 ) {
		return (
			<p className="el-report__empty">
				{ __(
					'No unredeemed deferred balance in this currency.',
					'entitlement-ledger'
				) }
			</p>
		);
	}
	return (
		<div className="el-report-table">
			<table className="widefat striped el-liability">
				<caption className="el-report-table__caption">
					{ sprintf(
						/* translators: %s: currency code. */
						__(
							'Unredeemed deferred balance by cycle and age, %s',
							'entitlement-ledger'
						),
						currency
					) }
				</caption>
				<thead>
					<tr>
						<th scope="col">
							{ __( 'Cycle', 'entitlement-ledger' ) }
						</th>
						{ AGE_BUCKETS.map( ( bucket ) => (
							<th
								key={ bucket }
								scope="col"
								className="is-numeric"
							>
								{ getBucketLabel( bucket ) }
							</th>
						) ) }
						<th scope="col" className="is-numeric">
							{ __( 'Total', 'entitlement-ledger' ) }
						</th>
					</tr>
				</thead>
				<tbody>
					{ pivot.cycles.map( ( cycle ) => (
						<tr key={ cycle }>
							<th scope="row">{ String( cycle ) }</th>
							{ AGE_BUCKETS.map( ( bucket ) => (
								<td key={ bucket } className="is-numeric">
									<Cell
										cell={ pivot.cells.get(
											`${ cycle }|${ bucket }`
										) }
										currency={ currency }
									/>
								</td>
							) ) }
							<td className="is-numeric">
								<Cell
									cell={ pivot.byCycle.get( cycle ) }
									currency={ currency }
								/>
							</td>
						</tr>
					) ) }
				</tbody>
				<tfoot>
					<tr>
						<th scope="row">
							{ __( 'Total', 'entitlement-ledger' ) }
						</th>
						{ AGE_BUCKETS.map( ( bucket ) => (
							<td key={ bucket } className="is-numeric">
								<Cell
									cell={ pivot.byBucket.get( bucket ) }
									currency={ currency }
								/>
							</td>
						) ) }
						<td className="is-numeric">
							<Cell
								cell={
									total
										? {
												entitlements:
													total.entitlements,
												balance: total.deferred_balance,
											}
										: undefined
								}
								currency={ currency }
							/>
						</td>
					</tr>
				</tfoot>
			</table>
		</div>
	);
}
