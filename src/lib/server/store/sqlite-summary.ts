/**
 * Answers from `feature_counts` (SQLite migration 5): feature counts per side, type, filter
 * precision, day, located, rejected, single-feature claim and region oblast, kept by triggers on
 * the query index in the writing transaction. A question about the whole store (the page's first
 * view, a side or type toggle, a date range) is then a sum over some thousands of rows instead of a
 * scan of every feature. A text search or a confidence floor, which the table does not keep, is
 * answered from the same key grouped over only the features they select, found by an index (the
 * FTS5 table's matches; a range of migration 6's confidence index), and then summed as the table
 * is. Selections of articles or a box are answered from `feature_index` as before.
 */
import type { BetterSqlite3 } from 'better-sqlite3';
import { type ClaimantSide, type EventType } from '../../core/contract';
import { emptyFacetCounts, type FacetCounts } from '../../core/filter/facets';
import type { FilterDimension } from '../../core/filter/match';
import { createEmptyFilter, type PrecisionFilter } from '../../core/filter/model';
import { cachedCount, revisionOf } from './sqlite-count-cache';
import { ftsQuery, whereOf, type SqlCondition } from './sqlite-where';
import type { ClaimSelection, DayCount, RegionCount } from './types';

type Db = BetterSqlite3.Database;

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * Whether the counts can answer a selection: the table restricts side, type, dates, precision, and
 * a search or a confidence floor narrows the features its key is grouped over (see countsSource).
 */
export function summarizable(selection: ClaimSelection): boolean {
	const { articles, bbox } = selection.filter;
	return !articles.length && !bbox;
}

/** Where a region claim's oblast is a key (as in migration 5): located region claims only. */
const REGION = `i.located = 1 AND i.precision = 'region' AND i.admin1 IS NOT NULL`;

/** The counts table's key of an index row `i`, named as the table's columns. */
const ROW_KEY = `i.side AS side, i.side_rank AS side_rank, i.type AS type, i.precision AS precision,
	IFNULL(i.day, '') AS day, i.located AS located, i.rejected AS rejected,
	i.claim_size = 1 AS single, CASE WHEN ${REGION} THEN i.admin1 ELSE '' END AS region_admin1,
	CASE WHEN ${REGION} THEN IFNULL(i.admin1_code, '') ELSE '' END AS region_admin1_code`;

/**
 * The located features' median confidence, read once per revision: a floor above it selects
 * fewer features than it leaves out.
 */
function medianConfidence(db: Db): number {
	return cachedCount(db, 'median located confidence', [], () => {
		const row = db
			.prepare(
				`SELECT i.confidence AS c FROM feature_index i INDEXED BY feature_index_by_confidence
				WHERE i.located = 1 ORDER BY i.confidence LIMIT 1
				OFFSET (SELECT COALESCE(SUM(n), 0) / 2 FROM feature_counts WHERE located = 1)`
			)
			.get() as { c: number } | undefined;
		return row?.c ?? 0;
	});
}

/** One part of a selection's counts: a FROM item `c` with the table's columns, added or taken. */
export interface CountsPart extends SqlCondition {
	sign: 1 | -1;
}

/**
 * The counts of a summarizable selection as parts to sum, each a FROM item `c` with the table's
 * columns: the table itself; for a search, its matches with their keys; for a floor alone, the
 * table's rows without a place plus the located features at or above it, or (a floor below the
 * median) the whole table less the located features below it. Each part is grouped on its own and
 * the groups summed here: one UNION ALL of them grouped by SQLite was three times slower.
 */
export function countsSource(db: Db, selection: ClaimSelection): CountsPart[] {
	const match = ftsQuery(selection.search);
	const floor = selection.filter.minConfidence;
	if (match !== null) {
		const terms = ['i.id IN (SELECT rowid FROM feature_text WHERE feature_text MATCH ?)'];
		const params: unknown[] = [match];
		if (floor > 0) {
			// A claim without a place has no geocoding to be unsure of (as whereOf).
			terms.push('(i.located = 0 OR i.confidence >= ?)');
			params.push(floor);
		}
		return [
			{
				sql: `(SELECT ${ROW_KEY}, 1 AS n FROM feature_index i WHERE ${terms.join(' AND ')}) c`,
				params,
				sign: 1
			}
		];
	}
	const table = (where: string): CountsPart => ({
		sql: `(SELECT * FROM feature_counts WHERE ${where}) c`,
		params: [],
		sign: 1
	});
	if (floor <= 0) return [{ sql: 'feature_counts c', params: [], sign: 1 }];
	const located = (test: string, sign: 1 | -1): CountsPart => ({
		sql: `(SELECT ${ROW_KEY}, 1 AS n FROM feature_index i INDEXED BY feature_index_by_confidence
			WHERE i.located = 1 AND i.confidence ${test} ?) c`,
		params: [floor],
		sign
	});
	return floor >= medianConfidence(db)
		? [table('located = 0'), located('>=', 1)]
		: [table('1'), located('<', -1)];
}

