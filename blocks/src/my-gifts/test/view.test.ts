/**
 * Internal dependencies
 */
import {
	createIdempotencyKey,
	enhance,
	enhanceBlock,
	formatMessage,
	type RedeemedEntitlement,
} from '../view';

const REST_URL = 'http://shop.test/wp-json/entitlement-ledger/v1/me/';
const UUID =
	/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * The markup render.php prints for one unredeemed entitlement with two gifts
 * (trimmed to what view.ts reads).
 */
const FIXTURE = `
<div class="el-my-gifts wp-block-entitlement-ledger-my-gifts" data-el-customer="logged-in" data-el-rest-url="${ REST_URL }" data-el-nonce="abc123nonce" data-el-i18n='{"busy":"Redeeming…","redeemed":"You chose %1$s. It ships with order #%2$s (%3$s).","chosen":"You chose %s.","failed":"Your gift could not be redeemed. Check your connection and try again.","reload":"Reload the page to see its current state.","choose":"Choose a gift first."}'>
	<p class="el-my-gifts__sr-only" role="status" aria-live="polite" data-el-announcer></p>
	<section class="el-my-gifts__cycle">
		<h2>Cycle 2026</h2>
		<article class="el-my-gifts__entitlement is-active" id="el-entitlement-42" data-el-entitlement="42" data-el-number="2026" aria-labelledby="el-entitlement-42-title">
			<header>
				<h3 class="el-my-gifts__title" id="el-entitlement-42-title" tabindex="-1">Premium gift #42</h3>
				<span class="el-my-gifts__status is-active" data-el-status>Unredeemed</span>
			</header>
			<div class="el-my-gifts__body" data-el-body>
				<form class="el-my-gifts__form" method="post" action="/wp-admin/admin-post.php" data-el-redeem-form>
					<input type="hidden" name="action" value="el_redeem_gift" />
					<input type="hidden" name="entitlement_id" value="42" />
					<fieldset>
						<legend>Choose your gift</legend>
						<label><input type="radio" name="gift_id" value="7" required aria-labelledby="el-gift-42-7-name" /><span id="el-gift-42-7-name">Tote bag</span></label>
						<label><input type="radio" name="gift_id" value="8" required aria-labelledby="el-gift-42-8-name" /><span id="el-gift-42-8-name">Notebook</span></label>
					</fieldset>
					<p class="el-my-gifts__error" role="alert" data-el-error></p>
					<button type="submit" data-el-redeem>Redeem<span class="el-my-gifts__sr-only"> premium gift #42</span></button>
				</form>
			</div>
		</article>
	</section>
	<template data-el-redeemed-template>
		<dl>
			<div><dt>Your gift</dt><dd data-el-slot="gift"></dd></div>
			<div data-el-slot="order-row"><dt>Order</dt><dd><a data-el-slot="order-link" href="#">Order #<span data-el-slot="order-number"></span></a> <span data-el-slot="order-status"></span></dd></div>
			<div><dt>Chosen on</dt><dd>November 22, 2026</dd></div>
		</dl>
	</template>
	<template data-el-status-redeemed>Redeemed</template>
	<template data-el-dialog-template>
		<dialog class="el-my-gifts__dialog" role="alertdialog" aria-labelledby="el-my-gifts-dialog-title">
			<h2 id="el-my-gifts-dialog-title">Redeem this gift?</h2>
			<p>You are choosing <strong data-el-slot="gift"></strong> for cycle <span data-el-slot="number"></span>.</p>
			<button type="button" data-el-confirm>Confirm</button>
			<button type="button" data-el-cancel>Cancel</button>
		</dialog>
	</template>
</div>`;

interface FakeResponse {
	ok: boolean;
	status: number;
	json: () => Promise< unknown >;
}

/**
 * The focused element.
 *
 * @return Element with focus.
 */
function activeElement(): Element | null {
	return document.body.ownerDocument.activeElement;
}

function respond( status: number, body: unknown ): Promise< FakeResponse > {
	return Promise.resolve( {
		ok: status >= 200 && status < 300,
		status,
		json: () => Promise.resolve( body ),
	} );
}

