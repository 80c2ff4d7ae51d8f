/**
 * External dependencies
 */
import type { Action, RenderModalProps } from '@wordpress/dataviews';
import type { FormEvent } from 'react';

/**
 * WordPress dependencies
 */
import {
	Button,
	Notice,
	ProgressBar,
	RadioControl,
	SelectControl,
	Spinner,
	TextControl,
	TextareaControl,
} from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { newIdempotencyKey } from '../../api/client';
import type { EntitlementChange } from '../../api/client';
import type { ApiError, Entitlement } from '../../api/types';
import { store as entitlementsStore } from '../../store/entitlements';
import type { BulkOutcome } from '../../store/entitlements/actions';
import { downloadCsv, entitlementsCsv } from './csv';

type ModalProps = RenderModalProps< Entitlement >;

/**
 * Submit state shared by the forms: busy flag, the REST error to show, and an
 * Idempotency-Key per request body, so that a retry of the same change after
 * a network error cannot apply it twice while a corrected form (another body)
 * is a new request.
 *
 * @return Form state.
 */
function useSubmit() {
	const [ busy, setBusy ] = useState( false );
	const [ error, setError ] = useState< ApiError | null >( null );
	const [ keys ] = useState( () => new Map< string, string >() );
	const run = async (
		work: ( key: string ) => Promise< void >,
		body: unknown = null
	) => {
		const fingerprint = JSON.stringify( body );
		let key = keys.get( fingerprint );
		if ( ! key ) {
			key = newIdempotencyKey();
			keys.set( fingerprint, key );
		}
		setBusy( true );
		setError( null );
		try {
			await work( key );
		} catch ( caught ) {
			setError( caught as ApiError );
			setBusy( false );
		}
	};
	return { busy, error, run };
}

function FormError( { error }: { error: ApiError | null } ) {
	return error ? (
		<div role="alert">
			<Notice status="error" isDismissible={ false }>
				{ error.message }
			</Notice>
		</div>
	) : null;
}

function FormButtons( {
	busy,
	label,
	onCancel,
	destructive = false,
	disabled = false,
}: {
	busy: boolean;
	label: string;
	onCancel?: () => void;
	destructive?: boolean;
	disabled?: boolean;
} ) {
	return (
		<div className="el-row is-end el-action-form__buttons">
			<Button
				__next40pxDefaultSize
				variant="tertiary"
				onClick={ onCancel }
				disabled={ busy }
			>
				{ __( 'Cancel', 'entitlement-ledger' ) }
			</Button>
			<Button
				__next40pxDefaultSize
				variant="primary"
				type="submit"
				isDestructive={ destructive }
				isBusy={ busy }
				disabled={ busy || disabled }
				accessibleWhenDisabled
			>
				{ label }
			</Button>
		</div>
	);
}

/**
 * The snackbar after a change, with an Undo when the change can be undone.
 *
 * @return Function showing the notice.
 */
function useChangeNotice() {
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );
	const { applyEntitlementChange } = useDispatch( entitlementsStore );
	return (
		message: string,
		undo?: { id: number; change: EntitlementChange; done: string }
	) =>
		createSuccessNotice( message, {
			type: 'snackbar',
			actions: undo
				? [
						{
							label: __( 'Undo', 'entitlement-ledger' ),
							onClick: () => {
								applyEntitlementChange(
									undo.id,
									undo.change
								).then(
									() =>
										createSuccessNotice( undo.done, {
											type: 'snackbar',
										} ),
									( error: ApiError ) =>
										createErrorNotice( error.message, {
											type: 'snackbar',
										} )
								);
							},
						},
					]
				: [],
		} );
}

/**
 * Standard redemption (a gift of the entitlement's cycle, which creates the
 * fulfilment order) or custom redemption (an existing order and a note).
 *
 * @param props Modal props (the entitlement, closeModal, onActionPerformed).
 */