/**
 * Distinct points of a summarizable selection under a floor above the median confidence and no
 * search, read from the floor's range of the confidence index; null for other selections (the
 * index in place order counts a wider range faster: it needs no sort to tell points apart).
 */
export function floorPlaces(db: Db, selection: ClaimSelection): number | null {
	const floor = selection.filter.minConfidence;
	if (floor <= 0 || ftsQuery(selection.search) !== null || !summarizable(selection)) return null;
	if (floor < medianConfidence(db)) return null;
	const rest = whereOf({ ...selection, filter: { ...selection.filter, minConfidence: 0 } });
	return cachedCount(
		db,
		`SELECT COUNT(DISTINCT i.place_key) AS n FROM feature_index i
		INDEXED BY feature_index_by_confidence WHERE i.located = 1 AND i.confidence >= ? AND ${rest.sql}`,
		[floor, ...rest.params]
	);
}

/** The selection as a condition on `feature_counts c`, without the dimension `omit` when given. */
export function countWhere(
	selection: ClaimSelection,
	omit: FilterDimension | null = null
): SqlCondition {
	const { sides, types, from, to, precisions } = selection.filter;
	const terms: string[] = [];
	const params: unknown[] = [];
	const add = (sql: string, ...values: unknown[]) => {
		terms.push(sql);
		params.push(...values);
	};
	if (!selection.includeRejected) add('c.rejected = 0');
	if (omit !== 'sides' && sides.length) add(`c.side IN (${placeholders(sides.length)})`, ...sides);
	if (omit !== 'types' && types.length) add(`c.type IN (${placeholders(types.length)})`, ...types);
	if (omit !== 'dates' && (from !== null || to !== null)) {
		const dates = datesTerm(from, to);
		add(dates.sql, ...dates.params);
	}
	if (omit !== 'precisions' && precisions.length)
		add(`c.precision IN (${placeholders(precisions.length)})`, ...precisions);
	return { sql: terms.length ? terms.join(' AND ') : '1', params };
}

/** What one pass over the counts table gives: facet counts and the totals' sums. */
export interface SummaryCounts {
	/** Facet counts (articles left empty), each dimension with the others applied. */
	facets: FacetCounts;
	/** Selected single-feature claims, and those of them without a place. */
	singles: number;
	singlesUnlocated: number;
}

/**
 * Facet counts and the totals' sums of a summarizable selection, from one pass over the counts
 * table grouped (in its key's order) to a few thousand rows by side, type, precision, located and
 * single, with the features inside the dates apart;
 * each row is then tested against each dimension here, as core's facet counts test a feature.
 */
export function summaryCounts(db: Db, selection: ClaimSelection): SummaryCounts {
	// The summary asks twice (totals, then facets) at once: the second is the first's answer.
	const key = JSON.stringify([
		selection.filter,
		selection.search ?? '',
		!!selection.includeRejected
	]);
	const revision = revisionOf(db);
	const kept = lastCounts.get(db);
	if (kept && kept.key === key && kept.revision === revision) return kept.counts;
	const counts = countSummary(db, selection);
	lastCounts.set(db, { key, revision, counts });
	return counts;
}

/** The last summaryCounts answer per database, with its selection and revision. */
const lastCounts = new WeakMap<Db, { key: string; revision: string; counts: SummaryCounts }>();