const REDEEMED: RedeemedEntitlement = {
	id: 42,
	number: 2026,
	status: 'redeemed',
	gift: { id: 7, name: 'Tote bag' },
	fulfilment_order: {
		id: 901,
		number: '901',
		status: 'processing',
		status_label: 'Processing',
		view_url: 'http://shop.test/my-account/view-order/901/',
	},
};

/**
 * Waits until the assertion passes (promises and timers of the script settle).
 *
 * @param assertion Throws until the state is reached.
 */
async function waitFor( assertion: () => void ): Promise< void > {
	for ( let attempt = 0; ; attempt++ ) {
		try {
			assertion();
			return;
		} catch ( error ) {
			if ( attempt >= 100 ) {
				throw error;
			}
			await new Promise( ( resolve ) => setTimeout( resolve, 10 ) );
		}
	}
}

function setUp( fetchMock: jest.Mock ) {
	document.body.innerHTML = FIXTURE;
	const block = document.querySelector< HTMLElement >(
		'.wp-block-entitlement-ledger-my-gifts'
	)!;
	expect( enhanceBlock( block, fetchMock ) ).toBe( true );
	const card = block.querySelector< HTMLElement >(
		'[data-el-entitlement="42"]'
	)!;
	const form = card.querySelector< HTMLFormElement >( 'form' )!;
	const dialog = block.querySelector< HTMLDialogElement >( 'dialog' )!;
	const button =
		form.querySelector< HTMLButtonElement >( '[data-el-redeem]' )!;
	const error = form.querySelector< HTMLElement >( '[data-el-error]' )!;
	const choose = ( giftId: string ) => {
		form.querySelector< HTMLInputElement >(
			`input[value="${ giftId }"]`
		)!.checked = true;
	};
	const submit = () =>
		form.dispatchEvent(
			new Event( 'submit', { bubbles: true, cancelable: true } )
		);
	const click = ( selector: string ) =>
		dialog.querySelector< HTMLButtonElement >( selector )!.click();
	return { block, card, form, dialog, button, error, choose, submit, click };
}

