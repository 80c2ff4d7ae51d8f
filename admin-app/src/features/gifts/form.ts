/**
 * The gift editor's form values, their checks and the REST body they make.
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Gift, GiftInput, GiftKind } from '../../api/gifts';

export interface GiftDraft {
	name: string;
	/** As typed. */
	number: string;
	description: string;
	productId: number | null;
	imageId: number | null;
	imageUrl: string | null;
	kind: GiftKind;
	active: boolean;
	/** As typed; empty for no cap. */
	stock: string;
}

export type GiftDraftErrors = Partial<
	Record< 'name' | 'number' | 'stock', string >
>;

/**
 * @param gift  The gift to edit, or undefined for a new one.
 * @param cycle The cycle of a new gift.
 * @return The form's values.
 */
export function toGiftDraft(
	gift: Gift | undefined,
	cycle: number
): GiftDraft {
	return {
		name: gift?.name ?? '',
		number: String( gift?.number ?? cycle ),
		description: gift?.description ?? '',
		productId: gift?.product_id ?? null,
		imageId: gift?.image_id ?? null,
		imageUrl: gift?.image_url ?? null,
		kind: gift?.kind ?? 'predefined',
		active: gift?.active ?? true,
		stock:
			gift?.stock === null || gift?.stock === undefined
				? ''
				: String( gift.stock ),
	};
}

/**
 * @param draft Form values.
 * @return Messages by field; empty when the draft can be saved.
 */
export function validateGiftDraft( draft: GiftDraft ): GiftDraftErrors {
	const errors: GiftDraftErrors = {};
	if ( draft.name.trim() === '' ) {
		errors.name = __( 'Give the gift a name.', 'entitlement-ledger' );
	} else if ( draft.name.trim().length > 190 ) {
		errors.name = __( 'Use at most 190 characters.', 'entitlement-ledger' );
	}
	const number = Number( draft.number );
	if ( ! /^\d{1,4}$/.test( draft.number.trim() ) || number < 1 ) {
		errors.number = __(
			'Enter the cycle as a number from 1 to 9999, such as 2026.',
			'entitlement-ledger'
		);
	}
	const stock = draft.stock.trim();
	if (
		stock !== '' &&
		( ! /^\d{1,8}$/.test( stock ) || Number( stock ) > 10_000_000 )
	) {
		errors.stock = __(
			'Enter a whole number of at least 0, or leave empty for no cap.',
			'entitlement-ledger'
		);
	}
	return errors;
}

/**
 * The REST body of a draft (every writable field: a PATCH with unchanged
 * values changes nothing).
 *
 * @param draft Form values.
 * @return Fields for POST /gifts or PATCH /gifts/{id}.
 */
export function toGiftInput( draft: GiftDraft ): GiftInput {
	const stock = draft.stock.trim();
	return {
		name: draft.name.trim(),
		number: Number( draft.number ),
		description: draft.description,
		product_id: draft.productId,
		image_id: draft.imageId,
		kind: draft.kind,
		active: draft.active,
		stock: stock === '' ? null : Number( stock ),
	};
}
