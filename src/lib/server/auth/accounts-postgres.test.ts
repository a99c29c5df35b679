/**
 * The account suite on PostgreSQL (`$CLAIMSMAP_TEST_PG`, as the store's suite): each test works in
 * a schema of its own, migrated as an app server migrates it, and drops it after.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe } from 'vitest';
import { openPostgresPool } from '../store/postgres';
import { AccountStore, postgresAccountSql } from './accounts';
import { describeAccountStore, type OpenedAccounts } from './accounts-suite';

const url = process.env.CLAIMSMAP_TEST_PG;
if (!url && process.env.CI)
	throw new Error('CI runs the account suite on PostgreSQL too: set CLAIMSMAP_TEST_PG to its URL');

/** PostgreSQL: a schema per test; a "second server" opens a pool of its own on the same schema. */
function createPostgresHarness() {
	let schema: string | null = null;
	const pools: pg.Pool[] = [];
	return {
		async open(sibling?: OpenedAccounts, now?: () => Date): Promise<OpenedAccounts> {
			if (!sibling) schema = `claimsmap_test_${randomBytes(6).toString('hex')}`;
			const { pool } = await openPostgresPool(url!, { schema: schema!, poolSize: 2 });
			pools.push(pool);
			return {
				accounts: new AccountStore(
					postgresAccountSql(async () => pool),
					now
				),
				tokenDigests: async () =>
					(await pool.query<{ token_hash: string }>('SELECT token_hash FROM api_tokens')).rows.map(
						(r) => r.token_hash
					)
			};
		},
		async dispose() {
			for (const pool of pools.splice(0)) await pool.end();
			if (!schema) return;
			const client = new pg.Client({ connectionString: url });
			await client.connect();
			try {
				await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
			} finally {
				await client.end();
			}
			schema = null;
		}
	};
}

describe.skipIf(!url)('accounts on PostgreSQL', () => {
	describeAccountStore('PostgreSQL', createPostgresHarness());
});
