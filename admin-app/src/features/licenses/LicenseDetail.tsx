/**
 * External dependencies
 */
import type { ReactNode } from 'react';

/**
 * WordPress dependencies
 */
import { Button, Spinner } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { navigate } from '../../app/router';
import ErrorNotice from '../../components/ErrorNotice';
import { store as brandsStore } from '../../store/brands';
import { store as licensesStore } from '../../store/licenses';
import { formatDate } from '../circulation/fields';
import LicenseActionModal, {
	type LicenseModalKind,
} from './LicenseActionModal';
import {
	formatKeyPrefix,
	formatSeats,
	getAllowedActions,
	getLicenseStatusLabel,
} from './labels';

function Term( { label, children }: { label: string; children: ReactNode } ) {
	return (
		<div className="el-detail__term">
			<dt>{ label }</dt>
			<dd>{ children }</dd>
		</div>
	);
}

function Link( {
	url,
	children,
}: {
	url?: string | null;
	children: ReactNode;
} ) {
	return url ? <a href={ url }>{ children }</a> : <>{ children }</>;
}

const ACTION_LABELS = {
	suspend: () => __( 'Suspend', 'entitlement-ledger' ),
	resume: () => __( 'Resume', 'entitlement-ledger' ),
	renew: () => __( 'Renew', 'entitlement-ledger' ),
	cancel: () => __( 'Cancel license', 'entitlement-ledger' ),
};

/**
 * One license: key prefix, customer, seats, expiry, source order, its
 * activations (with Deactivate) and the lifecycle actions.
 *
 * @param props    Props.
 * @param props.id License id.
 */
