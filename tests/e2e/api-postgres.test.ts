/**
 * Two built app servers sharing one PostgreSQL/PostGIS database (`$CLAIMSMAP_TEST_PG`, in a schema
 * of its own): both start and migrate at once, take the same articles at once and store each once,
 * see each other's corrections in the API, the exports and the tiles' revision, and share accounts:
 * an account the CLI adds, a login made through one and a token are known to both.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ClaimCollection } from '../../src/lib/core/contract';
import { runCliProcess } from './cli-helpers';
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
	// No CLAIMSMAP_ACCOUNTS_DB: accounts live in the shared database.
	const env = {
		CLAIMSMAP_DB: `${url}?options=${encodeURIComponent(`-c search_path=${schema},public`)}`,
		CLAIMSMAP_SEED: '0',
		CLAIMSMAP_ACCOUNTS_DB: ''
	};

	beforeAll(async () => {
		await sql(`CREATE SCHEMA ${schema}`);
		[one, two] = await Promise.all([startServer(env), startServer(env)]);
	});

	afterAll(async () => {
		await Promise.all([one?.stop(), two?.stop()]);
		await sql(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
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

	// Last: once an account exists, writes on these servers need a login.
	test('an account, a login and a token made through one server work on the other', async () => {
		const password = 'an invented passphrase of some length';
		const added = await runCliProcess(
			['user', 'add', 'wren', '--role', 'editor', '--password-stdin'],
			env,
			password + '\n'
		);
		expect(added.code, added.stderr).toBe(0);
		expect(added.stderr).toMatch(/accounts in postgres:\/\/[^:]+:\*\*\*@/);
		const client = new pg.Client({ connectionString: url });
		await client.connect();
		try {
			const users = await client.query(`SELECT name, role FROM ${schema}.users`);
			expect(users.rows).toEqual([{ name: 'wren', role: 'editor' }]);
		} finally {
			await client.end();
		}
		const login = await fetch(`${one.url}/login`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: one.url, accept: 'text/html' },
			body: new URLSearchParams({ name: 'wren', password, next: '/' })
		});
		expect(login.status).toBe(303);
		const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
		expect(cookie).toMatch(/^claimsmap_session=[\w-]+$/);
		const session = (server: AppServer) =>
			fetch(`${server.url}/api/session`, { headers: { cookie } });
		const seen = await session(two);
		expect(seen.status).toBe(200);
		expect(((await seen.json()) as { user: { name: string } }).user.name).toBe('wren');
		// Signing out through the second server ends the session on the first too.
		const out = await fetch(`${two.url}/logout`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: two.url, cookie }
		});
		expect(out.status).toBe(303);
		// Signed out, with accounts in place: the API asks for a login.
		expect((await session(one)).status).toBe(401);

		const token = await runCliProcess(['token', 'create', 'wren', '--label', 'e2e'], env);
		expect(token.code, token.stderr).toBe(0);
		for (const server of [one, two]) {
			const answer = await fetch(`${server.url}/api/session`, {
				headers: { authorization: `Bearer ${token.stdout.trim()}` }
			});
			expect(((await answer.json()) as { user: { name: string } }).user.name).toBe('wren');
		}
	});
});
