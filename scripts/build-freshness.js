/**
 * Decides whether the production build is missing or older than its inputs, and rebuilds it when so.
 * Shared by `npm start`, `npm run build` and the browser tests, so none serves a stale build. A
 * build is written to a fresh folder beside the live one and swapped in only once it is complete
 * and stamped, so an interrupted or failed build leaves the running server's folder untouched.
 */
import { spawnSync } from 'node:child_process';
import {
	existsSync,
	readdirSync,
	renameSync,
	rmSync,
	statSync,
	utimesSync,
	writeFileSync
} from 'node:fs';
import { join, resolve } from 'node:path';

/** Folders and files whose changes make the build stale. */
const INPUTS = [
	'src',
	'static',
	'geodata',
	'package.json',
	'package-lock.json',
	'svelte.config.js',
	'vite.config.ts'
];

/** The build folder (CLAIMSMAP_BUILD_DIR lets a second build live beside the first). */
export function buildDir(root = process.cwd()) {
	return resolve(root, process.env.CLAIMSMAP_BUILD_DIR ?? 'build');
}

/** @param {string} path */
function newestMtime(path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of readdirSync(path)) {
		if (entry === 'node_modules' || entry.startsWith('.')) continue;
		newest = Math.max(newest, newestMtime(join(path, entry)));
	}
	return newest;
}

/** The extraction worker, bundled beside the app (kit bundles no worker threads for the server). */
export const WORKER_FILE = 'extract-worker.js';

/** The incident marks' worker (src/lib/server/worker/marks.ts), bundled the same way. */
export const MARKS_WORKER_FILE = 'marks-worker.js';

/** Each worker thread's source and the file it is bundled into. */
const WORKERS = [
	['src/lib/server/worker/extract-worker.ts', WORKER_FILE],
	['src/lib/server/worker/marks-worker.ts', MARKS_WORKER_FILE]
];

/** Name of the file a complete build carries; `npm start` trusts only a stamped build. */
export const STAMP = '.claimsmap-build-stamp';

/** True when the build is missing or any input changed after it was made. */
export function isBuildStale(root = process.cwd()) {
	const stamp = join(buildDir(root), STAMP);
	if (!existsSync(join(buildDir(root), 'index.js')) || !existsSync(stamp)) return true;
	const built = statSync(stamp).mtimeMs;
	return INPUTS.some((input) => newestMtime(resolve(root, input)) > built);
}

/**
 * What a build does to the world: run a command (resolving to its exit status) and end the
 * process. Tests pass their own.
 * @typedef {{
 *   run: (command: string, args: string[], options: { cwd: string, env?: NodeJS.ProcessEnv }) => number | null,
 *   exit: (code: number) => never
 * }} BuildEffects
 */

/** @type {BuildEffects} */
export const defaultBuildEffects = {
	run: (command, args, options) => spawnSync(command, args, { ...options, stdio: 'inherit' }).status,
	exit: (code) => process.exit(code)
};

/**
 * Builds into `<build>-next`, stamps it, then swaps it in for `<build>` (the old one is removed).
 * Exits the process with the build's code when the build fails; the live build is then untouched.
 * @param {string} root
 * @param {BuildEffects} effects
 */
export function build(root = process.cwd(), effects = defaultBuildEffects) {
	const live = buildDir(root);
	const next = `${live}-next`;
	const old = `${live}-old`;
	const started = Date.now();
	rmSync(next, { recursive: true, force: true });
	const status = effects.run('npx', ['vite', 'build', '--logLevel', 'warn'], {
		cwd: root,
		env: { ...process.env, CLAIMSMAP_BUILD_DIR: next }
	});
	let workerStatus = status;
	for (const [source, file] of WORKERS) {
		if (workerStatus !== 0) break;
		workerStatus = effects.run(
			'npx',
			[
				'esbuild',
				source,
				'--bundle',
				'--platform=node',
				'--format=esm',
				'--target=node20',
				// The workers open the store: native SQLite and the PostgreSQL driver load from
				// node_modules, as the server's own bundle loads them.
				'--external:better-sqlite3',
				'--external:pg',
				'--log-level=warning',
				`--outfile=${join(next, file)}`
			],
			{ cwd: root }
		);
	}
	if (workerStatus !== 0 || !existsSync(join(next, 'index.js'))) {
		rmSync(next, { recursive: true, force: true });
		console.error('ClaimsMap: the build failed; see the messages above. The previous build is kept.');
		effects.exit(status || 1);
	}
	// The stamp is dated when the build started: a source saved while it ran makes it stale.
	const stamp = join(next, STAMP);
	writeFileSync(stamp, new Date(started).toISOString() + '\n');
	utimesSync(stamp, new Date(started), new Date(started));
	rmSync(old, { recursive: true, force: true });
	if (existsSync(live)) renameSync(live, old);
	renameSync(next, live);
	rmSync(old, { recursive: true, force: true });
	console.log(`ClaimsMap: built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

/** Builds when stale (see {@link build}). */
export function ensureBuild(root = process.cwd()) {
	if (!isBuildStale(root)) return;
	console.log('ClaimsMap: building the app (the build is missing or older than its sources)…');
	build(root);
}
