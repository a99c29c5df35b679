/**
 * The process's account store: its own connection to the claim database ($CLAIMSMAP_DB), opened and
 * migrated once, so accounts work even when CLAIMSMAP_CLAIMS_FILE serves a fixed file. With the
 * claims in PostgreSQL the accounts stay in an SQLite file ($CLAIMSMAP_ACCOUNTS_DB).
 */
import { accountsDatabasePath } from '../store/index';
import { openDatabase } from '../store/sqlite';
import { AccountStore } from './accounts';

export { AccountStore, type Principal } from './accounts';

let shared: AccountStore | null = null;
let close: (() => void) | null = null;

/** The process-wide account store. */
export function getAccounts(): AccountStore {
	if (!shared) {
		const { db } = openDatabase(accountsDatabasePath());
		shared = new AccountStore(db);
		close = () => db.close();
	}
	return shared;
}

/** Closes the account store's connection (the CLI calls this before exiting). */
export function closeAccounts(): void {
	close?.();
	shared = null;
	close = null;
}
