/**
 * The account store's behaviour, one suite for both backends: accounts.test.ts runs it on SQLite,
 * accounts-postgres.test.ts on PostgreSQL when `$CLAIMSMAP_TEST_PG` names a server.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountStore } from './accounts';

/** One opened account store and a look at what it stored. */
export interface OpenedAccounts {
	accounts: AccountStore;
	/** Every stored token digest (to check that no secret is stored as it is). */
	tokenDigests(): Promise<string[]>;
}

/** Opens account stores on a fresh database per test, and removes them after it. */
export interface AccountsHarness {
	/** A store on this test's database (`sibling`'s database when given: a second server). */
	open(sibling?: OpenedAccounts, now?: () => Date): Promise<OpenedAccounts>;
	dispose(): Promise<void>;
}

export const PASSWORD = 'a long enough passphrase';
/** scrypt is slow by design; a loaded machine may take seconds for a few hashes. */
export const HASHING_TIMEOUT = { timeout: 30_000 };

export function describeAccountStore(name: string, harness: AccountsHarness): void {
	describe(`AccountStore (${name})`, HASHING_TIMEOUT, () => {
		afterEach(() => harness.dispose());

		it('removes an account: its sessions and tokens stop working, its name stays taken', async () => {
			const { accounts } = await harness.open();
			await accounts.addUser('fay', 'editor', PASSWORD);
			const user = await accounts.checkPassword('fay', PASSWORD);
			const session = await accounts.createSession(user!.id);
			const { token } = (await accounts.createToken('fay', 'ci'))!;
			expect(await accounts.removeUser('fay')).toEqual({ kind: 'done' });
			expect(await accounts.removeUser('fay')).toEqual({ kind: 'not_found' });
			expect(await accounts.sessionPrincipal(session.id)).toBeNull();
			expect(await accounts.tokenPrincipal(token)).toBeNull();
			expect(await accounts.checkPassword('fay', PASSWORD)).toBeNull();
			expect(await accounts.countUsers()).toBe(0);
			expect(await accounts.addUser('fay', 'viewer', PASSWORD)).toMatchObject({
				kind: 'invalid',
				reason: expect.stringMatching(/was removed/)
			});
		});

		it('changes a role, and keeps the last admin from being removed or demoted', async () => {
			const { accounts } = await harness.open();
			await accounts.addUser('ann', 'admin', PASSWORD);
			await accounts.addUser('ben', 'viewer', PASSWORD);
			const { token } = (await accounts.createToken('ann', 'ci'))!;
			expect(await accounts.setRole('ann', 'editor')).toMatchObject({
				kind: 'last_admin',
				reason: expect.stringMatching(/ann is the last admin; making it an editor/)
			});
			expect(await accounts.removeUser('ann')).toMatchObject({ kind: 'last_admin' });
			// A refused removal leaves the admin's token working.
			expect(await accounts.tokenPrincipal(token)).toMatchObject({ name: 'ann', role: 'admin' });
			expect(await accounts.setRole('nobody', 'admin')).toEqual({ kind: 'not_found' });
			expect(await accounts.setRole('ben', 'admin')).toEqual({ kind: 'done' });
			expect(await accounts.setRole('ann', 'viewer')).toEqual({ kind: 'done' });
			expect((await accounts.getUser('ann'))?.role).toBe('viewer');
			expect(await accounts.removeUser('ben')).toMatchObject({ kind: 'last_admin' });
			expect((await accounts.listUsers()).map((u) => [u.name, u.role])).toEqual([
				['ann', 'viewer'],
				['ben', 'admin']
			]);
		});

		it('keeps one admin when two servers remove the only two admins at once', async () => {
			const first = await harness.open();
			const second = await harness.open(first);
			await first.accounts.addUser('ida', 'admin', PASSWORD);
			await first.accounts.addUser('jon', 'admin', PASSWORD);
			const outcomes = await Promise.all([
				first.accounts.removeUser('ida'),
				second.accounts.setRole('jon', 'viewer')
			]);
			expect(outcomes.map((o) => o.kind).sort()).toEqual(['done', 'last_admin']);
			const admins = (await first.accounts.listUsers()).filter((u) => u.role === 'admin');
			expect(admins).toHaveLength(1);
		});

		it("records a token's last use to the minute, not on every request", async () => {
			let now = new Date('2026-01-01T00:00:00Z');
			const { accounts } = await harness.open(undefined, () => now);
			await accounts.addUser('erin', 'viewer', PASSWORD);
			const { token } = (await accounts.createToken('erin', 'script'))!;
			const lastUsed = async () => (await accounts.listTokens())[0].lastUsedAt;
			await accounts.tokenPrincipal(token);
			now = new Date('2026-01-01T00:00:30Z');
			await accounts.tokenPrincipal(token);
			expect(await lastUsed()).toBe('2026-01-01T00:00:00.000Z');
			now = new Date('2026-01-01T00:01:30Z');
			await accounts.tokenPrincipal(token);
			expect(await lastUsed()).toBe('2026-01-01T00:01:30.000Z');
		});

		it("answers a token's account before its last use is written, queueing that write once", async () => {
			const { accounts } = await harness.open();
			await accounts.addUser('gil', 'viewer', PASSWORD);
			const { token } = (await accounts.createToken('gil', 'script'))!;
			// A scheduler that holds the writes, as the server's does while an ingest is stored.
			const queued: (() => Promise<unknown>)[] = [];
			const later = async (write: () => Promise<unknown>) => {
				queued.push(write);
			};
			expect(await accounts.tokenPrincipal(token, later)).toMatchObject({ name: 'gil' });
			expect(await accounts.tokenPrincipal(token, later)).toMatchObject({ name: 'gil' });
			expect(queued).toHaveLength(1);
			expect((await accounts.listTokens())[0].lastUsedAt).toBeNull();
			await queued[0]();
			expect((await accounts.listTokens())[0].lastUsedAt).not.toBeNull();
			await accounts.tokenPrincipal(token, later);
			expect(queued).toHaveLength(1);
		});

		it('adds accounts, refuses duplicates, short passwords and odd names', async () => {
			const { accounts } = await harness.open();
			expect(await accounts.countUsers()).toBe(0);
			expect((await accounts.addUser('alice', 'admin', PASSWORD)).kind).toBe('added');
			expect(await accounts.addUser('Alice', 'viewer', PASSWORD)).toMatchObject({
				kind: 'invalid',
				reason: expect.stringMatching(/exists/)
			});
			expect((await accounts.addUser('bob', 'viewer', 'short')).kind).toBe('invalid');
			expect((await accounts.addUser('bob smith', 'viewer', PASSWORD)).kind).toBe('invalid');
			expect((await accounts.listUsers()).map((u) => [u.name, u.role])).toEqual([
				['alice', 'admin']
			]);
		});

		it('checks passwords and keeps sessions until logout or expiry', async () => {
			let now = new Date('2026-01-01T00:00:00Z');
			const { accounts } = await harness.open(undefined, () => now);
			await accounts.addUser('carol', 'editor', PASSWORD);
			expect(await accounts.checkPassword('carol', 'wrong password!')).toBeNull();
			expect(await accounts.checkPassword('nobody', PASSWORD)).toBeNull();
			// No account can have such a name; PostgreSQL would refuse the NUL in a query (a 500).
			for (const odd of ['car\u0000ol', 'carol\ud800', ' carol', 'x'.repeat(65)])
				expect(await accounts.checkPassword(odd, PASSWORD), JSON.stringify(odd)).toBeNull();
			expect(await accounts.removeUser('car\u0000ol')).toEqual({ kind: 'not_found' });
			const user = await accounts.checkPassword('carol', PASSWORD);
			expect(user?.name).toBe('carol');
			const session = await accounts.createSession(user!.id);
			expect(await accounts.sessionPrincipal(session.id)).toMatchObject({
				name: 'carol',
				role: 'editor'
			});
			expect(await accounts.sessionPrincipal(session.id + 'x')).toBeNull();
			now = new Date('2026-02-01T00:00:00Z');
			expect(await accounts.sessionPrincipal(session.id)).toBeNull();
			now = new Date('2026-01-02T00:00:00Z');
			await accounts.deleteSession(session.id);
			expect(await accounts.sessionPrincipal(session.id)).toBeNull();
		});

		it('stores API tokens as digests, resolves them to their account and revokes them', async () => {
			const { accounts, tokenDigests } = await harness.open();
			await accounts.addUser('dave', 'editor', PASSWORD);
			const created = (await accounts.createToken('dave', 'ci'))!;
			expect(created.token).toMatch(/^cmt_/);
			expect(JSON.stringify(await tokenDigests())).not.toContain(created.token);
			expect(await accounts.tokenPrincipal(created.token)).toMatchObject({
				name: 'dave',
				via: 'token'
			});
			expect(await accounts.createToken('nobody', 'ci')).toBeNull();
			expect(await accounts.revokeToken(String(created.id))).toBe(true);
			expect(await accounts.revokeToken(String(created.id))).toBe(false);
			expect(await accounts.revokeToken('99999999999999999999')).toBe(false);
			expect(await accounts.tokenPrincipal(created.token)).toBeNull();
			const second = (await accounts.createToken('dave', 'laptop'))!;
			expect(await accounts.revokeToken(second.token)).toBe(true);
			expect((await accounts.listTokens()).every((t) => t.revokedAt !== null)).toBe(true);
		});

		it('keeps a name once when two servers add it at once', async () => {
			const first = await harness.open();
			const second = await harness.open(first);
			const outcomes = await Promise.all([
				first.accounts.addUser('gil', 'editor', PASSWORD),
				second.accounts.addUser('Gil', 'viewer', PASSWORD)
			]);
			expect(outcomes.map((o) => o.kind).sort()).toEqual(['added', 'invalid']);
			expect(await first.accounts.countUsers()).toBe(1);
			// A session started through one server is known to the other.
			const user = await first.accounts.checkPassword('gil', PASSWORD);
			const session = await first.accounts.createSession(user!.id);
			expect((await second.accounts.sessionPrincipal(session.id))?.name).toMatch(/^gil$/i);
		});
	});
}
