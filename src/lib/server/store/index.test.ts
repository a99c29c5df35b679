import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	accountsLocation,
	describeAccounts,
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

	it('keeps accounts with the claims, in the file or in PostgreSQL, unless told a file', () => {
		expect(accountsLocation({ CLAIMSMAP_DB: 'x/claims.db' })).toEqual({
			kind: 'sqlite',
			path: resolve('x/claims.db')
		});
		expect(accountsLocation({ CLAIMSMAP_DB: URL_WITH_PASSWORD })).toEqual({
			kind: 'postgres',
			url: URL_WITH_PASSWORD
		});
		expect(describeAccounts({ CLAIMSMAP_DB: URL_WITH_PASSWORD })).toBe(
			'postgres://ann:***@db.example:5432/claims'
		);
		expect(
			accountsLocation({ CLAIMSMAP_DB: URL_WITH_PASSWORD, CLAIMSMAP_ACCOUNTS_DB: 'y/acc.db' })
		).toEqual({ kind: 'sqlite', path: resolve('y/acc.db') });
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
