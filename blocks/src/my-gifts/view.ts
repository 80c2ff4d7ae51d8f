/**
 * Front-end script of the My premium gifts block.
 *
 * Progressive enhancement of the redeem forms that render.php prints (which
 * also work without this script, through admin-post.php): a confirmation
 * dialog, then POST /me/entitlements/{id}/redeem with the REST nonce and an
 * Idempotency-Key, then the entitlement's card is swapped for its redeemed
 * state and the outcome is announced. Every string and every piece of markup
 * comes from render.php (data attributes and <template>s), so nothing here
 * needs translating. It touches nothing outside the block.
 */

export const BLOCK_SELECTOR = '.wp-block-entitlement-ledger-my-gifts';

export interface GiftSummary {
	id: number;
	name: string;
}

export interface FulfilmentOrder {
	id: number;
	number: string;
	status: string;
	status_label: string;
	view_url: string | null;
}

/** The part of the /me entitlement representation this script reads. */
export interface RedeemedEntitlement {
	id: number;
	number: number;
	status: string;
	gift: GiftSummary | null;
	fulfilment_order: FulfilmentOrder | null;
}

export interface Messages {
	busy: string;
	redeemed: string;
	chosen: string;
	failed: string;
	reload: string;
	choose: string;
}

const DEFAULT_MESSAGES: Messages = {
	busy: 'Redeeming…',
	redeemed: 'You chose %1$s. It ships with order #%2$s (%3$s).',
	chosen: 'You chose %s.',
	failed: 'Your gift could not be redeemed. Check your connection and try again.',
	reload: 'Reload the page to see its current state.',
	choose: 'Choose a gift first.',
};

/** A failed redemption: the REST error's code and message, or a network failure (status 0). */
export class RedeemError extends Error {
	constructor(
		message: string,
		readonly code: string,
		readonly status: number
	) {
		super( message );
		this.name = 'RedeemError';
	}
}

type FetchLike = (
	input: string,
	init: RequestInit
) => Promise< Pick< Response, 'ok' | 'status' | 'json' > >;

/**
 * Fills %s and %1$s placeholders, like the PHP side's sprintf().
 *
 * @param format Format.
 * @param args   Values.
 * @return The string.
 */
export function formatMessage( format: string, ...args: string[] ): string {
	let next = 0;
	return format.replace(
		/%(?:(\d+)\$)?s/g,
		( _match, position: string | undefined ) => {
			const index =
				position !== undefined ? Number( position ) - 1 : next++;
			return args[ index ] ?? '';
		}
	);
}

/**
 * A random UUID v4 for the Idempotency-Key header.
 *
 * @return The key.
 */
export function createIdempotencyKey(): string {
	const cryptoApi: Crypto | undefined = globalThis.crypto;
	if ( cryptoApi && typeof cryptoApi.randomUUID === 'function' ) {
		return cryptoApi.randomUUID();
	}
	const bytes = new Uint8Array( 16 );
	if ( cryptoApi && typeof cryptoApi.getRandomValues === 'function' ) {
		cryptoApi.getRandomValues( bytes );
	} else {
		for ( let i = 0; i < bytes.length; i++ ) {
			bytes[ i ] = Math.floor( Math.random() * 256 );
		}
	}
	// Version 4, variant 10xx (RFC 9562).
	bytes[ 6 ] = ( ( bytes[ 6 ] ?? 0 ) % 16 ) + 64;
	bytes[ 8 ] = ( ( bytes[ 8 ] ?? 0 ) % 64 ) + 128;
	const hex = Array.from( bytes, ( byte ) =>
		byte.toString( 16 ).padStart( 2, '0' )
	).join( '' );
	return `${ hex.slice( 0, 8 ) }-${ hex.slice( 8, 12 ) }-${ hex.slice(
		12,
		16
	) }-${ hex.slice( 16, 20 ) }-${ hex.slice( 20 ) }`;
}

/**
 * POST /me/entitlements/{id}/redeem.
 *
 * @param options                Request.
 * @param options.restUrl        The /me/ base URL (ends with a slash).
 * @param options.nonce          The wp_rest nonce.
 * @param options.entitlementId  Entitlement.
 * @param options.giftId         Gift chosen.
 * @param options.idempotencyKey Idempotency-Key.
 * @param options.failed         Message for a network failure.
 * @param fetchImpl              fetch (replaced in tests).
 * @return The redeemed entitlement.
 */
