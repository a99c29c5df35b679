/**
 * The server's ingest of a 2 MB, claim-dense article (about 1,500 claims) into PostgreSQL must
 * never hold the event loop for more than 50 ms at a stretch either. The worker extracts and
 * stores through its own connection and answers the claims as JSON text, so this thread never
 * walks 1,500 claims (receiving them as objects and serialising them for the answer each held it
 * 20-30 ms when this thread stored them). It runs the path the server takes:
 * no deps given, a worker file, and `$CLAIMSMAP_TEST_PG` (in a schema of its own) as the store.
 * How a stretch is measured: ingest-event-loop-watch.ts.
 */
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimCollection } from '../core/contract';
import { ingestArticle } from './ingest';
import { createDenseArticle, MAX_BLOCK_MS, watchEventLoop } from './ingest-event-loop-watch';
import { closeStore, getStore } from './store/index';

const url = process.env.CLAIMSMAP_TEST_PG;
if (!url && process.env.CI)
	throw new Error('CI runs the PostgreSQL ingest timing: set CLAIMSMAP_TEST_PG to its URL');

const schema = `claimsmap_loop_${randomBytes(6).toString('hex')}`;
const saved = { ...process.env };

async function sql(text: string): Promise<void> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		await client.query(text);
	} finally {
		await client.end();
	}
}

describe.skipIf(!url)('ingest of a 2 MB article on a server with PostgreSQL', () => {
	beforeAll(async () => {
		await sql(`CREATE SCHEMA ${schema}`);
		process.env.CLAIMSMAP_DB = `${url}?options=${encodeURIComponent(`-c search_path=${schema},public`)}`;
		process.env.CLAIMSMAP_SEED = '0';
		process.env.CLAIMSMAP_EXTRACT_WORKERS = '1';
		process.env.CLAIMSMAP_EXTRACT_WORKER = fileURLToPath(
			new URL('./worker/extract-worker.ts', import.meta.url)
		);
	});

	afterAll(async () => {
		await closeStore();
		process.env = saved;
		await sql(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
	});

	it(
		`never holds the event loop for more than ${MAX_BLOCK_MS} ms`,
		{ timeout: 120_000 },
		async () => {
			const store = await getStore();
			// Warm-up: the worker reads the gazetteer, this thread loads its modules and the pool connects.
			await ingestArticle({ text: 'Russian forces shelled Izium overnight.', title: 'Warm-up' });
			const text = createDenseArticle(20);
			const watch = watchEventLoop();
			const outcome = await ingestArticle({ text, title: 'A long invented war diary' });
			const block = await watch.stop();
			console.log(
				`2 MB ingest into PostgreSQL: longest block ${block.cpuMs?.toFixed(1) ?? 'n/a'} ms of this thread's CPU, ${block.wallMs.toFixed(1)} ms by the clock`
			);
			expect(outcome.kind).toBe('added');
			if (outcome.kind !== 'added') return;
			const claims = JSON.parse(outcome.claimsJson) as ClaimCollection;
			expect(claims.features.length).toBeGreaterThan(1000);
			const listed = (await store.listArticles()).find((a) => a.articleId === outcome.articleId);
			expect(listed?.featureCount).toBe(claims.features.length);
			expect(block.cpuMs ?? block.wallMs).toBeLessThan(MAX_BLOCK_MS);
		}
	);
});