export function RedeemForm( props: ModalProps ) {
	const { items, closeModal, onActionPerformed } = props;
	const item = items[ 0 ] as Entitlement;
	const [ method, setMethod ] = useState< 'standard' | 'custom' >(
		'standard'
	);
	const [ giftId, setGiftId ] = useState( '' );
	const [ orderId, setOrderId ] = useState( '' );
	const [ note, setNote ] = useState( '' );
	const { busy, error, run } = useSubmit();
	const { applyEntitlementChange } = useDispatch( entitlementsStore );
	const notify = useChangeNotice();
	const { gifts, giftsStatus } = useSelect(
		( select ) => ( {
			gifts: select( entitlementsStore ).getCycleGifts( item.number ),
			giftsStatus: select( entitlementsStore ).getResourceStatus(
				'gifts',
				item.number
			),
		} ),
		[ item.number ]
	);
	const orderValid = /^[1-9]\d{0,15}$/.test( orderId.trim() );
	const ready = method === 'standard' ? giftId !== '' : orderValid;

	const submit = ( event: FormEvent ) => {
		event.preventDefault();
		if ( ! ready ) {
			return;
		}
		const body =
			method === 'standard'
				? { gift_id: Number( giftId ), note }
				: { order_id: Number( orderId.trim() ), note };
		run( async ( key ) => {
			await applyEntitlementChange(
				item.id,
				{ action: 'redeem', body },
				key
			);
			notify(
				sprintf(
					/* translators: %d: entitlement id. */
					__( 'Entitlement #%d redeemed.', 'entitlement-ledger' ),
					item.id
				),
				{
					id: item.id,
					change: {
						action: 'unredeem',
						reason: __(
							'Undone from the notice',
							'entitlement-ledger'
						),
					},
					done: sprintf(
						/* translators: %d: entitlement id. */
						__( 'Redemption of #%d undone.', 'entitlement-ledger' ),
						item.id
					),
				}
			);
			onActionPerformed?.( items );
			closeModal?.();
		}, body );
	};

	return (
		<form onSubmit={ submit } className="el-action-form">
			<div className="el-stack">
				<FormError error={ error } />
				<RadioControl
					label={ __( 'Redemption', 'entitlement-ledger' ) }
					selected={ method }
					options={ [
						{
							value: 'standard',
							label: __(
								'Standard: ship a gift of this cycle',
								'entitlement-ledger'
							),
						},
						{
							value: 'custom',
							label: __(
								'Custom: link an existing order',
								'entitlement-ledger'
							),
						},
					] }
					onChange={ ( value ) =>
						setMethod( value as 'standard' | 'custom' )
					}
				/>
				{ method === 'standard' &&
					( giftsStatus === 'loading' || giftsStatus === 'idle' ? (
						<Spinner />
					) : (
						<SelectControl
							__next40pxDefaultSize
							__nextHasNoMarginBottom
							label={ sprintf(
								/* translators: %d: entitlement number (cycle). */
								__( 'Gift of cycle %d', 'entitlement-ledger' ),
								item.number
							) }
							value={ giftId }
							options={ [
								{
									value: '',
									label:
										gifts.length === 0
											? __(
													'No gift available for this cycle',
													'entitlement-ledger'
												)
											: __(
													'Choose a gift',
													'entitlement-ledger'
												),
								},
								...gifts.map( ( gift ) => ( {
									value: String( gift.id ),
									label: gift.name,
								} ) ),
							] }
							onChange={ setGiftId }
						/>
					) ) }
				{ method === 'custom' && (
					<TextControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __( 'Order ID', 'entitlement-ledger' ) }
						help={
							orderId !== '' && ! orderValid
								? __(
										'An order ID is a whole number, such as 345.',
										'entitlement-ledger'
									)
								: __(
										'The WooCommerce order that fulfils this entitlement.',
										'entitlement-ledger'
									)
						}
						inputMode="numeric"
						value={ orderId }
						onChange={ setOrderId }
					/>
				) }
				<TextareaControl
					__nextHasNoMarginBottom
					label={ __( 'Note', 'entitlement-ledger' ) }
					value={ note }
					onChange={ setNote }
					rows={ 2 }
				/>
				<FormButtons
					busy={ busy }
					label={ __( 'Redeem', 'entitlement-ledger' ) }
					onCancel={ closeModal }
					disabled={ ! ready }
				/>
			</div>
		</form>
	);
}

/**
 * Runs a bulk change with a progress bar, then reports what failed.
 *
 * @param props         Props.
 * @param props.total   Items in all.
 * @param props.handled Items handled so far.
 * @param props.outcome The result once done.
 * @param props.onClose Closes the modal.
 */
