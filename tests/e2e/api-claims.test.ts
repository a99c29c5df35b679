/**
 * The claims API against the real built server: the same features as `filterClaims` for the same
 * query, 400s that name bad parameters, the media types, and a GeoJSON file that GDAL opens.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ClaimCollection } from '../../src/lib/core/contract';
import { CSV_COLUMNS } from '../../src/lib/core/export/csv';
import { toExportCollection } from '../../src/lib/core/export/collection';
import { filterClaims, parseFilterParams } from '../../src/lib/core/filter/filters';
import { validateClaimCollection } from '../../src/lib/core/geojson/validate';
import { startServer, type AppServer } from './harness';

const FIXTURE = resolve('tests/e2e/fixtures/api-claims.geojson');
const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as ClaimCollection;

let server: AppServer;
let scratch: string;

beforeAll(async () => {
	server = await startServer({ CLAIMSMAP_CLAIMS_FILE: FIXTURE });
	scratch = mkdtempSync(join(tmpdir(), 'claimsmap-api-'));
});

afterAll(async () => {
	await server?.stop();
	if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** What the API should answer for a query: the core's own filter over the fixture. */
function expected(query: string): ClaimCollection {
	const parsed = parseFilterParams(new URLSearchParams(query));
	if (!parsed.ok) throw new Error(parsed.errors.join('; '));
	const features = filterClaims(fixture.features, parsed.filter);
	return JSON.parse(JSON.stringify(toExportCollection(features, fixture.claimsmap)));
}

const QUERIES = [
	'',
	'side=russia',
	'side=russia,ukraine&type=drone_downed,strike',
	'from=2022-05-05&to=2022-05-20',
	'precision=none',
	'precision=region,settlement&minConfidence=0.3',
	'article=api-article-1',
	'bbox=25,45,32,50',
	'side=unattributed,other&bbox=25,45,32,50'
];

describe('GET /api/claims.geojson', () => {
	test.each(QUERIES)('?%s gives the same features as filterClaims', async (query) => {
		const response = await fetch(`${server.url}/api/claims.geojson?${query}`);
		expect(response.status).toBe(200);
		const body = (await response.json()) as ClaimCollection;
		const want = expected(query);
		expect(body.features.map((f) => f.id)).toEqual(want.features.map((f) => f.id));
		expect(body).toEqual(want);
	});

	test('the queries above are not trivial: they select different, non-empty subsets', () => {
		const sizes = QUERIES.map((q) => expected(q).features.length);
		expect(sizes[0]).toBe(fixture.features.length);
		expect(sizes.slice(1).every((n) => n > 0 && n < fixture.features.length)).toBe(true);
		expect(expected('bbox=25,45,32,50').features.some((f) => f.geometry === null)).toBe(true);
	});

	test('serves RFC 7946 GeoJSON that the contract validator accepts', async () => {
		const response = await fetch(`${server.url}/api/claims.geojson`);
		expect(response.headers.get('content-type')).toBe('application/geo+json');
		const result = validateClaimCollection(await response.json());
		expect(result.ok ? [] : result.errors).toEqual([]);
	});

	test.each([
		['sides=russia', /unknown parameter "sides"/],
		['side=nato', /^side: unknown value "nato"/],
		['type=', /^type: empty value/],
		['from=2022-02-30', /^from: "2022-02-30" is not a real date/],
		['from=2022-06-01&to=2022-05-01', /^from: 2022-06-01 is after to/],
		['minConfidence=2', /^minConfidence: /],
		['bbox=1,2,3', /^bbox: /],
		['side=russia&side=ukraine', /^side: given 2 times/]
	])('?%s is a 400 that names the problem', async (query, message) => {
		const response = await fetch(`${server.url}/api/claims.geojson?${query}`);
		expect(response.status).toBe(400);
		expect(response.headers.get('content-type')).toMatch(/^application\/json/);
		const body = (await response.json()) as { error: string; details: string[] };
		expect(body.error).toMatch(/invalid query parameters/);
		expect(body.details).toEqual([expect.stringMatching(message)]);
	});

	test('GDAL ogrinfo opens the exported file and counts every feature', async (context) => {
		const which = spawnSync('ogrinfo', ['--version'], { encoding: 'utf8' });
		if (which.error || which.status !== 0) {
			context.skip('ogrinfo (GDAL) is not installed: `apt-get install gdal-bin` to run this check');
		}
		const response = await fetch(`${server.url}/api/claims.geojson?side=russia,ukraine,other`);
		const text = await response.text();
		const path = join(scratch, 'export.geojson');
		writeFileSync(path, text);
		const count = (JSON.parse(text) as ClaimCollection).features.length;
		const info = spawnSync('ogrinfo', ['-ro', '-so', '-al', path], { encoding: 'utf8' });
		expect(info.status, info.stderr).toBe(0);
		expect(info.stdout).toMatch(new RegExp(`Feature Count: ${count}\\b`));
		expect(info.stdout).toMatch(/claimantSide: String/);
		expect(count).toBeGreaterThan(0);
	});
});

