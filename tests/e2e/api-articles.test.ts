/**
 * The article and correction API against the real built server and a real SQLite file in a
 * temporary folder: add, list, delete, duplicates, corrections that survive a restart and appear in
 * the export, bad input, size limits, twenty concurrent adds, and a kill in the middle of an ingest.
 */
import Database from 'better-sqlite3';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ClaimCollection, ClaimFeature } from '../../src/lib/core/contract';
import { startServer, type AppServer } from './harness';

let dir: string;

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'claimsmap-api-'));
});

afterAll(() => {
	rmSync(dir, { recursive: true, force: true });
});

/** Real Ukrainian towns, for invented sentences: enough to give each article its own places. */
const TOWNS = [
	'Kupiansk',
	'Izium',
	'Lyman',
	'Sloviansk',
	'Kramatorsk',
	'Pokrovsk',
	'Vuhledar',
	'Orikhiv',
	'Huliaipole',
	'Chuhuiv',
	'Balakliia',
	'Bakhmut'
];

function createArticleText(n: number): string {
	const a = TOWNS[n % TOWNS.length];
	const b = TOWNS[(n * 5 + 3) % TOWNS.length];
	return [
		`Invented report number ${n}.`,
		`Russian forces shelled ${a} overnight, the Ukrainian general staff said on Tuesday.`,
		`The Russian defence ministry said its air defences shot down ${(n % 7) + 2} drones near ${b}.`,
		`Residents of ${a} described a long night, according to reporter ${n}.`
	].join('\n\n');
}

interface Posted {
	status: number;
	body: {
		articleId?: string;
		claims?: ClaimCollection;
		duplicate?: boolean;
		by?: string;
		message?: string;
	};
}

async function post(server: AppServer, body: unknown, raw?: string | ArrayBuffer): Promise<Posted> {
	const response = await fetch(`${server.url}/api/articles`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: raw ?? JSON.stringify(body)
	});
	return { status: response.status, body: await response.json() };
}

async function patch(server: AppServer, id: string, body: unknown) {
	const response = await fetch(`${server.url}/api/claims/${encodeURIComponent(id)}`, {
		method: 'PATCH',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body)
	});
	return { status: response.status, body: await response.json() };
}

async function articles(server: AppServer) {
	const response = await fetch(`${server.url}/api/articles`);
	expect(response.status).toBe(200);
	return (await response.json()).articles as {
		articleId: string;
		claimCount: number;
		featureCount: number;
		correctedCount: number;
	}[];
}

/** Resolves when the child process has exited (at once when it already has). */
function exited(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
	return new Promise((done) => child.once('exit', () => done()));
}

async function exported(server: AppServer): Promise<ClaimCollection> {
	const response = await fetch(`${server.url}/api/claims.geojson`);
	expect(response.status).toBe(200);
	return response.json();
}

