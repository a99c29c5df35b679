/**
 * Accounts against the real built server: the refusal to serve a reachable address with no
 * accounts, public read-only mode, signing in, each role's writes (viewer 403, editor can, admin
 * deletes), API tokens made by the CLI and used by the CLI against the running server, and who
 * did what in the exports.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ClaimCollection } from '../../src/lib/core/contract';
import { runCliProcess } from './cli-helpers';
import { startServer, type AppServer } from './harness';

let dir: string;

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'claimsmap-auth-'));
});

afterAll(() => {
	rmSync(dir, { recursive: true, force: true });
});

const ARTICLE = {
	text: 'Russian forces shelled Kupiansk overnight, the Ukrainian general staff said on Monday.',
	title: 'Invented auth report'
};

function send(server: AppServer, method: string, path: string, body?: unknown, headers = {}) {
	return fetch(server.url + path, {
		method,
		redirect: 'manual',
		headers: { 'content-type': 'application/json', ...headers },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
}

async function signIn(server: AppServer, name: string, password: string): Promise<string> {
	const response = await fetch(`${server.url}/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: server.url, accept: 'text/html' },
		body: new URLSearchParams({ name, password, next: '/' })
	});
	expect(response.status).toBe(303);
	const cookie = response.headers.get('set-cookie') ?? '';
	expect(cookie).toMatch(/claimsmap_session=[\w-]+/);
	expect(cookie).toMatch(/HttpOnly/i);
	expect(cookie).toMatch(/SameSite=Lax/i);
	return cookie.split(';')[0];
}

describe('start-up on a reachable address', () => {
	test('with no accounts the server refuses to start and says how to configure it', async () => {
		const child = spawn(process.execPath, [resolve('scripts/serve.js')], {
			env: {
				...process.env,
				HOST: '0.0.0.0',
				PORT: '0',
				CLAIMSMAP_DB: join(dir, 'refuse.db'),
				CLAIMSMAP_PUBLIC_READ: ''
			},
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		child.stdout.on('data', (c) => (output += c));
		child.stderr.on('data', (c) => (output += c));
		const code = await new Promise<number | null>((done) => child.on('exit', done));
		expect(code).toBe(2);
		expect(output).toMatch(/refusing to serve on 0\.0\.0\.0/);
		expect(output).toMatch(/user add NAME --role admin/);
		expect(output).toMatch(/CLAIMSMAP_PUBLIC_READ=1/);
		expect(output).not.toMatch(/Listening/);
	});

	test('started by `node build` instead of npm start, the server warns what it lacks', async () => {
		const child = spawn(
			process.execPath,
			[resolve(process.env.CLAIMSMAP_BUILD_DIR ?? 'build', 'index.js')],
			{
				env: {
					...process.env,
					HOST: '127.0.0.1',
					PORT: '0',
					CLAIMSMAP_DB: join(dir, 'bare.db'),
					CLAIMSMAP_EXTRACT_WORKER: ''
				},
				stdio: ['ignore', 'pipe', 'pipe']
			}
		);
		try {
			const output = await new Promise<string>((done, fail) => {
				let output = '';
				const read = (c: Buffer) => {
					output += c;
					if (/Listening on/.test(output)) done(output);
				};
				child.stdout.on('data', read);
				child.stderr.on('data', read);
				child.on('exit', (code) => fail(new Error(`server exited (${code}): ${output}`)));
			});
			expect(output).toMatch(/started without scripts\/serve\.js/);
			expect(output).toMatch(/security headers/);
		} finally {
			child.kill('SIGTERM');
		}
	});

	test('without HOST the server listens on 127.0.0.1 only, with no login', async () => {
		const port = await new Promise<number>((done) => {
			const probe = createServer().listen(0, '127.0.0.1', () => {
				const { port } = probe.address() as AddressInfo;
				probe.close(() => done(port));
			});
		});
		const env: NodeJS.ProcessEnv = {
			...process.env,
			PORT: String(port),
			CLAIMSMAP_DB: join(dir, 'l.db')
		};
		delete env.HOST;
		const child = spawn(process.execPath, [resolve('scripts/serve.js')], {
			env,
			stdio: ['ignore', 'pipe', 'pipe']
		});
		try {
			const url = await new Promise<string>((done, fail) => {
				let output = '';
				child.stdout.on('data', (c) => {
					output += c;
					const found = /Listening on (http:\/\/\S+)/.exec(output);
					if (found) done(found[1]);
				});
				child.on('exit', (code) => fail(new Error(`server exited (${code}): ${output}`)));
			});
			expect(url).toBe(`http://127.0.0.1:${port}`);
			expect((await fetch(`${url}/api/articles`)).status).toBe(200);
		} finally {
			child.kill('SIGTERM');
		}
	});
});

describe('public read-only mode', () => {
	let server: AppServer;

	beforeAll(async () => {
		server = await startServer({
			CLAIMSMAP_DB: join(dir, 'public.db'),
			CLAIMSMAP_PUBLIC_READ: '1'
		});
	});

	afterAll(async () => {
		await server?.stop();
	});

	test('the map and the exports need no login; every write is refused', async () => {
		expect((await send(server, 'GET', '/')).status).toBe(200);
		const geojson = await send(server, 'GET', '/api/claims.geojson');
		expect(geojson.status).toBe(200);
		const feature = ((await geojson.json()) as ClaimCollection).features[0];
		expect((await send(server, 'GET', '/api/claims.csv')).status).toBe(200);
		const articleId = feature.properties.articleId;
		const writes = [
			await send(server, 'POST', '/api/articles', ARTICLE),
			await send(server, 'PATCH', `/api/claims/${feature.id}`, { rejected: true }),
			await send(server, 'DELETE', `/api/articles/${articleId}`)
		];
		expect(writes.map((r) => r.status)).toEqual([401, 401, 401]);
		expect((await send(server, 'GET', `/api/articles/${articleId}`)).status).toBe(200);
	});
});

describe('a team server with accounts', () => {
	let server: AppServer;
	const db = () => join(dir, 'team.db');
	const passwords: Record<string, string> = {};
	let editorToken = '';

	beforeAll(async () => {
		const env = { CLAIMSMAP_DB: db() };
		// The first admin comes from the command line, with the password on stdin.
		passwords.root = 'root passphrase for tests';
		const admin = await runCliProcess(
			['user', 'add', 'root', '--role', 'admin', '--password-stdin'],
			env,
			passwords.root + '\n'
		);
		expect(admin.code, admin.stderr).toBe(0);
		for (const [name, role] of [
			['vera', 'viewer'],
			['eddie', 'editor']
		]) {
			const added = await runCliProcess(['user', 'add', name, '--role', role], env);
			expect(added.code, added.stderr).toBe(0);
			passwords[name] = /password: (\S+)/.exec(added.stdout)![1];
		}
		const token = await runCliProcess(['token', 'create', 'eddie', '--label', 'tests'], env);
		expect(token.code, token.stderr).toBe(0);
		editorToken = token.stdout.trim();
		server = await startServer(env);
	});

	afterAll(async () => {
		await server?.stop();
	});

	test('signed out: the page sends you to the login page, the API answers 401', async () => {
		const page = await send(server, 'GET', '/?side=russia');
		expect(page.status).toBe(303);
		expect(page.headers.get('location')).toBe('/login?next=%2F%3Fside%3Drussia');
		expect((await send(server, 'GET', '/api/claims.geojson')).status).toBe(401);
		expect((await send(server, 'POST', '/api/articles', ARTICLE)).status).toBe(401);
		expect((await send(server, 'GET', '/login')).status).toBe(200);
	});

	test('a wrong password is refused; a viewer signs in, reads, and cannot PATCH (403)', async () => {
		const wrong = await fetch(`${server.url}/login`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: server.url, accept: 'text/html' },
			body: new URLSearchParams({ name: 'vera', password: 'not her password' })
		});
		expect(wrong.status).toBe(401);
		expect(wrong.headers.get('set-cookie')).toBeNull();
		const cookie = await signIn(server, 'vera', passwords.vera);
		expect((await send(server, 'GET', '/', undefined, { cookie })).status).toBe(200);
		const all = (await (
			await send(server, 'GET', '/api/claims.geojson', undefined, { cookie })
		).json()) as ClaimCollection;
		const id = all.features[0].id;
		const headers = { cookie, origin: server.url };
		const patched = await send(server, 'PATCH', `/api/claims/${id}`, { rejected: true }, headers);
		expect(patched.status).toBe(403);
		expect((await patched.json()).message).toMatch(/vera is a viewer; this needs the editor role/);
		expect((await send(server, 'POST', '/api/articles', ARTICLE, headers)).status).toBe(403);
		const out = await fetch(`${server.url}/logout`, {
			method: 'POST',
			redirect: 'manual',
			headers
		});
		expect(out.status).toBe(303);
		expect((await send(server, 'GET', '/api/articles', undefined, { cookie })).status).toBe(401);
	});

	test('an editor corrects with a session; the export says who and when', async () => {
		const cookie = await signIn(server, 'eddie', passwords.eddie);
		const headers = { cookie, origin: server.url };
		const all = (await (
			await send(server, 'GET', '/api/claims.geojson', undefined, headers)
		).json()) as ClaimCollection;
		const target = all.features[0];
		const patched = await send(
			server,
			'PATCH',
			`/api/claims/${target.id}`,
			{ claimantSide: 'other' },
			headers
		);
		expect(patched.status).toBe(200);
		const exported = (await (
			await send(server, 'GET', '/api/claims.geojson', undefined, headers)
		).json()) as ClaimCollection;
		const corrected = exported.features.find((f) => f.id === target.id)!;
		expect(corrected.properties).toMatchObject({
			claimantSide: 'other',
			correction: { by: 'eddie', at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }
		});
		// The CSV export says it too. Only text cells before `url` may hold a comma, so the row's last
		// cells, counted from its end, are its last columns.
		const csv = (await (await send(server, 'GET', '/api/claims.csv', undefined, headers)).text())
			.replace(/^\ufeff/, '')
			.split('\r\n');
		const header = csv[0].split(',');
		const row = csv.find((line) => line.includes(target.id))!;
		const cells = row.split(',').slice(-header.length);
		const cell = (name: string) => cells[header.indexOf(name)];
		expect([cell('feature_id'), cell('corrected'), cell('corrected_by')]).toEqual([
			target.id,
			'true',
			'eddie'
		]);
		expect(cell('corrected_at')).toBe(
			(corrected.properties as unknown as { correction: { at: string } }).correction.at
		);
	});

	test('the CLI adds an article to the running server with an API token', async () => {
		const file = join(dir, 'remote.txt');
		writeFileSync(
			file,
			'Title: Invented remote report\n\nUkrainian forces struck a depot near Izium, the army said.'
		);
		const env = { CLAIMSMAP_DB: join(dir, 'elsewhere.db') };
		const refused = await runCliProcess(['ingest', file, '--server', server.url], env);
		expect(refused.code).toBe(1);
		expect(refused.stdout).toMatch(/server answered 401/);
		const ok = await runCliProcess(['ingest', file, '--server', server.url], {
			...env,
			CLAIMSMAP_TOKEN: editorToken
		});
		expect(ok.code, ok.stdout + ok.stderr).toBe(0);
		expect(ok.stdout).toMatch(/added 1, skipped 0 as duplicates, failed 0/);
		const again = await runCliProcess(['ingest', file, '--server', server.url], {
			...env,
			CLAIMSMAP_TOKEN: editorToken
		});
		expect(again.stdout).toMatch(/added 0, skipped 1 as duplicates/);
		const bearer = { authorization: `Bearer ${editorToken}` };
		const list = (await (await send(server, 'GET', '/api/articles', undefined, bearer)).json())
			.articles as { title: string; addedBy: string | null; articleId: string }[];
		const added = list.find((a) => a.title === 'Invented remote report');
		expect(added?.addedBy).toBe('eddie');

		// Deleting is an admin's: the editor's token is refused, the admin's session may.
		const path = `/api/articles/${added!.articleId}`;
		expect((await send(server, 'DELETE', path, undefined, bearer)).status).toBe(403);
		const cookie = await signIn(server, 'root', passwords.root);
		const removed = await send(server, 'DELETE', path, undefined, { cookie, origin: server.url });
		expect(removed.status).toBe(200);
	});

	test('a revoked or made-up token is a 401', async () => {
		const env = { CLAIMSMAP_DB: db() };
		const made = await runCliProcess(['token', 'create', 'eddie'], env);
		const token = made.stdout.trim();
		const bearer = (t: string) => ({ authorization: `Bearer ${t}` });
		expect((await send(server, 'GET', '/api/articles', undefined, bearer(token))).status).toBe(200);
		const revoked = await runCliProcess(['token', 'revoke', token], env);
		expect(revoked.code).toBe(0);
		expect((await send(server, 'GET', '/api/articles', undefined, bearer(token))).status).toBe(401);
		const forged = await send(server, 'GET', '/api/articles', undefined, bearer('cmt_forged'));
		expect(forged.status).toBe(401);
	});
});
