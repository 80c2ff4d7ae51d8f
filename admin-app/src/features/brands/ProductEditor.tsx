/**
 * External dependencies
 */
import type { FormEvent } from 'react';

/**
 * WordPress dependencies
 */
import { Button, Modal, Notice, TextControl } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import type { LicensedProduct } from '../../api/licenses';
import type { ApiError } from '../../api/types';
import { store as brandsStore } from '../../store/brands';
import { store as giftsStore } from '../../store/gifts';
import ProductPicker, { getProductLabel } from '../gifts/ProductPicker';
import { readWholeNumber, slugify } from './patterns';

interface Props {
	brand: string;
	/** The product to edit; omitted to create one. */
	product?: LicensedProduct;
	onClose: () => void;
}

/**
 * Creates or edits a licensed product of a brand: name, slug, default seats,
 * validity, and the WooCommerce products that sell it.
 *
 * @param props         Props.
 * @param props.brand
 * @param props.product
 * @param props.onClose
 */
export default function ProductEditor( { brand, product, onClose }: Props ) {
	const [ name, setName ] = useState( product?.name ?? '' );
	const [ slug, setSlug ] = useState( product?.slug ?? '' );
	const [ slugTouched, setSlugTouched ] = useState( false );
	const [ seats, setSeats ] = useState( String( product?.seats ?? 1 ) );
	const [ days, setDays ] = useState(
		product ? String( product.validity_days ?? '' ) : '365'
	);
	const [ wcIds, setWcIds ] = useState< number[] >(
		product?.wc_product_ids ?? []
	);
	const [ busy, setBusy ] = useState( false );
	const [ error, setError ] = useState< ApiError | null >( null );
	const { saveBrandProduct } = useDispatch( brandsStore );
	const { createSuccessNotice } = useDispatch( noticesStore );
	const wcProducts = useSelect(
		( select ) =>
			wcIds.length > 0
				? select( giftsStore ).getProducts( {
						include: [ ...wcIds ].sort( ( a, b ) => a - b ),
						per_page: 100,
					} )
				: null,
		[ wcIds ]
	);
	const seatCount = readWholeNumber( seats );
	const validity = readWholeNumber( days );
	const seatsInvalid = seatCount === null || ! ( seatCount >= 1 );
	const daysInvalid =
		validity !== null && ! ( validity >= 1 && validity <= 36500 );

	const submit = async ( event: FormEvent ) => {
		event.preventDefault();
		if ( seatsInvalid || daysInvalid ) {
			return;
		}
		setBusy( true );
		setError( null );
		try {
			const input = {
				name: name.trim(),
				seats: seatCount,
				validity_days: validity,
				wc_product_ids: wcIds,
			};
			const saved = await saveBrandProduct(
				brand,
				product ? input : { ...input, slug },
				product?.slug
			);
			createSuccessNotice(
				sprintf(
					/* translators: %s: licensed product name. */
					__( 'Licensed product “%s” saved.', 'entitlement-ledger' ),
					saved.name
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
			title={
				product
					? __( 'Edit licensed product', 'entitlement-ledger' )
					: __( 'Add licensed product', 'entitlement-ledger' )
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
							if ( ! product && ! slugTouched ) {
								setSlug( slugify( value ) );
							}
						} }
						required
					/>
					<TextControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __( 'Slug', 'entitlement-ledger' ) }
						help={ __(
							'Brand systems provision licenses with it; it cannot change.',
							'entitlement-ledger'
						) }
						value={ product ? product.slug : slug }
						onChange={ ( value ) => {
							setSlugTouched( true );
							setSlug( value );
						} }
						disabled={ !! product }
						required
					/>
					<div className="el-brands__fields">
						<TextControl
							__next40pxDefaultSize
							__nextHasNoMarginBottom
							type="number"
							min={ 1 }
							label={ __( 'Seats', 'entitlement-ledger' ) }
							help={
								seatsInvalid
									? __( 'At least 1.', 'entitlement-ledger' )
									: __(
											'Instances per license, by default.',
											'entitlement-ledger'
										)
							}
							value={ seats }
							onChange={ setSeats }
							aria-invalid={ seatsInvalid }
						/>
						<TextControl
							__next40pxDefaultSize
							__nextHasNoMarginBottom
							type="number"
							min={ 1 }
							label={ __(
								'Validity (days)',
								'entitlement-ledger'
							) }
							help={
								daysInvalid
									? __(
											'Between 1 and 36500 days.',
											'entitlement-ledger'
										)
									: __(
											'Empty: licenses never expire.',
											'entitlement-ledger'
										)
							}
							value={ days }
							onChange={ setDays }
							aria-invalid={ daysInvalid }
						/>
					</div>
					<fieldset className="el-brands__wc">
						<legend>
							{ __(
								'WooCommerce products that sell it',
								'entitlement-ledger'
							) }
						</legend>
						{ wcIds.length > 0 && (
							<ul className="el-brands__chips">
								{ wcIds.map( ( id ) => {
									const found = wcProducts?.find(
										( candidate ) => candidate.id === id
									);
									const label = found
										? getProductLabel( found )
										: sprintf(
												/* translators: %d: product id. */
												__(
													'Product #%d',
													'entitlement-ledger'
												),
												id
											);
									return (
										<li key={ id }>
											<span>{ label }</span>
											<Button
												size="small"
												variant="link"
												isDestructive
												label={ sprintf(
													/* translators: %s: product name. */
													__(
														'Remove %s',
														'entitlement-ledger'
													),
													label
												) }
												onClick={ () =>
													setWcIds(
														wcIds.filter(
															( other ) =>
																other !== id
														)
													)
												}
											>
												{ __(
													'Remove',
													'entitlement-ledger'
												) }
											</Button>
										</li>
									);
								} ) }
							</ul>
						) }
						<ProductPicker
							value={ null }
							onChange={ ( picked ) =>
								picked &&
								! wcIds.includes( picked.id ) &&
								setWcIds( [ ...wcIds, picked.id ] )
							}
						/>
					</fieldset>
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
								busy ||
								! name.trim() ||
								! ( product?.slug ?? slug ) ||
								seatsInvalid ||
								daysInvalid
							}
							accessibleWhenDisabled
						>
							{ product
								? __( 'Save product', 'entitlement-ledger' )
								: __( 'Add product', 'entitlement-ledger' ) }
						</Button>
					</div>
				</div>
			</form>
		</Modal>
	);
}