export async function postRedeem(
	options: {
		restUrl: string;
		nonce: string;
		entitlementId: number;
		giftId: number;
		idempotencyKey: string;
		failed: string;
	},
	fetchImpl: FetchLike = ( input, init ) => window.fetch( input, init )
): Promise< RedeemedEntitlement > {
	let response: Awaited< ReturnType< FetchLike > >;
	try {
		response = await fetchImpl(
			`${ options.restUrl }entitlements/${ options.entitlementId }/redeem`,
			{
				method: 'POST',
				credentials: 'same-origin',
				headers: {
					Accept: 'application/json',
					'Content-Type': 'application/json',
					'X-WP-Nonce': options.nonce,
					'Idempotency-Key': options.idempotencyKey,
				},
				body: JSON.stringify( { gift_id: options.giftId } ),
			}
		);
	} catch {
		throw new RedeemError( options.failed, 'network', 0 );
	}
	const body: unknown = await response.json().catch( () => null );
	if ( ! response.ok ) {
		const error = ( body ?? {} ) as { code?: unknown; message?: unknown };
		throw new RedeemError(
			typeof error.message === 'string' && error.message !== ''
				? error.message
				: options.failed,
			typeof error.code === 'string' ? error.code : 'unknown',
			response.status
		);
	}
	if ( ! body || typeof body !== 'object' || ! ( 'id' in body ) ) {
		throw new RedeemError( options.failed, 'invalid_response', 0 );
	}
	return body as RedeemedEntitlement;
}

/**
 * Reads the block's messages (JSON in data-el-i18n), with English fallbacks.
 *
 * @param block Block element.
 * @return Messages.
 */
function readMessages( block: HTMLElement ): Messages {
	try {
		const parsed: unknown = JSON.parse( block.dataset.elI18n ?? '{}' );
		return {
			...DEFAULT_MESSAGES,
			...( parsed && typeof parsed === 'object' ? parsed : {} ),
		};
	} catch {
		return DEFAULT_MESSAGES;
	}
}

/**
 * Sets the text of every [data-el-slot=name] under a root.
 *
 * @param root  Root.
 * @param name  Slot name.
 * @param value Text.
 */
function fillSlot( root: ParentNode, name: string, value: string ): void {
	root.querySelectorAll( `[data-el-slot="${ name }"]` ).forEach(
		( element ) => {
			element.textContent = value;
		}
	);
}

/**
 * The elements of a dialog that can take focus.
 *
 * @param dialog Dialog.
 * @return Buttons, links and fields, in order.
 */
function focusables( dialog: HTMLElement ): HTMLElement[] {
	return Array.from(
		dialog.querySelectorAll< HTMLElement >(
			'button:not([disabled]), a[href], input:not([disabled]), [tabindex]:not([tabindex="-1"])'
		)
	);
}

/**
 * Shows the confirmation dialog and resolves with the answer. Focus moves into
 * the dialog (to Cancel: the choice cannot be undone), stays there (native
 * modal, or a Tab trap where showModal() is missing) and returns to `trigger`.
 *
 * @param dialog   The block's dialog.
 * @param giftName Gift chosen.
 * @param number   Cycle.
 * @param trigger  Where focus goes back to.
 * @return Whether the customer confirmed.
 */
export function askConfirmation(
	dialog: HTMLDialogElement,
	giftName: string,
	number: string,
	trigger: HTMLElement | null
): Promise< boolean > {
	fillSlot( dialog, 'gift', giftName );
	fillSlot( dialog, 'number', number );
	const confirm =
		dialog.querySelector< HTMLButtonElement >( '[data-el-confirm]' );
	const cancel =
		dialog.querySelector< HTMLButtonElement >( '[data-el-cancel]' );

	return new Promise( ( resolve ) => {
		let settled = false;
		const finish = ( answer: boolean ) => {
			if ( settled ) {
				return;
			}
			settled = true;
			confirm?.removeEventListener( 'click', onConfirm );
			cancel?.removeEventListener( 'click', onCancel );
			dialog.removeEventListener( 'cancel', onNativeCancel );
			dialog.removeEventListener( 'keydown', onKeydown );
			if ( typeof dialog.close === 'function' && dialog.open ) {
				dialog.close();
			}
			dialog.removeAttribute( 'open' );
			trigger?.focus();
			resolve( answer );
		};
		const onConfirm = () => finish( true );
		const onCancel = () => finish( false );
		const onNativeCancel = ( event: Event ) => {
			event.preventDefault();
			finish( false );
		};
		const onKeydown = ( event: KeyboardEvent ) => {
			if ( event.key === 'Escape' ) {
				event.preventDefault();
				finish( false );
				return;
			}
			if ( event.key !== 'Tab' ) {
				return;
			}
			const items = focusables( dialog );
			const first = items[ 0 ];
			const last = items[ items.length - 1 ];
			const active = dialog.ownerDocument.activeElement;
			if ( event.shiftKey && active === first ) {
				event.preventDefault();
				last?.focus();
			} else if ( ! event.shiftKey && active === last ) {
				event.preventDefault();
				first?.focus();
			}
		};

		confirm?.addEventListener( 'click', onConfirm );
		cancel?.addEventListener( 'click', onCancel );
		dialog.addEventListener( 'cancel', onNativeCancel );
		dialog.addEventListener( 'keydown', onKeydown );
		if ( typeof dialog.showModal === 'function' ) {
			dialog.showModal();
		} else {
			dialog.setAttribute( 'open', '' );
		}
		( cancel ?? confirm )?.focus();
	} );
}

