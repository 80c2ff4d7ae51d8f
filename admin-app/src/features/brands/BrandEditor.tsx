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
import type { Brand } from '../../api/licenses';
import type { ApiError } from '../../api/types';
import { store as brandsStore } from '../../store/brands';
import { parsePatterns, slugify } from './patterns';

interface Props {
	/** The brand to edit; omitted to create one. */
	brand?: Brand;
	onClose: () => void;
	onSaved?: ( brand: Brand ) => void;
}

/**
 * Creates or edits a brand: name, slug (fixed once created: brand systems and
 * licenses use it) and the instance patterns that activate without a seat.
 *
 * @param props         Props.
 * @param props.brand
 * @param props.onClose
 * @param props.onSaved
 */
export default function BrandEditor( { brand, onClose, onSaved }: Props ) {
	const [ name, setName ] = useState( brand?.name ?? '' );
	const [ slug, setSlug ] = useState( brand?.slug ?? '' );
	const [ slugTouched, setSlugTouched ] = useState( false );
	const [ patterns, setPatterns ] = useState(
		( brand?.instance_patterns ?? [] ).join( '\n' )
	);
	const [ busy, setBusy ] = useState( false );
	const [ error, setError ] = useState< ApiError | null >( null );
	const { saveBrand } = useDispatch( brandsStore );
	const { createSuccessNotice } = useDispatch( noticesStore );
	const effectiveSlug = brand ? brand.slug : slug;

	const submit = async ( event: FormEvent ) => {
		event.preventDefault();
		setBusy( true );
		setError( null );
		try {
			const input = {
				name: name.trim(),
				instance_patterns: parsePatterns( patterns ),
			};
			const saved = await saveBrand(
				brand ? input : { ...input, slug: effectiveSlug },
				brand?.slug
			);
			createSuccessNotice(
				brand
					? sprintf(
							/* translators: %s: brand name. */
							__( 'Brand “%s” saved.', 'entitlement-ledger' ),
							saved.name
						)
					: sprintf(
							/* translators: %s: brand name. */
							__( 'Brand “%s” created.', 'entitlement-ledger' ),
							saved.name
						),
				{ type: 'snackbar' }
			);
			onSaved?.( saved );
			onClose();
		} catch ( caught ) {
			setError( caught as ApiError );
			setBusy( false );
		}
	};

	return (
		<Modal
			focusOnMount="firstContentElement"
			title={
				brand
					? __( 'Edit brand', 'entitlement-ledger' )
					: __( 'Add brand', 'entitlement-ledger' )
			}
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
					<TextControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __( 'Name', 'entitlement-ledger' ) }
						value={ name }
						onChange={ ( value ) => {
							setName( value );
							if ( ! brand && ! slugTouched ) {
								setSlug( slugify( value ) );
							}
						} }
						required
					/>
					<TextControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __( 'Slug', 'entitlement-ledger' ) }
						help={
							brand
								? __(
										'Brand systems and licenses refer to the brand by its slug; it cannot change.',
										'entitlement-ledger'
									)
								: __(
										'Lower-case letters, digits and dashes. It cannot change later.',
										'entitlement-ledger'
									)
						}
						value={ effectiveSlug }
						onChange={ ( value ) => {
							setSlugTouched( true );
							setSlug( value );
						} }
						disabled={ !! brand }
						pattern="[a-z0-9][a-z0-9\-]{0,63}"
						required
					/>
					<TextareaControl
						__nextHasNoMarginBottom
						label={ __(
							'Free instance patterns',
							'entitlement-ledger'
						) }
						help={ __(
							'One per line. Instances matching one activate without using a seat, e.g. localhost, *.test, staging.*',
							'entitlement-ledger'
						) }
						value={ patterns }
						onChange={ setPatterns }
						rows={ 4 }
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
							disabled={
								busy || ! name.trim() || ! effectiveSlug
							}
							accessibleWhenDisabled
						>
							{ brand
								? __( 'Save brand', 'entitlement-ledger' )
								: __( 'Create brand', 'entitlement-ledger' ) }
						</Button>
					</div>
				</div>
			</form>
		</Modal>
	);
}
