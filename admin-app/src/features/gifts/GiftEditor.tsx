/**
 * WordPress dependencies
 */
import {
	Button,
	CheckboxControl,
	Modal,
	SelectControl,
	TextareaControl,
	TextControl,
} from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { useRef, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Gift, GiftKind, GiftProduct } from '../../api/gifts';
import type { ApiError } from '../../api/types';
import ErrorNotice from '../../components/ErrorNotice';
import { store as giftsStore } from '../../store/gifts';
import { focusFirstInvalid } from '../../utils/focusInvalid';
import {
	toGiftDraft,
	toGiftInput,
	validateGiftDraft,
	type GiftDraft,
} from './form';
import ImagePicker from './ImagePicker';
import ProductPicker from './ProductPicker';
import { formatRedeemed } from './status';

interface Props {
	/** The gift to edit; undefined to create one. */
	gift?: Gift;
	/** Cycle of a new gift. */
	cycle: number;
	onClose: () => void;
	onSaved: ( gift: Gift ) => void;
}

/**
 * Creates or edits a gift in a modal (which traps focus and gives it back
 * to the button that opened it on close).
 *
 * @param props         Component props.
 * @param props.gift
 * @param props.cycle
 * @param props.onClose
 * @param props.onSaved
 */
export default function GiftEditor( { gift, cycle, onClose, onSaved }: Props ) {
	const [ draft, setDraft ] = useState< GiftDraft >( () =>
		toGiftDraft( gift, cycle )
	);
	const [ showErrors, setShowErrors ] = useState( false );
	const formRef = useRef< HTMLFormElement >( null );
	const [ saving, setSaving ] = useState( false );
	const [ error, setError ] = useState< ApiError | null >( null );
	const { saveGift } = useDispatch( giftsStore );
	const product = useSelect(
		( select ) =>
			draft.productId
				? ( select( giftsStore ).getProduct( draft.productId ) ?? null )
				: null,
		[ draft.productId ]
	);
	const errors = validateGiftDraft( draft );
	const shown = ( field: keyof typeof errors ) =>
		showErrors ? errors[ field ] : undefined;
	const update = ( patch: Partial< GiftDraft > ) =>
		setDraft( ( current ) => ( { ...current, ...patch } ) );

	const onProduct = ( chosen: GiftProduct | null ) => {
		// A new product brings its image unless the gift has one of its own.
		const image =
			chosen?.image_id &&
			( draft.imageId === null || draft.imageId === product?.image_id )
				? { imageId: chosen.image_id, imageUrl: chosen.image_url }
				: {};
		update( { productId: chosen?.id ?? null, ...image } );
	};

	const onSubmit = async ( event: { preventDefault: () => void } ) => {
		event.preventDefault();
		setShowErrors( true );
		if ( Object.keys( errors ).length > 0 ) {
			focusFirstInvalid( formRef.current );
			return;
		}
		setSaving( true );
		setError( null );
		try {
			const saved = await saveGift( toGiftInput( draft ), gift?.id );
			onSaved( saved );
		} catch ( caught ) {
			setError( caught as ApiError );
			setSaving( false );
		}
	};

	const title = gift
		? sprintf(
				/* translators: %s: gift name. */ __(
					'Edit “%s”',
					'entitlement-ledger'
				),
				gift.name
			)
		: __( 'Add a gift', 'entitlement-ledger' );

	return (
		<Modal
			title={ title }
			onRequestClose={ onClose }
			size="medium"
			className="el-gift-editor"
			focusOnMount="firstContentElement"
		>
			<form
				ref={ formRef }
				onSubmit={ onSubmit }
				noValidate
				className="el-gift-editor__form"
			>
				{ error && <ErrorNotice error={ error } /> }
				<TextControl
					label={ __( 'Name', 'entitlement-ledger' ) }
					value={ draft.name }
					onChange={ ( name ) => update( { name } ) }
					help={ shown( 'name' ) }
					className={ shown( 'name' ) ? 'is-invalid' : undefined }
					aria-invalid={ !! shown( 'name' ) }
					required
					__next40pxDefaultSize
					__nextHasNoMarginBottom
				/>
				<div className="el-gift-editor__row">
					<TextControl
						label={ __(
							'Cycle (entitlement number)',
							'entitlement-ledger'
						) }
						type="number"
						min={ 1 }
						max={ 9999 }
						value={ draft.number }
						onChange={ ( number ) => update( { number } ) }
						help={ shown( 'number' ) }
						className={
							shown( 'number' ) ? 'is-invalid' : undefined
						}
						aria-invalid={ !! shown( 'number' ) }
						required
						__next40pxDefaultSize
						__nextHasNoMarginBottom
					/>
					<SelectControl
						label={ __( 'Kind', 'entitlement-ledger' ) }
						value={ draft.kind }
						options={ [
							{
								value: 'predefined',
								label: __(
									'Predefined product',
									'entitlement-ledger'
								),
							},
							{
								value: 'custom',
								label: __( 'Custom', 'entitlement-ledger' ),
							},
						] }
						onChange={ ( kind ) =>
							update( { kind: kind as GiftKind } )
						}
						__next40pxDefaultSize
						__nextHasNoMarginBottom
					/>
				</div>
				<ProductPicker
					value={ draft.productId }
					onChange={ onProduct }
				/>
				<ImagePicker
					value={ { id: draft.imageId, url: draft.imageUrl } }
					product={ product }
					onChange={ ( image ) =>
						update( { imageId: image.id, imageUrl: image.url } )
					}
				/>
				<TextareaControl
					label={ __( 'Description', 'entitlement-ledger' ) }
					value={ draft.description }
					onChange={ ( description ) => update( { description } ) }
					rows={ 3 }
					__nextHasNoMarginBottom
				/>
				<div className="el-gift-editor__row">
					<TextControl
						label={ __( 'Stock cap', 'entitlement-ledger' ) }
						type="number"
						min={ 0 }
						value={ draft.stock }
						onChange={ ( stock ) => update( { stock } ) }
						help={
							shown( 'stock' ) ??
							__(
								'Most redemptions allowed. Leave empty for no cap.',
								'entitlement-ledger'
							)
						}
						className={
							shown( 'stock' ) ? 'is-invalid' : undefined
						}
						aria-invalid={ !! shown( 'stock' ) }
						__next40pxDefaultSize
						__nextHasNoMarginBottom
					/>
					{ gift && (
						<p className="el-gift-editor__redeemed">
							<span>
								{ __(
									'Redeemed so far',
									'entitlement-ledger'
								) }
							</span>
							<strong>{ formatRedeemed( gift ) }</strong>
						</p>
					) }
				</div>
				<CheckboxControl
					label={ __(
						'Active: customers can choose this gift',
						'entitlement-ledger'
					) }
					checked={ draft.active }
					onChange={ ( active ) => update( { active } ) }
					__nextHasNoMarginBottom
				/>
				<div className="el-gift-editor__actions">
					<Button
						variant="tertiary"
						onClick={ onClose }
						__next40pxDefaultSize
					>
						{ __( 'Cancel', 'entitlement-ledger' ) }
					</Button>
					<Button
						type="submit"
						variant="primary"
						isBusy={ saving }
						aria-disabled={ saving }
						__next40pxDefaultSize
					>
						{ gift
							? __( 'Save gift', 'entitlement-ledger' )
							: __( 'Add gift', 'entitlement-ledger' ) }
					</Button>
				</div>
			</form>
		</Modal>
	);
}
