/**
 * Front-end script of the My premium gifts block.
 *
 * For now it only marks the rendered blocks as enhanced; the gift picker
 * comes with a later issue. It touches nothing outside the block.
 */

const BLOCK_SELECTOR = '.wp-block-entitlement-ledger-my-gifts';

export function enhance( root: ParentNode = document ): number {
	const blocks = root.querySelectorAll< HTMLElement >( BLOCK_SELECTOR );
	blocks.forEach( ( block ) => {
		block.dataset.elEnhanced = 'true';
	} );
	return blocks.length;
}

if ( typeof document !== 'undefined' ) {
	if ( document.readyState === 'loading' ) {
		document.addEventListener( 'DOMContentLoaded', () => enhance() );
	} else {
		enhance();
	}
}
