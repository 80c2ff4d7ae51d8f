/**
 * WordPress dependencies
 */
import {
	Button,
	CheckboxControl,
	Notice,
	RadioControl,
	SelectControl,
	Spinner,
	TextControl,
} from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { useEffect, useRef, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { ApiError } from '../../api/types';
import type { BreakagePolicy, DeferredMode } from '../../api/settings';
import ErrorNotice from '../../components/ErrorNotice';
import { store as settingsStore } from '../../store/settings';
import { getBootData } from '../../utils/boot';
import { focusFirstInvalid } from '../../utils/focusInvalid';
import {
	getChanges,
	toDraft,
	validateDraft,
	type SettingsDraft,
} from './validation';
import './style.scss';

/**
 * Settings: the default deferred rule, expiry and breakage, the My Account
 * label and the uninstall choice. Only users who manage settings see the
 * form (the REST API refuses the others anyway).
 */
export default function SettingsScreen() {
	if ( ! getBootData().capabilities.manageSettings ) {
		return (
			<div className="el-screen el-settings">
				<Notice status="warning" isDismissible={ false }>
					{ __(
						'Only administrators and shop managers can change these settings.',
						'entitlement-ledger'
					) }
				</Notice>
			</div>
		);
	}
	return <SettingsForm />;
}

function SettingsForm() {
	const { settings, status, error, isSaving } = useSelect( ( select ) => {
		const selectors = select( settingsStore );
		return {
			settings: selectors.getSettings(),
			status: selectors.getSettingsStatus(),
			error: selectors.getSettingsError(),
			isSaving: selectors.isSavingSettings(),
		};
	}, [] );
	const { saveSettings, invalidateSettings } = useDispatch( settingsStore );
	const [ draft, setDraft ] = useState< SettingsDraft | null >( null );
	const [ saveError, setSaveError ] = useState< ApiError | null >( null );
	const [ saved, setSaved ] = useState( false );
	const [ showErrors, setShowErrors ] = useState( false );
	const savedNotice = useRef< HTMLDivElement >( null );
	const formRef = useRef< HTMLFormElement >( null );

	useEffect( () => {
		if ( settings ) {
			setDraft( toDraft( settings ) );
		}
	}, [ settings ] );

	if ( ! settings || ! draft ) {
		return (
			<div className="el-screen el-settings">
				{ error ? (
					<ErrorNotice
						error={ error }
						onRetry={ () => invalidateSettings() }
					/>
				) : (
					<div className="el-settings__loading">
						<Spinner />
						{ status === 'error'
							? ''
							: __( 'Loading settings…', 'entitlement-ledger' ) }
					</div>
				) }
			</div>
		);
	}

	const currency = settings.store_currency;
	const errors = validateDraft( draft, currency );
	const changes = getChanges( draft, settings );
	const dirty = Object.keys( changes ).length > 0;
	const update = ( patch: Partial< SettingsDraft > ) => {
		setSaved( false );
		setDraft( { ...draft, ...patch } );
	};
	const shown = ( field: keyof SettingsDraft ) =>
		showErrors ? errors[ field ] : undefined;

	const onSubmit = async ( event: { preventDefault: () => void } ) => {
		event.preventDefault();
		setShowErrors( true );
		if ( Object.keys( errors ).length > 0 ) {
			focusFirstInvalid( formRef.current );
			return;
		}
		if ( ! dirty ) {
			return;
		}
		setSaveError( null );
		try {
			await saveSettings( changes );
			setSaved( true );
			setShowErrors( false );
			savedNotice.current?.focus();
		} catch ( caught ) {
			setSaveError( caught as ApiError );
		}
	};

	return (
		<form
			ref={ formRef }
			className="el-screen el-settings"
			onSubmit={ onSubmit }
			noValidate
		>
			<div
				ref={ savedNotice }
				tabIndex={ -1 }
				role="status"
				className="el-settings__status"
			>
				{ saved && (
					<Notice status="success" isDismissible={ false }>
						{ __( 'Settings saved.', 'entitlement-ledger' ) }
					</Notice>
				) }
			</div>
			{ saveError && <ErrorNotice error={ saveError } /> }

			<fieldset className="el-settings__section">
				<legend className="el-settings__legend">
					{ __( 'Default deferred revenue', 'entitlement-ledger' ) }
				</legend>
				<p className="el-settings__help">
					{ __(
						'How much of a premium purchase is held back for the gift, for premium products that set no rule of their own.',
						'entitlement-ledger'
					) }
				</p>
				<SelectControl
					label={ __( 'Rule', 'entitlement-ledger' ) }
					value={ draft.default_deferred_mode }
					options={ [
						{
							value: 'percent',
							label: __(
								'Percent of the line total',
								'entitlement-ledger'
							),
						},
						{
							value: 'fixed',
							label: __(
								'Fixed amount per entitlement',
								'entitlement-ledger'
							),
						},
					] }
					onChange={ ( value ) =>
						update( {
							default_deferred_mode: value as DeferredMode,
						} )
					}
					__next40pxDefaultSize
					__nextHasNoMarginBottom
				/>
				<TextControl
					label={
						draft.default_deferred_mode === 'percent'
							? __( 'Percent', 'entitlement-ledger' )
							: sprintf(
									/* translators: %s: currency code. */
									__( 'Amount (%s)', 'entitlement-ledger' ),
									currency
								)
					}
					value={ draft.default_deferred_value }
					inputMode="decimal"
					onChange={ ( value ) =>
						update( { default_deferred_value: value } )
					}
					help={ shown( 'default_deferred_value' ) }
					className={
						shown( 'default_deferred_value' )
							? 'el-settings__short is-invalid'
							: 'el-settings__short'
					}
					aria-invalid={ !! shown( 'default_deferred_value' ) }
					__next40pxDefaultSize
					__nextHasNoMarginBottom
				/>
			</fieldset>

			<fieldset className="el-settings__section">
				<legend className="el-settings__legend">
					{ __( 'Expiry and breakage', 'entitlement-ledger' ) }
				</legend>
				<TextControl
					type="number"
					min={ 0 }
					max={ 600 }
					label={ __(
						'Entitlements expire after (months)',
						'entitlement-ledger'
					) }
					value={ draft.expiry_months }
					onChange={ ( value ) => update( { expiry_months: value } ) }
					help={
						shown( 'expiry_months' ) ??
						__(
							'0 means entitlements never expire. Applies to entitlements created from now on.',
							'entitlement-ledger'
						)
					}
					className={
						shown( 'expiry_months' )
							? 'el-settings__short is-invalid'
							: 'el-settings__short'
					}
					aria-invalid={ !! shown( 'expiry_months' ) }
					__next40pxDefaultSize
					__nextHasNoMarginBottom
				/>
				<RadioControl
					label={ __(
						'When an entitlement expires unredeemed',
						'entitlement-ledger'
					) }
					selected={ draft.breakage_policy }
					options={ [
						{
							value: 'on_expiry',
							label: __(
								'Recognise its deferred value as breakage income',
								'entitlement-ledger'
							),
						},
						{
							value: 'none',
							label: __(
								'Keep its value deferred',
								'entitlement-ledger'
							),
						},
					] }
					onChange={ ( value ) =>
						update( { breakage_policy: value as BreakagePolicy } )
					}
				/>
			</fieldset>

			<fieldset className="el-settings__section">
				<legend className="el-settings__legend">
					{ __( 'My Account page', 'entitlement-ledger' ) }
				</legend>
				<TextControl
					label={ __( 'Menu label', 'entitlement-ledger' ) }
					value={ draft.account_menu_label }
					maxLength={ 60 }
					onChange={ ( value ) =>
						update( { account_menu_label: value } )
					}
					help={
						shown( 'account_menu_label' ) ??
						__(
							'The title of the premium gifts page and its link in the My Account menu.',
							'entitlement-ledger'
						)
					}
					className={
						shown( 'account_menu_label' ) ? 'is-invalid' : undefined
					}
					aria-invalid={ !! shown( 'account_menu_label' ) }
					__next40pxDefaultSize
					__nextHasNoMarginBottom
				/>
			</fieldset>

			<fieldset className="el-settings__section">
				<legend className="el-settings__legend">
					{ __( 'Data', 'entitlement-ledger' ) }
				</legend>
				<CheckboxControl
					label={ __(
						'Delete all entitlement data when the plugin is deleted',
						'entitlement-ledger'
					) }
					help={ __(
						'Entitlements, the ledger and the audit log are removed for good. Leave unchecked to keep them.',
						'entitlement-ledger'
					) }
					checked={ draft.delete_data_on_uninstall }
					onChange={ ( checked ) =>
						update( { delete_data_on_uninstall: checked } )
					}
					__nextHasNoMarginBottom
				/>
			</fieldset>

			<div className="el-settings__actions">
				<Button
					type="submit"
					variant="primary"
					isBusy={ isSaving }
					aria-disabled={ isSaving || ! dirty }
					__next40pxDefaultSize
				>
					{ __( 'Save settings', 'entitlement-ledger' ) }
				</Button>
				{ dirty && ! isSaving && (
					<Button
						variant="tertiary"
						onClick={ () => setDraft( toDraft( settings ) ) }
						__next40pxDefaultSize
					>
						{ __( 'Discard changes', 'entitlement-ledger' ) }
					</Button>
				) }
			</div>
		</form>
	);
}
