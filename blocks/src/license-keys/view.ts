/**
 * Front-end script of the My license keys block.
 *
 * Each active instance that render.php prints has a Deactivate button; this
 * script sends POST /me/licenses/{id}/deactivate with the REST nonce, then
 * removes the instance from the list, updates the seats in use and announces
 * the outcome in the block's live region. Every string comes from render.php
 * (data attributes), so nothing here needs translating.
 */

export const BLOCK_SELECTOR = '.wp-block-entitlement-ledger-license-keys';

export interface Messages {
	busy: string;
	done: string;
	failed: string;
	none: string;
}

/** The part of the /me/licenses answer this script reads. */
export interface MyLicense {
	id: number;
	seats_used: number;
}

/**
 * Fills %s in a message.
 *
 * @param message Message with one %s.
 * @param value   Value.
 */
export function format( message: string, value: string ): string {
	return message.replace( '%s', value );
}

/**
 * Sends the deactivation.
 *
 * @param restUrl   The /me/ base URL.
 * @param nonce     REST nonce.
 * @param licenseId License.
 * @param instance  Instance.
 */
export async function deactivate(
	restUrl: string,
	nonce: string,
	licenseId: number,
	instance: string
): Promise< MyLicense > {
	const response = await window.fetch(
		`${ restUrl }licenses/${ licenseId }/deactivate`,
		{
			method: 'POST',
			credentials: 'same-origin',
			headers: {
				'Content-Type': 'application/json',
				'X-WP-Nonce': nonce,
			},
			body: JSON.stringify( { instance } ),
		}
	);
	if ( ! response.ok ) {
		throw new Error( `HTTP ${ response.status }` );
	}
	return ( await response.json() ) as MyLicense;
}

/**
 * Wires the Deactivate buttons of one block.
 *
 * @param root The block's element.
 */
export function init( root: HTMLElement ): void {
	const restUrl = root.dataset.elRestUrl ?? '';
	const nonce = root.dataset.elNonce ?? '';
	const messages = JSON.parse( root.dataset.elI18n ?? '{}' ) as Messages;
	const live = root.querySelector< HTMLElement >( '[data-el-live]' );
	const announce = ( text: string, kind: 'success' | 'error' ) => {
		if ( live ) {
			live.textContent = text;
			live.className = `el-license-keys__notice is-${ kind }`;
			live.hidden = false;
		}
	};
	root.addEventListener( 'click', async ( event ) => {
		const button = (
			event.target as HTMLElement
		 ).closest< HTMLButtonElement >( 'button[data-el-deactivate]' );
		if ( ! button || button.disabled ) {
			return;
		}
		const item = button.closest< HTMLElement >( '[data-el-instance]' );
		const license = button.closest< HTMLElement >( '[data-el-license]' );
		if ( ! item || ! license ) {
			return;
		}
		const instance = item.dataset.elInstance ?? '';
		const label = button.textContent ?? '';
		button.disabled = true;
		button.textContent = messages.busy;
		try {
			const result = await deactivate(
				restUrl,
				nonce,
				Number( license.dataset.elLicense ),
				instance
			);
			const list = item.parentElement;
			item.remove();
			const used = license.querySelector( '[data-el-seats-used]' );
			if ( used ) {
				used.textContent = String( result.seats_used );
			}
			if ( list && list.children.length === 0 ) {
				const empty = document.createElement( 'li' );
				empty.textContent = messages.none;
				list.appendChild( empty );
			}
			announce( format( messages.done, instance ), 'success' );
		} catch {
			button.disabled = false;
			button.textContent = label;
			announce( messages.failed, 'error' );
		}
	} );
}

document
	.querySelectorAll< HTMLElement >( BLOCK_SELECTOR )
	.forEach( ( root ) => init( root ) );
