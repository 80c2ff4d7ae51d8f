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
	Spinner,
	TextControl,
} from '@wordpress/components';
import { useCopyToClipboard } from '@wordpress/compose';
import { useDispatch, useSelect } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import type { BrandKey, CreatedBrandKey } from '../../api/licenses';
import type { ApiError } from '../../api/types';
import ErrorNotice from '../../components/ErrorNotice';
import { store as brandsStore } from '../../store/brands';
import { formatDate } from '../circulation/fields';

function FormError( { error }: { error: ApiError | null } ) {
	return error ? (
		<div role="alert">
			<Notice status="error" isDismissible={ false }>
				{ error.message }
			</Notice>
		</div>
	) : null;
}

/**
 * The new key's secret, shown this once, with a copy button.
 *
 * @param props         Props.
 * @param props.created The answer that created the key.
 * @param props.onClose Closes the modal (the secret is then gone).
 */
function SecretModal( {
	created,
	onClose,
}: {
	created: CreatedBrandKey;
	onClose: () => void;
} ) {
	const [ copied, setCopied ] = useState( false );
	const ref = useCopyToClipboard< HTMLButtonElement >( created.key, () =>
		setCopied( true )
	);
	return (
		<Modal
			focusOnMount="firstContentElement"
			title={ __( 'Copy the API key now', 'entitlement-ledger' ) }
			onRequestClose={ onClose }
			size="medium"
			shouldCloseOnClickOutside={ false }
		>
			<div className="el-stack el-brands__secret">
				<Notice status="warning" isDismissible={ false }>
					{ __(
						'This is the only time the full key is shown. Store it in the brand system’s configuration now: afterwards only its prefix is visible, and a lost key must be revoked and replaced.',
						'entitlement-ledger'
					) }
				</Notice>
				<TextControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					label={ __( 'API key', 'entitlement-ledger' ) }
					help={ __(
						'Send it as “Authorization: Bearer <key>”.',
						'entitlement-ledger'
					) }
					value={ created.key }
					onChange={ () => undefined }
					readOnly
					onFocus={ ( event ) => event.target.select() }
				/>
				<div className="el-row is-between">
					<Button
						__next40pxDefaultSize
						variant="secondary"
						ref={ ref }
					>
						{ copied
							? __( 'Copied', 'entitlement-ledger' )
							: __( 'Copy key', 'entitlement-ledger' ) }
					</Button>
					<Button
						__next40pxDefaultSize
						variant="primary"
						onClick={ onClose }
					>
						{ __( 'I have stored the key', 'entitlement-ledger' ) }
					</Button>
				</div>
			</div>
		</Modal>
	);
}

function CreateKeyModal( {
	brand,
	onCreated,
	onClose,
}: {
	brand: string;
	onCreated: ( created: CreatedBrandKey ) => void;
	onClose: () => void;
} ) {
	const [ name, setName ] = useState( '' );
	const [ busy, setBusy ] = useState( false );
	const [ error, setError ] = useState< ApiError | null >( null );
	const { createBrandKey } = useDispatch( brandsStore );
	const submit = async ( event: FormEvent ) => {
		event.preventDefault();
		setBusy( true );
		setError( null );
		try {
			onCreated( await createBrandKey( brand, name.trim() ) );
		} catch ( caught ) {
			setError( caught as ApiError );
			setBusy( false );
		}
	};
	return (
		<Modal
			focusOnMount="firstContentElement"
			title={ __( 'Create API key', 'entitlement-ledger' ) }
			onRequestClose={ onClose }
			size="medium"
		>
			<form onSubmit={ submit } className="el-action-form">
				<div className="el-stack">
					<FormError error={ error } />
					<p>
						{ __(
							'A brand API key lets the brand’s systems provision licenses, look them up by email and change their lifecycle, for this brand only.',
							'entitlement-ledger'
						) }
					</p>
					<TextControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __( 'What it is for', 'entitlement-ledger' ) }
						help={ __(
							'e.g. “Checkout server”.',
							'entitlement-ledger'
						) }
						value={ name }
						onChange={ setName }
						maxLength={ 190 }
					/>
					<div className="el-row is-end el-action-form__buttons">
						<Button
							__next40pxDefaultSize
							variant="tertiary"
							onClick={ onClose }
							disabled={ busy }
						>
							{ __( 'Cancel', 'entitlement-ledger' ) }
						</Button>
						<Button
							__next40pxDefaultSize
							variant="primary"
							type="submit"
							isBusy={ busy }
							disabled={ busy }
							accessibleWhenDisabled
						>
							{ __( 'Create key', 'entitlement-ledger' ) }
						</Button>
					</div>
				</div>
			</form>
		</Modal>
	);
}

