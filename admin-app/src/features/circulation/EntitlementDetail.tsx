/**
 * External dependencies
 */
import type { ActionModal } from '@wordpress/dataviews';
import type { ReactNode } from 'react';

/**
 * WordPress dependencies
 */
import { Button, Modal, Spinner } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { useMemo, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Entitlement } from '../../api/types';
import { navigate } from '../../app/router';
import ErrorNotice from '../../components/ErrorNotice';
import { store as entitlementsStore } from '../../store/entitlements';
import { formatMoney } from '../../utils/money';
import {
	getAccountLabel,
	getActorLabel,
	getAuditActionLabel,
	getEntryKindLabel,
} from '../../utils/ledgerLabels';
import { getStatusLabel } from '../../utils/status';
import { getEntitlementActions } from './actions';
import { customerRoute, formatDate } from './fields';

function Link( {
	url,
	children,
}: {
	url: string | null | undefined;
	children: ReactNode;
} ) {
	return url ? <a href={ url }>{ children }</a> : <>{ children }</>;
}

function Term( { label, children }: { label: string; children: ReactNode } ) {
	return (
		<div className="el-detail__term">
			<dt>{ label }</dt>
			<dd>{ children }</dd>
		</div>
	);
}

/**
 * One entitlement: its customer, subscription and orders (linked to their
 * edit screens when the user may open them), redemption, ledger lines, audit
 * history, and the actions that apply to it.
 *
 * @param props    Props.
 * @param props.id Entitlement id.
 */
