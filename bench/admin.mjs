/**
 * The admin app section of `npm run bench` (alone: `npm run bench -- --only=admin`).
 *
 * - Size: the admin app's own JavaScript, gzipped: every plugin/build/admin-app/*.js. What
 *   WordPress provides (React, wp-components, wp-data, … listed in index.asset.php) is not in
 *   those files and so not counted. Target: 200 KiB (zlib level 9).
 * - Time to first rows: headless Chromium (Debian's, as the e2e tests) logged in as the admin
 *   opens the Circulation screen and WordPress's own Posts list (edit.php) in turns; for each
 *   load, the time from navigation start to the first table row in the DOM
 *   (performance.now() when the row appears), median over the runs. Both pages are loaded the
 *   same way in the same run, so the Posts list is the baseline.
 */

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * The admin app's own JavaScript files and their gzipped sizes.
 *
 * @param {string} root Repository root.
 * @return {Object} Files, total bytes and gzipped bytes, and the WordPress scripts it uses.
 */
export function adminAppSize( root ) {
	const dir = path.join( root, 'plugin/build/admin-app' );
	if ( ! fs.existsSync( dir ) ) {
		return null;
	}
	const files = fs
		.readdirSync( dir )
		.filter( ( name ) => name.endsWith( '.js' ) )
		.sort()
		.map( ( name ) => {
			const content = fs.readFileSync( path.join( dir, name ) );
			return {
				file: `plugin/build/admin-app/${ name }`,
				bytes: content.length,
				gzip_bytes: zlib.gzipSync( content, { level: 9 } ).length,
			};
		} );
	let externals = [];
	try {
		const asset = fs.readFileSync(
			path.join( dir, 'index.asset.php' ),
			'utf8'
		);
		externals = [ ...asset.matchAll( /'([a-z0-9-]+)'/g ) ]
			.map( ( match ) => match[ 1 ] )
			.filter(
				( name ) =>
					! /^[0-9a-f]{20}$/.test( name ) &&
					name !== 'dependencies' &&
					name !== 'version'
			);
	} catch {
		// No asset file.
	}
	return {
		files,
		bytes: files.reduce( ( sum, f ) => sum + f.bytes, 0 ),
		gzip_bytes: files.reduce( ( sum, f ) => sum + f.gzip_bytes, 0 ),
		provided_by_wordpress: externals,
	};
}

const median = ( values ) => {
	const sorted = [ ...values ].sort( ( a, b ) => a - b );
	const mid = Math.floor( sorted.length / 2 );
	return sorted.length % 2
		? sorted[ mid ]
		: ( sorted[ mid - 1 ] + sorted[ mid ] ) / 2;
};

/**
 * Times both screens in headless Chromium.
 *
 * @param {Object} options
 * @param {string} options.siteUrl  Site URL, e.g. http://localhost:8888/el-bench.
 * @param {number} options.runs     Loads of each screen.
 * @param {string} options.chromium Chromium executable.
 * @param {string} options.user     Admin login.
 * @param {string} options.password Admin password.
 * @return {Promise<Object>} Figures.
 */
export async function timeScreens( {
	siteUrl,
	runs,
	chromium: executablePath,
	user,
	password,
} ) {
	const { chromium } = await import( '@playwright/test' );
	const browser = await chromium.launch( {
		executablePath,
		args: [ '--no-sandbox', '--disable-gpu', '--no-first-run' ],
	} );
	try {
		const context = await browser.newContext( {
			viewport: { width: 1440, height: 900 },
		} );
		const page = await context.newPage();
		await page.goto( `${ siteUrl }/wp-login.php` );
		await page.fill( '#user_login', user );
		await page.fill( '#user_pass', password );
		await Promise.all( [
			page.waitForURL( /wp-admin/ ),
			page.click( '#wp-submit' ),
		] );
		const screens = {
			circulation: {
				url: `${ siteUrl }/wp-admin/admin.php?page=entitlement-ledger&screen=circulation`,
				row: '.el-circulation table tbody tr',
			},
			posts: {
				url: `${ siteUrl }/wp-admin/edit.php`,
				row: '#the-list tr',
			},
		};
		const times = { circulation: [], posts: [] };
		const rows = { circulation: null, posts: null };
		// One unmeasured load of each (caches, opcache), then alternate.
		for ( let i = -1; i < runs; i++ ) {
			const order =
				i % 2 === 0
					? [ 'circulation', 'posts' ]
					: [ 'posts', 'circulation' ];
			for ( const key of order ) {
				const screen = screens[ key ];
				// A fresh view each time: no saved view, no cached REST answer.
				await page.evaluate( () => window.localStorage.clear() );
				await page.goto( screen.url, { waitUntil: 'commit' } );
				await page.waitForSelector( screen.row, { timeout: 60000 } );
				const ms = await page.evaluate( () => performance.now() );
				rows[ key ] = await page.locator( screen.row ).count();
				if ( i >= 0 ) {
					times[ key ].push( ms );
				}
			}
		}
		const figure = ( key ) => ( {
			url: screens[ key ].url,
			runs: times[ key ].length,
			median_ms: Math.round( median( times[ key ] ) ),
			min_ms: Math.round( Math.min( ...times[ key ] ) ),
			max_ms: Math.round( Math.max( ...times[ key ] ) ),
			rows: rows[ key ],
		} );
		const circulation = figure( 'circulation' );
		const posts = figure( 'posts' );
		return {
			circulation,
			posts,
			ratio:
				Math.round(
					( 100 * circulation.median_ms ) / posts.median_ms
				) / 100,
		};
	} finally {
		await browser.close();
	}
}

/**
 * Lines of the bench's table for this section.
 *
 * @param {Object} size    adminAppSize().
 * @param {Object} screens timeScreens().
 * @param {number} count   Entitlements on the site.
 * @return {string[]} Lines.
 */
export function adminLines( size, screens, count ) {
	const out = [ '', 'Admin app' ];
	if ( size ) {
		for ( const f of size.files ) {
			out.push(
				`  ${ f.file }: ${ ( f.bytes / 1024 ).toFixed( 1 ) } KiB, ${ ( f.gzip_bytes / 1024 ).toFixed( 1 ) } KiB gzipped (${ f.gzip_bytes } bytes)`
			);
		}
		out.push(
			`  own JavaScript, gzipped: ${ ( size.gzip_bytes / 1024 ).toFixed( 1 ) } KiB (target <= 200 KiB: ${ size.gzip_bytes <= 200 * 1024 ? 'PASS' : 'MISS' }); from WordPress, not counted: ${ size.provided_by_wordpress.join( ', ' ) }`
		);
	} else {
		out.push( '  no build: run `npm run build`' );
	}
	if ( screens ) {
		out.push(
			`  time to first rows (headless Chromium, median of ${ screens.circulation.runs }): Circulation ${ screens.circulation.median_ms } ms (${ screens.circulation.min_ms }-${ screens.circulation.max_ms }; ${ count } entitlements, ${ screens.circulation.rows } rows shown) vs Posts list ${ screens.posts.median_ms } ms (${ screens.posts.min_ms }-${ screens.posts.max_ms }; ${ screens.posts.rows } rows): ${ screens.ratio }x`
		);
	}
	return out;
}