/**
 * Replaces an entitlement card's body with its redeemed state.
 *
 * @param block       The block.
 * @param card        The entitlement's card.
 * @param entitlement The REST response.
 */
export function showRedeemed(
	block: HTMLElement,
	card: HTMLElement,
	entitlement: RedeemedEntitlement
): void {
	const template = block.querySelector< HTMLTemplateElement >(
		'template[data-el-redeemed-template]'
	);
	const body = card.querySelector< HTMLElement >( '[data-el-body]' );
	if ( ! template || ! body ) {
		return;
	}
	const details = template.content.cloneNode( true ) as DocumentFragment;
	fillSlot( details, 'gift', entitlement.gift?.name ?? '' );
	const order = entitlement.fulfilment_order;
	if ( order ) {
		fillSlot( details, 'order-number', order.number );
		fillSlot( details, 'order-status', order.status_label );
		const link = details.querySelector< HTMLElement >(
			'[data-el-slot="order-link"]'
		);
		if ( link instanceof HTMLAnchorElement ) {
			if ( order.view_url ) {
				link.href = order.view_url;
			} else {
				const text = document.createElement( 'span' );
				text.append( ...Array.from( link.childNodes ) );
				link.replaceWith( text );
			}
		}
	} else {
		details.querySelector( '[data-el-slot="order-row"]' )?.remove();
	}
	body.replaceChildren( details );

	const status = card.querySelector< HTMLElement >( '[data-el-status]' );
	const label = block.querySelector< HTMLTemplateElement >(
		'template[data-el-status-redeemed]'
	);
	if ( status ) {
		status.textContent =
			label?.content.textContent?.trim() || entitlement.status;
		status.classList.remove( 'is-active' );
		status.classList.add( 'is-redeemed' );
	}
	card.classList.remove( 'is-active' );
	card.classList.add( 'is-redeemed' );
}

/**
 * Says something through the block's polite live region.
 *
 * @param block   Block.
 * @param message Text.
 */
function announce( block: HTMLElement, message: string ): void {
	const region = block.querySelector< HTMLElement >( '[data-el-announcer]' );
	if ( region ) {
		// Cleared first so the same text twice is announced twice.
		region.textContent = '';
		window.setTimeout( () => {
			region.textContent = message;
		}, 50 );
	}
}

/**
 * The announcement of a successful redemption.
 *
 * @param messages    Messages.
 * @param entitlement The REST response.
 * @return Text.
 */
export function redeemedMessage(
	messages: Messages,
	entitlement: RedeemedEntitlement
): string {
	const gift = entitlement.gift?.name ?? '';
	const order = entitlement.fulfilment_order;
	return order
		? formatMessage(
				messages.redeemed,
				gift,
				order.number,
				order.status_label
			)
		: formatMessage( messages.chosen, gift );
}

/**
 * The name of the gift a radio button stands for (its aria-labelledby element).
 *
 * @param choice Radio button.
 * @return Gift name.
 */
function giftNameOf( choice: HTMLInputElement ): string {
	const nameId = choice.getAttribute( 'aria-labelledby' );
	const name = nameId ? choice.ownerDocument.getElementById( nameId ) : null;
	return ( name?.textContent ?? '' ).trim();
}

/**
 * Takes over one block: its forms redeem over REST after a confirmation.
 *
 * @param block     Block element.
 * @param fetchImpl fetch (replaced in tests).
 * @return Whether the block was enhanced (false when already done or unusable).
 */
