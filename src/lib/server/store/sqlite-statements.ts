/**
 * Statements prepared once per database and SQL text. better-sqlite3 compiles the SQL again on
 * every `prepare`, and a bulk ingest runs the same score of statements for each article and batch:
 * compiling them cost about a tenth of the CLI's storing thread. The store's statements are only
 * ever `run`, `get` or `all`, which leave a statement as it was, so one can serve every caller.
 */
import type { BetterSqlite3 } from 'better-sqlite3';

const cache = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

/** `sql` prepared on `db`, the first time it is asked for. */
export function statement(db: BetterSqlite3.Database, sql: string): BetterSqlite3.Statement {
	let ofDb = cache.get(db);
	if (!ofDb) {
		ofDb = new Map();
		cache.set(db, ofDb);
	}
	let prepared = ofDb.get(sql);
	if (!prepared) {
		prepared = db.prepare(sql);
		ofDb.set(sql, prepared);
	}
	return prepared;
}
