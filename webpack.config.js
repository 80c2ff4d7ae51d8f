/**
 * Webpack configuration: extends the one of @wordpress/scripts with two
 * compilations that write into the shippable plugin.
 *
 * - admin app: admin-app/src/index.tsx → plugin/build/admin-app/index.js
 *   (+ index.asset.php from the dependency extraction plugin, + index.css).
 * - blocks: every blocks/src/<block>/block.json → plugin/build/blocks/<block>/
 *   with its scripts (editorScript/viewScript/…, each with an .asset.php),
 *   its block.json (script paths rewritten to .js) and its PHP files
 *   (render.php). The PHP side calls
 *   register_block_type( plugin_dir_path( … ) . 'build/blocks/my-gifts' ),
 *   or reads plugin/build/blocks/blocks-manifest.php (written by the `build`
 *   script after webpack).
 *
 * Each compilation gets its own plugin instances (dependency extraction, CSS
 * extraction, copy) so that the two never share state.
 */

/**
 * External dependencies
 */
const path = require( 'path' );
const fs = require( 'fs' );
const CopyWebpackPlugin = require( 'copy-webpack-plugin' );
const MiniCSSExtractPlugin = require( 'mini-css-extract-plugin' );
const webpack = require( 'webpack' );

/**
 * WordPress dependencies
 */
const defaultConfig = require( '@wordpress/scripts/config/webpack.config' );
const DependencyExtractionWebpackPlugin = require( '@wordpress/dependency-extraction-webpack-plugin' );
const RtlCssPlugin = require( '@wordpress/scripts/plugins/rtlcss-webpack-plugin' );

const ROOT = __dirname;
const BUILD_DIR = path.join( ROOT, 'plugin', 'build' );
const BLOCKS_SRC = path.join( ROOT, 'blocks', 'src' );

/**
 * Plugins of the default config that are replaced by per-compilation
 * instances below (the default ones are bound to `src/` and `build/`).
 */
const REPLACED_PLUGINS = [
	'CopyPlugin',
	'PhpFilePathsPlugin',
	'DependencyExtractionWebpackPlugin',
	'MiniCssExtractPlugin',
	'RtlCssPlugin',
	'BlocksManifestPlugin',
];

const basePlugins = defaultConfig.plugins.filter(
	( plugin ) => ! REPLACED_PLUGINS.includes( plugin.constructor.name )
);

/**
 * Plugins every compilation needs, freshly instantiated.
 *
 * @param {Object} dependencyExtraction Options of the dependency extraction plugin.
 * @return {Array<Object>} Webpack plugins.
 */
function commonPlugins( dependencyExtraction = {} ) {
	return [
		...basePlugins,
		new MiniCSSExtractPlugin( { filename: '[name].css' } ),
		new RtlCssPlugin(),
		new DependencyExtractionWebpackPlugin( dependencyExtraction ),
	];
}

/*
 * Packages the admin app bundles although their names start with
 * `@wordpress/`.
 *
 * DataViews is imported from its main entry (one ES module per file, so only
 * what the app uses is bundled) rather than from `@wordpress/dataviews/wp`
 * (one 2 MB file that also inlines a second copy of the components, compose,
 * icons and more: 387 KB gzipped). Its public imports (`components`,
 * `compose`, `element`, `i18n`, `date`, `data`, …) then come from WordPress
 * itself, as for any plugin. What WordPress does not ship, or ships only
 * behind private APIs, stays in the bundle: `ui` and `icons` (bundled by
 * default), and `theme` with `private-apis`, which `ui` unlocks inside its
 * own copy (WordPress's copies refuse plugins).
 */
const ADMIN_APP_BUNDLED = [
	'@wordpress/theme',
	'@wordpress/private-apis',
	'@wordpress/style-runtime',
];

/**
 * @param {string} request Import request.
 * @return {false|undefined} false to bundle; undefined for the default rule.
 */
function adminAppRequestToExternal( request ) {
	return ADMIN_APP_BUNDLED.some(
		( name ) => request === name || request.startsWith( `${ name }/` )
	)
		? false
		: undefined;
}

/**
 * The block.json fields that name scripts built by webpack.
 */
const SCRIPT_FIELDS = [ 'editorScript', 'script', 'viewScript' ];

/**
 * Finds the source file of a `file:./name.js` reference in a block folder.
 *
 * @param {string} blockDir  Absolute path of the block source folder.
 * @param {string} reference A block.json `file:` reference.
 * @return {string|null} Absolute path of the source file, or null.
 */
function resolveBlockScript( blockDir, reference ) {
	if ( typeof reference !== 'string' || ! reference.startsWith( 'file:' ) ) {
		return null;
	}
	const relative = reference.slice( 'file:'.length ).replace( /\.js$/, '' );
	for ( const extension of [ '.tsx', '.ts', '.jsx', '.js' ] ) {
		const candidate = path.join( blockDir, relative + extension );
		if ( fs.existsSync( candidate ) ) {
			return candidate;
		}
	}
	throw new Error(
		`Block script ${ reference } of ${ blockDir } has no source file.`
	);
}