/** See summaryCounts. */
function countSummary(db: Db, selection: ClaimSelection): SummaryCounts {
	const { sides, types, precisions, from, to } = selection.filter;
	const base = countWhere({ ...selection, filter: createEmptyFilter() });
	const inDates = from === null && to === null ? { sql: '1', params: [] } : datesTerm(from, to);
	const rows = countsSource(db, selection).flatMap((part) =>
		(
			db
				.prepare(
					`SELECT c.side, c.type, c.precision, c.located, c.single,
					COALESCE(SUM(c.n) FILTER (WHERE ${inDates.sql}), 0) AS n_in, SUM(c.n) AS n_all
					FROM ${part.sql} WHERE ${base.sql} GROUP BY 1, 2, 3, 4, 5`
				)
				.all(...inDates.params, ...part.params, ...base.params) as {
				side: string;
				type: string;
				precision: string;
				located: number;
				single: number;
				n_in: number;
				n_all: number;
			}[]
		).map((r) => ({ ...r, n_in: part.sign * r.n_in, n_all: part.sign * r.n_all }))
	);
	// Sums are linear: a part's rows count wherever its features would, taken ones negatively.
	// Each grouped row is two: its features in the dates, and those outside them.
	const parts = rows.flatMap((r) => [
		{ ...r, inDates: true, n: r.n_in },
		{ ...r, inDates: false, n: r.n_all - r.n_in }
	]);
	const facets: FacetCounts = emptyFacetCounts();
	const out: SummaryCounts = { facets, singles: 0, singlesUnlocated: 0 };
	const passes = (list: readonly string[], value: string) => !list.length || list.includes(value);
	for (const r of parts) {
		if (r.n === 0) continue;
		const ok = {
			sides: passes(sides, r.side),
			types: passes(types, r.type),
			precisions: passes(precisions, r.precision),
			dates: r.inDates
		};
		const failed = Object.values(ok).filter((v) => !v).length;
		if (failed > 1) continue;
		// A row counts for a dimension's option when it passes every other dimension.
		if ((failed === 0 || !ok.sides) && r.side in facets.sides)
			facets.sides[r.side as ClaimantSide] += r.n;
		if ((failed === 0 || !ok.types) && r.type in facets.types)
			facets.types[r.type as EventType] += r.n;
		if ((failed === 0 || !ok.precisions) && r.precision in facets.precisions)
			facets.precisions[r.precision as PrecisionFilter] += r.n;
		if (failed > 0) continue;
		facets.matched += r.n;
		if (r.located === 0) facets.unlocated += r.n;
		if (r.single === 1) {
			out.singles += r.n;
			if (r.located === 0) out.singlesUnlocated += r.n;
		}
	}
	return out;
}

/** The dates dimension on `feature_counts c`: a day within the bounds. */
function datesTerm(from: string | null, to: string | null): SqlCondition {
	const terms = [`c.day <> ''`];
	const params: unknown[] = [];
	if (from !== null) {
		terms.push('c.day >= ?');
		params.push(from);
	}
	if (to !== null) {
		terms.push('c.day <= ?');
		params.push(to);
	}
	return { sql: `(${terms.join(' AND ')})`, params };
}

/** Features per day, ascending, only days with features. */
export function summaryDays(db: Db, selection: ClaimSelection): DayCount[] {
	const where = countWhere(selection);
	const days = new Map<string, number>();
	for (const part of countsSource(db, selection)) {
		const rows = db
			.prepare(
				`SELECT c.day AS day, SUM(c.n) AS count FROM ${part.sql}
				WHERE c.day <> '' AND ${where.sql} GROUP BY c.day`
			)
			.all(...part.params, ...where.params) as DayCount[];
		for (const r of rows) days.set(r.day, (days.get(r.day) ?? 0) + part.sign * r.count);
	}
	return [...days]
		.filter(([, count]) => count > 0)
		.sort(([a], [b]) => byBytes(a, b))
		.map(([day, count]) => ({ day, count }));
}

/** SQLite's BINARY order of two texts (their UTF-8 bytes), which JavaScript's `<` differs from. */
function byBytes(a: string, b: string): number {
	return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** Located region-precision features per side and oblast, in side order then oblast. */
export function summaryRegions(db: Db, selection: ClaimSelection): RegionCount[] {
	const where = countWhere(selection);
	const regions = new Map<string, RegionCount & { rank: number }>();
	for (const part of countsSource(db, selection)) {
		const rows = db
			.prepare(
				`SELECT c.side, MIN(c.side_rank) AS rank, c.region_admin1 AS admin1,
				c.region_admin1_code AS code, SUM(c.n) AS n
				FROM ${part.sql} WHERE c.region_admin1 <> '' AND ${where.sql}
				GROUP BY c.side, c.region_admin1, c.region_admin1_code`
			)
			.all(...part.params, ...where.params) as {
			side: RegionCount['side'];
			rank: number;
			admin1: string;
			code: string;
			n: number;
		}[];
		for (const r of rows) {
			const key = JSON.stringify([r.side, r.admin1, r.code]);
			const region = regions.get(key) ?? {
				side: r.side,
				admin1: r.admin1,
				admin1Code: r.code === '' ? null : r.code,
				count: 0,
				rank: r.rank
			};
			region.count += part.sign * r.n;
			region.rank = Math.min(region.rank, r.rank);
			regions.set(key, region);
		}
	}
	return [...regions.values()]
		.filter((r) => r.count > 0)
		.sort((a, b) => a.rank - b.rank || byBytes(a.admin1, b.admin1))
		.map(({ side, admin1, admin1Code, count }) => ({ side, admin1, admin1Code, count }));
}
