/**
 * Jest configuration for the unit tests of the admin app and the blocks.
 *
 * Extends the configuration of @wordpress/scripts (jsdom, Babel with the
 * WordPress preset, TypeScript through Babel) and restricts discovery to our
 * sources, so the WordPress copies in .run/ or the PHP plugin are never
 * scanned.
 */
const baseConfig = require( '@wordpress/scripts/config/jest-unit.config.js' );

module.exports = {
	...baseConfig,
	rootDir: __dirname,
	roots: [ '<rootDir>/admin-app/src', '<rootDir>/blocks/src' ],
	testMatch: [ '**/test/**/*.test.[jt]s?(x)', '**/__tests__/**/*.[jt]s?(x)' ],
	testPathIgnorePatterns: [ '/node_modules/', '/build/' ],
	clearMocks: true,
	restoreMocks: true,
};
