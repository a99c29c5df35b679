/**
 * The hardened server against the real build: security headers on every kind of answer, writes
 * from other sites refused, unknown routes 404 and malformed URLs 400, hostile text in every field
 * 400, the claims-per-article cap 413, the write rate limit 429, and a load test: 200 writes from
 * two clients while reads continue, no 5xx, every read under 100 ms of the server's time, and a
 * long article extracted while reads continue.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ClaimCollection } from '../../src/lib/core/contract';
import { runCliProcess } from './cli-helpers';
import { startServer, type AppServer } from './harness';

/**
 * Every read must take the server under 100 ms. The server says what a request cost it in its
 * `Server-Timing` header (scripts/server-timing.js): `app`, from the request's arrival to its
 * answer, and on Linux `cpu-wait`, how much of that its thread was ready to run but waiting for a
 * core. Its own time is `app - cpu-wait`, and every read is judged on that. By the client's clock
 * the 95th percentile must also be under 100 ms; a single read may take longer on a shared
 * two-core machine for reasons outside the server (profiled at load 10-15: the server's thread
 * idle or waiting for a core, the request reaching it late, or the answer read late), so the
 * client's clock judges no single read. The longest block of the event loop during an ingest is
 * held to 50 ms by src/lib/server/ingest-event-loop.test.ts.
 */
const READ_MS = 100;
/** A lone read by the client's clock while a long article is extracted; a block there is 800+ ms. */
const READ_MAX_MS = 400;

/** The `Server-Timing` durations of an answer, by metric name. */
function serverTimings(response: Response): Record<string, number> {
	const timings: Record<string, number> = {};
	for (const metric of (response.headers.get('server-timing') ?? '').split(',')) {
		const [name, ...params] = metric.trim().split(';');
		const duration = params.find((p) => p.trim().startsWith('dur='));
		if (name && duration) timings[name] = Number(duration.trim().slice(4));
	}
	return timings;
}

/** What an answer cost the server itself: its time, less its thread's wait for a core. */
function serverOwnMs(response: Response): number {
	const { app, 'cpu-wait': cpuWait = 0 } = serverTimings(response);
	expect(app, 'Server-Timing app').toBeTypeOf('number');
	return app - cpuWait;
}

/** The q-quantile of `values` (0..1). */
function quantile(values: readonly number[], q: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

let dir: string;

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'claimsmap-hard-'));
});

afterAll(() => {
	rmSync(dir, { recursive: true, force: true });
});

const TOWNS = ['Kupiansk', 'Izium', 'Lyman', 'Sloviansk', 'Kramatorsk', 'Pokrovsk', 'Orikhiv'];

function createArticle(n: number) {
	const a = TOWNS[n % TOWNS.length];
	const b = TOWNS[(n * 3 + 1) % TOWNS.length];
	return {
		text: `Invented note ${n}. Russian forces shelled ${a} overnight, the Ukrainian general staff said. The Russian defence ministry said it shot down ${(n % 5) + 2} drones near ${b}.`,
		title: `Invented note ${n}`
	};
}

function send(
	server: AppServer,
	method: string,
	path: string,
	body?: unknown,
	headers: Record<string, string> = {}
) {
	return fetch(server.url + path, {
		method,
		redirect: 'manual',
		headers: { 'content-type': 'application/json', ...headers },
		body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
	});
}