export function enhanceBlock(
	block: HTMLElement,
	fetchImpl?: FetchLike
): boolean {
	const restUrl = block.dataset.elRestUrl ?? '';
	const nonce = block.dataset.elNonce ?? '';
	if ( block.dataset.elEnhanced === 'true' || ! restUrl || ! nonce ) {
		return false;
	}
	const dialogTemplate = block.querySelector< HTMLTemplateElement >(
		'template[data-el-dialog-template]'
	);
	const dialog =
		dialogTemplate?.content.querySelector( 'dialog' )?.cloneNode( true ) ??
		null;
	if ( ! ( dialog instanceof HTMLDialogElement ) ) {
		return false;
	}
	block.append( dialog );
	const messages = readMessages( block );
	/** Keys of attempts that got no answer: a retry of the same choice reuses it. */
	const pendingKeys = new WeakMap<
		HTMLFormElement,
		{ giftId: number; key: string }
	>();

	const onSubmit = async ( event: SubmitEvent ) => {
		const form = event.target;
		if ( ! ( form instanceof HTMLFormElement ) ) {
			return;
		}
		event.preventDefault();
		const card = form.closest< HTMLElement >( '[data-el-entitlement]' );
		const button =
			form.querySelector< HTMLButtonElement >( '[data-el-redeem]' );
		if ( ! card || button?.disabled ) {
			return;
		}
		const showError = ( message: string ) => {
			const error =
				form.querySelector< HTMLElement >( '[data-el-error]' );
			if ( error ) {
				error.textContent = message;
			}
		};
		const choice = form.querySelector< HTMLInputElement >(
			'input[name="gift_id"]:checked'
		);
		if ( ! choice ) {
			showError( messages.choose );
			return;
		}
		showError( '' );
		const confirmed = await askConfirmation(
			dialog,
			giftNameOf( choice ),
			card.dataset.elNumber ?? '',
			button
		);
		if ( ! confirmed ) {
			return;
		}

		const giftId = Number( choice.value );
		const pending = pendingKeys.get( form );
		const key =
			pending && pending.giftId === giftId
				? pending.key
				: createIdempotencyKey();
		pendingKeys.set( form, { giftId, key } );
		const label = button ? Array.from( button.childNodes ) : [];
		if ( button ) {
			button.disabled = true;
			button.textContent = messages.busy;
		}
		card.setAttribute( 'aria-busy', 'true' );
		try {
			const entitlement = await postRedeem(
				{
					restUrl,
					nonce,
					entitlementId: Number( card.dataset.elEntitlement ),
					giftId,
					idempotencyKey: key,
					failed: messages.failed,
				},
				fetchImpl
			);
			pendingKeys.delete( form );
			showRedeemed( block, card, entitlement );
			announce( block, redeemedMessage( messages, entitlement ) );
			card.querySelector< HTMLElement >( '.el-my-gifts__title' )?.focus();
		} catch ( caught ) {
			const failure =
				caught instanceof RedeemError
					? caught
					: new RedeemError( messages.failed, 'unknown', 0 );
			if ( failure.status !== 0 ) {
				pendingKeys.delete( form );
			}
			showError(
				failure.code === 'el_not_redeemable'
					? `${ failure.message } ${ messages.reload }`
					: failure.message
			);
			if ( button ) {
				button.replaceChildren( ...label );
				button.disabled = false;
			}
		} finally {
			card.removeAttribute( 'aria-busy' );
		}
	};

	block.addEventListener( 'submit', ( event ) => {
		const form = event.target;
		if (
			form instanceof HTMLFormElement &&
			form.matches( '[data-el-redeem-form]' )
		) {
			void onSubmit( event );
		}
	} );
	block.dataset.elEnhanced = 'true';
	return true;
}

/**
 * Enhances every my-gifts block under a root.
 *
 * @param root Where to look.
 * @return How many blocks were enhanced.
 */
export function enhance( root: ParentNode = document ): number {
	let count = 0;
	root.querySelectorAll< HTMLElement >( BLOCK_SELECTOR ).forEach(
		( block ) => {
			if ( enhanceBlock( block ) ) {
				count++;
			}
		}
	);
	return count;
}

if ( typeof document !== 'undefined' ) {
	if ( document.readyState === 'loading' ) {
		document.addEventListener( 'DOMContentLoaded', () => enhance() );
	} else {
		enhance();
	}
}
