/**
 * Two built app servers sharing one PostgreSQL/PostGIS database (`$CLAIMSMAP_TEST_PG`, in a schema
 * of its own): both start and migrate at once, take the same articles at once and store each once,
 * and see each other's corrections in the API, the exports and the tiles' revision.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ClaimCollection } from '../../src/lib/core/contract';
import { startServer, type AppServer } from './harness';

const url = process.env.CLAIMSMAP_TEST_PG;
if (!url && process.env.CI)
	throw new Error('CI runs the two-server test on PostgreSQL: set CLAIMSMAP_TEST_PG to its URL');

const schema = `claimsmap_e2e_${randomBytes(6).toString('hex')}`;

async function sql(text: string): Promise<void> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		await client.query(text);
	} finally {
		await client.end();
	}
}

/** Invented reports naming real towns, each its own article. */
function createArticle(n: number) {
	const towns = ['Kupiansk', 'Izium', 'Lyman', 'Sloviansk', 'Kramatorsk', 'Pokrovsk'];
	return {
		title: `Invented evening report ${n}`,
		published: '2023-03-14',
		text: [
			`Invented evening report number ${n}.`,
			`Russian forces shelled ${towns[n % towns.length]} overnight, the Ukrainian general staff said.`
		].join('\n\n')
	};
}

async function post(server: AppServer, body: unknown) {
	const response = await fetch(`${server.url}/api/articles`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body)
	});
	return { status: response.status, body: await response.json() };
}

describe.skipIf(!url)('two servers on one PostgreSQL database', () => {
	let one: AppServer;
	let two: AppServer;
	let dir: string;

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'claimsmap-pg-e2e-'));
		await sql(`CREATE SCHEMA ${schema}`);
		const env = {
			CLAIMSMAP_DB: `${url}?options=${encodeURIComponent(`-c search_path=${schema},public`)}`,
			CLAIMSMAP_ACCOUNTS_DB: join(dir, 'accounts.db'),
			CLAIMSMAP_SEED: '0'
		};
		[one, two] = await Promise.all([startServer(env), startServer(env)]);
	});

	afterAll(async () => {
		await Promise.all([one?.stop(), two?.stop()]);
		await sql(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
		rmSync(dir, { recursive: true, force: true });
	});

	test('the same articles sent to both at once are stored once each', async () => {
		const count = 8;
		const answers = await Promise.all(
			Array.from({ length: count }, (_, n) => [
				post(one, createArticle(n)),
				post(two, createArticle(n))
			]).flat()
		);
		expect(answers.filter((a) => a.status === 201)).toHaveLength(count);
		const duplicates = answers.filter((a) => a.status === 200);
		expect(duplicates).toHaveLength(count);
		expect(duplicates.every((a) => a.body.duplicate === true && a.body.by === 'text')).toBe(true);
		for (const server of [one, two]) {
			const listed = (await (await fetch(`${server.url}/api/articles`)).json()).articles as {
				articleId: string;
			}[];
			expect(listed).toHaveLength(count);
			expect(new Set(listed.map((a) => a.articleId)).size).toBe(count);
		}
	});

	test('a correction made through one server is served by the other', async () => {
		const before = (await (await fetch(`${two.url}/api/claims.geojson`)).json()) as ClaimCollection;
		const target = before.features.find((f) => f.properties.claimantSide !== 'other')!;
		const tileBefore = await fetch(`${two.url}/api/tiles/0/0/0.mvt`);
		const corrected = await fetch(
			`${one.url}/api/claims/${encodeURIComponent(String(target.id))}`,
			{
				method: 'PATCH',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ claimantSide: 'other' })
			}
		);
		expect(corrected.status).toBe(200);
		const seen = (await (await fetch(`${two.url}/api/claims.geojson`)).json()) as ClaimCollection;
		expect(seen.features.find((f) => f.id === target.id)?.properties).toMatchObject({
			claimantSide: 'other',
			corrected: true
		});
		const tileAfter = await fetch(`${two.url}/api/tiles/0/0/0.mvt`);
		expect(tileAfter.headers.get('etag')).not.toBe(tileBefore.headers.get('etag'));
	});
});