describe('a local server (no accounts)', () => {
	let server: AppServer;
	let featureId: string;

	beforeAll(async () => {
		server = await startServer({ CLAIMSMAP_DB: join(dir, 'local.db') });
		const all = (await (
			await send(server, 'GET', '/api/claims.geojson')
		).json()) as ClaimCollection;
		featureId = all.features[0].id;
	});

	afterAll(async () => {
		await server?.stop();
	});

	test('every answer carries the security headers; pages a nonce CSP that forbids framing', async () => {
		const assets = readdirSync(
			resolve(process.env.CLAIMSMAP_BUILD_DIR ?? 'build', 'client/_app/immutable/entry')
		);
		const paths = [
			'/',
			'/api/articles',
			'/api/nope',
			'/nope',
			'/favicon.svg',
			`/_app/immutable/entry/${assets[0]}`
		];
		for (const path of paths) {
			const response = await send(server, 'GET', path);
			expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
			expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
			expect(response.headers.get('content-security-policy'), path).toMatch(
				/frame-ancestors 'none'/
			);
		}
		const csp = (await send(server, 'GET', '/')).headers.get('content-security-policy')!;
		expect(csp).toMatch(/script-src 'self' 'nonce-[\w+/=]+'/);
		expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
		expect(csp).toMatch(/style-src 'self'(;|$| 'nonce)/);
		expect(
			(await send(server, 'GET', '/api/articles')).headers.get('content-security-policy')
		).toBe("default-src 'none'; frame-ancestors 'none'");
		// Started as npm start starts it (scripts/serve.js): no warning that headers are missing.
		expect(server.output()).not.toMatch(/without scripts\/serve\.js/);
	});

	test('every answer says what it cost the server (Server-Timing)', async () => {
		for (const path of ['/', '/api/articles', '/api/nope', '/favicon.svg']) {
			const timing = (await send(server, 'GET', path)).headers.get('server-timing');
			expect(timing, path).toMatch(/^app;dur=\d+\.\d/);
			// Where the system tells a thread's wait for a core (Linux), the answer says it too.
			if (process.platform === 'linux') expect(timing, path).toMatch(/, cpu-wait;dur=\d+\.\d$/);
		}
	});

	test('a write from another site is 403, even as JSON; from the page itself it is not', async () => {
		const evil = { origin: 'https://evil.example' };
		expect((await send(server, 'POST', '/api/articles', createArticle(1), evil)).status).toBe(403);
		expect(
			(await send(server, 'PATCH', `/api/claims/${featureId}`, { rejected: true }, evil)).status
		).toBe(403);
		expect((await send(server, 'DELETE', '/api/articles/x', undefined, evil)).status).toBe(403);
		expect(
			(await send(server, 'POST', '/api/articles', createArticle(1), { origin: 'null' })).status
		).toBe(403);
		const own = await send(server, 'POST', '/api/articles', createArticle(1), {
			origin: server.url
		});
		expect(own.status).toBe(201);
	});

	test('a request naming a host the server is not known by is 403 (DNS rebinding)', async () => {
		// fetch() will not send another Host header; node:http will.
		const { status, body } = await new Promise<{ status: number; body: string }>((done, fail) => {
			const request = httpRequest(
				`${server.url}/api/articles`,
				{ headers: { host: 'rebound.example' } },
				(response) => {
					let body = '';
					response.on('data', (c) => (body += c));
					response.on('end', () => done({ status: response.statusCode ?? 0, body }));
				}
			);
			request.on('error', fail);
			request.end();
		});
		expect(status).toBe(403);
		expect(JSON.parse(body).message).toMatch(/CLAIMSMAP_ALLOWED_HOSTS/);
	});

	test('unknown routes are 404 and malformed percent-encoding is 400, never a 500', async () => {
		const cases: [string, string, number][] = [
			['GET', '/no/such/page', 404],
			['GET', '/api/no-such-endpoint', 404],
			['POST', '/api/no-such-endpoint', 404],
			['GET', '/%E0%A4%A', 400],
			['GET', '/api/claims/%ZZ', 400],
			['PATCH', '/api/claims/%E0%A4%A', 400],
			['GET', '/api/articles/%00', 400],
			// In the query string too: the URL parser would pass '%ZZ' on as typed, '%E0%A4%A' as U+FFFD.
			['GET', '/api/claims/list?side=russia&q=%E0%A4%A', 400],
			['GET', '/api/claims/summary?q=%ZZ', 400],
			['GET', '/api/places?q=Izium%00', 400],
			['GET', '/api/tiles/5/19/11.mvt?side=%ZZ', 400],
			['GET', '/?side=%E0%A4%A', 400],
			['GET', '/api/claims/list?q=Izium%2050%25', 200]
		];
		for (const [method, path, status] of cases) {
			const response = await send(server, method, path, method === 'GET' ? undefined : {});
			expect({ path, status: response.status }).toEqual({ path, status });
			const text = await response.text();
			expect(text).not.toMatch(/at .*\.js:\d+/);
		}
		const query = await send(server, 'GET', '/api/claims/list?q=%E0%A4%A');
		expect((await query.json()).message).toBe("query parameter 'q' has malformed percent-encoding");
		const api = await send(server, 'GET', '/api/no-such-endpoint');
		expect(api.headers.get('content-type')).toMatch(/json/);
	});

	test('NUL, lone surrogates and unknown fields in a POST are 400s naming the problem', async () => {
		const base = createArticle(2);
		const cases: [string, RegExp][] = [
			[JSON.stringify({ ...base, title: 'a\u0000b' }), /title contains a NUL/],
			[JSON.stringify({ ...base, publisher: 'Wire\u0000' }), /publisher contains a NUL/],
			[JSON.stringify({ ...base, url: 'https://example.org/\u0000' }), /url contains a NUL/],
			[JSON.stringify({ ...base, text: base.text + '\u0000' }), /binary|NUL/],
			['{"text": "Shelling in Izium.", "title": "a\\ud800b"}', /title contains a lone surrogate/],
			['{"text": "Shelling in Izium \\udc00.", "title": "t"}', /text contains a lone surrogate/],
			['{"text": "Shelling.", "title": "t", "publisher": "\\ud83d"}', /publisher contains a lone/],
			[
				'{"text": "Shelling.", "title": "t", "url": "https://x.org/\\udfff"}',
				/url contains a lone/
			],
			[JSON.stringify({ ...base, author: 'x', priority: 1 }), /unknown fields author, priority/]
		];
		for (const [raw, message] of cases) {
			const response = await send(server, 'POST', '/api/articles', raw);
			expect({ status: response.status, message: (await response.json()).message }).toEqual({
				status: 400,
				message: expect.stringMatching(message)
			});
		}
		// An incident judgement's text fields too (PostgreSQL would refuse a NUL mid-write: a 500).
		const judgements: [string, RegExp][] = [
			[`{"kind": "split", "featureId": "${featureId}\\u0000"}`, /featureId contains a NUL/],
			[
				`{"kind": "verify", "featureId": "${featureId}", "note": "Seen \\ud800"}`,
				/note contains a lone surrogate/
			],
			[
				`{"kind": "verify", "featureId": "${featureId}", "note": "Seen", "link": "https://x.org/\\u0000"}`,
				/link contains a NUL/
			]
		];
		for (const [raw, message] of judgements) {
			const response = await send(server, 'POST', '/api/incidents/judgements', raw);
			expect({ status: response.status, message: (await response.json()).message }).toEqual({
				status: 400,
				message: expect.stringMatching(message)
			});
		}
	});

	test('a PATCH place names a gazetteer place, or is a point inside the world with a short name', async () => {
		const own = { placeName: 'Hand-placed crossroads', admin1: null, lon: 37.5, lat: 48.6 };
		const bad: [unknown, RegExp][] = [
			[{ place: { ...own, placeName: 'x'.repeat(201) } }, /place.placeName is longer than 200/],
			[{ place: { ...own, lon: 200 } }, /lon and lat in range/],
			[{ place: { ...own, lat: -91 } }, /lon and lat in range/],
			[{ place: { ...own, placeName: 'a\u0000b' } }, /place.placeName contains a NUL/],
			[{ place: { ...own, extra: 1 } }, /unknown field place.extra/],
			// An id must name a place: a made-up one is refused, however good its coordinates.
			[
				{ place: { ...own, gazetteerId: 'manual:1' } },
				/place.gazetteerId 'manual:1' names no gazetteer place; send an analyst's own point without gazetteerId/
			],
			[{ placeGazetteerId: 'no-such-place:0' }, /placeGazetteerId 'no-such-place:0' names no/],
			[{ claimantSide: 'other', sneaky: true }, /unknown field sneaky/]
		];
		for (const [body, message] of bad) {
			const response = await send(server, 'PATCH', `/api/claims/${featureId}`, body);
			expect({ status: response.status, message: (await response.json()).message }).toEqual({
				status: 400,
				message: expect.stringMatching(message)
			});
		}
		const patched = async (body: unknown) => {
			const response = await send(server, 'PATCH', `/api/claims/${featureId}`, body);
			expect(response.status).toBe(200);
			return ((await response.json()) as { feature: ClaimCollection['features'][number] }).feature;
		};
		// The analyst's own point, as sent: no gazetteer id.
		const placed = await patched({ place: { ...own, placeName: 'x'.repeat(200) } });
		expect(placed.properties).toMatchObject({ placeName: 'x'.repeat(200), gazetteerId: null });
		expect(placed.geometry?.coordinates).toEqual([37.5, 48.6]);
		// A gazetteer place is its own record, whatever point and name come with its id.
		const found = (await (await send(server, 'GET', '/api/places?q=Izium')).json()) as {
			places: { gazetteerId: string; placeName: string; lon: number; lat: number }[];
		};
		const izium = found.places[0];
		const moved = await patched({ place: { ...own, gazetteerId: izium.gazetteerId } });
		expect(moved.properties).toMatchObject({
			gazetteerId: izium.gazetteerId,
			placeName: izium.placeName
		});
		expect(moved.geometry?.coordinates).toEqual([izium.lon, izium.lat]);
		for (let undo = 0; undo < 2; undo++) await patched({ undo: true });
	});

	test('an article with more than 2,000 claims is a 413 with the count; nothing is stored', async () => {
		const lines = Array.from(
			{ length: 2100 },
			(_, i) =>
				`Russian forces shelled ${TOWNS[i % TOWNS.length]} on ${i} occasions, the Ukrainian general staff said.`
		);
		const before = (await (await send(server, 'GET', '/api/articles')).json()).articles.length;
		const response = await send(server, 'POST', '/api/articles', {
			text: lines.join('\n'),
			title: 'Too many claims'
		});
		expect(response.status).toBe(413);
		expect((await response.json()).message).toMatch(/2100 claims, over the limit of 2000/);
		expect((await (await send(server, 'GET', '/api/articles')).json()).articles).toHaveLength(
			before
		);
	});
});

describe('bounded writes', () => {
	test('a client over its write rate gets 429 with Retry-After', async () => {
		const server = await startServer({
			CLAIMSMAP_DB: join(dir, 'rate.db'),
			CLAIMSMAP_WRITES_PER_MINUTE: '3'
		});
		try {
			const statuses: number[] = [];
			let retryAfter: string | null = null;
			for (let i = 0; i < 4; i++) {
				const response = await send(server, 'POST', '/api/articles', createArticle(10 + i));
				statuses.push(response.status);
				if (response.status === 429) retryAfter = response.headers.get('retry-after');
			}
			expect(statuses).toEqual([201, 201, 201, 429]);
			expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
			expect((await send(server, 'GET', '/api/articles')).status).toBe(200);
		} finally {
			await server.stop();
		}
	});

	test('a long article is extracted off the event loop: reads meanwhile stay fast', async () => {
		const server = await startServer({ CLAIMSMAP_DB: join(dir, 'long.db') });
		try {
			// Two megabytes with a report of shelling every 20 sentences: seconds of extraction, then
			// about 1,500 claims to store and send back (both in the worker thread).
			const filler = 'the committee met again in the afternoon and talked about the budget. ';
			let text = '';
			for (let i = 0; text.length < 2 * 1024 * 1024 - 200; i++)
				text +=
					i % 20 === 0
						? `On day ${i} Russian forces shelled Chuhuiv again, the Ukrainian general staff said. `
						: filler;
			let done = false;
			const posting = send(server, 'POST', '/api/articles', {
				text,
				title: 'A long invented log'
			}).then(async (r) => {
				done = true;
				return r.status;
			});
			const readTimes: number[] = [];
			while (!done) {
				const started = performance.now();
				await (await send(server, 'GET', '/api/articles')).arrayBuffer();
				readTimes.push(performance.now() - started);
				await new Promise((r) => setTimeout(r, 10));
			}
			expect(await posting).toBe(201);
			const stored = (await (await send(server, 'GET', '/api/articles')).json()) as {
				articles: { title: string; featureCount: number }[];
			};
			const long = stored.articles.find((a) => a.title === 'A long invented log');
			expect(long?.featureCount).toBeGreaterThan(1000);
			console.log(
				`long article: ${readTimes.length} reads during its extraction, p95 ${quantile(readTimes, 0.95).toFixed(1)} ms, max ${Math.max(...readTimes).toFixed(1)} ms`
			);
			// Reads keep being answered while it is extracted; the 100 ms target is the load test's.
			expect(readTimes.length).toBeGreaterThan(5);
			expect(Math.max(...readTimes)).toBeLessThan(READ_MAX_MS);
		} finally {
			await server.stop();
		}
	});

	test('load: 200 writes from two clients while reads continue; no 5xx, reads under 100 ms', async () => {
		const db = join(dir, 'load.db');
		const tokens: string[] = [];
		for (const name of ['loader-a', 'loader-b']) {
			expect(
				(await runCliProcess(['user', 'add', name, '--role', 'editor'], { CLAIMSMAP_DB: db })).code
			).toBe(0);
			tokens.push(
				(await runCliProcess(['token', 'create', name], { CLAIMSMAP_DB: db })).stdout.trim()
			);
		}
		const server = await startServer({ CLAIMSMAP_DB: db });
		try {
			const statuses: number[] = [];
			const readTimes: number[] = [];
			const serverTimes: number[] = [];
			let writing = true;
			const client = async (token: string, offset: number) => {
				const auth = { authorization: `Bearer ${token}` };
				let lastFeature = '';
				for (let i = 0; i < 100; i++) {
					// Every fourth write corrects a claim of the client's latest article; the others add one.
					const response =
						i % 4 === 3
							? await send(
									server,
									'PATCH',
									`/api/claims/${lastFeature}`,
									{ claimantSide: 'other' },
									auth
								)
							: await send(server, 'POST', '/api/articles', createArticle(offset + i), auth);
					statuses.push(response.status);
					const body = (await response.json()) as { claims?: ClaimCollection };
					if (body.claims?.features.length) lastFeature = body.claims.features[0].id;
				}
			};
			const reader = async () => {
				const auth = { authorization: `Bearer ${tokens[0]}` };
				while (writing) {
					const started = performance.now();
					const response = await send(server, 'GET', '/api/articles', undefined, auth);
					await response.arrayBuffer();
					readTimes.push(performance.now() - started);
					serverTimes.push(serverOwnMs(response));
					statuses.push(response.status);
					await new Promise((r) => setTimeout(r, 20));
				}
			};
			const started = performance.now();
			const reading = reader();
			await Promise.all([client(tokens[0], 1000), client(tokens[1], 2000)]);
			writing = false;
			await reading;
			const seconds = (performance.now() - started) / 1000;
			const p = (q: number) => quantile(readTimes, q);
			const slow = readTimes.filter((ms) => ms >= READ_MS).length;
			console.log(
				`load: 200 writes in ${seconds.toFixed(1)} s; ${readTimes.length} reads, by the client median ${p(0.5).toFixed(1)} ms, p95 ${p(0.95).toFixed(1)} ms, max ${Math.max(...readTimes).toFixed(1)} ms (${slow} over ${READ_MS} ms); the server's own time p95 ${quantile(serverTimes, 0.95).toFixed(1)} ms, max ${Math.max(...serverTimes).toFixed(1)} ms; load ${loadavg()[0].toFixed(1)}`
			);
			expect(statuses.filter((s) => s >= 500)).toEqual([]);
			expect(statuses.filter((s) => s === 200 || s === 201).length).toBe(statuses.length);
			expect(readTimes.length).toBeGreaterThan(10);
			expect(serverTimes.filter((ms) => ms >= READ_MS)).toEqual([]);
			expect(p(0.95)).toBeLessThan(READ_MS);
		} finally {
			await server.stop();
		}
	});
});
