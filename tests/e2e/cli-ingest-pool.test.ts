/**
 * The command line's bulk ingest (issue 16): several files are extracted by a pool of worker
 * threads running the TypeScript source and stored a batch at a time; the process waits for its
 * busy workers and exits when done.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openStore } from '../../src/lib/server/store/index';
import { runCliProcess } from './cli-helpers';

let dir: string;

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'claimsmap-cli-pool-'));
	const places = ['Kharkiv', 'Izium', 'Kupiansk', 'Sumy', 'Odesa'];
	places.forEach((place, i) =>
		writeFileSync(
			join(dir, `report-${i}.txt`),
			`Invented report ${i}\n\nOn May ${i + 2}, the regional governor said that shelling of ${place} damaged two houses.\n`
		)
	);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cli ingest with a worker pool', () => {
	test('extracts every file in workers and stores them all', async () => {
		const db = join(dir, 'pool.db');
		const run = await runCliProcess(['ingest', dir], {
			CLAIMSMAP_DB: db,
			CLAIMSMAP_SEED: '0',
			CLAIMSMAP_EXTRACT_WORKERS: '2'
		});
		expect(run.stderr).toContain('ingesting 5 file(s)');
		expect(run.code, run.stderr).toBe(0);
		expect(run.stdout).toMatch(/^added 5, skipped 0 as duplicates, failed 0/);
		const store = await openStore(db);
		const articles = await store.listArticles();
		expect(articles).toHaveLength(5);
		expect(articles.every((a) => a.featureCount > 0)).toBe(true);
		await store.close();
	}, 120_000);
});
