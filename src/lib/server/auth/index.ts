/**
 * The process's account store, opened once: in the PostgreSQL database when the claims are there
 * (every app server then knows every login), else in the claim SQLite file (or the SQLite file
 * $CLAIMSMAP_ACCOUNTS_DB names). Accounts work even when CLAIMSMAP_CLAIMS_FILE serves a fixed file.
 */
import type pg from 'pg';
import { accountsLocation } from '../store/index';
import { openPostgresPool } from '../store/postgres';
import { openDatabase } from '../store/sqlite';
import { AccountStore, postgresAccountSql, sqliteAccountSql } from './accounts';

export { AccountStore, type Principal } from './accounts';

/** Connections the account store keeps to PostgreSQL, beside the claim store's own. */
const ACCOUNT_POOL_SIZE = 2;

let shared: AccountStore | null = null;
let close: (() => Promise<void>) | null = null;

/** The process-wide account store (a PostgreSQL one connects and migrates on first use). */
export function getAccounts(): AccountStore {
	if (shared) return shared;
	const where = accountsLocation();
	if (where.kind === 'postgres') {
		let pool: Promise<pg.Pool> | null = null;
		const connect = () => {
			pool ??= openPostgresPool(where.url, { poolSize: ACCOUNT_POOL_SIZE })
				.then((opened) => opened.pool)
				.catch((error: unknown) => {
					pool = null;
					throw error;
				});
			return pool;
		};
		shared = new AccountStore(postgresAccountSql(connect));
		close = async () => {
			if (pool) await (await pool).end();
		};
	} else {
		const { db } = openDatabase(where.path);
		shared = new AccountStore(sqliteAccountSql(db));
		close = async () => {
			db.close();
		};
	}
	return shared;
}

/** Closes the account store's connections (the CLI calls this before exiting). */
export async function closeAccounts(): Promise<void> {
	const done = close;
	shared = null;
	close = null;
	await done?.();
}
