/**
 * External dependencies
 */
import type { FormEvent } from 'react';

/**
 * WordPress dependencies
 */
import {
	Button,
	Modal,
	Notice,
	TextControl,
	TextareaControl,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import type { License, LicenseAction } from '../../api/licenses';
import type { ApiError } from '../../api/types';
import { store as licensesStore } from '../../store/licenses';
import { formatKeyPrefix } from './labels';
import { renewalExpiry } from './renewal';

export type LicenseModalKind = LicenseAction | 'deactivate';

interface Props {
	license: License;
	kind: LicenseModalKind;
	/** The instance to deactivate (kind "deactivate"). */
	instance?: string;
	onClose: () => void;
}

function texts( kind: LicenseModalKind, license: License, instance = '' ) {
	switch ( kind ) {
		case 'suspend':
			return {
				title: __( 'Suspend license', 'entitlement-ledger' ),
				intro: __(
					'The product stops working on every instance until the license is resumed. Activations are kept.',
					'entitlement-ledger'
				),
				button: __( 'Suspend', 'entitlement-ledger' ),
				done: ( subject: string ) =>
					sprintf(
						/* translators: %s: license key prefix. */
						__( 'License %s suspended.', 'entitlement-ledger' ),
						subject
					),
				destructive: true,
			};
		case 'resume':
			return {
				title: __( 'Resume license', 'entitlement-ledger' ),
				intro: __(
					'The license is valid again (expired, if its date has passed meanwhile).',
					'entitlement-ledger'
				),
				button: __( 'Resume', 'entitlement-ledger' ),
				done: ( subject: string ) =>
					sprintf(
						/* translators: %s: license key prefix. */
						__( 'License %s resumed.', 'entitlement-ledger' ),
						subject
					),
				destructive: false,
			};
		case 'cancel':
			return {
				title: __( 'Cancel license', 'entitlement-ledger' ),
				intro: __(
					'Cancelling is final: the license cannot be resumed or renewed afterwards.',
					'entitlement-ledger'
				),
				button: __( 'Cancel license', 'entitlement-ledger' ),
				done: ( subject: string ) =>
					sprintf(
						/* translators: %s: license key prefix. */
						__( 'License %s cancelled.', 'entitlement-ledger' ),
						subject
					),
				destructive: true,
			};
		case 'renew':
			return {
				title: __( 'Renew license', 'entitlement-ledger' ),
				intro: __(
					'Sets a new expiry. Leave the date empty to add the product’s validity to the current expiry (or to today, if it has passed).',
					'entitlement-ledger'
				),
				button: __( 'Renew', 'entitlement-ledger' ),
				done: ( subject: string ) =>
					sprintf(
						/* translators: %s: license key prefix. */
						__( 'License %s renewed.', 'entitlement-ledger' ),
						subject
					),
				destructive: false,
			};
		case 'deactivate':
			return {
				title: __( 'Deactivate instance', 'entitlement-ledger' ),
				intro: sprintf(
					/* translators: 1: instance (site or machine), 2: license key prefix. */
					__(
						'“%1$s” is deactivated on %2$s and its seat is freed. The customer’s product there stops working until it is activated again.',
						'entitlement-ledger'
					),
					instance,
					formatKeyPrefix( license.key_prefix )
				),
				button: __( 'Deactivate', 'entitlement-ledger' ),
				done: ( subject: string ) =>
					sprintf(
						/* translators: %s: instance. */
						__( '“%s” deactivated.', 'entitlement-ledger' ),
						subject
					),
				destructive: true,
			};
	}
}

/**
 * The confirmation of a lifecycle action (with an optional reason, kept in
 * the audit log) or of an instance's deactivation. The Modal moves focus into
 * the form and back to the button that opened it.
 *
 * @param props          Props.
 * @param props.license
 * @param props.kind
 * @param props.instance
 * @param props.onClose
 */
export default function LicenseActionModal( {
	license,
	kind,
	instance = '',
	onClose,
}: Props ) {
	const [ reason, setReason ] = useState( '' );
	const [ date, setDate ] = useState( '' );
	const [ busy, setBusy ] = useState( false );
	const [ error, setError ] = useState< ApiError | null >( null );
	const { applyLicenseAction, deactivateInstance } =
		useDispatch( licensesStore );
	const { createSuccessNotice } = useDispatch( noticesStore );
	const t = texts( kind, license, instance );

	const submit = async ( event: FormEvent ) => {
		event.preventDefault();
		setBusy( true );
		setError( null );
		try {
			if ( kind === 'deactivate' ) {
				await deactivateInstance( license.id, instance );
			} else {
				const expires = kind === 'renew' ? renewalExpiry( date ) : null;
				await applyLicenseAction( license.id, kind, {
					...( reason.trim() ? { reason: reason.trim() } : {} ),
					...( expires ? { expires_at: expires } : {} ),
				} );
			}
			createSuccessNotice(
				t.done(
					kind === 'deactivate'
						? instance
						: formatKeyPrefix( license.key_prefix )
				),
				{ type: 'snackbar' }
			);
			onClose();
		} catch ( caught ) {
			setError( caught as ApiError );
			setBusy( false );
		}
	};

	return (
		<Modal
			focusOnMount="firstContentElement"
			title={ t.title }
			onRequestClose={ onClose }
			size="medium"
		>
			<form onSubmit={ submit } className="el-action-form">
				<div className="el-stack">
					{ error && (
						<div role="alert">
							<Notice status="error" isDismissible={ false }>
								{ error.message }
							</Notice>
						</div>
					) }
					<p>{ t.intro }</p>
					{ kind === 'renew' && (
						<TextControl
							__next40pxDefaultSize
							__nextHasNoMarginBottom
							type="date"
							label={ __( 'New expiry', 'entitlement-ledger' ) }
							help={ __(
								'Optional. The license expires at the end of that day (UTC).',
								'entitlement-ledger'
							) }
							value={ date }
							onChange={ setDate }
						/>
					) }
					{ kind !== 'deactivate' && (
						<TextareaControl
							__nextHasNoMarginBottom
							label={ __( 'Reason', 'entitlement-ledger' ) }
							help={ __(
								'Optional; kept in the audit log.',
								'entitlement-ledger'
							) }
							value={ reason }
							onChange={ setReason }
							rows={ 2 }
						/>
					) }
					<div className="el-row is-end el-action-form__buttons">
						<Button
							__next40pxDefaultSize
							variant="tertiary"
							onClick={ onClose }
							disabled={ busy }
						>
							{ __( 'Keep as it is', 'entitlement-ledger' ) }
						</Button>
						<Button
							__next40pxDefaultSize
							variant="primary"
							type="submit"
							isDestructive={ t.destructive }
							isBusy={ busy }
							disabled={ busy }
							accessibleWhenDisabled
						>
							{ t.button }
						</Button>
					</div>
				</div>
			</form>
		</Modal>
	);
}