export default function LicenseDetail( { id }: { id: number } ) {
	const { license, status, error } = useSelect(
		( select ) => {
			const s = select( licensesStore );
			return {
				license: s.getLicense( id ),
				status: s.getLicenseStatus( id ),
				error: s.getLicenseError( id ),
			};
		},
		[ id ]
	);
	const { refreshLicense } = useDispatch( licensesStore );
	const brandName = useSelect(
		( select ) =>
			license
				? select( brandsStore ).getBrand( license.brand )?.name
				: undefined,
		[ license ]
	);
	const [ modal, setModal ] = useState< {
		kind: LicenseModalKind;
		instance?: string;
	} | null >( null );

	const back = (
		<Button
			variant="link"
			className="el-detail__back"
			onClick={ () => navigate( { screen: 'licenses' } ) }
		>
			{ __( '← All licenses', 'entitlement-ledger' ) }
		</Button>
	);
	if ( error ) {
		return (
			<div className="el-detail">
				{ back }
				<ErrorNotice
					error={ error }
					onRetry={ () => refreshLicense( id ) }
				/>
			</div>
		);
	}
	if ( ! license || ! license.activations ) {
		return (
			<div className="el-detail">
				{ back }
				<p className="el-detail__loading">
					<Spinner />
					{ __( 'Loading the license…', 'entitlement-ledger' ) }
				</p>
			</div>
		);
	}

	const activations = license.activations;
	const actions = getAllowedActions( license.status );
	return (
		<div className="el-detail el-license">
			{ back }
			<div className="el-row is-between el-detail__header">
				<h2 className="el-detail__title">
					<code>{ formatKeyPrefix( license.key_prefix ) }</code>{ ' ' }
					<span
						className={ `el-status is-license-${ license.status }` }
					>
						{ getLicenseStatusLabel( license.status ) }
					</span>
				</h2>
				<div className="el-row">
					{ actions.map( ( action ) => (
						<Button
							key={ action }
							__next40pxDefaultSize
							variant={
								action === 'cancel' ? 'tertiary' : 'secondary'
							}
							isDestructive={ action === 'cancel' }
							onClick={ () => setModal( { kind: action } ) }
						>
							{ ACTION_LABELS[ action ]() }
						</Button>
					) ) }
				</div>
			</div>
			{ status === 'loading' && (
				<p className="el-detail__loading">
					<Spinner />
					{ __( 'Refreshing…', 'entitlement-ledger' ) }
				</p>
			) }
			<dl className="el-detail__summary">
				<Term label={ __( 'Customer', 'entitlement-ledger' ) }>
					<Link url={ license.links?.customer }>
						{ license.customer_email }
					</Link>
				</Term>
				<Term label={ __( 'Product', 'entitlement-ledger' ) }>
					{ license.product_name }{ ' ' }
					<span className="el-license__muted">
						({ brandName ?? license.brand })
					</span>
				</Term>
				<Term label={ __( 'Seats used', 'entitlement-ledger' ) }>
					{ formatSeats( license ) }
				</Term>
				<Term label={ __( 'Expires', 'entitlement-ledger' ) }>
					{ license.expires_at
						? formatDate( license.expires_at, true )
						: __( 'Never', 'entitlement-ledger' ) }
				</Term>
				<Term label={ __( 'Source order', 'entitlement-ledger' ) }>
					{ license.source_order_id ? (
						<Link url={ license.links?.source_order }>
							{ sprintf(
								/* translators: %d: order number. */
								__( 'Order #%d', 'entitlement-ledger' ),
								license.source_order_id
							) }
						</Link>
					) : (
						__(
							'None (provisioned through the API)',
							'entitlement-ledger'
						)
					) }
				</Term>
				<Term label={ __( 'Created', 'entitlement-ledger' ) }>
					{ formatDate( license.created_at, true ) }
				</Term>
			</dl>
			<section className="el-detail__section">
				<h3>{ __( 'Activations', 'entitlement-ledger' ) }</h3>
				{ activations.length === 0 ? (
					<p>
						{ __(
							'The key has not been activated anywhere yet.',
							'entitlement-ledger'
						) }
					</p>
				) : (
					<table className="widefat striped el-detail__table">
						<thead>
							<tr>
								<th scope="col">
									{ __( 'Instance', 'entitlement-ledger' ) }
								</th>
								<th scope="col">
									{ __( 'Seat', 'entitlement-ledger' ) }
								</th>
								<th scope="col">
									{ __( 'First seen', 'entitlement-ledger' ) }
								</th>
								<th scope="col">
									{ __( 'Last seen', 'entitlement-ledger' ) }
								</th>
								<th scope="col">
									{ __( 'Status', 'entitlement-ledger' ) }
								</th>
								<th scope="col">
									<span className="screen-reader-text">
										{ __(
											'Actions',
											'entitlement-ledger'
										) }
									</span>
								</th>
							</tr>
						</thead>
						<tbody>
							{ activations.map( ( activation ) => (
								<tr key={ activation.instance }>
									<td className="el-license__instance">
										{ activation.instance }
									</td>
									<td>
										{ activation.uses_seat
											? __(
													'Uses a seat',
													'entitlement-ledger'
												)
											: __(
													'Free (brand pattern)',
													'entitlement-ledger'
												) }
									</td>
									<td>
										{ formatDate(
											activation.first_seen_at,
											true
										) }
									</td>
									<td>
										{ formatDate(
											activation.last_seen_at,
											true
										) }
									</td>
									<td>
										{ activation.active
											? __(
													'Active',
													'entitlement-ledger'
												)
											: sprintf(
													/* translators: %s: date. */
													__(
														'Deactivated %s',
														'entitlement-ledger'
													),
													formatDate(
														activation.deactivated_at,
														true
													)
												) }
									</td>
									<td className="el-license__row-action">
										{ activation.active && (
											<Button
												variant="secondary"
												size="compact"
												isDestructive
												label={ sprintf(
													/* translators: %s: instance. */
													__(
														'Deactivate %s',
														'entitlement-ledger'
													),
													activation.instance
												) }
												showTooltip={ false }
												onClick={ () =>
													setModal( {
														kind: 'deactivate',
														instance:
															activation.instance,
													} )
												}
											>
												{ __(
													'Deactivate',
													'entitlement-ledger'
												) }
											</Button>
										) }
									</td>
								</tr>
							) ) }
						</tbody>
					</table>
				) }
			</section>
			{ modal && (
				<LicenseActionModal
					license={ license }
					kind={ modal.kind }
					instance={ modal.instance }
					onClose={ () => setModal( null ) }
				/>
			) }
		</div>
	);
}
