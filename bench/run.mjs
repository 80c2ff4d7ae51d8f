#!/usr/bin/env node
/**
 * Entitlement Ledger REST benchmarks: `npm run bench -- [options]`.
 *
 * Seeds the site with N entitlements (with ledger history and report projections) unless it
 * already holds them, then measures, in one run against the running server, a trivial
 * authenticated route (GET /health, the baseline) and the circulation list, redemption and
 * the two reports with wrk. Prints a table and writes bench/results/<timestamp>.json and
 * bench/results/latest.json. See bench/README.md.
 */
/* eslint-disable no-console -- a command-line tool: the table is its output. */
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { adminAppSize, adminLines, timeScreens } from './admin.mjs';

const ROOT = path.resolve(
	path.dirname( fileURLToPath( import.meta.url ) ),
	'..'
);
const BENCH = path.join( ROOT, 'bench' );
const NS = '/entitlement-ledger/v1';
const MU_PLUGIN = 'el-bench-query-count.php';
// The dedicated bench site: its own WordPress and database (el_bench), served by the
// existing nginx + php-fpm as a subdirectory of the dev site's document root.
const BENCH_SUBDIR = 'el-bench';
const BENCH_DB = 'el_bench';

const USAGE = `usage: npm run bench -- [options]
  --count=N          entitlements to seed and measure against (default 100000)
  --million          same as --count=1000000
  --duration=S       seconds of load per scenario (default 10), run as slices interleaved with
                     as many seconds of baseline load, so each ratio pairs neighbouring runs
  --slice=S          length of one slice (default 2)
  --sequential=N     also time N unloaded requests per scenario, one at a time, alternating with
                     the baseline (default 15; 0 to skip)
  --warmup=S         seconds of unmeasured load before each read scenario (default 2)
  --connections=C    concurrent keep-alive connections (default 8)
  --threads=T        wrk threads (default 1: the load generator shares the cores with the server)
  --site=bench|test|dev
                     site to benchmark (default bench: a dedicated WordPress with its own
                     database, created on first use at http://localhost:<dev port>/el-bench/;
                     test and dev are re-seeded / topped up, see bench/README.md)
  --reseed           empty the plugin's tables and seed again even if the count matches
  --keep-mu-plugin   leave the query-count mu-plugin installed after the run
  --checkout-iterations=N  premium orders paid each way for the checkout overhead (default 40)
  --only=licenses    only the license service: status checks and activations next to the baseline
                     (no entitlement seeding, no list/report/redeem scenarios, no checkout)
  --only=admin       only the admin app section: its JavaScript size and the time to the
                     Circulation screen's first rows next to WordPress's Posts list
  --admin-runs=N     page loads of each screen in the admin section (default 7)
  --help`;

// ---------------------------------------------------------------- options

function parseArgs( argv ) {
	const opts = {
		count: 100000,
		duration: 10,
		slice: 2,
		warmup: 2,
		sequential: 15,
		connections: 8,
		threads: 1,
		site: 'bench',
		reseed: false,
		keepMuPlugin: false,
		checkoutIterations: 40,
		only: null,
		adminRuns: 7,
	};
	for ( const arg of argv ) {
		const [ key, value ] = arg.replace( /^--/, '' ).split( /=(.*)/s );
		const int = ( min ) => {
			const n = Number( value );
			if ( ! Number.isInteger( n ) || n < min ) {
				fail( `--${ key } needs an integer >= ${ min }` );
			}
			return n;
		};
		switch ( key ) {
			case 'count':
				opts.count = int( 1 );
				break;
			case 'million':
				opts.count = 1000000;
				break;
			case 'duration':
				opts.duration = int( 1 );
				break;
			case 'sequential':
				opts.sequential = int( 0 );
				break;
			case 'slice':
				opts.slice = int( 1 );
				break;
			case 'warmup':
				opts.warmup = int( 0 );
				break;
			case 'connections':
				opts.connections = int( 1 );
				break;
			case 'threads':
				opts.threads = int( 1 );
				break;
			case 'site':
				if ( ! [ 'bench', 'test', 'dev' ].includes( value ) ) {
					fail( '--site must be bench, test or dev' );
				}
				opts.site = value;
				break;
			case 'reseed':
				opts.reseed = true;
				break;
			case 'keep-mu-plugin':
				opts.keepMuPlugin = true;
				break;
			case 'checkout-iterations':
				opts.checkoutIterations = int( 5 );
				break;
			case 'only':
				if ( ! [ 'licenses', 'admin' ].includes( value ) ) {
					fail( '--only takes licenses or admin' );
				}
				opts.only = value;
				break;
			case 'admin-runs':
				opts.adminRuns = int( 1 );
				break;
			case 'help':
			case 'h':
				console.log( USAGE );
				process.exit( 0 );
				break;
			default:
				fail( `unknown option ${ arg }\n${ USAGE }` );
		}
	}
	opts.threads = Math.min( opts.threads, opts.connections );
	return opts;
}

// ---------------------------------------------------------------- helpers

class BenchError extends Error {}

function fail( message ) {
	throw new BenchError( message );
}

function log( message ) {
	process.stderr.write( `bench: ${ message }\n` );
}

function readPorts() {
	const ports = { EL_DEV_PORT: 8888, EL_TEST_PORT: 8889 };
	try {
		const text = fs.readFileSync(
			path.join( ROOT, '.run/ports.env' ),
			'utf8'
		);
		for ( const m of text.matchAll( /^_el_saved_(EL_[A-Z_]+)=(\d+)$/gm ) ) {
			ports[ m[ 1 ] ] = Number( m[ 2 ] );
		}
	} catch {
		// No ports.env: defaults.
	}
	for ( const k of Object.keys( ports ) ) {
		if ( process.env[ k ] ) {
			ports[ k ] = Number( process.env[ k ] );
		}
	}
	return ports;
}

/**
 * Runs bench/php/prepare.php inside the site; returns its JSON (last stdout line).
 *
 * @param {string}    siteDir Site directory (holds wp-load.php).
 * @param {...string} args    prepare.php command and its arguments.
 */