/**
 * Webpack entries for every block under blocks/src, keyed `<block>/<name>`.
 *
 * @return {Object<string,string>} Entry points.
 */
function getBlockEntries() {
	const entries = {};
	for ( const blockName of fs.readdirSync( BLOCKS_SRC ) ) {
		const blockDir = path.join( BLOCKS_SRC, blockName );
		const blockJsonPath = path.join( blockDir, 'block.json' );
		if ( ! fs.existsSync( blockJsonPath ) ) {
			continue;
		}
		const blockJson = JSON.parse(
			fs.readFileSync( blockJsonPath, 'utf8' )
		);
		for ( const field of SCRIPT_FIELDS ) {
			const references = [].concat( blockJson[ field ] ?? [] );
			for ( const reference of references ) {
				const source = resolveBlockScript( blockDir, reference );
				if ( source ) {
					const name = path
						.basename( source )
						.replace( /\.[jt]sx?$/, '' );
					entries[ `${ blockName }/${ name }` ] = source;
				}
			}
		}
	}
	return entries;
}

/**
 * Rewrites block.json script references from sources to built files.
 *
 * @param {Buffer} content Raw block.json.
 * @return {string} block.json for the build folder.
 */
function transformBlockJson( content ) {
	const blockJson = JSON.parse( content.toString() );
	const toJs = ( value ) =>
		typeof value === 'string'
			? value.replace( /\.m?[jt]sx?$/, '.js' )
			: value;
	for ( const field of SCRIPT_FIELDS ) {
		if ( Array.isArray( blockJson[ field ] ) ) {
			blockJson[ field ] = blockJson[ field ].map( toJs );
		} else if ( blockJson[ field ] ) {
			blockJson[ field ] = toJs( blockJson[ field ] );
		}
	}
	return JSON.stringify( blockJson, null, '\t' ) + '\n';
}

/** @type {import('webpack').Configuration} */
const adminAppConfig = {
	...defaultConfig,
	name: 'admin-app',
	entry: {
		index: path.join( ROOT, 'admin-app', 'src', 'index.tsx' ),
	},
	output: {
		...defaultConfig.output,
		path: path.join( BUILD_DIR, 'admin-app' ),
	},
	module: {
		...defaultConfig.module,
		rules: [
			...defaultConfig.module.rules,
			{
				// One copy of the style runtime and of each stylesheet
				// instead of one per file (see the loader).
				test: /[\\/]node_modules[\\/]@wordpress[\\/](ui|theme|components|dataviews)[\\/]build-module[\\/].*\.mjs$/,
				use: [
					path.join(
						ROOT,
						'tools',
						'webpack',
						'shared-package-styles-loader.js'
					),
				],
			},
		],
	},
	optimization: {
		...defaultConfig.optimization,
		// One entry, one stylesheet: index.css (the default config would
		// split style.scss into style-index.css).
		splitChunks: false,
	},
	plugins: [
		...commonPlugins( {
			requestToExternal: adminAppRequestToExternal,
		} ),
		// DataViews layouts the app never offers (see the stand-in module).
		new webpack.NormalModuleReplacementPlugin(
			/[\\/]dataviews-layouts[\\/](grid|list|activity|picker-grid|picker-table|picker-activity)[\\/]index\.mjs$/,
			path.join( ROOT, 'tools', 'webpack', 'unused-dataviews-layout.js' )
		),
	],
	devServer: undefined,
	...( process.env.EL_SOURCE_MAP ? { devtool: 'source-map' } : {} ),
	// DataViews, @wordpress/ui and their libraries are bundled and bring
	// most of the weight; this budget catches unexpected growth (the bench
	// reports the gzipped size, target 200 KB).
	performance: {
		hints: process.env.NODE_ENV === 'production' ? 'warning' : false,
		maxAssetSize: 1024 * 1024,
		maxEntrypointSize: 1024 * 1024,
	},
};

/** @type {import('webpack').Configuration} */
const blocksConfig = {
	...defaultConfig,
	name: 'blocks',
	entry: getBlockEntries,
	output: {
		...defaultConfig.output,
		path: path.join( BUILD_DIR, 'blocks' ),
	},
	plugins: [
		...commonPlugins(),
		new CopyWebpackPlugin( {
			patterns: [
				{
					from: '*/block.json',
					context: BLOCKS_SRC,
					transform: transformBlockJson,
				},
				{
					// render.php and any other server-side file of a block.
					from: '*/**/*.php',
					context: BLOCKS_SRC,
					noErrorOnMissing: true,
				},
			],
		} ),
	],
	devServer: undefined,
};

module.exports = [ adminAppConfig, blocksConfig ];
