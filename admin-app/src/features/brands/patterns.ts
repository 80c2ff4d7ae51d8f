/**
 * Instance patterns as staff type them: one per line (or separated by commas),
 * trimmed, lower case, without blanks or repeats.
 *
 * @param text Textarea value.
 * @return Patterns.
 */
export function parsePatterns( text: string ): string[] {
	const seen = new Set< string >();
	for ( const part of text.split( /[\n,]+/ ) ) {
		const pattern = part.trim().toLowerCase();
		if ( pattern ) {
			seen.add( pattern );
		}
	}
	return [ ...seen ];
}

/**
 * A slug suggested from a name: "Rocket Plugins" → "rocket-plugins".
 *
 * @param name Name.
 * @return Slug (a-z, 0-9 and dashes, at most 64 characters).
 */
export function slugify( name: string ): string {
	return name
		.normalize( 'NFKD' )
		.replace( /[\u0300-\u036f]/g, '' )
		.toLowerCase()
		.replace( /[^a-z0-9]+/g, '-' )
		.replace( /^-+|-+$/g, '' )
		.slice( 0, 64 )
		.replace( /-+$/, '' );
}

/**
 * Reads a whole number field: null when empty, NaN when not a whole number.
 *
 * @param value Input value.
 * @return Number, null or NaN.
 */
export function readWholeNumber( value: string ): number | null {
	const trimmed = value.trim();
	if ( trimmed === '' ) {
		return null;
	}
	return /^\d+$/.test( trimmed ) ? parseInt( trimmed, 10 ) : NaN;
}
