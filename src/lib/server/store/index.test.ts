import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	accountsDatabasePath,
	describeDatabase,
	isPostgresUrl,
	openConfiguredStore,
	SqliteClaimStore
} from './index';

const URL_WITH_PASSWORD = 'postgres://ann:s3cret@db.example:5432/claims';

describe('choosing the store from CLAIMSMAP_DB', () => {
	it('reads postgres:// and postgresql:// URLs as PostgreSQL, anything else as an SQLite file', () => {
		expect(isPostgresUrl(URL_WITH_PASSWORD)).toBe(true);
		expect(isPostgresUrl('postgresql://db.example/claims')).toBe(true);
		expect(isPostgresUrl('data/claimsmap.db')).toBe(false);
		expect(isPostgresUrl('/srv/postgres/claims.db')).toBe(false);
		expect(isPostgresUrl(undefined)).toBe(false);
	});

	it('names the database in messages without the password', () => {
		expect(describeDatabase({ CLAIMSMAP_DB: URL_WITH_PASSWORD })).toBe(
			'postgres://ann:***@db.example:5432/claims'
		);
		expect(describeDatabase({ CLAIMSMAP_DB: 'x/claims.db' })).toBe(resolve('x/claims.db'));
	});

	it('keeps accounts in the claim file, or in data/accounts.db when claims are in PostgreSQL', () => {
		expect(accountsDatabasePath({ CLAIMSMAP_DB: 'x/claims.db' })).toBe(resolve('x/claims.db'));
		expect(accountsDatabasePath({ CLAIMSMAP_DB: URL_WITH_PASSWORD })).toBe(
			resolve('data/accounts.db')
		);
		expect(
			accountsDatabasePath({ CLAIMSMAP_DB: URL_WITH_PASSWORD, CLAIMSMAP_ACCOUNTS_DB: 'y/acc.db' })
		).toBe(resolve('y/acc.db'));
	});

	it('opens an SQLite file when CLAIMSMAP_DB is a path', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'claimsmap-index-'));
		try {
			const store = await openConfiguredStore({ CLAIMSMAP_DB: join(dir, 'c.db') }, { seed: null });
			expect(store).toBeInstanceOf(SqliteClaimStore);
			await store.close();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
