/**
 * The CLI's extraction worker as one JavaScript file, bundled by esbuild on demand and kept in
 * `.cache/cli/` at the repository's root. A worker started on the TypeScript source compiles every
 * module through tsx first (about a second of both cores at the start of a bulk ingest); the
 * bundle starts at once. It is rebuilt when any file it was bundled from is newer than it, and
 * when esbuild is missing (an install without devDependencies) or fails, the CLI falls back to the
 * TypeScript source through tsx, as before.
 */
import {
	existsSync,
	mkdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root (this file is src/cli/worker-bundle.ts). */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The extraction worker's TypeScript source. */
export const WORKER_SOURCE = join(ROOT, 'src/lib/server/worker/extract-worker.ts');

/** Where the bundle is kept: beside node_modules, so its external packages resolve from there. */
export const BUNDLE_FILE = join(ROOT, '.cache/cli/extract-worker.js');

/** Bundles `source` into `outfile`; resolves to the absolute paths of the files it read. */
export type Bundler = (source: string, outfile: string) => Promise<string[]>;

/** esbuild, as the production build bundles the same worker (scripts/build-freshness.js). */
export const esbuildBundler: Bundler = async (source, outfile) => {
	const esbuild = await import('esbuild');
	const result = await esbuild.build({
		entryPoints: [source],
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		// Native SQLite and the PostgreSQL driver load from node_modules, as in the build.
		external: ['better-sqlite3', 'pg'],
		absWorkingDir: ROOT,
		metafile: true,
		logLevel: 'silent',
		outfile
	});
	return Object.keys(result.metafile.inputs).map((input) => resolve(ROOT, input));
};

/** The list of files a bundle was made from, kept beside it. */
function inputsFile(bundle: string): string {
	return `${bundle}.inputs.json`;
}

/** True when `bundle` exists and none of the files it was made from changed after it. */
export function isBundleFresh(bundle: string, source: string): boolean {
	try {
		const built = statSync(bundle).mtimeMs;
		const recorded = JSON.parse(readFileSync(inputsFile(bundle), 'utf8')) as {
			source?: string;
			inputs?: string[];
		};
		if (recorded.source !== source || !Array.isArray(recorded.inputs)) return false;
		return recorded.inputs.every((input) => existsSync(input) && statSync(input).mtimeMs <= built);
	} catch {
		return false;
	}
}

/**
 * The path of an up-to-date bundle of `source` at `bundle` (built now when missing or stale), or
 * null when it cannot be built. The bundle is written beside its final name and renamed into place,
 * so a run that starts meanwhile never loads half a file.
 */
export async function bundledWorker(
	source = WORKER_SOURCE,
	bundle = BUNDLE_FILE,
	bundler: Bundler = esbuildBundler
): Promise<string | null> {
	if (isBundleFresh(bundle, source)) return bundle;
	const partial = `${bundle}.${process.pid}.tmp.js`;
	try {
		mkdirSync(dirname(bundle), { recursive: true });
		const inputs = await bundler(source, partial);
		writeFileSync(inputsFile(bundle), JSON.stringify({ source, inputs }));
		renameSync(partial, bundle);
		return bundle;
	} catch {
		rmSync(partial, { force: true });
		return null;
	}
}

/**
 * The worker file a bulk ingest runs: $CLAIMSMAP_EXTRACT_WORKER when set, else the bundle (see
 * {@link bundledWorker}), else the TypeScript source (run through tsx).
 */
export async function cliWorkerFile(
	env: NodeJS.ProcessEnv = process.env,
	bundle: () => Promise<string | null> = () => bundledWorker()
): Promise<string> {
	if (env.CLAIMSMAP_EXTRACT_WORKER) return env.CLAIMSMAP_EXTRACT_WORKER;
	return (await bundle()) ?? WORKER_SOURCE;
}
