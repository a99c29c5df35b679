import Database, { type BetterSqlite3 } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../store/migrations';
import { AccountStore, sqliteAccountSql } from './accounts';
import {
	describeAccountStore,
	HASHING_TIMEOUT,
	PASSWORD,
	type OpenedAccounts
} from './accounts-suite';
import { hashPassword, verifyPassword } from './password';

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

/** SQLite: a fresh in-memory database per test; a "second server" shares the first's. */
function createSqliteHarness() {
	const open: BetterSqlite3.Database[] = [];
	return {
		async open(sibling?: OpenedAccounts, now?: () => Date): Promise<OpenedAccounts> {
			const db = sibling ? open[open.length - 1] : new Database(':memory:');
			if (!sibling) {
				migrate(db);
				open.push(db);
			}
			return {
				accounts: new AccountStore(sqliteAccountSql(db), now),
				tokenDigests: async () =>
					(db.prepare('SELECT token_hash FROM api_tokens').all() as { token_hash: string }[]).map(
						(r) => r.token_hash
					)
			};
		},
		async dispose() {
			for (const db of open.splice(0)) db.close();
		}
	};
}

describeAccountStore('SQLite', createSqliteHarness());
