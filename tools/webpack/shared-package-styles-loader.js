/*
 * Webpack loader: shares the style runtime and the CSS of the packages
 * `@wordpress/ui` and `@wordpress/theme` between the files of each package.
 *
 * Their published ES modules are built one file per component, and each file
 * carries its own copy of `@wordpress/style-runtime` (≈1.5 KB) and the whole
 * CSS of its component folder as a string (the ten files of ui/menu each hold
 * the same 13 KB). Bundled, that is ≈140 KB of repeated text that gzip cannot
 * fold (the copies are further apart than its window).
 *
 * This loader rewrites each such file to import the runtime from
 * `@wordpress/style-runtime` (for what else the file uses of it) and to import
 * its stylesheet as a CSS file, one per style hash (written under
 * node_modules/.cache), so each stylesheet appears once, in index.css next to
 * the app's own styles (the admin page enqueues it), instead of as strings
 * the script injects at run time. The class names stay those the package's
 * script uses. A file whose code does not match the expected shape is left as
 * it is.
 */

/**
 * External dependencies
 */
const fs = require( 'fs' );
const path = require( 'path' );
const vm = require( 'vm' );

const RUNTIME_MARKER = '// packages/style-runtime/src/index.ts\n';
const RUNTIME_EXPORTS = [ 'registerStyle', 'registerDocument' ];
const CACHE_DIR = path.join(
	__dirname,
	'..',
	'..',
	'node_modules',
	'.cache',
	'el-shared-package-styles'
);
// `if ( … ) {\n  registerStyle( "hash", '…css…' );\n}` as the packages emit it.
const REGISTRATION =
	/if \(typeof process === "undefined" \|\| process\.env\.NODE_ENV !== "test"\) \{\s*(registerStyle\d*)\("([0-9a-f]+)", ('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\);\s*\}/g;

/**
 * Writes one stylesheet of the package as a CSS file (once per hash), which
 * the app's CSS pipeline then extracts into index.css like our own styles.
 *
 * @param {string} hash    Style hash.
 * @param {string} literal The CSS as the package's JavaScript string literal.
 * @return {string} Absolute path of the CSS file.
 */
function styleFile( hash, literal ) {
	// The literal comes from the package's build: evaluate it as a string
	// only, in an empty context.
	const css = vm.runInNewContext( `(${ literal })`, Object.create( null ), {
		timeout: 1000,
	} );
	if ( typeof css !== 'string' ) {
		throw new Error( `style ${ hash } is not a string literal` );
	}
	const file = path.join( CACHE_DIR, `${ hash }.css` );
	fs.mkdirSync( CACHE_DIR, { recursive: true } );
	if ( ! fs.existsSync( file ) || fs.readFileSync( file, 'utf8' ) !== css ) {
		fs.writeFileSync( file, css );
	}
	return file;
}

/**
 * @param {string} source Module source.
 * @return {string} The rewritten source, or the source when it does not match.
 */
module.exports = function sharedPackageStylesLoader( source ) {
	const start = source.indexOf( RUNTIME_MARKER );
	if ( start === -1 ) {
		return source;
	}
	const next = source.indexOf( '\n// packages/', start + 1 );
	if ( next === -1 ) {
		return source;
	}
	const runtime = source.slice( start, next + 1 );
	// Names the inlined runtime declares (esbuild may suffix them: registerStyle2).
	const declared = [
		...runtime.matchAll(
			/^(?:function|var|const|let) ([A-Za-z_$][\w$]*)/gm
		),
	].map( ( match ) => match[ 1 ] );
	const rest = source
		.slice( 0, start )
		.concat( source.slice( next + 1 ) )
		.replace(
			REGISTRATION,
			( _match, _fn, hash, css ) =>
				`import ${ JSON.stringify( styleFile( hash, css ) ) };`
		);
	const imports = [];
	for ( const name of declared ) {
		if (
			! new RegExp( `\\b${ name.replace( '$', '\\$' ) }\\b` ).test( rest )
		) {
			continue;
		}
		const base = name.replace( /\d+$/, '' );
		if ( ! RUNTIME_EXPORTS.includes( base ) ) {
			// Uses a private helper of the runtime: leave the file alone.
			return source;
		}
		imports.push( base === name ? name : `${ base } as ${ name }` );
	}
	const rewritten =
		imports.length > 0
			? `import { ${ imports.join( ', ' ) } } from "@wordpress/style-runtime";\n${ rest }`
			: rest;
	this.cacheable( true );
	return rewritten;
};