function php( siteDir, ...args ) {
	const res = spawnSync(
		'php',
		[
			'-d',
			'memory_limit=1G',
			path.join( ROOT, 'scripts/wp-run.php' ),
			siteDir,
			path.join( BENCH, 'php/prepare.php' ),
			...args.map( String ),
		],
		{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
	);
	if ( res.status !== 0 ) {
		fail(
			`prepare.php ${ args[ 0 ] } failed (exit ${ res.status }):\n${ res.stderr }${ res.stdout }`
		);
	}
	const last = res.stdout.trim().split( '\n' ).pop();
	try {
		return JSON.parse( last );
	} catch {
		fail(
			`prepare.php ${ args[ 0 ] }: unexpected output:\n${ res.stdout }\n${ res.stderr }`
		);
	}
}

/**
 * Runs a bench/php script inside the site; returns the JSON object of its last line, or
 * null (with a warning on stderr) when it fails.
 *
 * @param {string}    siteDir Site directory (holds wp-load.php).
 * @param {string}    script  File name under bench/php.
 * @param {...string} args    Arguments.
 */
function phpScript( siteDir, script, ...args ) {
	const res = spawnSync(
		'php',
		[
			'-d',
			'memory_limit=1G',
			path.join( ROOT, 'scripts/wp-run.php' ),
			siteDir,
			path.join( BENCH, 'php', script ),
			...args.map( String ),
		],
		{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
	);
	try {
		if ( res.status !== 0 ) {
			throw new Error( `exit ${ res.status }` );
		}
		return JSON.parse( res.stdout.trim().split( '\n' ).pop() );
	} catch ( error ) {
		log(
			`${ script } failed (${ error.message }):\n${ res.stderr }${ res.stdout }`
		);
		return null;
	}
}

/**
 * Runs a command with inherited output; resolves with its exit status and wall time.
 *
 * @param {string}   cmd  Command.
 * @param {string[]} args Arguments.
 */
function runInherit( cmd, args ) {
	return new Promise( ( resolve ) => {
		const started = process.hrtime.bigint();
		const child = spawn( cmd, args, {
			stdio: [ 'ignore', 'inherit', 'inherit' ],
			cwd: ROOT,
		} );
		child.on( 'close', ( code ) =>
			resolve( {
				code,
				seconds: Number( process.hrtime.bigint() - started ) / 1e9,
			} )
		);
		child.on( 'error', () => resolve( { code: 127, seconds: 0 } ) );
	} );
}

async function request(
	url,
	{ method = 'GET', headers = {}, body, timeout = 60000 } = {}
) {
	const started = process.hrtime.bigint();
	const res = await fetch( url, {
		method,
		headers,
		body,
		signal: AbortSignal.timeout( timeout ),
		redirect: 'manual',
	} );
	const text = await res.text();
	return {
		status: res.status,
		headers: res.headers,
		text,
		ms: Number( process.hrtime.bigint() - started ) / 1e6,
	};
}

const round = ( n, d = 2 ) =>
	n === null || n === undefined || Number.isNaN( n )
		? null
		: Math.round( n * 10 ** d ) / 10 ** d;
const ms = ( us ) => round( us / 1000, 2 );

// ---------------------------------------------------------------- bench site

function sh( cmd, args, env = {} ) {
	const res = spawnSync( cmd, args, {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, ...env },
		maxBuffer: 64 * 1024 * 1024,
	} );
	if ( res.status !== 0 ) {
		fail(
			`${ cmd } ${ args.join( ' ' ) } failed (exit ${ res.status }):\n${ res.stderr }${ res.stdout }`
		);
	}
	return res.stdout;
}

const phpString = ( v ) =>
	`'${ String( v ).replace( /\\/g, '\\\\' ).replace( /'/g, "\\'" ) }'`;

/**
 * Creates or updates the dedicated bench site, the way scripts/site.sh builds dev and test
 * (same WordPress copy, same installer and activation scripts, its own database), without
 * touching scripts/: .run/sites/bench/wordpress, database el_bench, served at
 * http://localhost:<dev port>/el-bench/ through a symlink in the dev site's document root
 * (nginx routes only the two configured sites, so REST calls use ?rest_route=).
 *
 * @param {Object} ports Ports from .run/ports.env.
 */
function ensureBenchSite( ports ) {
	if ( process.env.DB_HOST ) {
		fail(
			'the bench site needs the private MariaDB (DB_HOST is set): use --site=test or --site=dev'
		);
	}
	const devRoot = path.join( ROOT, '.run/sites/dev/wordpress' );
	if ( ! fs.existsSync( path.join( devRoot, 'wp-config.php' ) ) ) {
		fail(
			'no dev site (its document root serves the bench site): run `bash bin/start` first'
		);
	}
	const site = path.join( ROOT, '.run/sites/bench' );
	const wp = path.join( site, 'wordpress' );
	const version = sh( 'bash', [
		path.join( ROOT, 'scripts/fetch-wordpress.sh' ),
	] ).trim();
	const core = path.join( ROOT, '.cache/wordpress', version );
	fs.mkdirSync( wp, { recursive: true } );
	const complete = path.join( wp, '.complete' );
	if (
		! fs.existsSync( complete ) ||
		fs.readFileSync( complete, 'utf8' ).trim() !== version
	) {
		log(
			`bench site: copying WordPress ${ version } into ${ path.relative( ROOT, wp ) }`
		);
		sh( 'rsync', [
			'-a',
			'--delete',
			'--exclude=/.complete',
			'--exclude=/wp-config.php',
			'--exclude=/wp-content/',
			`${ core }/`,
			`${ wp }/`,
		] );
		sh( 'rsync', [ '-a', `${ core }/wp-content/`, `${ wp }/wp-content/` ] );
		fs.copyFileSync( path.join( core, '.complete' ), complete );
	}
	const salts = path.join( site, 'salts.php' );
	if ( ! fs.existsSync( salts ) ) {
		const keys = [
			'AUTH_KEY',
			'SECURE_AUTH_KEY',
			'LOGGED_IN_KEY',
			'NONCE_KEY',
			'AUTH_SALT',
			'SECURE_AUTH_SALT',
			'LOGGED_IN_SALT',
			'NONCE_SALT',
		];
		fs.writeFileSync(
			salts,
			`<?php\n${ keys.map( ( k ) => `define( '${ k }', '${ crypto.randomBytes( 32 ).toString( 'hex' ) }' );` ).join( '\n' ) }\n`
		);
	}
	const dbHost = `127.0.0.1:${ ports.EL_DB_PORT }`;
	const home = `http://localhost:${ ports.EL_DEV_PORT }/${ BENCH_SUBDIR }`;
	fs.writeFileSync(
		path.join( wp, 'wp-config.php' ),
		`<?php
// Written by bench/run.mjs (the dedicated bench site): changes are overwritten on the next run.
define( 'DB_NAME', ${ phpString( BENCH_DB ) } );
define( 'DB_USER', 'el' );
define( 'DB_PASSWORD', 'el' );
define( 'DB_HOST', ${ phpString( dbHost ) } );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
$table_prefix = 'wp_';

require ${ phpString( salts ) };

define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', ${ phpString( path.join( site, 'debug.log' ) ) } );
define( 'WP_DEBUG_DISPLAY', false );
define( 'DISABLE_WP_CRON', true );
define( 'FS_METHOD', 'direct' );
define( 'WP_HOME', ${ phpString( home ) } );
define( 'WP_SITEURL', ${ phpString( home ) } );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`
	);
	sh( 'php', [ path.join( ROOT, 'scripts/php/db-prepare.php' ) ], {
		EL_DB_HOST: dbHost,
		EL_DB_NAME: BENCH_DB,
		EL_DB_USER: 'el',
		EL_DB_PASSWORD: 'el',
		EL_DB_PREFIX: 'wp_',
		EL_DB_FRESH: '0',
		EL_DB_OWN: '1',
	} );
	const link = ( target, at ) => {
		let current = null;
		try {
			current = fs.readlinkSync( at );
		} catch {
			// Missing.
		}
		if ( current !== target ) {
			fs.rmSync( at, { force: true, recursive: false } );
			fs.symlinkSync( target, at );
		}
	};
	link(
		path.join( ROOT, 'dev/woocommerce-stand-in' ),
		path.join( wp, 'wp-content/plugins/woocommerce' )
	);
	link(
		path.join( ROOT, 'plugin' ),
		path.join( wp, 'wp-content/plugins/entitlement-ledger' )
	);
	const wpRun = [
		'-d',
		'memory_limit=512M',
		path.join( ROOT, 'scripts/wp-run.php' ),
		wp,
	];
	sh( 'php', [ ...wpRun, path.join( ROOT, 'scripts/php/install.php' ) ], {
		WP_INSTALLING: '1',
	} );
	sh( 'php', [
		...wpRun,
		path.join( ROOT, 'scripts/php/activate-plugins.php' ),
		'woocommerce/woocommerce.php',
		'entitlement-ledger/entitlement-ledger.php',
	] );
	link( wp, path.join( devRoot, BENCH_SUBDIR ) );
	return wp;
}

function median( xs ) {
	const v = xs
		.filter( ( x ) => x !== null && ! Number.isNaN( x ) )
		.sort( ( a, b ) => a - b );
	if ( ! v.length ) {
		return null;
	}
	return v.length % 2
		? v[ ( v.length - 1 ) / 2 ]
		: ( v[ v.length / 2 - 1 ] + v[ v.length / 2 ] ) / 2;
}

// ---------------------------------------------------------------- wrk

function wrkVersion() {
	const res = spawnSync( 'wrk', [ '--version' ], { encoding: 'utf8' } );
	if ( res.error ) {
		fail(
			'wrk is not installed: run `bash bin/start` (scripts/install-system.sh installs it) or `apt-get install wrk`'
		);
	}
	return ( res.stdout + res.stderr ).split( '\n' )[ 0 ].trim();
}

/**
 * One wrk run; returns the figures printed by bench/lua/scenario.lua.
 *
 * @param {string}   url     URL.
 * @param {number}   seconds Duration.
 * @param {Object}   opts    Options (threads, connections).
 * @param {string[]} luaArgs Arguments of the Lua script.
 */
function wrk( url, seconds, opts, luaArgs ) {
	const args = [
		`-t${ opts.threads }`,
		`-c${ opts.connections }`,
		`-d${ seconds }s`,
		'--timeout',
		'60s',
		'-s',
		path.join( BENCH, 'lua/scenario.lua' ),
		url,
		'--',
		...luaArgs.map( String ),
	];
	return new Promise( ( resolve, reject ) => {
		const child = spawn( 'wrk', args, {
			stdio: [ 'ignore', 'pipe', 'pipe' ],
		} );
		let out = '';
		let err = '';
		child.stdout.on( 'data', ( d ) => ( out += d ) );
		child.stderr.on( 'data', ( d ) => ( err += d ) );
		child.on( 'close', ( code ) => {
			const line = out
				.split( '\n' )
				.find( ( l ) => l.startsWith( 'EL_BENCH_JSON ' ) );
			if ( code !== 0 || ! line ) {
				reject(
					new BenchError(
						`wrk failed (exit ${ code }):\n${ out }${ err }`
					)
				);
				return;
			}
			resolve( JSON.parse( line.slice( 'EL_BENCH_JSON '.length ) ) );
		} );
	} );
}

// ---------------------------------------------------------------- main

async function main() {
	const opts = parseArgs( process.argv.slice( 2 ) );
	const started = new Date();
	const ports = readPorts();
	const port = opts.site === 'test' ? ports.EL_TEST_PORT : ports.EL_DEV_PORT;
	const base = `http://localhost:${ port }`;
	let siteDir = path.join( ROOT, '.run/sites', opts.site, 'wordpress' );
	// REST paths: pretty (/wp-json/...) on dev and test; ?rest_route= on the bench site,
	// which nginx reaches only as a PHP file under the dev site's root.
	const route = ( r, query = '' ) =>
		opts.site === 'bench'
			? `/${ BENCH_SUBDIR }/index.php?rest_route=${ r }${ query ? `&${ query }` : '' }`
			: `/wp-json${ r }${ query ? `?${ query }` : '' }`;
	const cores = os.cpus().length;
	let fpmWorkers = null;
	try {
		fpmWorkers = Number(
			/pm\.max_children\s*=\s*(\d+)/.exec(
				fs.readFileSync(
					path.join( ROOT, '.run/php-fpm/php-fpm.conf' ),
					'utf8'
				)
			)[ 1 ]
		);
	} catch {
		// Unknown.
	}
	const wrkVer = wrkVersion();

	log(
		`machine: ${ cores } CPU core(s) (${ os.cpus()[ 0 ]?.model?.trim() ?? 'unknown' }), php-fpm workers: ${ fpmWorkers ?? 'unknown' }, load tool: ${ wrkVer }`
	);
	log(
		`site: ${ opts.site } at ${ base }${ opts.site === 'bench' ? `/${ BENCH_SUBDIR }/` : '/' } (${ siteDir })`
	);
	if ( opts.site === 'test' ) {
		log(
			'NOTE: the bench uses the TEST site and re-seeds it (its el_* tables are emptied when the entitlement count differs); `bash bin/test` recreates that site anyway, so do not run both at once.'
		);
	}

	// Server up?
	if (
		opts.site !== 'bench' &&
		! fs.existsSync( path.join( siteDir, 'wp-config.php' ) )
	) {
		fail(
			`no ${ opts.site } site in ${ siteDir }: run \`bash bin/start\`${ opts.site === 'test' ? ' and `bash scripts/site.sh install test`' : '' } first`
		);
	}
	try {
		const probe = await request( `${ base }/wp-json/`, { timeout: 15000 } );
		if ( probe.status !== 200 ) {
			fail( `${ base }/wp-json/ answered ${ probe.status }` );
		}
	} catch ( error ) {
		if ( error instanceof BenchError ) {
			throw error;
		}
		fail(
			`the server at ${ base } does not answer (${ error.cause?.code ?? error.message }): run \`bash bin/start\` first`
		);
	}
	if ( opts.site === 'bench' ) {
		siteDir = ensureBenchSite( ports );
	}
	const health = await request( `${ base }${ route( `${ NS }/health` ) }` );
	if ( health.status === 404 ) {
		fail(
			`${ NS }/health is not registered on ${ base }: is the Entitlement Ledger plugin active?`
		);
	}
	if ( health.status !== 401 ) {
		fail(
			`unauthenticated GET ${ route( `${ NS }/health` ) } answered ${ health.status }, not 401: ${ health.text.slice( 0, 300 ) }`
		);
	}

	const warnings = [];

	// Seed.
	const seed = {
		requested: opts.count,
		skipped: false,
		seconds: null,
		method: null,
		before: null,
	};
	let state = php( siteDir, 'state' );
	seed.before = state.entitlements;
	const marked = state.marker?.seeded?.count ?? null;
	// Which version of the seeder wrote the data: a changed seeder only warns (re-seeding
	// 1,000,000 entitlements takes minutes); --reseed refreshes.
	let seederHash = null;
	try {
		seederHash = crypto
			.createHash( 'sha1' )
			.update(
				fs.readFileSync(
					path.join( ROOT, 'plugin/src/DataStores/BulkSeeder.php' )
				)
			)
			.digest( 'hex' );
	} catch {
		// No seeder yet: the seed command will say so.
	}
	const slack = Math.max( 100, Math.round( opts.count * 0.01 ) );
	const matches = Math.abs( state.entitlements - opts.count ) <= slack;
	const sameSeeder = state.marker?.seeded?.seeder === seederHash;
	if ( opts.only === 'licenses' ) {
		seed.skipped = true;
		log(
			`--only=licenses: not seeding entitlements (site holds ${ state.entitlements })`
		);
	} else if (
		! opts.reseed &&
		matches &&
		( opts.site === 'dev' || marked === opts.count )
	) {
		seed.skipped = true;
		if ( state.marker?.seeded?.seeder && ! sameSeeder ) {
			warnings.push(
				'plugin/src/DataStores/BulkSeeder.php changed since this site was seeded: run with --reseed to measure data from the current seeder'
			);
		}
		log(
			`site already holds ${ state.entitlements } entitlements (seeded ${ state.marker?.seeded?.seeded_at ?? 'earlier' }${ state.marker?.seeded?.seconds ? ` in ${ state.marker.seeded.seconds } s` : '' }): not seeding`
		);
	} else {
		let toSeed = opts.count;
		let seedValue = 42;
		if ( state.entitlements > 0 ) {
			if ( opts.site !== 'dev' || opts.reseed ) {
				log(
					`site holds ${ state.entitlements } entitlements, not the ${ opts.count } wanted: emptying the el_* tables`
				);
				php( siteDir, 'truncate' );
			} else if ( state.entitlements < opts.count ) {
				toSeed = opts.count - state.entitlements;
				seedValue = 42 + state.entitlements;
				log(
					`dev site holds ${ state.entitlements } entitlements: adding ${ toSeed } (use --reseed to start over)`
				);
			} else {
				toSeed = 0;
				log(
					`WARNING: dev site holds ${ state.entitlements } entitlements (more than ${ opts.count }); measuring as is (use --reseed to start over)`
				);
			}
		}
		if ( toSeed > 0 ) {
			let res = { code: 1, seconds: 0 };
			if ( opts.site !== 'bench' ) {
				// scripts/wp knows only dev and test.
				log(
					`seeding ${ toSeed } entitlements with ledger history: scripts/wp ${ opts.site } entitlement-ledger seed --count=${ toSeed } --seed=${ seedValue }`
				);
				res = await runInherit( 'bash', [
					path.join( ROOT, 'scripts/wp' ),
					opts.site,
					'entitlement-ledger',
					'seed',
					`--count=${ toSeed }`,
					`--seed=${ seedValue }`,
				] );
				seed.method = 'wp-cli';
			}
			if ( opts.site === 'bench' ) {
				log(
					`seeding ${ toSeed } entitlements with ledger history: the plugin's BulkSeeder through scripts/wp-run.php (bench/php/seed.php)`
				);
				res = await runInherit( 'php', [
					'-d',
					'memory_limit=1G',
					path.join( ROOT, 'scripts/wp-run.php' ),
					siteDir,
					path.join( BENCH, 'php/seed.php' ),
					toSeed,
					seedValue,
				] );
				seed.method = 'wp-run BulkSeeder';
				if ( res.code !== 0 ) {
					fail( `seeding failed (exit ${ res.code })` );
				}
			} else if ( res.code !== 0 ) {
				const after = php( siteDir, 'state' );
				if (
					after.entitlements !==
					( opts.site !== 'dev' || opts.reseed
						? 0
						: state.entitlements )
				) {
					fail(
						`seeding through WP-CLI failed part-way (exit ${ res.code }); run again with --reseed`
					);
				}
				log(
					`WP-CLI seeding failed (exit ${ res.code }); seeding through scripts/wp-run.php and the plugin's BulkSeeder instead`
				);
				res = await runInherit( 'php', [
					'-d',
					'memory_limit=1G',
					path.join( ROOT, 'scripts/wp-run.php' ),
					siteDir,
					path.join( BENCH, 'php/seed.php' ),
					toSeed,
					seedValue,
				] );
				seed.method = 'wp-run BulkSeeder';
				if ( res.code !== 0 ) {
					fail( `seeding failed (exit ${ res.code })` );
				}
			}
			seed.seconds = round( res.seconds, 1 );
			seed.seeded = toSeed;
			seed.per_second = Math.round( toSeed / res.seconds );
			state = php( siteDir, 'state' );
			php(
				siteDir,
				'mark',
				state.entitlements,
				seed.seconds,
				seederHash ?? ''
			);
			log(
				`seeded ${ toSeed } entitlements in ${ seed.seconds } s (${ seed.per_second }/s); site now holds ${ state.entitlements } entitlements, ${ state.lines } ledger lines`
			);
		}
	}

	// The admin app section: alone with --only=admin, else after the REST scenarios.
	const siteUrl =
		opts.site === 'bench' ? `${ base }/${ BENCH_SUBDIR }` : base;
	const runAdmin = async () => {
		log(
			`admin app: JavaScript size, and ${ opts.adminRuns } loads each of the Circulation screen and the Posts list in headless Chromium`
		);
		const size = adminAppSize( ROOT );
		const prepared = php(
			siteDir,
			'admin-screens',
			opts.site === 'bench' ? '1' : ''
		);
		let screens = null;
		try {
			screens = await timeScreens( {
				siteUrl,
				runs: opts.adminRuns,
				chromium: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
				user: 'admin',
				password: 'password',
			} );
		} catch ( error ) {
			warnings.push( `admin app timing failed: ${ error.message }` );
		}
		return { size, screens, posts: prepared.posts };
	};
	if ( opts.only === 'admin' ) {
		const admin = await runAdmin();
		console.log(
			[
				'',
				`Entitlement Ledger admin app benchmark — ${ started.toISOString() }`,
				`site ${ opts.site } (${ siteUrl }), ${ state.entitlements } entitlements`,
				...adminLines( admin.size, admin.screens, state.entitlements ),
				...( warnings.length
					? [
							'',
							'WARNINGS:',
							...warnings.map( ( w ) => `  ${ w }` ),
						]
					: [] ),
			].join( '\n' )
		);
		const dir = path.join( BENCH, 'results' );
		fs.mkdirSync( dir, { recursive: true } );
		const report = {
			started_at: started.toISOString(),
			finished_at: new Date().toISOString(),
			options: opts,
			site: {
				name: opts.site,
				url: siteUrl,
				entitlements: state.entitlements,
			},
			seed,
			admin,
			warnings,
		};
		const file = path.join(
			dir,
			`admin-${ started.toISOString().replace( /[:.]/g, '-' ) }.json`
		);
		fs.writeFileSync( file, JSON.stringify( report, null, '\t' ) + '\n' );
		fs.writeFileSync(
			path.join( dir, 'latest-admin.json' ),
			JSON.stringify( report, null, '\t' ) + '\n'
		);
		console.log(
			`\nwrote ${ path.relative( ROOT, file ) } and bench/results/latest-admin.json`
		);
		return admin.screens ? 0 : 1;
	}

	// Query-count mu-plugin (answers only requests sending X-EL-Bench: 1).
	const muDir = path.join( siteDir, 'wp-content/mu-plugins' );
	const muLink = path.join( muDir, MU_PLUGIN );
	fs.mkdirSync( muDir, { recursive: true } );
	fs.rmSync( muLink, { force: true } );
	fs.symlinkSync( path.join( BENCH, 'mu-plugins', MU_PLUGIN ), muLink );
	const removeMu = () => {
		// The bench site keeps it (it is that site's own); test and dev get it back out.
		if ( ! opts.keepMuPlugin && opts.site !== 'bench' ) {
			fs.rmSync( muLink, { force: true } );
		}
	};
	process.on( 'exit', removeMu );
	for ( const signal of [ 'SIGINT', 'SIGTERM' ] ) {
		process.on( signal, () => {
			removeMu();
			process.exit( 130 );
		} );
	}

	// Credentials, an order to link, scenario parameters and the redemption pool.
	const auth = php( siteDir, 'auth' );
	const basic = Buffer.from( `${ auth.user }:${ auth.password }` ).toString(
		'base64'
	);
	const headers = {
		Authorization: `Basic ${ basic }`,
		'X-EL-Bench': '1',
		Accept: 'application/json',
	};
	const onlyLicenses = opts.only === 'licenses';
	const active = onlyLicenses ? 0 : ( state.by_status?.active ?? 0 );
	const poolWanted = Math.min(
		active,
		Math.max( 5000, opts.duration * 1500 ) + 200
	);
	const poolFile = path.join(
		os.tmpdir(),
		`el-bench-pool-${ process.pid }.txt`
	);
	const params = onlyLicenses
		? { number: null, pool: 0 }
		: php( siteDir, 'params', poolWanted, poolFile );
	process.on( 'exit', () => fs.rmSync( poolFile, { force: true } ) );
	if ( params.number === null && ! onlyLicenses ) {
		fail( 'no active entitlements to benchmark' );
	}
	const pool = onlyLicenses
		? []
		: fs.readFileSync( poolFile, 'utf8' ).split( '\n' ).filter( Boolean );
	// License service: a brand, a product with seats to spare and a fresh license (its key).
	const lic = php( siteDir, 'licenses' );
	log(
		`licenses: key ${ lic.key.slice( 0, 12 ) }… of brand ${ lic.brand } (${ lic.seats } seats); rate limits lifted for X-EL-Bench requests by the mu-plugin`
	);
	const licensePath = ( suffix = '' ) =>
		route( `${ NS }/licenses/${ lic.key }${ suffix }` );
	const licenseScenarios = [
		{
			key: 'license_status',
			label: 'license status GET /licenses/{key}',
			path: licensePath(),
			kind: 'public',
		},
		{
			key: 'license_activate',
			label: 'license activate (new instances)',
			path: licensePath( '/activate' ),
			kind: 'activate',
		},
	];
	if ( ! onlyLicenses ) {
		log(
			`list filter: status=active&number=${ params.number } (${ params.number_active } active); search prefix: "${ params.email_prefix }"; redemption pool: ${ pool.length } distinct active entitlements; custom redemptions link order #${ auth.order_id }`
		);
	}

	const list = ( q ) => route( `${ NS }/entitlements`, q );
	const entitlementScenarios = [
		{
			key: 'baseline',
			label: 'baseline GET /health',
			path: route( `${ NS }/health` ),
			kind: 'baseline',
		},
		{
			key: 'list_20',
			label: 'list per_page=20',
			path: list( 'per_page=20' ),
			kind: 'list',
		},
		{
			key: 'list_100',
			label: 'list per_page=100',
			path: list( 'per_page=100' ),
			kind: 'list',
		},
		{
			key: 'list_filtered',
			label: `list status=active&number=${ params.number }`,
			path: list( `status=active&number=${ params.number }&per_page=20` ),
			kind: 'list',
		},
		{
			key: 'list_filtered_100',
			label: 'list filtered per_page=100',
			path: list(
				`status=active&number=${ params.number }&per_page=100`
			),
			kind: 'list',
		},
		{
			key: 'list_search',
			label: `list search=${ params.email_prefix }`,
			path: list(
				`search=${ encodeURIComponent( params.email_prefix ) }&per_page=20`
			),
			kind: 'list',
		},
		{
			key: 'list_search_100',
			label: 'list search per_page=100',
			path: list(
				`search=${ encodeURIComponent( params.email_prefix ) }&per_page=100`
			),
			kind: 'list',
		},
		{
			key: 'revenue_month',
			label: 'revenue interval=month',
			path: route( `${ NS }/reports/revenue`, 'interval=month' ),
			kind: 'report',
		},
		{
			key: 'revenue_cycle',
			label: 'revenue interval=cycle',
			path: route( `${ NS }/reports/revenue`, 'interval=cycle' ),
			kind: 'report',
		},
		{
			key: 'liability',
			label: 'liability',
			path: route( `${ NS }/reports/liability` ),
			kind: 'report',
		},
		{
			key: 'redeem',
			label: 'redeem (custom, distinct ids)',
			kind: 'redeem',
		},
	];
	const scenarios = onlyLicenses
		? [ entitlementScenarios[ 0 ], ...licenseScenarios ]
		: [ ...entitlementScenarios, ...licenseScenarios ];
	// Activations use a new instance per request (a run id keeps runs apart).
	const runId = `${ process.pid }-${ Date.now() }`;
	let activations = 0;
	const activateBody = () =>
		JSON.stringify( {
			instance: `https://bench-${ runId }-${ activations++ }.example`,
		} );
	const runActivate = async ( seconds ) =>
		wrk( `${ base }${ licensePath( '/activate' ) }`, seconds, opts, [
			'',
			'activate',
			`bench-${ runId }-w`,
		] );

	const results = {};
	const errors = [];
	const benchStarted = Date.now();
	const pairs = Math.max( 1, Math.round( opts.duration / opts.slice ) );
	const baselineUrl = `${ base }${ scenarios[ 0 ].path }`;
	const baselineSlices = [];
	const check = ( key, w ) => {
		const socketErrors =
			w.errors.connect +
			w.errors.read +
			w.errors.write +
			w.errors.timeout;
		if ( w.non2xx > 0 ) {
			errors.push(
				`${ key }: ${ w.non2xx } non-2xx response(s), first: ${ w.first_error }`
			);
		}
		if ( socketErrors > 0 ) {
			errors.push(
				`${ key }: socket errors ${ JSON.stringify( w.errors ) }`
			);
		}
		if ( w.queries.missing > 0 ) {
			errors.push(
				`${ key }: ${ w.queries.missing } response(s) without X-EL-Query-Count`
			);
		}
	};
	const runBaseline = async ( seconds ) => {
		const w = await wrk( baselineUrl, seconds, opts, [ basic, 'get' ] );
		check( 'baseline', w );
		baselineSlices.push( w );
		return w;
	};

	// Redemption walks a pool of distinct active entitlements across its slices.
	let poolCursor = 0;
	const poolFile2 = path.join(
		os.tmpdir(),
		`el-bench-pool-${ process.pid }-load.txt`
	);
	process.on( 'exit', () => fs.rmSync( poolFile2, { force: true } ) );
	const redeemPrefix = route( `${ NS }/entitlements/` );
	const runRedeem = async ( seconds ) => {
		const left = pool.slice( poolCursor );
		if ( left.length < opts.connections * 2 ) {
			fail(
				`the redemption pool ran out (${ pool.length } ids): seed more entitlements or shorten --duration`
			);
		}
		fs.writeFileSync( poolFile2, left.join( '\n' ) + '\n' );
		const w = await wrk( `${ base }${ redeemPrefix }`, seconds, opts, [
			basic,
			'redeem',
			poolFile2,
			auth.order_id,
			redeemPrefix,
			opts.threads,
		] );
		poolCursor += w.sent;
		if ( w.exhausted ) {
			warnings.push(
				'redeem: the pool of active entitlements ran out during a slice; figures cover the requests made'
			);
		}
		return w;
	};

	log(
		`measuring ${ scenarios.length } scenarios: ${ pairs } interleaved baseline/scenario slice pair(s) of ${ opts.slice } s each (+${ opts.warmup } s warm-up); about ${ Math.round( ( scenarios.length * ( pairs * 2 * opts.slice + opts.warmup + 1 ) ) / 60 ) } min`
	);
	if ( opts.warmup > 0 ) {
		await wrk( baselineUrl, opts.warmup, opts, [ basic, 'get' ] );
	}
	for ( const s of scenarios ) {
		const r = { key: s.key, label: s.label, kind: s.kind, path: s.path };
		results[ s.key ] = r;
		if ( s.kind === 'public' || s.kind === 'activate' ) {
			// End-user products send no WordPress credentials: the key is the credential.
			const probe = await request( `${ base }${ s.path }`, {
				method: s.kind === 'activate' ? 'POST' : 'GET',
				headers: {
					'X-EL-Bench': '1',
					Accept: 'application/json',
					'Content-Type': 'application/json',
				},
				body: s.kind === 'activate' ? activateBody() : undefined,
			} );
			if ( probe.status < 200 || probe.status > 299 ) {
				fail(
					`probe ${ s.kind === 'activate' ? 'POST' : 'GET' } ${ s.path } answered ${ probe.status }: ${ probe.text.slice( 0, 500 ) }`
				);
			}
			r.probe = {
				status: probe.status,
				queries: Number( probe.headers.get( 'x-el-query-count' ) ),
				total: null,
				bytes: probe.text.length,
			};
		} else if ( s.kind === 'redeem' ) {
			// Probe: a few sequential redemptions (validates the route and warms its code).
			const probeQueries = new Set();
			for ( const id of pool.slice( 0, 20 ) ) {
				const res = await request(
					`${ base }${ route( `${ NS }/entitlements/${ id }/redeem` ) }`,
					{
						method: 'POST',
						headers: {
							...headers,
							'Content-Type': 'application/json',
						},
						body: JSON.stringify( {
							order_id: auth.order_id,
							note: 'bench',
						} ),
					}
				);
				if ( res.status < 200 || res.status > 299 ) {
					fail(
						`probe POST /entitlements/${ id }/redeem answered ${ res.status }: ${ res.text.slice( 0, 500 ) }`
					);
				}
				probeQueries.add(
					Number( res.headers.get( 'x-el-query-count' ) )
				);
			}
			poolCursor = 20;
			r.probe = { status: 200, queries: [ ...probeQueries ] };
			r.path = route( `${ NS }/entitlements/{id}/redeem` );
		} else {
			const url = `${ base }${ s.path }`;
			const probe = await request( url, { headers } );
			if ( probe.status < 200 || probe.status > 299 ) {
				fail(
					`probe GET ${ s.path } answered ${ probe.status }: ${ probe.text.slice( 0, 500 ) }`
				);
			}
			const q = probe.headers.get( 'x-el-query-count' );
			if ( q === null ) {
				fail(
					`no X-EL-Query-Count header on ${ s.path }: the mu-plugin ${ muLink } is not loaded`
				);
			}
			let items = null;
			try {
				const body = JSON.parse( probe.text );
				if ( Array.isArray( body ) ) {
					items = body.length;
				} else if ( Array.isArray( body.rows ) ) {
					items = body.rows.length;
				}
			} catch {
				// Not JSON.
			}
			r.probe = {
				status: probe.status,
				queries: Number( q ),
				total:
					probe.headers.get( 'x-wp-total' ) === null
						? null
						: Number( probe.headers.get( 'x-wp-total' ) ),
				items,
				bytes: probe.text.length,
			};
		}
		if ( s.kind === 'baseline' ) {
			continue; // Measured in every pair below.
		}
		const runScenario = ( seconds ) => {
			if ( s.kind === 'redeem' ) {
				return runRedeem( seconds );
			}
			if ( s.kind === 'activate' ) {
				return runActivate( seconds );
			}
			return wrk( `${ base }${ s.path }`, seconds, opts, [
				s.kind === 'public' ? '' : basic,
				'get',
			] );
		};
		if ( opts.warmup > 0 && s.kind !== 'redeem' ) {
			await runScenario( opts.warmup );
		}
		log(
			`${ s.label }: ${ pairs } x (${ opts.slice } s baseline + ${ opts.slice } s scenario)`
		);
		// Unloaded latency: sequential requests on one keep-alive connection, alternating
		// with the baseline (what one person at the screen sees).
		if ( opts.sequential > 0 ) {
			const tb = [];
			const ts = [];
			for ( let i = 0; i < opts.sequential; i++ ) {
				const one = async () => {
					let res;
					if ( s.kind === 'public' || s.kind === 'activate' ) {
						res = await request( `${ base }${ s.path }`, {
							method: s.kind === 'activate' ? 'POST' : 'GET',
							headers: {
								'X-EL-Bench': '1',
								Accept: 'application/json',
								'Content-Type': 'application/json',
							},
							body:
								s.kind === 'activate'
									? activateBody()
									: undefined,
						} );
					} else if ( s.kind === 'redeem' ) {
						const id = pool[ poolCursor++ ];
						res = await request(
							`${ base }${ route( `${ NS }/entitlements/${ id }/redeem` ) }`,
							{
								method: 'POST',
								headers: {
									...headers,
									'Content-Type': 'application/json',
								},
								body: JSON.stringify( {
									order_id: auth.order_id,
									note: 'bench',
								} ),
							}
						);
					} else {
						res = await request( `${ base }${ s.path }`, {
							headers,
						} );
					}
					if ( res.status < 200 || res.status > 299 ) {
						errors.push(
							`${ s.key } (sequential): ${ res.status } ${ res.text.slice( 0, 300 ) }`
						);
					}
					return res.ms;
				};
				const two = async () =>
					( await request( baselineUrl, { headers } ) ).ms;
				if ( i % 2 === 0 ) {
					tb.push( await two() );
					ts.push( await one() );
				} else {
					ts.push( await one() );
					tb.push( await two() );
				}
			}
			r.sequential = {
				n: opts.sequential,
				p50_ms: round( median( ts ), 2 ),
				baseline_p50_ms: round( median( tb ), 2 ),
				ratio_p50: round( median( ts ) / median( tb ), 2 ),
			};
		}
		r.slices = [];
		for ( let i = 0; i < pairs; i++ ) {
			// Alternate the order so that a trend in the background load favours neither.
			let b;
			let w;
			if ( i % 2 === 0 ) {
				b = await runBaseline( opts.slice );
				w = await runScenario( opts.slice );
			} else {
				w = await runScenario( opts.slice );
				b = await runBaseline( opts.slice );
			}
			check( s.key, w );
			r.slices.push( { scenario: w, baseline: b } );
		}
	}
	const loadSeconds = Math.round( ( Date.now() - benchStarted ) / 1000 );

	// Figures: requests/s over all slices; p50/p95 = median of the slices' percentiles;
	// ratios = median over the pairs of scenario / baseline measured next to it.
	const rpsOf = ( w ) => w.requests / ( w.duration_us / 1e6 );
	const figures = ( ws ) => {
		const q = ws.map( ( w ) => w.queries );
		const n = q.reduce( ( a, x ) => a + x.n, 0 );
		const qmin = Math.min(
			...q.filter( ( x ) => x.n > 0 ).map( ( x ) => x.min )
		);
		const qmax = Math.max(
			...q.filter( ( x ) => x.n > 0 ).map( ( x ) => x.max )
		);
		const hist = {};
		for ( const x of q ) {
			for ( const [ k, v ] of Object.entries( x.hist ?? {} ) ) {
				hist[ k ] = ( hist[ k ] ?? 0 ) + v;
			}
		}
		const sorted = Object.entries( hist ).sort(
			( a, b ) => b[ 1 ] - a[ 1 ]
		);
		const mode = sorted.length ? Number( sorted[ 0 ][ 0 ] ) : null;
		return {
			requests: ws.reduce( ( a, w ) => a + w.requests, 0 ),
			seconds: round(
				ws.reduce( ( a, w ) => a + w.duration_us, 0 ) / 1e6,
				1
			),
			rps: round(
				ws.reduce( ( a, w ) => a + w.requests, 0 ) /
					( ws.reduce( ( a, w ) => a + w.duration_us, 0 ) / 1e6 ),
				1
			),
			p50_ms: ms( median( ws.map( ( w ) => w.latency_us.p50 ) ) ),
			p95_ms: ms( median( ws.map( ( w ) => w.latency_us.p95 ) ) ),
			p99_ms: ms( median( ws.map( ( w ) => w.latency_us.p99 ) ) ),
			// The count nearly every request made (exact); other counts are listed in the
			// histogram (e.g. a rare request doing background work).
			queries: mode,
			queries_constant: n > 0 && qmin === qmax,
			queries_hist: hist,
			queries_min: n > 0 ? qmin : null,
			queries_max: n > 0 ? qmax : null,
			queries_mean:
				n > 0
					? round( q.reduce( ( a, x ) => a + x.sum, 0 ) / n, 2 )
					: null,
		};
	};
	const bFig = figures( baselineSlices );
	const firstHalf = baselineSlices.slice(
		0,
		Math.floor( baselineSlices.length / 2 )
	);
	const secondHalf = baselineSlices.slice(
		Math.floor( baselineSlices.length / 2 )
	);
	const baseline = {
		...bFig,
		slices: baselineSlices.length,
		drift: firstHalf.length
			? round( figures( secondHalf ).rps / figures( firstHalf ).rps, 3 )
			: null,
		rps_min_slice: round( Math.min( ...baselineSlices.map( rpsOf ) ), 1 ),
		rps_max_slice: round( Math.max( ...baselineSlices.map( rpsOf ) ), 1 ),
	};
	Object.assign( results.baseline, bFig, {
		ratio_p50: 1,
		ratio_p95: 1,
		ratio_rps: 1,
		queries_over_baseline: 0,
	} );
	for ( const r of Object.values( results ) ) {
		if ( r.kind === 'baseline' ) {
			continue;
		}
		Object.assign( r, figures( r.slices.map( ( p ) => p.scenario ) ) );
		r.paired_baseline = figures( r.slices.map( ( p ) => p.baseline ) );
		r.ratio_p50 = round(
			median(
				r.slices.map(
					( p ) =>
						p.scenario.latency_us.p50 / p.baseline.latency_us.p50
				)
			),
			2
		);
		r.ratio_p95 = round(
			median(
				r.slices.map(
					( p ) =>
						p.scenario.latency_us.p95 / p.baseline.latency_us.p95
				)
			),
			2
		);
		r.ratio_rps = round(
			median(
				r.slices.map(
					( p ) => rpsOf( p.scenario ) / rpsOf( p.baseline )
				)
			),
			2
		);
		r.queries_over_baseline =
			r.queries === null || baseline.queries === null
				? null
				: r.queries - baseline.queries;
	}

	// Targets.
	const targets = [];
	// "13", or "13+" when some requests ran other counts (see queries_hist in the JSON).
	const qText = ( r ) =>
		r.queries === null
			? '?'
			: `${ r.queries }${ r.queries_constant ? '' : '+' }`;
	const unloaded = ( k ) =>
		results[ k ].sequential
			? ` under load; unloaded ${ results[ k ].sequential.ratio_p50 }x`
			: '';
	const target = ( name, value, limit, pass, note = '' ) =>
		targets.push( {
			name,
			value,
			limit,
			result: pass ? 'PASS' : 'MISS',
			note,
		} );
	if ( ! onlyLicenses ) {
		for ( const k of [
			'list_20',
			'list_100',
			'list_filtered',
			'list_filtered_100',
			'list_search',
			'list_search_100',
		] ) {
			target(
				`${ results[ k ].label }: p50 latency <= 1.5x baseline`,
				`${ results[ k ].ratio_p50 }x${ unloaded( k ) }`,
				'1.5x',
				results[ k ].ratio_p50 <= 1.5
			);
		}
		for ( const [ a, b ] of [
			[ 'list_20', 'list_100' ],
			[ 'list_filtered', 'list_filtered_100' ],
			[ 'list_search', 'list_search_100' ],
		] ) {
			const qa = results[ a ].queries;
			const qb = results[ b ].queries;
			const constant =
				results[ a ].queries_constant && results[ b ].queries_constant;
			target(
				`${ results[ a ].label } vs per_page=100: same query count`,
				`${ qText( results[ a ] ) } vs ${ qText( results[ b ] ) }`,
				'equal, on every request',
				qa !== null && qa === qb && constant
			);
		}
		const reportNote =
			opts.count < 1000000
				? `target is defined at 1,000,000 entitlements; this run has ${ state.entitlements }`
				: '';
		for ( const k of [ 'revenue_month', 'revenue_cycle', 'liability' ] ) {
			target(
				`${ results[ k ].label }: p50 latency <= 3x baseline`,
				`${ results[ k ].ratio_p50 }x${ unloaded( k ) }`,
				'3x',
				results[ k ].ratio_p50 <= 3,
				reportNote
			);
		}
		target(
			'redemption: throughput >= 0.8x baseline',
			`${ results.redeem.ratio_rps }x`,
			'0.8x',
			results.redeem.ratio_rps >= 0.8
		);
	}
	target(
		'license status: p50 latency <= 1.2x baseline',
		`${ results.license_status.ratio_p50 }x${ unloaded( 'license_status' ) }`,
		'1.2x',
		results.license_status.ratio_p50 <= 1.2
	);
	target(
		'license activation: throughput >= 0.7x baseline',
		`${ results.license_activate.ratio_rps }x`,
		'0.7x',
		results.license_activate.ratio_rps >= 0.7
	);
	// A lean status check (bench/php/lean-status.php: SHORTINIT boot + the same SQL by hand),
	// unloaded, alternating with the full route and the baseline: what a lean path would save.
	const leanLink = path.join( siteDir, 'el-bench-lean-status.php' );
	fs.rmSync( leanLink, { force: true } );
	// A copy, not a link: PHP resolves __DIR__ through links, and the file loads ./wp-load.php.
	fs.copyFileSync( path.join( BENCH, 'php', 'lean-status.php' ), leanLink );
	process.on( 'exit', () => fs.rmSync( leanLink, { force: true } ) );
	const leanUrl = `${ base }${ opts.site === 'bench' ? `/${ BENCH_SUBDIR }` : '' }/el-bench-lean-status.php?key=${ lic.key }`;
	const leanTimes = { lean: [], full: [], baseline: [] };
	let leanQueries = null;
	for ( let i = 0; i < Math.max( 10, opts.sequential * 2 ); i++ ) {
		const lean = await request( leanUrl );
		if ( lean.status !== 200 ) {
			warnings.push(
				`lean status check answered ${ lean.status }: ${ lean.text.slice( 0, 200 ) }`
			);
			break;
		}
		leanQueries = JSON.parse( lean.text ).queries;
		leanTimes.lean.push( lean.ms );
		leanTimes.full.push(
			(
				await request( `${ base }${ licensePath() }`, {
					headers: { 'X-EL-Bench': '1' },
				} )
			).ms
		);
		leanTimes.baseline.push(
			( await request( baselineUrl, { headers } ) ).ms
		);
	}
	results.license_status.lean = leanTimes.lean.length
		? {
				n: leanTimes.lean.length,
				lean_p50_ms: round( median( leanTimes.lean ), 2 ),
				full_p50_ms: round( median( leanTimes.full ), 2 ),
				baseline_p50_ms: round( median( leanTimes.baseline ), 2 ),
				lean_queries: leanQueries,
			}
		: null;
	// Where a status check's time goes: the plugin's own work timed inside the site
	// (no WordPress boot), against the whole request measured above.
	const profile = php( siteDir, 'license-profile', lic.key, 300 );
	results.license_status.profile = profile;

	// Checkout: payment_complete() of one-line premium orders, in one process of the same
	// site, with the plugin's checkout handler detached and attached (bench/php/checkout.php).
	if ( ! onlyLicenses ) {
		log(
			'checkout: paying premium orders with the plugin inactive and active'
		);
	}
	const checkout = onlyLicenses
		? null
		: phpScript( siteDir, 'checkout.php', opts.checkoutIterations );
	if ( checkout ) {
		target(
			'checkout: extra queries of payment_complete() with the plugin',
			`+${ checkout.extra_queries } (${ checkout.inactive.queries } -> ${ checkout.active.queries })`,
			'<= 10',
			checkout.extra_queries <= 10
		);
		target(
			'checkout: extra time of payment_complete() with the plugin (median)',
			`+${ checkout.extra_pct }% (${ checkout.inactive.median_ms } -> ${ checkout.active.median_ms } ms)`,
			'<= 5%',
			checkout.extra_pct !== null && checkout.extra_pct <= 5
		);
	}

	const admin = await runAdmin();

	// Where list time goes: the store's SQL, timed and EXPLAINed inside the site.
	let diagnostics = null;
	try {
		diagnostics = onlyLicenses
			? null
			: php(
					siteDir,
					'diagnose',
					JSON.stringify( {
						list_20: { per_page: 20 },
						list_100: { per_page: 100 },
						list_filtered: {
							status: 'active',
							number: params.number,
							per_page: 20,
						},
						list_search: {
							search: params.email_prefix,
							per_page: 20,
						},
					} )
				);
	} catch ( error ) {
		log( `diagnostics failed: ${ error.message }` );
	}

	// Output.
	const cols = [
		[ 'scenario', 34, ( r ) => r.label ],
		[ 'req/s', 8, ( r ) => r.rps.toFixed( 1 ) ],
		[ 'p50 ms', 8, ( r ) => r.p50_ms.toFixed( 1 ) ],
		[ 'p95 ms', 8, ( r ) => r.p95_ms.toFixed( 1 ) ],
		[ 'p50 x', 6, ( r ) => r.ratio_p50.toFixed( 2 ) ],
		[ 'p95 x', 6, ( r ) => r.ratio_p95.toFixed( 2 ) ],
		[ 'rps x', 6, ( r ) => r.ratio_rps.toFixed( 2 ) ],
		[
			'1-conn ms',
			9,
			( r ) =>
				r.kind === 'baseline'
					? ( Object.values( results )
							.find( ( x ) => x.sequential )
							?.sequential?.baseline_p50_ms?.toFixed( 1 ) ?? '' )
					: ( r.sequential?.p50_ms?.toFixed( 1 ) ?? '' ),
		],
		[
			'1-conn x',
			8,
			( r ) => {
				if ( r.kind === 'baseline' ) {
					return opts.sequential ? '1.00' : '';
				}
				return r.sequential?.ratio_p50?.toFixed( 2 ) ?? '';
			},
		],
		[ 'queries', 9, ( r ) => qText( r ) ],
		[ '+base', 6, ( r ) => ( r.queries_over_baseline ?? '' ).toString() ],
		[ 'total', 8, ( r ) => ( r.probe?.total ?? '' ).toString() ],
	];
	const line = ( cells ) =>
		cells
			.map( ( c, i ) =>
				i === 0
					? c.padEnd( cols[ i ][ 1 ] )
					: c.padStart( cols[ i ][ 1 ] )
			)
			.join( '  ' );
	const out = [];
	out.push( '' );
	out.push(
		`Entitlement Ledger REST benchmark — ${ started.toISOString() }`
	);
	out.push(
		`site ${ opts.site } (${ base }), ${ state.entitlements } entitlements, ${ state.lines } ledger lines; ${ cores } CPU cores, ${ fpmWorkers ?? '?' } php-fpm workers; ${ wrkVer }, ${ opts.threads } thread(s), ${ opts.connections } connections, ${ opts.duration } s per scenario in ${ opts.slice } s slices interleaved with the baseline (+${ opts.warmup } s warm-up); load phase ${ loadSeconds } s`
	);
	out.push(
		seed.skipped
			? `seeding: skipped (already seeded)`
			: `seeding: ${ seed.seeded ?? 0 } entitlements in ${ seed.seconds ?? 0 } s (${ seed.per_second ?? 0 }/s, ${ seed.method ?? 'none' })`
	);
	out.push(
		`baseline over all ${ baseline.slices } slices: ${ baseline.rps } req/s (slices ${ baseline.rps_min_slice }-${ baseline.rps_max_slice }), p50 ${ baseline.p50_ms } ms, p95 ${ baseline.p95_ms } ms, ${ baseline.queries } queries; second half / first half ${ baseline.drift }`
	);
	out.push( '' );
	out.push( line( cols.map( ( c ) => c[ 0 ] ) ) );
	out.push( line( cols.map( ( c ) => '-'.repeat( c[ 1 ] ) ) ) );
	for ( const r of Object.values( results ) ) {
		out.push( line( cols.map( ( c ) => c[ 2 ]( r ) ) ) );
	}
	out.push( '' );
	out.push(
		"req/s over all slices; p50/p95 = median of the slices' percentiles. x = ratio to the baseline measured in the neighbouring slice, median over the pairs"
	);
	out.push(
		'(latency: lower is better; rps: higher is better). queries = exact per request (X-EL-Query-Count; n+ = n on most, other counts on a few), +base = above the'
	);
	out.push(
		'baseline route, total = X-WP-Total of the list. 1-conn = unloaded p50 of sequential requests (and its ratio to the baseline requests'
	);
	out.push(
		'alternating with them); the baseline row shows the baseline p50 next to the first list scenario.'
	);
	out.push( '' );
	const varied = Object.values( results ).filter(
		( r ) => r.queries !== null && ! r.queries_constant
	);
	if ( varied.length ) {
		out.push(
			`Query counts that varied (count x requests): ${ varied
				.map(
					( r ) =>
						`${ r.key } ${ Object.entries( r.queries_hist )
							.map( ( [ q, n ] ) => `${ q }x${ n }` )
							.join( ', ' ) }`
				)
				.join( '; ' ) }`
		);
		out.push( '' );
	}
	const prof = results.license_status?.profile;
	if ( prof ) {
		const seq = results.license_status.sequential?.p50_ms;
		out.push(
			`License status check, where the time goes: the plugin's own work (key lookup + HMAC + licenses + seats; ${ prof.queries } queries) takes ${ prof.status_ms } ms in-process (activation ${ prof.activate_ms } ms, ${ prof.activate_queries } queries);`
		);
		out.push(
			`the whole unloaded request takes ${ seq ?? '?' } ms, so WordPress boot, REST routing and the response account for ${ seq ? Math.round( ( 100 * ( seq - prof.status_ms ) ) / seq ) : '?' }%. A lean path (a SHORTINIT endpoint or an`
		);
		out.push(
			`object-cached key lookup) could only save that boot share; the license work itself is ${ prof.status_ms } ms.`
		);
		const lean = results.license_status.lean;
		if ( lean ) {
			out.push(
				`Measured (unloaded, ${ lean.n } alternating requests): a lean SHORTINIT status check (bench/php/lean-status.php, same SQL, ${ lean.lean_queries } queries) p50 ${ lean.lean_p50_ms } ms vs the REST route ${ lean.full_p50_ms } ms vs the baseline ${ lean.baseline_p50_ms } ms: ${ round( lean.full_p50_ms / lean.lean_p50_ms, 1 ) }x faster.`
			);
		}
		out.push( '' );
	}
	out.push( 'Targets:' );
	for ( const t of targets ) {
		out.push(
			`  ${ t.result }  ${ t.name }: ${ t.value } (limit ${ t.limit })${ t.note ? ` — ${ t.note }` : '' }`
		);
	}
	if ( diagnostics ) {
		out.push( '' );
		out.push(
			'List SQL (EntitlementStore::query, replayed in the site; median of 5):'
		);
		for ( const [ name, statements ] of Object.entries(
			diagnostics.statements
		) ) {
			for ( const st of statements ) {
				const plan = st.explain
					.map(
						( e ) =>
							`${ e.type }/${ e.key ?? 'no key' }${ e.key_len ? `(${ e.key_len })` : '' }/rows≈${ e.rows }${ e.Extra ? ` (${ e.Extra })` : '' }`
					)
					.join( '; ' );
				out.push(
					`  ${ name.padEnd( 14 ) } ${ String( st.median_ms ).padStart( 8 ) } ms  ${ st.sql.replace( /^(SELECT \S+ FROM \S+).*?( WHERE .*)$/, '$1$2' ).slice( 0, 150 ) }`
				);
				out.push(
					`  ${ ''.padEnd( 14 ) } ${ ''.padStart( 8 ) }     plan: ${ plan }`
				);
			}
		}
	}
	if ( admin ) {
		out.push(
			...adminLines( admin.size, admin.screens, state.entitlements )
		);
	}
	if ( warnings.length ) {
		out.push( '' );
		out.push( 'WARNINGS:' );
		for ( const w of warnings ) {
			out.push( `  ${ w }` );
		}
	}
	if ( errors.length ) {
		out.push( '' );
		out.push( 'ERRORS:' );
		for ( const e of errors ) {
			out.push( `  ${ e }` );
		}
	}
	console.log( out.join( '\n' ) );

	const report = {
		started_at: started.toISOString(),
		finished_at: new Date().toISOString(),
		load_seconds: loadSeconds,
		machine: {
			cores,
			cpu: os.cpus()[ 0 ]?.model?.trim() ?? null,
			memory_mb: Math.round( os.totalmem() / 1048576 ),
			php_fpm_workers: fpmWorkers,
			node: process.version,
			load_tool: wrkVer,
		},
		git:
			(
				spawnSync( 'git', [ 'rev-parse', 'HEAD' ], {
					cwd: ROOT,
					encoding: 'utf8',
				} ).stdout || ''
			).trim() || null,
		options: opts,
		site: {
			name: opts.site,
			url: base,
			entitlements: state.entitlements,
			by_status: state.by_status,
			ledger_lines: state.lines,
		},
		seed,
		params: {
			number: params.number,
			number_active: params.number_active,
			email_prefix: params.email_prefix,
			cycles: params.cycles,
			redemption_pool: params.pool,
			order_id: auth.order_id,
		},
		baseline,
		scenarios: results,
		targets,
		checkout,
		admin,
		diagnostics,
		warnings,
		errors,
	};
	const dir = path.join( BENCH, 'results' );
	fs.mkdirSync( dir, { recursive: true } );
	const stamp = started.toISOString().replace( /[:.]/g, '-' );
	const file = path.join( dir, `${ stamp }.json` );
	fs.writeFileSync( file, JSON.stringify( report, null, '\t' ) + '\n' );
	fs.writeFileSync(
		path.join( dir, 'latest.json' ),
		JSON.stringify( report, null, '\t' ) + '\n'
	);
	console.log(
		`\nwrote ${ path.relative( ROOT, file ) } and bench/results/latest.json`
	);
	return errors.length ? 1 : 0;
}

main().then(
	( code ) => process.exit( code ),
	( error ) => {
		log(
			error instanceof BenchError
				? `ERROR: ${ error.message }`
				: error.stack
		);
		process.exit( 2 );
	}
);