describe('articles API', () => {
	let server: AppServer;
	const db = () => join(dir, 'main.db');

	beforeAll(async () => {
		server = await startServer({ CLAIMSMAP_DB: db() });
	});

	afterAll(async () => {
		await server?.stop();
	});

	test('a new database is seeded, so the map has claims with no setup', async () => {
		const list = await articles(server);
		expect(list.length).toBeGreaterThanOrEqual(1);
		const all = await exported(server);
		expect(all.features.length).toBe(list.reduce((n, a) => n + a.featureCount, 0));
	});

	test('POST adds an article: 201 with its id and claims; it is listed and served', async () => {
		const before = await articles(server);
		const { status, body } = await post(server, {
			text: createArticleText(1),
			title: 'Invented report one',
			publisher: 'Invented Wire',
			url: 'https://example.org/invented/1',
			published: '2024-03-05'
		});
		expect(status).toBe(201);
		expect(body.articleId).toMatch(/^[0-9a-f]+$/);
		expect(body.claims?.type).toBe('FeatureCollection');
		expect(body.claims!.features.length).toBeGreaterThan(0);
		expect(body.claims!.features.every((f) => f.properties.articleId === body.articleId)).toBe(
			true
		);
		const after = await articles(server);
		expect(after).toHaveLength(before.length + 1);
		const listed = after.find((a) => a.articleId === body.articleId);
		expect(listed?.featureCount).toBe(body.claims!.features.length);
		const ids = new Set((await exported(server)).features.map((f) => f.id));
		expect(body.claims!.features.every((f) => ids.has(f.id))).toBe(true);
	});

	test('the same article twice, by text or by URL, is stored once', async () => {
		const text = createArticleText(2);
		const first = await post(server, { text, title: 'Two', url: 'https://example.org/invented/2' });
		expect(first.status).toBe(201);
		const count = (await articles(server)).length;
		const sameText = await post(server, {
			text: `\n${text.replace(/ /g, '  ')}\n`,
			title: 'Two again'
		});
		expect(sameText.status).toBe(200);
		expect(sameText.body).toMatchObject({
			duplicate: true,
			by: 'text',
			articleId: first.body.articleId
		});
		const sameUrl = await post(server, {
			text: createArticleText(3),
			title: 'Three',
			url: 'https://www.example.org/invented/2/?utm_source=feed'
		});
		expect(sameUrl.body).toMatchObject({
			duplicate: true,
			by: 'url',
			articleId: first.body.articleId
		});
		expect(await articles(server)).toHaveLength(count);
	});

	test('bad input is a 400 naming the problem, and nothing is written', async () => {
		const count = (await articles(server)).length;
		const features = (await exported(server)).features.length;
		const cases: [unknown, string | ArrayBuffer | undefined, RegExp][] = [
			[{ text: '', title: 'Empty' }, undefined, /text is empty/],
			[{ text: '  \n\t ', title: 'Blank' }, undefined, /text is empty/],
			[{ text: 'abc\u0000\u0001\u0002def', title: 'Binary' }, undefined, /binary/],
			[
				null,
				new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x00, 0x89, 0x50, 0x4e, 0x47]).buffer,
				/not UTF-8|binary/
			],
			[null, '{"text": "Officials said", "title": ', /invalid JSON/],
			[null, '', /empty/],
			[{ text: createArticleText(4) }, undefined, /title is missing/],
			[
				{ text: createArticleText(4), title: 'Bad date', published: '2024-02-30' },
				undefined,
				/not a date/
			],
			[
				{ text: createArticleText(4), title: 'Bad date', published: 'yesterday' },
				undefined,
				/not a date/
			],
			[[1, 2], undefined, /JSON object/]
		];
		for (const [body, raw, message] of cases) {
			const { status, body: answer } = await post(server, body, raw);
			expect({ status, message: answer.message }).toEqual({
				status: 400,
				message: expect.stringMatching(message)
			});
		}
		expect(await articles(server)).toHaveLength(count);
		expect((await exported(server)).features).toHaveLength(features);
	});

	test('a 10 MB body is refused with 413, a 2 MB text is accepted, a larger text is 413', async () => {
		const count = (await articles(server)).length;
		const huge = JSON.stringify({ text: 'word '.repeat(2 * 1024 * 1024), title: 'Huge' });
		expect(huge.length).toBeGreaterThan(10 * 1024 * 1024);
		const tooBig = await post(server, null, huge);
		expect(tooBig.status).toBe(413);
		expect(tooBig.body.message).toMatch(/over the limit/);

		const filler =
			'the committee met again in the afternoon and talked about the budget for next year. ';
		let text = 'Russian forces shelled Chuhuiv overnight, the Ukrainian general staff said. ';
		while (text.length + filler.length <= 2 * 1024 * 1024) text += filler;
		const big = await post(server, { text, title: 'Two megabytes' });
		expect(big.status).toBe(201);

		const over = await post(server, { text: text + 'x'.repeat(filler.length + 10), title: 'Over' });
		expect(over.status).toBe(413);
		expect(over.body.message).toMatch(/limit/);
		expect(await articles(server)).toHaveLength(count + 1);
	});

	test('corrections: move to an alternative, change side, reject, undo; all kept across a restart and exported', async () => {
		const { body } = await post(server, {
			text: 'Russian forces shelled Mykolaivka overnight, the Ukrainian general staff said.',
			title: 'Ambiguous village'
		});
		const feature = body.claims!.features.find((f) => f.properties.alternatives.length > 0);
		expect(feature, 'a feature with alternatives').toBeDefined();
		const target = feature as ClaimFeature;
		const alt = target.properties.alternatives[0];

		const moved = await patch(server, target.id, { placeGazetteerId: alt.gazetteerId });
		expect(moved.status).toBe(200);
		expect(moved.body.feature.geometry.coordinates).toEqual([alt.lon, alt.lat]);
		expect(moved.body.feature.properties).toMatchObject({
			corrected: true,
			gazetteerId: alt.gazetteerId
		});
		expect(moved.body.feature.properties.correction.was.gazetteerId).toBe(
			target.properties.gazetteerId
		);

		const side = await patch(server, target.id, { claimantSide: 'other' });
		expect(side.body.feature.properties.claimantSide).toBe('other');
		const undone = await patch(server, target.id, { undo: true });
		expect(undone.body.feature.properties.claimantSide).toBe(target.properties.claimantSide);
		expect(undone.body.feature.properties.gazetteerId).toBe(alt.gazetteerId);

		expect((await patch(server, target.id, { claimantSide: 'martians' })).status).toBe(400);
		expect((await patch(server, target.id, { placeGazetteerId: 'nowhere:0' })).status).toBe(400);
		expect((await patch(server, 'no-such-feature', { rejected: true })).status).toBe(404);

		await server.stop();
		server = await startServer({ CLAIMSMAP_DB: db() });

		const all = await exported(server);
		const kept = all.features.find((f) => f.id === target.id);
		expect(kept?.properties).toMatchObject({ corrected: true, gazetteerId: alt.gazetteerId });
		const listed = (await articles(server)).find((a) => a.articleId === body.articleId);
		expect(listed?.correctedCount).toBe(1);

		const rejected = await patch(server, target.id, { rejected: true });
		expect(rejected.body.feature.properties.rejected).toBe(true);
		expect((await exported(server)).features.some((f) => f.id === target.id)).toBe(false);
		await patch(server, target.id, { undo: true });
		await patch(server, target.id, { undo: true });
		const back = await patch(server, target.id, { undo: true });
		expect(back.status).toBe(409);
		const restored = (await exported(server)).features.find((f) => f.id === target.id);
		expect(restored?.properties.corrected).toBeUndefined();
		expect(restored?.properties.gazetteerId).toBe(target.properties.gazetteerId);
	});

	test('the gazetteer search finds places for a correction', async () => {
		const response = await fetch(`${server.url}/api/places?q=Izium`);
		expect(response.status).toBe(200);
		const { places } = await response.json();
		expect(places.length).toBeGreaterThan(0);
		expect(places[0]).toMatchObject({ placeName: expect.stringMatching(/Iz[iy]um/) });
		expect((await fetch(`${server.url}/api/places?q=`)).status).toBe(400);
	});

	test('DELETE removes an article and its claims', async () => {
		const { body } = await post(server, { text: createArticleText(9), title: 'To delete' });
		const response = await fetch(`${server.url}/api/articles/${body.articleId}`, {
			method: 'DELETE'
		});
		expect(response.status).toBe(200);
		expect((await articles(server)).some((a) => a.articleId === body.articleId)).toBe(false);
		expect(
			(await exported(server)).features.some((f) => f.properties.articleId === body.articleId)
		).toBe(false);
		const again = await fetch(`${server.url}/api/articles/${body.articleId}`, { method: 'DELETE' });
		expect(again.status).toBe(404);
	});

	test('twenty concurrent POSTs with different articles are all stored, none corrupted', async () => {
		const before = (await articles(server)).length;
		const results = await Promise.all(
			Array.from({ length: 20 }, (_, i) =>
				post(server, {
					text: createArticleText(100 + i),
					title: `Concurrent ${i}`,
					url: `https://example.org/concurrent/${i}`
				})
			)
		);
		expect(results.map((r) => r.status)).toEqual(Array(20).fill(201));
		const list = await articles(server);
		expect(list).toHaveLength(before + 20);
		for (const r of results) {
			const listed = list.find((a) => a.articleId === r.body.articleId);
			expect(listed?.featureCount).toBe(r.body.claims!.features.length);
			const stored = await (await fetch(`${server.url}/api/articles/${r.body.articleId}`)).json();
			expect(stored.claims.features).toEqual(r.body.claims!.features);
		}
		await server.stop();
		const check = new Database(db(), { readonly: true });
		expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
		check.close();
		server = await startServer({ CLAIMSMAP_DB: db() });
	});
});

