/*
 * The block editor package ships no type declarations (and the
 * DefinitelyTyped ones pin an old components stack), so the few APIs the
 * blocks use are declared here.
 */
declare module '@wordpress/block-editor' {
	import type { HTMLAttributes, Ref } from 'react';

	type BlockProps< E extends HTMLElement > = HTMLAttributes< E > & {
		ref?: Ref< E >;
		[ key: `data-${ string }` ]: string | undefined;
	};

	interface UseBlockProps {
		< E extends HTMLElement = HTMLDivElement >(
			props?: Record< string, unknown >
		): BlockProps< E >;
		save: < E extends HTMLElement = HTMLDivElement >(
			props?: Record< string, unknown >
		) => BlockProps< E >;
	}

	export const useBlockProps: UseBlockProps;
}
