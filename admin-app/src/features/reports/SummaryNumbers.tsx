/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { RevenueTotals } from '../../api/reports';
import { formatMoney, getPageLocale } from '../../utils/money';
import { percentChange } from './period';

interface Props {
	currency: string;
	totals: RevenueTotals | undefined;
	/** Totals of the compared range; undefined when not compared. */
	previous: RevenueTotals | undefined;
	/** Whether a comparison was asked for (then missing totals mean zero). */
	compared: boolean;
	previousLabel: string;
}

const ZERO: RevenueTotals = {
	deferred_added: '0',
	recognised: '0',
	broken: '0',
	reversed: '0',
	opening_deferred: '0',
	closing_deferred: '0',
};

type Key = keyof RevenueTotals;

function getItems(): Array< { key: Key; label: string; help: string } > {
	return [
		{
			key: 'deferred_added',
			label: __( 'Deferred', 'entitlement-ledger' ),
			help: __(
				'Value put in reserve by new entitlements and adjustments.',
				'entitlement-ledger'
			),
		},
		{
			key: 'recognised',
			label: __( 'Earned', 'entitlement-ledger' ),
			help: __(
				'Deferred value recognised as income on redemption.',
				'entitlement-ledger'
			),
		},
		{
			key: 'broken',
			label: __( 'Breakage', 'entitlement-ledger' ),
			help: __(
				'Unredeemed value recognised on expiry.',
				'entitlement-ledger'
			),
		},
		{
			key: 'reversed',
			label: __( 'Reversed', 'entitlement-ledger' ),
			help: __(
				'Deferred value taken back by cancellations, refunds and deletions.',
				'entitlement-ledger'
			),
		},
		{
			key: 'closing_deferred',
			label: __( 'Deferred balance at the end', 'entitlement-ledger' ),
			help: __(
				'What is still owed to customers at the end of the range.',
				'entitlement-ledger'
			),
		},
	];
}

export function formatChange( change: number ): string {
	const percent = new Intl.NumberFormat( getPageLocale(), {
		style: 'percent',
		maximumFractionDigits: 1,
		signDisplay: 'exceptZero',
	} ).format( change / 100 );
	if ( Math.abs( change ) < 0.05 ) {
		return percent;
	}
	return `${ change > 0 ? '↑' : '↓' } ${ percent }`;
}

/**
 * The range's totals in one currency, each next to the compared range's.
 *
 * @param props               Component props.
 * @param props.currency
 * @param props.totals
 * @param props.previous
 * @param props.compared
 * @param props.previousLabel
 */
export default function SummaryNumbers( {
	currency,
	totals,
	previous,
	compared,
	previousLabel,
}: Props ) {
	const current = totals ?? ZERO;
	const before = previous ?? ZERO;
	return (
		<ul
			className="el-summary"
			aria-label={ __( 'Summary', 'entitlement-ledger' ) }
		>
			{ getItems().map( ( { key, label, help } ) => {
				const change = compared
					? percentChange( current[ key ], before[ key ] )
					: null;
				return (
					<li key={ key } className="el-summary__item">
						<span className="el-summary__label" title={ help }>
							{ label }
						</span>
						<span className="el-summary__value">
							{ formatMoney( current[ key ], currency ) }
						</span>
						{ compared && (
							<span className="el-summary__previous">
								{ sprintf(
									/* translators: 1: name of the compared range, e.g. "Previous period", 2: amount. */
									__( '%1$s: %2$s', 'entitlement-ledger' ),
									previousLabel,
									formatMoney( before[ key ], currency )
								) }
								{ change !== null && (
									<span className="el-summary__change">
										{ formatChange( change ) }
									</span>
								) }
							</span>
						) }
					</li>
				);
			} ) }
		</ul>
	);
}
