import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../store/migrations';
import { AccountStore } from './accounts';
import { hashPassword, verifyPassword } from './password';

function createAccounts(now: () => Date = () => new Date('2026-01-01T00:00:00Z')) {
	const db = new Database(':memory:');
	migrate(db);
	return new AccountStore(db, now);
}

const PASSWORD = 'a long enough passphrase';
/** scrypt is slow by design; a loaded machine may take seconds for a few hashes. */
const HASHING_TIMEOUT = { timeout: 30_000 };

describe('passwords', HASHING_TIMEOUT, () => {
	it('verify against their scrypt hash and not against another password', async () => {
		const hash = await hashPassword(PASSWORD);
		expect(hash).toMatch(/^scrypt\$131072\$8\$1\$/);
		expect(await verifyPassword(PASSWORD, hash)).toBe(true);
		expect(await verifyPassword(PASSWORD + '!', hash)).toBe(false);
	});

	it('get a fresh salt each time and never verify against a malformed hash', async () => {
		expect(await hashPassword(PASSWORD)).not.toBe(await hashPassword(PASSWORD));
		expect(await verifyPassword(PASSWORD, 'plain text')).toBe(false);
		expect(await verifyPassword(PASSWORD, 'scrypt$99999999$8$1$AA==$AA==')).toBe(false);
	});
});

describe('AccountStore', HASHING_TIMEOUT, () => {
	it('removes an account: its sessions and tokens stop working, its name stays taken', async () => {
		const accounts = createAccounts();
		await accounts.addUser('fay', 'editor', PASSWORD);
		const user = await accounts.checkPassword('fay', PASSWORD);
		const session = accounts.createSession(user!.id);
		const { token } = accounts.createToken('fay', 'ci')!;
		expect(accounts.removeUser('fay')).toBe(true);
		expect(accounts.removeUser('fay')).toBe(false);
		expect(accounts.sessionPrincipal(session.id)).toBeNull();
		expect(accounts.tokenPrincipal(token)).toBeNull();
		expect(await accounts.checkPassword('fay', PASSWORD)).toBeNull();
		expect(accounts.countUsers()).toBe(0);
		expect(await accounts.addUser('fay', 'viewer', PASSWORD)).toMatchObject({
			kind: 'invalid',
			reason: expect.stringMatching(/was removed/)
		});
	});

	it("records a token's last use to the minute, not on every request", async () => {
		let now = new Date('2026-01-01T00:00:00Z');
		const accounts = createAccounts(() => now);
		await accounts.addUser('erin', 'viewer', PASSWORD);
		const { token } = accounts.createToken('erin', 'script')!;
		const lastUsed = () => accounts.listTokens()[0].lastUsedAt;
		accounts.tokenPrincipal(token);
		now = new Date('2026-01-01T00:00:30Z');
		accounts.tokenPrincipal(token);
		expect(lastUsed()).toBe('2026-01-01T00:00:00.000Z');
		now = new Date('2026-01-01T00:01:30Z');
		accounts.tokenPrincipal(token);
		expect(lastUsed()).toBe('2026-01-01T00:01:30.000Z');
	});

	it('adds accounts, refuses duplicates, short passwords and odd names', async () => {
		const accounts = createAccounts();
		expect(accounts.countUsers()).toBe(0);
		expect((await accounts.addUser('alice', 'admin', PASSWORD)).kind).toBe('added');
		expect(await accounts.addUser('Alice', 'viewer', PASSWORD)).toMatchObject({
			kind: 'invalid',
			reason: expect.stringMatching(/exists/)
		});
		expect((await accounts.addUser('bob', 'viewer', 'short')).kind).toBe('invalid');
		expect((await accounts.addUser('bob smith', 'viewer', PASSWORD)).kind).toBe('invalid');
		expect(accounts.listUsers().map((u) => [u.name, u.role])).toEqual([['alice', 'admin']]);
	});

	it('checks passwords and keeps sessions until logout or expiry', async () => {
		let now = new Date('2026-01-01T00:00:00Z');
		const accounts = createAccounts(() => now);
		await accounts.addUser('carol', 'editor', PASSWORD);
		expect(await accounts.checkPassword('carol', 'wrong password!')).toBeNull();
		expect(await accounts.checkPassword('nobody', PASSWORD)).toBeNull();
		const user = await accounts.checkPassword('carol', PASSWORD);
		expect(user?.name).toBe('carol');
		const session = accounts.createSession(user!.id);
		expect(accounts.sessionPrincipal(session.id)).toMatchObject({ name: 'carol', role: 'editor' });
		expect(accounts.sessionPrincipal(session.id + 'x')).toBeNull();
		now = new Date('2026-02-01T00:00:00Z');
		expect(accounts.sessionPrincipal(session.id)).toBeNull();
		now = new Date('2026-01-02T00:00:00Z');
		accounts.deleteSession(session.id);
		expect(accounts.sessionPrincipal(session.id)).toBeNull();
	});

	it('stores API tokens as digests, resolves them to their account and revokes them', async () => {
		const db = new Database(':memory:');
		migrate(db);
		const accounts = new AccountStore(db);
		await accounts.addUser('dave', 'editor', PASSWORD);
		const created = accounts.createToken('dave', 'ci')!;
		expect(created.token).toMatch(/^cmt_/);
		const stored = db.prepare('SELECT token_hash FROM api_tokens').all() as {
			token_hash: string;
		}[];
		expect(JSON.stringify(stored)).not.toContain(created.token);
		expect(accounts.tokenPrincipal(created.token)).toMatchObject({ name: 'dave', via: 'token' });
		expect(accounts.createToken('nobody', 'ci')).toBeNull();
		expect(accounts.revokeToken(String(created.id))).toBe(true);
		expect(accounts.revokeToken(String(created.id))).toBe(false);
		expect(accounts.tokenPrincipal(created.token)).toBeNull();
		const second = accounts.createToken('dave', 'laptop')!;
		expect(accounts.revokeToken(second.token)).toBe(true);
		expect(accounts.listTokens().every((t) => t.revokedAt !== null)).toBe(true);
	});
});