describe('a kill in the middle of an ingest', () => {
	test('inside the transaction: after restart the database opens and the article is absent', async () => {
		const db = join(dir, 'crash.db');
		const slow = await startServer({ CLAIMSMAP_DB: db, CLAIMSMAP_FAULT_INGEST_DELAY_MS: '20000' });
		const seeded = (await articles(slow)).length;
		const pending = post(slow, { text: createArticleText(500), title: 'Killed' }).catch(
			(e: Error) => e
		);
		await expect
			.poll(() => slow.output(), { timeout: 15_000 })
			.toContain('ingest transaction open');
		slow.process.kill('SIGKILL');
		expect(await pending).toBeInstanceOf(Error);
		await exited(slow.process);

		const check = new Database(db);
		expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
		check.close();
		const again = await startServer({ CLAIMSMAP_DB: db });
		const list = await articles(again);
		expect(list).toHaveLength(seeded);
		const retry = await post(again, { text: createArticleText(500), title: 'Killed' });
		expect(retry.status).toBe(201);
		await again.stop();
	});

	test('at varied moments: each article is either fully present or absent', async () => {
		const db = join(dir, 'random-crash.db');
		const rounds = 4;
		const perRound = 8;
		const body = (round: number, i: number) => ({
			text: createArticleText(600 + round * perRound + i),
			title: `Round ${round} article ${i}`
		});
		// Reference claim counts from a server nobody kills.
		const reference = await startServer({
			CLAIMSMAP_DB: join(dir, 'reference.db'),
			CLAIMSMAP_SEED: '0'
		});
		const expected = new Map<string, number>();
		for (let round = 0; round < rounds; round++) {
			for (let i = 0; i < perRound; i++) {
				const r = await post(reference, body(round, i));
				expected.set(r.body.articleId!, r.body.claims!.features.length);
			}
		}
		await reference.stop();
		let stored = 0;
		for (let round = 0; round < rounds; round++) {
			const server = await startServer({ CLAIMSMAP_DB: db, CLAIMSMAP_SEED: '0' });
			// One article certainly lands; the kill then falls among the others, later each round.
			expect((await post(server, body(round, 0))).status).toBe(201);
			const posts = Array.from({ length: perRound - 1 }, (_, i) =>
				post(server, body(round, i + 1)).catch((e: Error) => e)
			);
			await new Promise((r) => setTimeout(r, round * 8));
			server.process.kill('SIGKILL');
			await Promise.all(posts);
			await exited(server.process);
			const check = new Database(db);
			expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
			const rows = check
				.prepare(
					'SELECT a.article_id AS id, COUNT(f.feature_id) AS n FROM articles a LEFT JOIN features f ON f.article_id = a.article_id GROUP BY a.article_id'
				)
				.all() as { id: string; n: number }[];
			check.close();
			expect(rows.length).toBeGreaterThan(stored);
			stored = rows.length;
			for (const row of rows) expect(row.n).toBe(expected.get(row.id));
		}
	});
});