function BulkProgress( {
	total,
	handled,
	outcome,
	onClose,
}: {
	total: number;
	handled: number;
	outcome: BulkOutcome | null;
	onClose?: () => void;
} ) {
	return (
		<div className="el-stack el-bulk-progress">
			<p id="el-bulk-progress-label">
				{ sprintf(
					/* translators: 1: items handled, 2: items in all. */
					__( '%1$d of %2$d done', 'entitlement-ledger' ),
					handled,
					total
				) }
			</p>
			<ProgressBar
				value={ total ? ( 100 * handled ) / total : 100 }
				aria-labelledby="el-bulk-progress-label"
			/>
			{ outcome && outcome.failed.length > 0 && (
				<div role="alert">
					<Notice status="warning" isDismissible={ false }>
						<p>
							{ sprintf(
								/* translators: %d: number of entitlements. */
								_n(
									'%d entitlement was not changed:',
									'%d entitlements were not changed:',
									outcome.failed.length,
									'entitlement-ledger'
								),
								outcome.failed.length
							) }
						</p>
						<ul className="el-bulk-progress__failures">
							{ outcome.failed
								.slice( 0, 20 )
								.map( ( failure ) => (
									<li key={ failure.id }>
										#{ failure.id }: { failure.message }
									</li>
								) ) }
						</ul>
					</Notice>
				</div>
			) }
			{ outcome && (
				<div className="el-row is-end">
					<Button
						__next40pxDefaultSize
						variant="primary"
						onClick={ onClose }
					>
						{ __( 'Close', 'entitlement-ledger' ) }
					</Button>
				</div>
			) }
		</div>
	);
}

/**
 * A bulk run's state and starter.
 *
 * @return Bulk state.
 */
function useBulk() {
	const [ handled, setHandled ] = useState( 0 );
	const [ running, setRunning ] = useState( false );
	const [ outcome, setOutcome ] = useState< BulkOutcome | null >( null );
	const start = async (
		work: ( onProgress: ( n: number ) => void ) => Promise< BulkOutcome >
	) => {
		setRunning( true );
		const result = await work( setHandled );
		setOutcome( result );
		return result;
	};
	return { handled, running, outcome, start };
}

function bulkMessage( outcome: BulkOutcome, doneText: string ): string {
	return outcome.failed.length === 0
		? doneText
		: sprintf(
				/* translators: 1: done summary, 2: number of failures. */
				__( '%1$s %2$d failed.', 'entitlement-ledger' ),
				doneText,
				outcome.failed.length
			);
}

/**
 * Change the entitlement number of one or many entitlements.
 *
 * @param props Modal props (the entitlements, closeModal, onActionPerformed).
 */
export function RenumberForm( props: ModalProps ) {
	const { items, closeModal, onActionPerformed } = props;
	const first = items[ 0 ] as Entitlement;
	const [ value, setValue ] = useState(
		items.length === 1 ? String( first.number ) : ''
	);
	const { busy, error, run } = useSubmit();
	const bulk = useBulk();
	const { applyEntitlementChange, applyBulkChange } =
		useDispatch( entitlementsStore );
	const notify = useChangeNotice();
	const number = Number( value );
	const valid = Number.isInteger( number ) && number >= 1 && number <= 9999;

	const submit = ( event: FormEvent ) => {
		event.preventDefault();
		if ( ! valid ) {
			return;
		}
		if ( items.length > 1 ) {
			bulk.start( async ( onProgress ) => {
				const outcome = await applyBulkChange(
					items.map( ( item ) => item.id ),
					{ action: 'renumber', number },
					onProgress
				);
				notify(
					bulkMessage(
						outcome,
						sprintf(
							/* translators: 1: count, 2: entitlement number. */
							_n(
								'%1$d entitlement moved to number %2$d.',
								'%1$d entitlements moved to number %2$d.',
								outcome.done.length,
								'entitlement-ledger'
							),
							outcome.done.length,
							number
						)
					)
				);
				onActionPerformed?.( items );
				if ( outcome.failed.length === 0 ) {
					closeModal?.();
				}
				return outcome;
			} );
			return;
		}
		run( async ( key ) => {
			await applyEntitlementChange(
				first.id,
				{ action: 'update', body: { number } },
				key
			);
			notify(
				sprintf(
					/* translators: 1: entitlement id, 2: entitlement number. */
					__(
						'Entitlement #%1$d moved to number %2$d.',
						'entitlement-ledger'
					),
					first.id,
					number
				),
				number === first.number
					? undefined
					: {
							id: first.id,
							change: {
								action: 'update',
								body: { number: first.number },
							},
							done: sprintf(
								/* translators: 1: entitlement id, 2: entitlement number. */
								__(
									'Entitlement #%1$d is number %2$d again.',
									'entitlement-ledger'
								),
								first.id,
								first.number
							),
						}
			);
			onActionPerformed?.( items );
			closeModal?.();
		}, number );
	};

	if ( bulk.running ) {
		return (
			<BulkProgress
				total={ items.length }
				handled={ bulk.handled }
				outcome={ bulk.outcome }
				onClose={ closeModal }
			/>
		);
	}
	return (
		<form onSubmit={ submit } className="el-action-form">
			<div className="el-stack">
				<FormError error={ error } />
				{ items.length > 1 && (
					<p>
						{ sprintf(
							/* translators: %d: number of entitlements. */
							_n(
								'%d entitlement selected.',
								'%d entitlements selected.',
								items.length,
								'entitlement-ledger'
							),
							items.length
						) }
					</p>
				) }
				<TextControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					label={ __(
						'New entitlement number',
						'entitlement-ledger'
					) }
					help={ __(
						'The annual cycle, such as 2027.',
						'entitlement-ledger'
					) }
					type="number"
					min={ 1 }
					max={ 9999 }
					value={ value }
					onChange={ setValue }
				/>
				<FormButtons
					busy={ busy }
					label={ __( 'Change number', 'entitlement-ledger' ) }
					onCancel={ closeModal }
					disabled={ ! valid }
				/>
			</div>
		</form>
	);
}

