/**
 * Counts (and other single numbers) of an SQLite store kept until its revision moves, so a
 * question asked again at the same revision (a list's total for each page scrolled to) is not
 * counted again.
 */
import type { BetterSqlite3 } from 'better-sqlite3';

type Db = BetterSqlite3.Database;

/** The store's revision: any process's write moves it. */
export function revisionOf(db: Db): string {
	return (
		(
			db.prepare("SELECT value FROM meta WHERE key = 'revision'").get() as
				{ value: string } | undefined
		)?.value ?? '0'
	);
}

/** Counts kept per database until its revision moves (any process's write bumps it). */
const countCache = new WeakMap<Db, { revision: string; values: Map<string, number> }>();
/** Most counts kept per database; past it the cache starts afresh. */
const COUNT_CACHE_SIZE = 500;

/**
 * `SELECT COUNT(*) AS n …` (or `count`, which answers the question `sql` names) answered from the
 * cache when the same question was asked at the same revision: a list's total is counted once per
 * filter, not again for every page scrolled to.
 */
export function cachedCount(
	db: Db,
	sql: string,
	params: unknown[],
	count: () => number = () => (db.prepare(sql).get(...params) as { n: number }).n
): number {
	const revision = revisionOf(db);
	let entry = countCache.get(db);
	if (!entry || entry.revision !== revision) {
		entry = { revision, values: new Map() };
		countCache.set(db, entry);
	}
	const key = `${sql}\u0000${JSON.stringify(params)}`;
	let n = entry.values.get(key);
	if (n === undefined) {
		n = count();
		if (entry.values.size >= COUNT_CACHE_SIZE) entry.values.clear();
		entry.values.set(key, n);
	}
	return n;
}
