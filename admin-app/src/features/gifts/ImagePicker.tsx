/**
 * WordPress dependencies
 */
import { BaseControl, Button } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { GiftProduct } from '../../api/gifts';

export interface ImageChoice {
	id: number | null;
	url: string | null;
}

interface MediaAttachment {
	id: number;
	url: string;
	sizes?: Record< string, { url: string } | undefined >;
}

interface MediaFrame {
	on: ( event: string, callback: () => void ) => void;
	open: () => void;
	state: () => {
		get: ( name: string ) => {
			first: () => { toJSON: () => MediaAttachment };
		};
	};
}

type MediaFactory = ( options: Record< string, unknown > ) => MediaFrame;

/**
 * WordPress's media modal, when the page loaded it (users who may upload files).
 *
 * @return The wp.media factory, or null.
 */
function getMedia(): MediaFactory | null {
	const wp = ( globalThis as { wp?: { media?: unknown } } ).wp;
	return typeof wp?.media === 'function'
		? ( wp.media as MediaFactory )
		: null;
}

interface Props {
	value: ImageChoice;
	product: GiftProduct | null;
	onChange: ( image: ImageChoice ) => void;
}

/**
 * The gift's image: the product's, one from the media library, or none.
 *
 * @param props          Component props.
 * @param props.value    Current image.
 * @param props.product  The chosen product (its image can be used).
 * @param props.onChange Called with the new image.
 */
export default function ImagePicker( { value, product, onChange }: Props ) {
	// One gift editor is open at a time.
	const id = 'el-gift-image';
	const media = getMedia();
	const openLibrary = () => {
		if ( ! media ) {
			return;
		}
		const frame = media( {
			title: __( 'Choose the gift image', 'entitlement-ledger' ),
			button: { text: __( 'Use this image', 'entitlement-ledger' ) },
			library: { type: 'image' },
			multiple: false,
		} );
		frame.on( 'select', () => {
			const attachment = frame
				.state()
				.get( 'selection' )
				.first()
				.toJSON();
			onChange( {
				id: attachment.id,
				url:
					attachment.sizes?.medium?.url ??
					attachment.sizes?.thumbnail?.url ??
					attachment.url,
			} );
		} );
		frame.open();
	};
	const productImage = product?.image_id
		? { id: product.image_id, url: product.image_url }
		: null;

	return (
		<BaseControl
			id={ id }
			label={ __( 'Image', 'entitlement-ledger' ) }
			__nextHasNoMarginBottom
		>
			<div className="el-gift-image" id={ id }>
				{ value.url ? (
					<img
						className="el-gift-image__preview"
						src={ value.url }
						alt={ __( 'Current gift image', 'entitlement-ledger' ) }
					/>
				) : (
					<span className="el-gift-image__preview is-empty">
						{ __( 'No image', 'entitlement-ledger' ) }
					</span>
				) }
				<div className="el-gift-image__actions">
					{ productImage && productImage.id !== value.id && (
						<Button
							variant="secondary"
							size="compact"
							onClick={ () => onChange( productImage ) }
						>
							{ __(
								'Use the product image',
								'entitlement-ledger'
							) }
						</Button>
					) }
					{ media && (
						<Button
							variant="secondary"
							size="compact"
							onClick={ openLibrary }
						>
							{ __(
								'Choose from the media library',
								'entitlement-ledger'
							) }
						</Button>
					) }
					{ value.id !== null && (
						<Button
							variant="tertiary"
							size="compact"
							isDestructive
							onClick={ () =>
								onChange( { id: null, url: null } )
							}
						>
							{ __( 'Remove image', 'entitlement-ledger' ) }
						</Button>
					) }
				</div>
			</div>
		</BaseControl>
	);
}