type ReasonKind = 'cancel' | 'unredeem' | 'delete';

function reasonTexts( kind: ReasonKind, count: number ) {
	switch ( kind ) {
		case 'cancel':
			return {
				intro: _n(
					'Cancelling reverses the deferred amount in the ledger. It cannot be undone.',
					'Cancelling reverses the deferred amounts in the ledger. It cannot be undone.',
					count,
					'entitlement-ledger'
				),
				button: __( 'Cancel entitlement', 'entitlement-ledger' ),
			};
		case 'unredeem':
			return {
				intro: __(
					'The entitlement becomes unredeemed again and its earned amount is reversed. The fulfilment order is kept.',
					'entitlement-ledger'
				),
				button: __( 'Undo redemption', 'entitlement-ledger' ),
			};
		case 'delete':
			return {
				intro: __(
					'The entitlement leaves the lists; its record, ledger and audit history are kept.',
					'entitlement-ledger'
				),
				button: __( 'Delete', 'entitlement-ledger' ),
			};
	}
}

/**
 * Cancel (one or many), undo a redemption, or delete: each needs a reason,
 * which the ledger memo and the audit log keep.
 *
 * @param props Modal props and the kind of change (cancel, unredeem, delete).
 */
export function ReasonForm( props: ModalProps & { kind: ReasonKind } ) {
	const { items, closeModal, onActionPerformed, kind } = props;
	const [ reason, setReason ] = useState( '' );
	const { busy, error, run } = useSubmit();
	const bulk = useBulk();
	const { applyEntitlementChange, applyBulkChange } =
		useDispatch( entitlementsStore );
	const notify = useChangeNotice();
	const texts = reasonTexts( kind, items.length );
	const first = items[ 0 ] as Entitlement;

	const submit = ( event: FormEvent ) => {
		event.preventDefault();
		const trimmed = reason.trim();
		if ( trimmed === '' ) {
			return;
		}
		if ( kind === 'cancel' && items.length > 1 ) {
			bulk.start( async ( onProgress ) => {
				const outcome = await applyBulkChange(
					items.map( ( item ) => item.id ),
					{ action: 'cancel', reason: trimmed },
					onProgress
				);
				notify(
					bulkMessage(
						outcome,
						sprintf(
							/* translators: %d: number of entitlements. */
							_n(
								'%d entitlement cancelled.',
								'%d entitlements cancelled.',
								outcome.done.length,
								'entitlement-ledger'
							),
							outcome.done.length
						)
					)
				);
				onActionPerformed?.( items );
				if ( outcome.failed.length === 0 ) {
					closeModal?.();
				}
				return outcome;
			} );
			return;
		}
		run( async ( key ) => {
			await applyEntitlementChange(
				first.id,
				{ action: kind, reason: trimmed },
				key
			);
			notify( reasonDoneMessage( kind, first.id ) );
			onActionPerformed?.( items );
			closeModal?.();
		}, trimmed );
	};

	if ( bulk.running ) {
		return (
			<BulkProgress
				total={ items.length }
				handled={ bulk.handled }
				outcome={ bulk.outcome }
				onClose={ closeModal }
			/>
		);
	}
	return (
		<form onSubmit={ submit } className="el-action-form">
			<div className="el-stack">
				<FormError error={ error } />
				<p>{ texts.intro }</p>
				{ items.length > 1 && (
					<p>
						{ sprintf(
							/* translators: %d: number of entitlements. */
							_n(
								'%d entitlement selected.',
								'%d entitlements selected.',
								items.length,
								'entitlement-ledger'
							),
							items.length
						) }
					</p>
				) }
				<TextareaControl
					__nextHasNoMarginBottom
					label={ __( 'Reason', 'entitlement-ledger' ) }
					help={ __(
						'Required; kept in the ledger and the audit log.',
						'entitlement-ledger'
					) }
					value={ reason }
					onChange={ setReason }
					rows={ 2 }
					required
				/>
				<FormButtons
					busy={ busy }
					label={ texts.button }
					onCancel={ closeModal }
					destructive={ kind !== 'unredeem' }
					disabled={ reason.trim() === '' }
				/>
			</div>
		</form>
	);
}