function RevokeModal( {
	apiKey,
	onClose,
}: {
	apiKey: BrandKey;
	onClose: () => void;
} ) {
	const [ busy, setBusy ] = useState( false );
	const [ error, setError ] = useState< ApiError | null >( null );
	const { revokeBrandKey } = useDispatch( brandsStore );
	const { createSuccessNotice } = useDispatch( noticesStore );
	const submit = async ( event: FormEvent ) => {
		event.preventDefault();
		setBusy( true );
		setError( null );
		try {
			await revokeBrandKey( apiKey.brand, apiKey.id );
			createSuccessNotice(
				sprintf(
					/* translators: %s: API key prefix. */
					__( 'API key %s revoked.', 'entitlement-ledger' ),
					apiKey.prefix
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
			title={ __( 'Revoke API key', 'entitlement-ledger' ) }
			onRequestClose={ onClose }
			size="medium"
		>
			<form onSubmit={ submit } className="el-action-form">
				<div className="el-stack">
					<FormError error={ error } />
					<p>
						{ sprintf(
							/* translators: %s: API key prefix. */
							__(
								'Requests signed with %s are refused from now on. This cannot be undone: the brand system needs a new key.',
								'entitlement-ledger'
							),
							apiKey.prefix
						) }
					</p>
					<div className="el-row is-end el-action-form__buttons">
						<Button
							__next40pxDefaultSize
							variant="tertiary"
							onClick={ onClose }
							disabled={ busy }
						>
							{ __( 'Keep the key', 'entitlement-ledger' ) }
						</Button>
						<Button
							__next40pxDefaultSize
							variant="primary"
							type="submit"
							isDestructive
							isBusy={ busy }
							disabled={ busy }
							accessibleWhenDisabled
						>
							{ __( 'Revoke', 'entitlement-ledger' ) }
						</Button>
					</div>
				</div>
			</form>
		</Modal>
	);
}

/**
 * A brand's API keys: prefix, created, last used, revoked; create (the
 * secret shown once) and revoke.
 *
 * @param props       Props.
 * @param props.brand Brand slug.
 */
export default function BrandKeys( { brand }: { brand: string } ) {
	const { keys, status, error } = useSelect(
		( select ) => {
			const s = select( brandsStore );
			return {
				keys: s.getBrandKeys( brand ),
				status: s.getBrandKeysStatus( brand ),
				error: s.getBrandKeysError( brand ),
			};
		},
		[ brand ]
	);
	const { refreshBrandList } = useDispatch( brandsStore );
	const [ creating, setCreating ] = useState( false );
	const [ created, setCreated ] = useState< CreatedBrandKey | null >( null );
	const [ revoking, setRevoking ] = useState< BrandKey | null >( null );

	return (
		<section className="el-detail__section">
			<div className="el-row is-between">
				<h3>{ __( 'API keys', 'entitlement-ledger' ) }</h3>
				<Button
					__next40pxDefaultSize
					variant="secondary"
					onClick={ () => setCreating( true ) }
				>
					{ __( 'Create API key', 'entitlement-ledger' ) }
				</Button>
			</div>
			{ error && (
				<ErrorNotice
					error={ error }
					onRetry={ () => refreshBrandList( 'keys', brand ) }
				/>
			) }
			{ status === 'loading' && keys.length === 0 && <Spinner /> }
			{ status === 'success' && keys.length === 0 && (
				<p>
					{ __(
						'No API keys yet: create one for each system of the brand that provisions or checks licenses.',
						'entitlement-ledger'
					) }
				</p>
			) }
			{ keys.length > 0 && (
				<table className="widefat striped el-detail__table">
					<thead>
						<tr>
							<th scope="col">
								{ __( 'Name', 'entitlement-ledger' ) }
							</th>
							<th scope="col">
								{ __( 'Key', 'entitlement-ledger' ) }
							</th>
							<th scope="col">
								{ __( 'Created', 'entitlement-ledger' ) }
							</th>
							<th scope="col">
								{ __( 'Last used', 'entitlement-ledger' ) }
							</th>
							<th scope="col">
								{ __( 'Status', 'entitlement-ledger' ) }
							</th>
							<th scope="col">
								<span className="screen-reader-text">
									{ __( 'Actions', 'entitlement-ledger' ) }
								</span>
							</th>
						</tr>
					</thead>
					<tbody>
						{ keys.map( ( apiKey ) => (
							<tr key={ apiKey.id }>
								<td>{ apiKey.name || '—' }</td>
								<td>
									<code>{ apiKey.prefix }…</code>
								</td>
								<td>
									{ formatDate( apiKey.created_at, true ) }
								</td>
								<td>
									{ apiKey.last_used_at
										? formatDate(
												apiKey.last_used_at,
												true
											)
										: __( 'Never', 'entitlement-ledger' ) }
								</td>
								<td>
									{ apiKey.active ? (
										<span className="el-status is-license-valid">
											{ __(
												'Active',
												'entitlement-ledger'
											) }
										</span>
									) : (
										<span className="el-status is-license-cancelled">
											{ sprintf(
												/* translators: %s: date. */
												__(
													'Revoked %s',
													'entitlement-ledger'
												),
												formatDate( apiKey.revoked_at )
											) }
										</span>
									) }
								</td>
								<td className="el-license__row-action">
									{ apiKey.active && (
										<Button
											variant="secondary"
											size="compact"
											isDestructive
											label={ sprintf(
												/* translators: %s: API key prefix. */
												__(
													'Revoke %s',
													'entitlement-ledger'
												),
												apiKey.prefix
											) }
											showTooltip={ false }
											onClick={ () =>
												setRevoking( apiKey )
											}
										>
											{ __(
												'Revoke',
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
			{ creating && (
				<CreateKeyModal
					brand={ brand }
					onClose={ () => setCreating( false ) }
					onCreated={ ( key ) => {
						setCreating( false );
						setCreated( key );
					} }
				/>
			) }
			{ created && (
				<SecretModal
					created={ created }
					onClose={ () => setCreated( null ) }
				/>
			) }
			{ revoking && (
				<RevokeModal
					apiKey={ revoking }
					onClose={ () => setRevoking( null ) }
				/>
			) }
		</section>
	);
}
