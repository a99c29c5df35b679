import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AccountStore, sqliteAccountSql } from '../../lib/server/auth/accounts';
import { migrate } from '../../lib/server/store/migrations';
import { parseTokenArgs, runToken } from './token';
import { generatePassword, parseUserArgs, runUser } from './user';

function createAccounts(): AccountStore {
	const db = new Database(':memory:');
	migrate(db);
	return new AccountStore(sqliteAccountSql(db));
}

describe('user command', () => {
	it('parses add with a role and list; names the problem otherwise', () => {
		expect(parseUserArgs(['add', 'ann', '--role', 'editor'])).toEqual({
			kind: 'add',
			name: 'ann',
			role: 'editor',
			passwordStdin: false
		});
		expect(parseUserArgs(['add', 'ann', '--role=admin', '--password-stdin'])).toMatchObject({
			role: 'admin',
			passwordStdin: true
		});
		expect(parseUserArgs(['add', 'ann'])).toMatchObject({ role: 'viewer' });
		expect(parseUserArgs(['list'])).toEqual({ kind: 'list' });
		expect(parseUserArgs(['remove', 'ann'])).toEqual({ kind: 'remove', name: 'ann' });
		expect(parseUserArgs(['role', 'ann', 'admin'])).toEqual({
			kind: 'role',
			name: 'ann',
			role: 'admin'
		});
		expect(parseUserArgs(['role', 'ann', 'root'])).toMatchObject({ kind: 'error' });
		expect(parseUserArgs(['add', 'ann', '--role', 'root'])).toMatchObject({ kind: 'error' });
		expect(parseUserArgs(['add'])).toMatchObject({ kind: 'error', message: 'missing NAME' });
		expect(parseUserArgs(['delete', 'ann'])).toMatchObject({ kind: 'error' });
	});

	it('adds an account with a generated password printed once, or one read from stdin', async () => {
		const accounts = createAccounts();
		let out = '';
		const write = (text: string) => (out += text);
		expect(
			await runUser(
				{ kind: 'add', name: 'ann', role: 'editor', passwordStdin: false },
				accounts,
				write
			)
		).toBe(0);
		const generated = /password: (\S+)/.exec(out)![1];
		expect(await accounts.checkPassword('ann', generated)).not.toBeNull();
		const typed = 'typed passphrase of mine';
		await runUser(
			{ kind: 'add', name: 'ben', role: 'admin', passwordStdin: true },
			accounts,
			write,
			async () => typed
		);
		expect(await accounts.checkPassword('ben', typed)).not.toBeNull();
		out = '';
		await runUser({ kind: 'list' }, accounts, write);
		expect(out).toMatch(/^ann\teditor/m);
		expect(out).toMatch(/^ben\tadmin/m);
		expect(generatePassword()).toHaveLength(24);
		out = '';
		expect(await runUser({ kind: 'remove', name: 'ann' }, accounts, write)).toBe(0);
		expect(out).toMatch(/removed ann/);
		expect((await accounts.listUsers()).map((u) => u.name)).toEqual(['ben']);
	});
});

describe('token command', () => {
	it('parses create, list and revoke', () => {
		expect(parseTokenArgs(['create', 'ann', '--label', 'ci'])).toEqual({
			kind: 'create',
			user: 'ann',
			label: 'ci'
		});
		expect(parseTokenArgs(['revoke', '3'])).toEqual({ kind: 'revoke', which: '3' });
		expect(parseTokenArgs(['create'])).toMatchObject({ kind: 'error' });
	});

	it('prints a new token alone on stdout, lists and revokes it', async () => {
		const accounts = createAccounts();
		await accounts.addUser('ann', 'editor', 'a long enough passphrase');
		let out = '';
		let err = '';
		const o = (t: string) => (out += t);
		const e = (t: string) => (err += t);
		expect(await runToken({ kind: 'create', user: 'ann', label: 'ci' }, accounts, o, e)).toBe(0);
		const token = out.trim();
		expect(token).toMatch(/^cmt_[\w-]{43}$/);
		expect((await accounts.tokenPrincipal(token))?.name).toBe('ann');
		out = '';
		await runToken({ kind: 'list' }, accounts, o, e);
		expect(out).toMatch(/^1\tann\tci\tactive/);
		expect(await runToken({ kind: 'revoke', which: '1' }, accounts, o, e)).toBe(0);
		expect(await accounts.tokenPrincipal(token)).toBeNull();
		expect(await runToken({ kind: 'create', user: 'nobody', label: 'x' }, accounts, o, e)).toBe(1);
		expect(err).toMatch(/no account 'nobody'/);
	});
});