function reasonDoneMessage( kind: ReasonKind, id: number ): string {
	switch ( kind ) {
		case 'cancel':
			return sprintf(
				/* translators: %d: entitlement id. */
				__( 'Entitlement #%d cancelled.', 'entitlement-ledger' ),
				id
			);
		case 'unredeem':
			return sprintf(
				/* translators: %d: entitlement id. */
				__(
					'Redemption of #%d undone: it is unredeemed again.',
					'entitlement-ledger'
				),
				id
			);
		case 'delete':
			return sprintf(
				/* translators: %d: entitlement id. */
				__( 'Entitlement #%d deleted.', 'entitlement-ledger' ),
				id
			);
	}
}

const isActive = ( item: Entitlement ) =>
	item.status === 'active' && ! item.deleted_at;

/**
 * The actions of the Circulation list and of the detail panel.
 *
 * @return DataViews actions.
 */
export function getEntitlementActions(): Action< Entitlement >[] {
	return [
		{
			id: 'redeem',
			label: __( 'Redeem', 'entitlement-ledger' ),
			isPrimary: true,
			isEligible: isActive,
			modalHeader: ( items ) =>
				sprintf(
					/* translators: %d: entitlement id. */
					__( 'Redeem entitlement #%d', 'entitlement-ledger' ),
					items[ 0 ]?.id ?? 0
				),
			RenderModal: RedeemForm,
		},
		{
			id: 'renumber',
			label: __( 'Change number', 'entitlement-ledger' ),
			supportsBulk: true,
			isEligible: ( item ) => ! item.deleted_at,
			modalHeader: __(
				'Change entitlement number',
				'entitlement-ledger'
			),
			RenderModal: RenumberForm,
		},
		{
			id: 'unredeem',
			label: __( 'Undo redemption', 'entitlement-ledger' ),
			isEligible: ( item ) =>
				item.status === 'redeemed' && ! item.deleted_at,
			modalHeader: ( items ) =>
				sprintf(
					/* translators: %d: entitlement id. */
					__( 'Undo redemption of #%d', 'entitlement-ledger' ),
					items[ 0 ]?.id ?? 0
				),
			RenderModal: ( props ) => (
				<ReasonForm { ...props } kind="unredeem" />
			),
		},
		{
			id: 'cancel',
			label: __( 'Cancel', 'entitlement-ledger' ),
			supportsBulk: true,
			isEligible: isActive,
			modalHeader: ( items ) =>
				items.length === 1
					? sprintf(
							/* translators: %d: entitlement id. */
							__(
								'Cancel entitlement #%d',
								'entitlement-ledger'
							),
							items[ 0 ]?.id ?? 0
						)
					: __( 'Cancel entitlements', 'entitlement-ledger' ),
			RenderModal: ( props ) => <ReasonForm { ...props } kind="cancel" />,
		},
		{
			id: 'export',
			label: __( 'Export CSV', 'entitlement-ledger' ),
			supportsBulk: true,
			callback: ( items ) =>
				downloadCsv(
					`entitlements-${ new Date()
						.toISOString()
						.slice( 0, 10 ) }.csv`,
					entitlementsCsv( items )
				),
		},
		{
			id: 'delete',
			label: __( 'Delete', 'entitlement-ledger' ),
			isEligible: ( item ) => ! item.deleted_at,
			modalHeader: ( items ) =>
				sprintf(
					/* translators: %d: entitlement id. */
					__( 'Delete entitlement #%d', 'entitlement-ledger' ),
					items[ 0 ]?.id ?? 0
				),
			RenderModal: ( props ) => <ReasonForm { ...props } kind="delete" />,
		},
	];
}