describe('GET /api/claims.csv', () => {
	test('one row per filtered feature, named for its filters, formulas defused', async () => {
		const query = 'side=ukraine,united_states,unattributed';
		const response = await fetch(`${server.url}/api/claims.csv?${query}`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(response.headers.get('content-disposition')).toMatch(
			/^attachment; filename="claims-ukraine\+united_states\+unattributed-\d{4}-\d{2}-\d{2}\.csv"$/
		);
		// Decode by hand: Response.text() would drop the byte-order mark this checks for.
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
		expect(text.startsWith('\ufeff' + CSV_COLUMNS.join(','))).toBe(true);
		const want = expected(query).features;
		// Quotes in the fixture hold no line breaks, so rows are lines.
		const rows = text.trimEnd().split('\r\n');
		expect(rows).toHaveLength(want.length + 1);
		for (const [i, feature] of want.entries()) expect(rows[i + 1]).toContain(feature.id);
		expect(text).not.toMatch(/(^|,)"?=1\+1/m);
		expect(text).toContain("'=1+1 was written");
	});

	test('bad parameters are a 400 here too', async () => {
		const response = await fetch(`${server.url}/api/claims.csv?precision=exact`);
		expect(response.status).toBe(400);
		const body = (await response.json()) as { details: string[] };
		expect(body.details[0]).toMatch(/^precision: unknown value "exact"/);
	});
});

describe('GET /api/claims/source', () => {
	test('says the store’s revision and size, and whether the page draws it from tiles', async () => {
		const response = await fetch(`${server.url}/api/claims/source`);
		expect(response.status).toBe(200);
		const body = (await response.json()) as { revision: string; features: number; tiles: boolean };
		expect(body).toEqual({
			revision: expect.any(String),
			features: fixture.features.length,
			tiles: false
		});
		const again = await fetch(`${server.url}/api/claims/source`, {
			headers: { 'if-none-match': response.headers.get('etag')! }
		});
		expect(again.status).toBe(304);
		const tiled = await startServer({ CLAIMSMAP_CLAIMS_FILE: FIXTURE, CLAIMSMAP_TILES_ABOVE: '0' });
		try {
			const answer = (await (await fetch(`${tiled.url}/api/claims/source`)).json()) as {
				tiles: boolean;
			};
			expect(answer.tiles).toBe(true);
		} finally {
			await tiled.stop();
		}
	});
});

describe('GET /api/claims/:id', () => {
	test('answers a claim of the file the server shows (a tiled page fetches the one opened)', async () => {
		const [first] = fixture.features;
		const response = await fetch(`${server.url}/api/claims/${encodeURIComponent(first.id)}`);
		expect(response.status).toBe(200);
		const { feature } = (await response.json()) as { feature: ClaimCollection['features'][0] };
		expect(feature.id).toBe(first.id);
		expect(feature.geometry).toEqual(first.geometry);
		expect(feature.properties.quote).toBe(first.properties.quote);
		expect((await fetch(`${server.url}/api/claims/no-such-claim`)).status).toBe(404);
	});
});
