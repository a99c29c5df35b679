/**
 * The account API (`/api/admin/…`) against the real built server, in public read-only mode (the
 * strictest for the anonymous): only an admin lists, adds, re-roles and removes accounts and
 * makes and revokes tokens; no answer carries a password hash or a token's secret; the last admin
 * stays; and the CLI's `user` and `token` commands do all of it remotely with an admin's token.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCliProcess } from './cli-helpers';
import { startServer, type AppServer } from './harness';

let dir: string;
let server: AppServer;
const tokens: Record<string, string> = {};
const ROOT_PASSWORD = 'root passphrase for tests';

function send(path: string, method = 'GET', body?: unknown, headers: Record<string, string> = {}) {
	return fetch(server.url + path, {
		method,
		redirect: 'manual',
		headers: { 'content-type': 'application/json', ...headers },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
}

const as = (who: string) => ({ authorization: `Bearer ${tokens[who]}` });

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'claimsmap-admin-'));
	const env = { CLAIMSMAP_DB: join(dir, 'team.db') };
	const root = await runCliProcess(
		['user', 'add', 'root', '--role', 'admin', '--password-stdin'],
		env,
		ROOT_PASSWORD + '\n'
	);
	expect(root.code, root.stderr).toBe(0);
	for (const [name, role] of [
		['vera', 'viewer'],
		['eddie', 'editor']
	]) {
		const added = await runCliProcess(['user', 'add', name, '--role', role], env);
		expect(added.code, added.stderr).toBe(0);
	}
	for (const name of ['root', 'vera', 'eddie']) {
		const made = await runCliProcess(['token', 'create', name], env);
		expect(made.code, made.stderr).toBe(0);
		tokens[name] = made.stdout.trim();
	}
	server = await startServer({ ...env, CLAIMSMAP_PUBLIC_READ: '1' });
}, 120_000);

afterAll(async () => {
	await server?.stop();
	rmSync(dir, { recursive: true, force: true });
});

describe('the account API', () => {
	test('is refused to the anonymous (401), a viewer and an editor (403)', async () => {
		const calls: [string, string, unknown?][] = [
			['/api/admin/users', 'GET'],
			['/api/admin/users', 'POST', { name: 'mallory', role: 'admin', password: 'x'.repeat(16) }],
			['/api/admin/users/root', 'PATCH', { role: 'viewer' }],
			['/api/admin/users/root', 'DELETE'],
			['/api/admin/tokens', 'GET'],
			['/api/admin/tokens', 'POST', { user: 'root' }],
			['/api/admin/tokens/1', 'DELETE']
		];
		for (const [path, method, body] of calls) {
			const what = `${method} ${path}`;
			const anonymous = await send(path, method, body);
			expect(anonymous.status, what).toBe(401);
			for (const who of ['vera', 'eddie']) {
				const refused = await send(path, method, body, as(who));
				expect(refused.status, `${who}: ${what}`).toBe(403);
				expect((await refused.json()).message).toMatch(/managing accounts needs the admin role/);
			}
		}
		// Nothing changed: no account was added, root is still the admin, its token still works.
		const list = await (await send('/api/admin/users', 'GET', undefined, as('root'))).json();
		expect(list.accounts.map((a: { name: string; role: string }) => [a.name, a.role])).toEqual([
			['root', 'admin'],
			['vera', 'viewer'],
			['eddie', 'editor']
		]);
	});

	test('lists accounts and tokens to an admin without hashes or secrets', async () => {
		const users = await send('/api/admin/users', 'GET', undefined, as('root'));
		expect(users.status).toBe(200);
		const text = await users.text();
		expect(text).not.toMatch(/scrypt|password/i);
		expect(JSON.parse(text).accounts[0]).toMatchObject({
			name: 'root',
			role: 'admin',
			createdAt: expect.stringMatching(/^\d{4}-/),
			tokens: 1
		});
		const listed = await (await send('/api/admin/tokens', 'GET', undefined, as('root'))).text();
		for (const secret of Object.values(tokens)) expect(listed).not.toContain(secret);
		expect(listed).not.toMatch(/cmt_/);
		const rows = JSON.parse(listed).tokens as { user: string; lastUsedAt: string | null }[];
		expect(rows.map((t) => t.user).sort()).toEqual(['eddie', 'root', 'vera']);
		expect(rows.find((t) => t.user === 'root')?.lastUsedAt).toMatch(/^\d{4}-/);
	});

	test('adds an account under the CLI rules, and refuses what every write route refuses', async () => {
		const post = (body: unknown, headers: Record<string, string> = {}) =>
			send('/api/admin/users', 'POST', body, { ...as('root'), ...headers });
		const good = { name: 'nina', role: 'editor', password: 'nina passphrase 1' };
		const refusals: [unknown, number, RegExp][] = [
			[{ ...good, admin: true }, 400, /unknown field admin/],
			[{ ...good, name: 'ni\u0000na' }, 400, /name contains a NUL/],
			[{ ...good, password: 'long enough \ud800' }, 400, /password contains a lone surrogate/],
			[{ ...good, role: 'owner' }, 400, /role must be one of viewer, editor, admin/],
			[{ ...good, password: 'short' }, 400, /at least 12 characters/],
			[{ ...good, name: 'nina smith' }, 400, /must be 1-64 letters/],
			[{ ...good, name: 'Vera' }, 400, /an account 'Vera' exists/]
		];
		for (const [body, status, message] of refusals) {
			const refused = await post(body);
			expect(refused.status, JSON.stringify(body)).toBe(status);
			expect((await refused.json()).message).toMatch(message);
		}
		const foreign = await post(good, { origin: 'https://elsewhere.invalid' });
		expect(foreign.status).toBe(403);
		const added = await post(good);
		expect(added.status).toBe(201);
		expect(await added.json()).toMatchObject({ account: { name: 'nina', role: 'editor' } });
		const login = await fetch(`${server.url}/login`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: server.url, accept: 'text/html' },
			body: new URLSearchParams({ name: 'nina', password: good.password, next: '/' })
		});
		expect(login.status).toBe(303);
	});

	test('makes a token that works, shown once, and revokes it (then 401)', async () => {
		const made = await send(
			'/api/admin/tokens',
			'POST',
			{ user: 'vera', label: 'laptop' },
			as('root')
		);
		expect(made.status).toBe(201);
		const { id, token } = (await made.json()) as { id: number; token: string };
		expect(token).toMatch(/^cmt_/);
		const bearer = { authorization: `Bearer ${token}` };
		const session = await (await send('/api/session', 'GET', undefined, bearer)).json();
		expect(session.user).toEqual({ name: 'vera', role: 'viewer' });
		const listed = await (await send('/api/admin/tokens', 'GET', undefined, as('root'))).text();
		expect(listed).not.toContain(token);
		expect(JSON.parse(listed).tokens).toContainEqual(
			expect.objectContaining({ id, user: 'vera', label: 'laptop', revokedAt: null })
		);
		const revoked = await send(`/api/admin/tokens/${id}`, 'DELETE', undefined, as('root'));
		expect(await revoked.json()).toEqual({ revoked: id });
		expect((await send('/api/articles', 'GET', undefined, bearer)).status).toBe(401);
		const again = await send(`/api/admin/tokens/${id}`, 'DELETE', undefined, as('root'));
		expect(again.status).toBe(404);
		const huge = await send('/api/admin/tokens/99999999999999', 'DELETE', undefined, as('root'));
		expect(huge.status).toBe(404);
		const named = await send(`/api/admin/tokens/${token}`, 'DELETE', undefined, as('root'));
		expect(named.status).toBe(400);
		expect((await send('/api/admin/tokens', 'POST', { user: 'nobody' }, as('root'))).status).toBe(
			404
		);
	});

	test('changes roles and removes accounts, but never the last admin (409)', async () => {
		const demote = await send('/api/admin/users/root', 'PATCH', { role: 'editor' }, as('root'));
		expect(demote.status).toBe(409);
		expect((await demote.json()).message).toMatch(
			/root is the last admin; making it an editor would leave no one to manage accounts/
		);
		const remove = await send('/api/admin/users/root', 'DELETE', undefined, as('root'));
		expect(remove.status).toBe(409);
		expect((await remove.json()).message).toMatch(/root is the last admin; removing it/);

		const promoted = await send('/api/admin/users/eddie', 'PATCH', { role: 'admin' }, as('root'));
		expect(await promoted.json()).toMatchObject({ account: { name: 'eddie', role: 'admin' } });
		// The role holds at once for the account's existing token.
		expect((await send('/api/admin/users', 'GET', undefined, as('eddie'))).status).toBe(200);
		const back = await send('/api/admin/users/eddie', 'PATCH', { role: 'editor' }, as('root'));
		expect(back.status).toBe(200);
		expect((await send('/api/admin/users', 'GET', undefined, as('eddie'))).status).toBe(403);
		expect(
			(await send('/api/admin/users/eddie', 'PATCH', { role: 'admin', x: 1 }, as('root'))).status
		).toBe(400);
		expect(
			(await send('/api/admin/users/nobody', 'PATCH', { role: 'viewer' }, as('root'))).status
		).toBe(404);
	});

	test('removing an account signs it out and revokes its tokens', async () => {
		const login = await fetch(`${server.url}/login`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: server.url, accept: 'text/html' },
			body: new URLSearchParams({ name: 'root', password: ROOT_PASSWORD, next: '/' })
		});
		const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
		const added = await send(
			'/api/admin/users',
			'POST',
			{ name: 'otto', role: 'viewer', password: 'otto passphrase 1' },
			{ cookie, origin: server.url }
		);
		expect(added.status).toBe(201);
		const made = await send(
			'/api/admin/tokens',
			'POST',
			{ user: 'otto' },
			{ cookie, origin: server.url }
		);
		const { token } = (await made.json()) as { token: string };
		const bearer = { authorization: `Bearer ${token}` };
		expect((await send('/api/articles', 'GET', undefined, bearer)).status).toBe(200);
		const removed = await send('/api/admin/users/otto', 'DELETE', undefined, {
			cookie,
			origin: server.url
		});
		expect(await removed.json()).toEqual({ removed: 'otto' });
		expect((await send('/api/articles', 'GET', undefined, bearer)).status).toBe(401);
		const listed = await (await send('/api/admin/users', 'GET', undefined, as('root'))).json();
		expect(listed.accounts.map((a: { name: string }) => a.name)).not.toContain('otto');
	});
});

describe('the CLI against the running server', () => {
	const remote = (args: string[], token: string, input = '') =>
		runCliProcess(
			[...args, '--server', server.url, '--token', token],
			{
				CLAIMSMAP_DB: join(dir, 'not-the-server.db')
			},
			input
		);

	test("manages accounts and tokens with an admin's token", async () => {
		const added = await remote(['user', 'add', 'carl', '--role', 'viewer'], tokens.root);
		expect(added.code, added.stderr).toBe(0);
		expect(added.stderr).toMatch(`accounts on ${server.url}`);
		const password = /password: (\S+)/.exec(added.stdout)![1];
		const login = await fetch(`${server.url}/login`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: server.url, accept: 'text/html' },
			body: new URLSearchParams({ name: 'carl', password, next: '/' })
		});
		expect(login.status).toBe(303);

		expect((await remote(['user', 'role', 'carl', 'editor'], tokens.root)).stdout).toBe(
			'carl is now an editor\n'
		);
		const list = await remote(['user', 'list'], tokens.root);
		expect(list.stdout).toMatch(/^carl\teditor\tsince \d{4}-\d\d-\d\d\t0 token\(s\)$/m);

		const made = await remote(['token', 'create', 'carl', '--label', 'ci'], tokens.root);
		expect(made.code, made.stderr).toBe(0);
		const token = made.stdout.trim();
		const bearer = { authorization: `Bearer ${token}` };
		expect((await send('/api/articles', 'GET', undefined, bearer)).status).toBe(200);
		const id = /token (\d+) for carl/.exec(made.stderr)![1];
		const tokenList = await remote(['token', 'list'], tokens.root);
		expect(tokenList.stdout).toMatch(new RegExp(`^${id}\\tcarl\\tci\\tactive\\tlast used `, 'm'));
		expect(tokenList.stdout).not.toContain(token);
		expect((await remote(['token', 'revoke', id], tokens.root)).stdout).toBe('revoked\n');
		expect((await send('/api/articles', 'GET', undefined, bearer)).status).toBe(401);

		const last = await remote(['user', 'remove', 'root'], tokens.root);
		expect(last.code).toBe(1);
		expect(last.stderr).toMatch(/root is the last admin/);
		const removed = await remote(['user', 'remove', 'carl'], tokens.root);
		expect(removed.stdout).toBe('removed carl: signed out, tokens revoked\n');
	});

	test("says the server's refusal to a viewer's token or none", async () => {
		const viewer = await remote(['user', 'list'], tokens.vera);
		expect(viewer.code).toBe(1);
		expect(viewer.stderr).toMatch(/server answered 403: vera is a viewer; managing accounts needs/);
		const none = await runCliProcess(['token', 'list', '--server', server.url], {
			CLAIMSMAP_TOKEN: ''
		});
		expect(none.code).toBe(1);
		expect(none.stderr).toMatch(/server answered 401/);
	});
});
