/**
 * The incident API against the real built server on each backend (a SQLite file, and the PostgreSQL
 * server `$CLAIMSMAP_TEST_PG` names, in a schema of its own): invented reports of one strike from
 * both sides and a denial are grouped on ingest into one contested incident; the status filter,
 * GeoJSON and CSV agree; one claim's incident is served alone; a judgement is stored and served; bad
 * input is refused.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { INCIDENT_CSV_COLUMNS } from '../../src/lib/core/incidents/export';
import { startServer, type AppServer } from './harness';

const pgUrl = process.env.CLAIMSMAP_TEST_PG;
if (!pgUrl && process.env.CI)
	throw new Error('CI runs the incident API on PostgreSQL too: set CLAIMSMAP_TEST_PG to its URL');

async function sql(text: string): Promise<void> {
	const client = new pg.Client({ connectionString: pgUrl });
	await client.connect();
	try {
		await client.query(text);
	} finally {
		await client.end();
	}
}

/** A backend: the server's environment for a fresh database, and how to remove it. */
interface Backend {
	name: string;
	skip: boolean;
	create(dir: string): Promise<Record<string, string>>;
	remove(): Promise<void>;
}

const schema = `claimsmap_e2e_incidents_${randomBytes(6).toString('hex')}`;

const BACKENDS: Backend[] = [
	{
		name: 'SQLite',
		skip: false,
		create: async (dir) => ({ CLAIMSMAP_DB: join(dir, 'claims.db'), CLAIMSMAP_SEED: '0' }),
		remove: async () => undefined
	},
	{
		name: 'PostgreSQL',
		skip: !pgUrl,
		async create(dir) {
			await sql(`CREATE SCHEMA ${schema}`);
			return {
				CLAIMSMAP_DB: `${pgUrl}?options=${encodeURIComponent(`-c search_path=${schema},public`)}`,
				CLAIMSMAP_ACCOUNTS_DB: join(dir, 'accounts.db'),
				CLAIMSMAP_SEED: '0'
			};
		},
		remove: () => sql(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
	}
];

const REPORTS = [
	{
		title: 'Invented governor update',
		publisher: 'Invented Pravda',
		published: '2024-03-12',
		text: 'Russian forces shelled a school in Kupiansk on Monday, wounding two teachers, the head of the Kharkiv regional military administration said.'
	},
	{
		title: 'Invented ministry briefing',
		publisher: 'Invented News Agency',
		published: '2024-03-12',
		text: 'The Russian Defence Ministry denied that its forces had shelled a school in Kupiansk on Monday.'
	},
	{
		title: 'Invented air force update',
		publisher: 'Invented Pravda',
		published: '2024-03-13',
		text: 'Air defence shot down 12 drones over Izium on Tuesday, Ukraine’s Air Force said.'
	}
];

for (const backend of BACKENDS) {
	describe.skipIf(backend.skip)(`the incident API on ${backend.name}`, () => {
		let dir: string;
		let server: AppServer;

		beforeAll(async () => {
			dir = mkdtempSync(join(tmpdir(), 'claimsmap-incidents-'));
			server = await startServer(await backend.create(dir));
			for (const report of REPORTS) {
				const response = await fetch(`${server.url}/api/articles`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify(report)
				});
				expect(response.status).toBe(201);
			}
		});

		afterAll(async () => {
			await server?.stop();
			await backend.remove();
			if (dir) rmSync(dir, { recursive: true, force: true });
		});

		interface IncidentCollection {
			features: {
				id: string;
				properties: {
					status: string;
					deniedBy: string[];
					featureIds: string[];
					verified: { note: string; link: string | null } | null;
				};
			}[];
		}

		async function incidents(query = ''): Promise<IncidentCollection> {
			const response = await fetch(`${server.url}/api/incidents.geojson?${query}`);
			expect(response.status).toBe(200);
			expect(response.headers.get('content-type')).toBe('application/geo+json');
			return (await response.json()) as IncidentCollection;
		}

		describe('incidents API', () => {
			test('serves one claim’s incident alone, and 404 for an unknown claim', async () => {
				const [incident] = (await incidents('status=contested')).features;
				const response = await fetch(
					`${server.url}/api/incidents/of/${encodeURIComponent(incident.properties.featureIds[1])}`
				);
				expect(response.status).toBe(200);
				const body = (await response.json()) as {
					incident: { incidentId: string; featureIds: string[] };
				};
				expect(body.incident).toMatchObject({
					incidentId: incident.id,
					featureIds: incident.properties.featureIds
				});
				expect((await fetch(`${server.url}/api/incidents/of/nowhere`)).status).toBe(404);
			});

			test('groups both sides’ reports of one strike into a contested incident on ingest', async () => {
				const contested = await incidents('status=contested');
				expect(contested.features).toHaveLength(1);
				expect(contested.features[0].properties.deniedBy).toEqual(['russia']);
				const all = await incidents();
				expect(all.features.map((f) => f.properties.status).sort()).toEqual([
					'contested',
					'single'
				]);
			});

			test('the CSV carries the same incidents as the GeoJSON for the same query', async () => {
				for (const query of ['', 'status=contested', 'status=single', 'claimedBy=both']) {
					const csv = await (await fetch(`${server.url}/api/incidents.csv?${query}`)).text();
					const [header, ...rows] = csv
						.replace(/^\ufeff/, '')
						.trimEnd()
						.split('\r\n');
					expect(header.split(',')).toEqual([...INCIDENT_CSV_COLUMNS]);
					expect(rows.filter(Boolean).map((r) => r.split(',')[0])).toEqual(
						(await incidents(query)).features.map((f) => f.id)
					);
				}
			});

			test('stores a verification and serves it with the incident', async () => {
				const [incident] = (await incidents('status=contested')).features;
				const response = await fetch(`${server.url}/api/incidents/judgements`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({
						kind: 'verify',
						featureId: incident.properties.featureIds[1],
						note: 'Invented photos of the school',
						link: 'https://example.org/photos'
					})
				});
				expect(response.status).toBe(201);
				const [after] = (await incidents('status=contested')).features;
				expect(after.properties.verified).toMatchObject({
					note: 'Invented photos of the school',
					link: 'https://example.org/photos'
				});
			});

			test.each([
				['status=maybe', 400, /status: unknown value "maybe"/],
				['statuses=contested', 400, /unknown parameter "statuses"/]
			])('?%s is a %d naming the problem', async (query, status, message) => {
				const response = await fetch(`${server.url}/api/incidents.geojson?${query}`);
				expect(response.status).toBe(status);
				expect(((await response.json()) as { details: string[] }).details.join('\n')).toMatch(
					message
				);
			});

			test('refuses a judgement on an unknown claim, and a malformed one', async () => {
				const post = (body: unknown) =>
					fetch(`${server.url}/api/incidents/judgements`, {
						method: 'POST',
						headers: { 'content-type': 'application/json' },
						body: JSON.stringify(body)
					});
				expect((await post({ kind: 'split', featureId: 'nowhere' })).status).toBe(404);
				expect(
					(await post({ kind: 'verify', featureId: 'x', note: 'n', link: 'ftp://x' })).status
				).toBe(400);
			});
		});
	});
}