describe( 'my-gifts view script', () => {
	afterEach( () => {
		document.body.innerHTML = '';
	} );

	it( 'enhances each block once and adds the dialog from its template', () => {
		document.body.innerHTML = FIXTURE;
		expect( enhance() ).toBe( 1 );
		expect( enhance() ).toBe( 0 );
		const block = document.querySelector< HTMLElement >(
			'.wp-block-entitlement-ledger-my-gifts'
		)!;
		expect( block.dataset.elEnhanced ).toBe( 'true' );
		expect( block.querySelectorAll( ':scope > dialog' ) ).toHaveLength( 1 );
	} );

	it( 'leaves a logged-out block (no nonce) to the server', () => {
		document.body.innerHTML = FIXTURE.replace(
			'data-el-nonce="abc123nonce"',
			'data-el-nonce=""'
		);
		expect( enhance() ).toBe( 0 );
	} );

	it( 'asks to choose a gift when none is selected', () => {
		const fetchMock = jest.fn();
		const { submit, error, dialog } = setUp( fetchMock );

		expect( submit() ).toBe( false ); // default prevented: no page load
		expect( error.textContent ).toBe( 'Choose a gift first.' );
		expect( dialog.hasAttribute( 'open' ) ).toBe( false );
		expect( fetchMock ).not.toHaveBeenCalled();
	} );

	it( 'asks for confirmation and does nothing on Cancel', async () => {
		const fetchMock = jest.fn();
		const { choose, submit, dialog, click, button } = setUp( fetchMock );
		choose( '8' );
		button.focus();

		submit();

		expect( dialog.hasAttribute( 'open' ) ).toBe( true );
		expect(
			dialog.querySelector( '[data-el-slot="gift"]' )!.textContent
		).toBe( 'Notebook' );
		expect(
			dialog.querySelector( '[data-el-slot="number"]' )!.textContent
		).toBe( '2026' );
		// Focus moves into the dialog, on the least destructive action.
		expect( activeElement() ).toBe(
			dialog.querySelector( '[data-el-cancel]' )
		);

		click( '[data-el-cancel]' );
		await waitFor( () =>
			expect( dialog.hasAttribute( 'open' ) ).toBe( false )
		);
		expect( activeElement() ).toBe( button );
		expect( fetchMock ).not.toHaveBeenCalled();
	} );

	it( 'closes the dialog on Escape and keeps Tab inside it', async () => {
		const fetchMock = jest.fn();
		const { choose, submit, dialog, button } = setUp( fetchMock );
		choose( '7' );
		submit();
		const confirm =
			dialog.querySelector< HTMLButtonElement >( '[data-el-confirm]' )!;
		const cancel =
			dialog.querySelector< HTMLButtonElement >( '[data-el-cancel]' )!;

		// Tab from the last button wraps to the first.
		cancel.dispatchEvent(
			new KeyboardEvent( 'keydown', { key: 'Tab', bubbles: true } )
		);
		expect( activeElement() ).toBe( confirm );

		confirm.dispatchEvent(
			new KeyboardEvent( 'keydown', { key: 'Escape', bubbles: true } )
		);
		await waitFor( () =>
			expect( dialog.hasAttribute( 'open' ) ).toBe( false )
		);
		expect( activeElement() ).toBe( button );
		expect( fetchMock ).not.toHaveBeenCalled();
	} );

	it( 'uses the native modal dialog when the browser has one', async () => {
		const fetchMock = jest.fn();
		const { choose, submit, dialog, click } = setUp( fetchMock );
		const showModal = jest.fn( function ( this: HTMLDialogElement ) {
			this.setAttribute( 'open', '' );
		} );
		const close = jest.fn( function ( this: HTMLDialogElement ) {
			this.removeAttribute( 'open' );
		} );
		Object.assign( dialog, { showModal, close } );
		Object.defineProperty( dialog, 'open', {
			get: () => dialog.hasAttribute( 'open' ),
		} );
		choose( '7' );

		submit();
		expect( showModal ).toHaveBeenCalledTimes( 1 );
		click( '[data-el-cancel]' );
		await waitFor( () => expect( close ).toHaveBeenCalledTimes( 1 ) );
	} );

	it( 'redeems over REST after Confirm and swaps the card for its redeemed state', async () => {
		const fetchMock = jest.fn( () => respond( 200, REDEEMED ) );
		const { block, card, choose, submit, click } = setUp( fetchMock );
		choose( '7' );

		submit();
		click( '[data-el-confirm]' );

		await waitFor( () =>
			expect( card.classList.contains( 'is-redeemed' ) ).toBe( true )
		);
		expect( fetchMock ).toHaveBeenCalledTimes( 1 );
		const [ url, init ] = fetchMock.mock.calls[ 0 ] as unknown as [
			string,
			RequestInit & { headers: Record< string, string > },
		];
		expect( url ).toBe( `${ REST_URL }entitlements/42/redeem` );
		expect( init.method ).toBe( 'POST' );
		expect( init.headers[ 'X-WP-Nonce' ] ).toBe( 'abc123nonce' );
		expect( init.headers[ 'Idempotency-Key' ] ).toMatch( UUID );
		expect( init.headers[ 'Content-Type' ] ).toBe( 'application/json' );
		expect( JSON.parse( String( init.body ) ) ).toEqual( { gift_id: 7 } );

		expect( card.querySelector( 'form' ) ).toBeNull();
		expect( card.querySelector( '[data-el-status]' )!.textContent ).toBe(
			'Redeemed'
		);
		expect(
			card.querySelector( '[data-el-slot="gift"]' )!.textContent
		).toBe( 'Tote bag' );
		expect(
			card.querySelector( '[data-el-slot="order-number"]' )!.textContent
		).toBe( '901' );
		expect(
			card.querySelector( '[data-el-slot="order-status"]' )!.textContent
		).toBe( 'Processing' );
		expect(
			card
				.querySelector< HTMLAnchorElement >(
					'a[data-el-slot="order-link"]'
				)!
				.getAttribute( 'href' )
		).toBe( 'http://shop.test/my-account/view-order/901/' );
		expect( activeElement() ).toBe(
			card.querySelector( '.el-my-gifts__title' )
		);
		await waitFor( () =>
			expect(
				block.querySelector( '[data-el-announcer]' )!.textContent
			).toBe(
				'You chose Tote bag. It ships with order #901 (Processing).'
			)
		);
	} );

	it( 'shows the order number without a link when the shop has no account page', async () => {
		const fetchMock = jest.fn( () =>
			respond( 200, {
				...REDEEMED,
				fulfilment_order: {
					...REDEEMED.fulfilment_order!,
					view_url: null,
				},
			} )
		);
		const { card, choose, submit, click } = setUp( fetchMock );
		choose( '7' );
		submit();
		click( '[data-el-confirm]' );

		await waitFor( () =>
			expect( card.classList.contains( 'is-redeemed' ) ).toBe( true )
		);
		expect( card.querySelector( 'a' ) ).toBeNull();
		expect( card.textContent ).toContain( 'Order #901' );
	} );

	it( 'shows the REST error message inline and lets the customer try again', async () => {
		const fetchMock = jest.fn( () =>
			respond( 409, {
				code: 'el_gift_unavailable',
				message: 'That gift is inactive or out of stock.',
				data: { status: 409 },
			} )
		);
		const { card, choose, submit, click, error, button } =
			setUp( fetchMock );
		choose( '8' );
		submit();
		click( '[data-el-confirm]' );

		await waitFor( () =>
			expect( error.textContent ).toBe(
				'That gift is inactive or out of stock.'
			)
		);
		expect( card.classList.contains( 'is-active' ) ).toBe( true );
		expect( card.querySelector( 'form' ) ).not.toBeNull();
		expect( button.disabled ).toBe( false );
		expect( button.textContent ).toBe( 'Redeem premium gift #42' );
		expect( card.hasAttribute( 'aria-busy' ) ).toBe( false );
	} );

	it( 'adds a reload hint when the entitlement was redeemed elsewhere', async () => {
		const fetchMock = jest.fn( () =>
			respond( 409, {
				code: 'el_not_redeemable',
				message:
					'This entitlement is not unredeemed, so it cannot be redeemed.',
			} )
		);
		const { choose, submit, click, error } = setUp( fetchMock );
		choose( '7' );
		submit();
		click( '[data-el-confirm]' );

		await waitFor( () =>
			expect( error.textContent ).toBe(
				'This entitlement is not unredeemed, so it cannot be redeemed. Reload the page to see its current state.'
			)
		);
	} );

	it( 'retries an unanswered request with the same Idempotency-Key', async () => {
		const fetchMock = jest
			.fn()
			.mockImplementationOnce( () =>
				Promise.reject( new TypeError( 'Failed to fetch' ) )
			)
			.mockImplementationOnce( () => respond( 200, REDEEMED ) );
		const { card, choose, submit, click, error } = setUp( fetchMock );
		choose( '7' );
		submit();
		click( '[data-el-confirm]' );

		await waitFor( () =>
			expect( error.textContent ).toBe(
				'Your gift could not be redeemed. Check your connection and try again.'
			)
		);

		submit();
		click( '[data-el-confirm]' );
		await waitFor( () =>
			expect( card.classList.contains( 'is-redeemed' ) ).toBe( true )
		);
		const keys = fetchMock.mock.calls.map(
			( call ) =>
				( call[ 1 ] as { headers: Record< string, string > } ).headers[
					'Idempotency-Key'
				]
		);
		expect( keys ).toHaveLength( 2 );
		expect( keys[ 0 ] ).toBe( keys[ 1 ] );
	} );
} );

describe( 'formatMessage', () => {
	it( 'fills numbered and sequential placeholders', () => {
		expect( formatMessage( '%2$s then %1$s', 'a', 'b' ) ).toBe(
			'b then a'
		);
		expect( formatMessage( 'You chose %s.', 'Tote bag' ) ).toBe(
			'You chose Tote bag.'
		);
	} );
} );

describe( 'createIdempotencyKey', () => {
	it( 'makes a version 4 UUID, also without crypto.randomUUID', () => {
		expect( createIdempotencyKey() ).toMatch( UUID );
		const original = globalThis.crypto.randomUUID;
		Object.defineProperty( globalThis.crypto, 'randomUUID', {
			value: undefined,
			configurable: true,
		} );
		try {
			const keys = new Set(
				Array.from( { length: 20 }, () => createIdempotencyKey() )
			);
			expect( keys.size ).toBe( 20 );
			keys.forEach( ( key ) => expect( key ).toMatch( UUID ) );
		} finally {
			Object.defineProperty( globalThis.crypto, 'randomUUID', {
				value: original,
				configurable: true,
			} );
		}
	} );
} );
