/**
 * Decides whether the production build is missing or older than its inputs, and rebuilds it when so.
 * Shared by `npm start` and the browser tests, so neither serves a stale build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
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

/** True when the build is missing or any input changed after it was made. */
export function isBuildStale(root = process.cwd()) {
	const stamp = join(buildDir(root), '.claimsmap-build-stamp');
	if (!existsSync(join(buildDir(root), 'index.js')) || !existsSync(stamp)) return true;
	const built = statSync(stamp).mtimeMs;
	return INPUTS.some((input) => newestMtime(resolve(root, input)) > built);
}

/** Builds when stale; exits the process with the build's code when the build fails. */
export function ensureBuild(root = process.cwd()) {
	if (!isBuildStale(root)) return;
	console.log('ClaimsMap: building the app (the build is missing or older than its sources)…');
	const started = Date.now();
	const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
		cwd: root,
		stdio: 'inherit',
		env: process.env
	});
	if (result.status !== 0) {
		console.error('ClaimsMap: the build failed; see the messages above.');
		process.exit(result.status ?? 1);
	}
	writeFileSync(join(buildDir(root), '.claimsmap-build-stamp'), new Date().toISOString() + '\n');
	console.log(`ClaimsMap: built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
