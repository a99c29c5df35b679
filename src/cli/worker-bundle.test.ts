import { existsSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { workerPool } from '../lib/server/worker/extractor';
import { closeStore, SqliteClaimStore } from '../lib/server/store/index';
import { BULK_CACHE_MIB, localDeps } from './commands/ingest';
import {
	BUNDLE_FILE,
	bundledWorker,
	cliWorkerFile,
	esbuildBundler,
	isBundleFresh,
	WORKER_SOURCE,
	type Bundler
} from './worker-bundle';

let dir: string;

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'claimsmap-worker-bundle-'));
});

afterEach(() => {
	vi.unstubAllEnvs();
	rmSync(dir, { recursive: true, force: true });
});

/** A two-file TypeScript program and a bundler that counts its builds. */
function createProgram(): { source: string; dep: string; bundle: string; counted: Bundler } {
	const source = join(dir, 'entry.ts');
	const dep = join(dir, 'dep.ts');
	writeFileSync(dep, 'export const answer: number = 42;\n');
	writeFileSync(source, "import { answer } from './dep';\nconsole.log(answer);\n");
	const counted = vi.fn(esbuildBundler);
	return { source, dep, bundle: join(dir, 'out', 'bundle.js'), counted };
}

describe('bundledWorker', () => {
	it('bundles once, reuses a fresh bundle, and rebuilds when a file it read changes', async () => {
		const { source, dep, bundle, counted } = createProgram();
		expect(await bundledWorker(source, bundle, counted)).toBe(bundle);
		expect(counted).toHaveBeenCalledTimes(1);
		expect(existsSync(bundle)).toBe(true);
		expect(isBundleFresh(bundle, source)).toBe(true);

		expect(await bundledWorker(source, bundle, counted)).toBe(bundle);
		expect(counted).toHaveBeenCalledTimes(1);

		const later = new Date(statSync(bundle).mtimeMs + 10_000);
		utimesSync(dep, later, later);
		expect(isBundleFresh(bundle, source)).toBe(false);
		expect(await bundledWorker(source, bundle, counted)).toBe(bundle);
		expect(counted).toHaveBeenCalledTimes(2);
	});

	it('is null when the bundle cannot be built, and the CLI falls back to the TypeScript source', async () => {
		const { source, bundle } = createProgram();
		const failing: Bundler = async () => {
			throw new Error('no esbuild here');
		};
		expect(await bundledWorker(source, bundle, failing)).toBeNull();
		expect(existsSync(bundle)).toBe(false);
		expect(await cliWorkerFile({}, async () => null)).toBe(WORKER_SOURCE);
		expect(await cliWorkerFile({}, async () => '/some/bundle.js')).toBe('/some/bundle.js');
		expect(
			await cliWorkerFile({ CLAIMSMAP_EXTRACT_WORKER: '/chosen.js' }, async () => '/b.js')
		).toBe('/chosen.js');
	});
});

describe('the bundled extraction worker', () => {
	it('yields the same claims as the TypeScript source run through tsx', async () => {
		const bundle = await bundledWorker();
		expect(bundle).toBe(BUNDLE_FILE);
		const input = {
			text:
				"On May 3, Ukraine's General Staff said that a fuel depot near Kramatorsk was struck overnight.\n" +
				"On May 3, Russia's Defence Ministry said that troops had pushed back an assault near Izium.",
			title: 'Invented report',
			publisher: null,
			url: null,
			published: '2024-05-03'
		};
		const [bundled, typescript] = await Promise.all([
			workerPool(bundle!, 1)(input, { maxChars: 100_000 }),
			workerPool(WORKER_SOURCE, 1)(input, { maxChars: 100_000 })
		]);
		expect(bundled.kind).toBe('extracted');
		expect(bundled.kind === 'extracted' && bundled.collection.features.length).toBeGreaterThan(0);
		expect(JSON.stringify(bundled)).toBe(JSON.stringify(typescript));
	}, 120_000);
});

describe('localDeps', () => {
	it('starts one worker per core but one, running the bundle', async () => {
		vi.stubEnv('CLAIMSMAP_DB', join(dir, 'pool.db'));
		vi.stubEnv('CLAIMSMAP_SEED', '0');
		vi.stubEnv('CLAIMSMAP_EXTRACT_WORKER', '');
		vi.stubEnv('CLAIMSMAP_EXTRACT_WORKERS', '');
		const started: [string, number][] = [];
		try {
			await localDeps(2, (file, size) => {
				started.push([file, size]);
				return async () => ({ kind: 'rejected', reason: 'not run' });
			});
		} finally {
			await closeStore();
		}
		const cores = availableParallelism();
		expect(started).toEqual([[BUNDLE_FILE, Math.max(1, Math.min(4, cores - 1))]]);
	});

	it("gives an SQLite store's connection the bulk page cache", async () => {
		vi.stubEnv('CLAIMSMAP_DB', join(dir, 'bulk.db'));
		vi.stubEnv('CLAIMSMAP_SEED', '0');
		// A stand-in worker: this test is about the store, not extraction.
		const worker = join(dir, 'worker.mjs');
		writeFileSync(worker, "import 'node:worker_threads';\n");
		vi.stubEnv('CLAIMSMAP_EXTRACT_WORKER', worker);
		try {
			const { store } = await localDeps(2);
			expect(store).toBeInstanceOf(SqliteClaimStore);
			expect((store as SqliteClaimStore).cacheSize()).toBe(-BULK_CACHE_MIB * 1024);
		} finally {
			await closeStore();
		}
	});
});