export default function EntitlementDetail( { id }: { id: number } ) {
	const { item, status, error, ledger, ledgerStatus, audit, auditStatus } =
		useSelect(
			( select ) => {
				const s = select( entitlementsStore );
				return {
					item: s.getEntitlementDetail( id ),
					status: s.getResourceStatus( 'detail', id ),
					error: s.getResourceError( 'detail', id ),
					ledger: s.getEntitlementLedger( id ),
					ledgerStatus: s.getResourceStatus( 'ledger', id ),
					audit: s.getEntitlementAudit( id ),
					auditStatus: s.getResourceStatus( 'audit', id ),
				};
			},
			[ id ]
		);
	const { invalidateEntitlementQueries } = useDispatch( entitlementsStore );
	const actions = useMemo(
		() =>
			getEntitlementActions().filter(
				( action ): action is ActionModal< Entitlement > =>
					'RenderModal' in action
			),
		[]
	);
	const [ open, setOpen ] = useState< ActionModal< Entitlement > | null >(
		null
	);

	const back = (
		<Button
			variant="link"
			className="el-detail__back"
			onClick={ () => navigate( {} ) }
		>
			{ __( '← All entitlements', 'entitlement-ledger' ) }
		</Button>
	);

	if ( error ) {
		return (
			<div className="el-detail">
				{ back }
				<ErrorNotice
					error={ error }
					onRetry={ () => invalidateEntitlementQueries( [ id ] ) }
				/>
			</div>
		);
	}
	if ( ! item || ( status !== 'success' && ! item.links ) ) {
		return (
			<div className="el-detail">
				{ back }
				<p className="el-detail__loading">
					<Spinner />
					{ __( 'Loading the entitlement…', 'entitlement-ledger' ) }
				</p>
			</div>
		);
	}

	const links = item.links;
	const redemption = item.redemption;
	const eligible = actions.filter(
		( action ) => ! action.isEligible || action.isEligible( item )
	);
	const header = ( action: ActionModal< Entitlement > ) =>
		typeof action.modalHeader === 'function'
			? action.modalHeader( [ item ] )
			: ( action.modalHeader ??
				( typeof action.label === 'string' ? action.label : '' ) );

	return (
		<div className="el-detail">
			{ back }
			<div className="el-row is-between el-detail__header">
				<h2 className="el-detail__title">
					{ sprintf(
						/* translators: %d: entitlement id. */
						__( 'Entitlement #%d', 'entitlement-ledger' ),
						item.id
					) }{ ' ' }
					<span className={ `el-status is-${ item.status }` }>
						{ getStatusLabel( item.status ) }
					</span>
					{ item.deleted_at && (
						<span className="el-status is-deleted">
							{ __( 'Deleted', 'entitlement-ledger' ) }
						</span>
					) }
				</h2>
				<div className="el-row is-end">
					{ eligible.map( ( action ) => (
						<Button
							key={ action.id }
							__next40pxDefaultSize
							variant={
								action.isPrimary ? 'primary' : 'secondary'
							}
							isDestructive={
								action.id === 'delete' || action.id === 'cancel'
							}
							onClick={ () => setOpen( action ) }
						>
							{ typeof action.label === 'string'
								? action.label
								: action.label( [ item ] ) }
						</Button>
					) ) }
				</div>
			</div>

			<dl className="el-detail__summary">
				<Term label={ __( 'Customer', 'entitlement-ledger' ) }>
					<Link url={ links?.customer }>
						{ item.customer_name
							? `${ item.customer_name } <${ item.customer_email }>`
							: item.customer_email }
					</Link>{ ' ' }
					<Button
						variant="link"
						onClick={ () => navigate( customerRoute( item ) ) }
					>
						{ __( 'All of this customer', 'entitlement-ledger' ) }
					</Button>
				</Term>
				<Term label={ __( 'Subscription', 'entitlement-ledger' ) }>
					{ item.subscription_id ? (
						<>
							<Link url={ links?.subscription }>
								#{ item.subscription_id }
							</Link>{ ' ' }
							<Button
								variant="link"
								onClick={ () =>
									navigate( {
										subscription: String(
											item.subscription_id
										),
									} )
								}
							>
								{ __(
									'All of this subscription',
									'entitlement-ledger'
								) }
							</Button>
						</>
					) : (
						'—'
					) }
				</Term>
				<Term label={ __( 'Source order', 'entitlement-ledger' ) }>
					{ item.source_order_id ? (
						<Link url={ links?.source_order }>
							#{ item.source_order_id }
						</Link>
					) : (
						'—'
					) }
				</Term>
				<Term
					label={ __( 'Entitlement number', 'entitlement-ledger' ) }
				>
					{ String( item.number ) }
				</Term>
				<Term label={ __( 'Deferred', 'entitlement-ledger' ) }>
					{ formatMoney( item.deferred_amount, item.currency ) }
				</Term>
				<Term label={ __( 'Earned', 'entitlement-ledger' ) }>
					{ formatMoney( item.earned_amount, item.currency ) }
				</Term>
				<Term label={ __( 'Deferred balance', 'entitlement-ledger' ) }>
					{ formatMoney(
						item.deferred_balance ?? '0',
						item.currency
					) }
				</Term>
				<Term label={ __( 'Created', 'entitlement-ledger' ) }>
					{ formatDate( item.created_at, true ) }
				</Term>
				<Term label={ __( 'Expires', 'entitlement-ledger' ) }>
					{ item.expires_at
						? formatDate( item.expires_at )
						: __( 'Never', 'entitlement-ledger' ) }
				</Term>
			</dl>

			<section className="el-detail__section">
				<h3>{ __( 'Redemption', 'entitlement-ledger' ) }</h3>
				{ redemption ? (
					<dl className="el-detail__summary">
						<Term label={ __( 'Method', 'entitlement-ledger' ) }>
							{ redemption.method === 'standard'
								? __( 'Standard (gift)', 'entitlement-ledger' )
								: __(
										'Custom (linked order)',
										'entitlement-ledger'
									) }
						</Term>
						<Term label={ __( 'Order', 'entitlement-ledger' ) }>
							{ redemption.order_id ? (
								<Link url={ links?.redemption_order }>
									#{ redemption.order_id }
								</Link>
							) : (
								'—'
							) }
						</Term>
						{ redemption.gift_id ? (
							<Term label={ __( 'Gift', 'entitlement-ledger' ) }>
								#{ redemption.gift_id }
							</Term>
						) : null }
						<Term label={ __( 'Redeemed', 'entitlement-ledger' ) }>
							{ formatDate( redemption.redeemed_at, true ) }
						</Term>
						{ redemption.note ? (
							<Term label={ __( 'Note', 'entitlement-ledger' ) }>
								{ redemption.note }
							</Term>
						) : null }
					</dl>
				) : (
					<p>{ __( 'Not redeemed.', 'entitlement-ledger' ) }</p>
				) }
			</section>

			<section className="el-detail__section">
				<h3>{ __( 'Ledger', 'entitlement-ledger' ) }</h3>
				{ ledgerStatus !== 'success' && ledger.length === 0 ? (
					<Spinner />
				) : (
					<table className="widefat striped el-detail__table">
						<thead>
							<tr>
								<th scope="col">
									{ __( 'Date', 'entitlement-ledger' ) }
								</th>
								<th scope="col">
									{ __( 'Entry', 'entitlement-ledger' ) }
								</th>
								<th scope="col">
									{ __( 'Account', 'entitlement-ledger' ) }
								</th>
								<th scope="col" className="el-money">
									{ __( 'Amount', 'entitlement-ledger' ) }
								</th>
								<th scope="col">
									{ __( 'Memo', 'entitlement-ledger' ) }
								</th>
							</tr>
						</thead>
						<tbody>
							{ ledger.map( ( line ) => (
								<tr key={ line.id }>
									<td>
										{ formatDate( line.created_at, true ) }
									</td>
									<td>
										#{ line.entry_id }{ ' ' }
										{ getEntryKindLabel( line.kind ) }
									</td>
									<td>{ getAccountLabel( line.account ) }</td>
									<td className="el-money">
										{ formatMoney(
											line.amount,
											line.currency
										) }
									</td>
									<td>{ line.memo }</td>
								</tr>
							) ) }
						</tbody>
					</table>
				) }
			</section>

			<section className="el-detail__section">
				<h3>{ __( 'History', 'entitlement-ledger' ) }</h3>
				{ auditStatus !== 'success' && audit.length === 0 ? (
					<Spinner />
				) : (
					<ol className="el-detail__history">
						{ audit.map( ( entry ) => (
							<li key={ entry.id }>
								<span className="el-date">
									{ formatDate( entry.created_at, true ) }
								</span>{ ' ' }
								<strong>
									{ getAuditActionLabel( entry.action ) }
								</strong>{ ' ' }
								{ sprintf(
									/* translators: %s: who did it, e.g. "user #3". */
									__( 'by %s', 'entitlement-ledger' ),
									getActorLabel(
										entry.actor_type,
										String( entry.actor_id ?? '' )
									)
								) }
							</li>
						) ) }
						{ audit.length === 0 && (
							<li>
								{ __(
									'No history yet.',
									'entitlement-ledger'
								) }
							</li>
						) }
					</ol>
				) }
			</section>

			{ open && (
				<Modal
					title={ header( open ) }
					onRequestClose={ () => setOpen( null ) }
					size="medium"
					focusOnMount="firstContentElement"
				>
					<open.RenderModal
						items={ [ item ] }
						closeModal={ () => setOpen( null ) }
					/>
				</Modal>
			) }
		</div>
	);
}
