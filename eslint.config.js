/**
 * ESLint flat config: the WordPress recommended rules (Prettier formatting,
 * TypeScript through typescript-eslint, JSDoc, i18n, a11y), Jest rules for
 * unit tests and Playwright rules for the end-to-end specs.
 */
const wpPlugin = require( '@wordpress/eslint-plugin' );

module.exports = [
	{
		ignores: [
			'**/build/**',
			'**/node_modules/**',
			'**/vendor/**',
			'plugin/**',
			'test-results/**',
			'playwright-report/**',
			'e2e/.auth/**',
			'.run/**',
			'.cache/**',
		],
	},
	...wpPlugin.configs.recommended,
	{
		settings: {
			// @wordpress/* packages are provided by WordPress at runtime and
			// installed as devDependencies for types and tests only.
			'import/core-modules': [],
		},
		rules: {
			'@wordpress/i18n-text-domain': [
				'error',
				{ allowedTextDomain: 'entitlement-ledger' },
			],
			'import/no-extraneous-dependencies': 'off',
			// One DataViews in the bundle: its main entry, whose public
			// imports WordPress provides (see webpack.config.js).
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{
							name: '@wordpress/dataviews/wp',
							message:
								"Import from '@wordpress/dataviews': the /wp entry bundles a second copy of the components (webpack.config.js).",
						},
					],
				},
			],
		},
	},
	...wpPlugin.configs[ 'test-unit' ].map( ( config ) => ( {
		...config,
		files: [
			'**/test/**/*.[jt]s?(x)',
			'**/__tests__/**/*.[jt]s?(x)',
			'**/?(*.)test.[jt]s?(x)',
		],
	} ) ),
	{
		files: [ '**/test/**/*.[jt]s?(x)', '**/?(*.)test.[jt]s?(x)' ],
		rules: {
			'jsdoc/check-tag-names': [
				'error',
				{ definedTags: [ 'jest-environment' ] },
			],
		},
	},
	...wpPlugin.configs[ 'test-playwright' ].map( ( config ) => ( {
		...config,
		files: [ 'e2e/**/*.[jt]s' ],
	} ) ),
	{
		files: [ 'e2e/**/*.[jt]s' ],
		rules: {
			// Specs talk to a running site; console output helps diagnose it.
			'no-console': 'off',
		},
	},
	{
		files: [ '*.config.js', 'eslint.config.js' ],
		languageOptions: {
			sourceType: 'commonjs',
			globals: {
				require: 'readonly',
				module: 'writable',
				__dirname: 'readonly',
				process: 'readonly',
			},
		},
	},
];
