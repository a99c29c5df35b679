/**
 * Answers from `feature_counts` (SQLite migration 5): feature counts per side, type, filter
 * precision, day, located, rejected, single-feature claim and region oblast, kept by triggers on
 * the query index in the writing transaction. A question about the whole store (the page's first
 * view, a side or type toggle, a date range) is then a sum over some thousands of rows instead of a
 * scan of every feature. Selections that name what the table does not keep (a text search, a
 * confidence floor, articles, a box) are answered from `feature_index` as before.
 */
import type { BetterSqlite3 } from 'better-sqlite3';
import { type ClaimantSide, type EventType } from '../../core/contract';
import { emptyFacetCounts, type FacetCounts } from '../../core/filter/facets';
import type { FilterDimension } from '../../core/filter/match';
import { createEmptyFilter, type PrecisionFilter } from '../../core/filter/model';
import { ftsQuery, type SqlCondition } from './sqlite-where';
import type { ClaimSelection, DayCount, RegionCount } from './types';

type Db = BetterSqlite3.Database;

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** Whether `feature_counts` can answer a selection: it restricts only side, type, dates, precision. */
export function summarizable(selection: ClaimSelection): boolean {
	const { minConfidence, articles, bbox } = selection.filter;
	return ftsQuery(selection.search) === null && minConfidence <= 0 && !articles.length && !bbox;
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
	const { sides, types, precisions, from, to } = selection.filter;
	const base = countWhere({ ...selection, filter: createEmptyFilter() });
	const inDates = from === null && to === null ? { sql: '1', params: [] } : datesTerm(from, to);
	const rows = db
		.prepare(
			`SELECT c.side, c.type, c.precision, c.located, c.single,
				COALESCE(SUM(c.n) FILTER (WHERE ${inDates.sql}), 0) AS n_in, SUM(c.n) AS n_all
			FROM feature_counts c WHERE ${base.sql} GROUP BY 1, 2, 3, 4, 5`
		)
		.all(...inDates.params, ...base.params) as {
		side: string;
		type: string;
		precision: string;
		located: number;
		single: number;
		n_in: number;
		n_all: number;
	}[];
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
	return db
		.prepare(
			`SELECT c.day AS day, SUM(c.n) AS count FROM feature_counts c
			WHERE c.day <> '' AND ${where.sql} GROUP BY c.day HAVING SUM(c.n) > 0 ORDER BY c.day`
		)
		.all(...where.params) as DayCount[];
}

/** Located region-precision features per side and oblast, in side order then oblast. */
export function summaryRegions(db: Db, selection: ClaimSelection): RegionCount[] {
	const where = countWhere(selection);
	const rows = db
		.prepare(
			`SELECT c.side, c.region_admin1 AS admin1, c.region_admin1_code AS code, SUM(c.n) AS n
			FROM feature_counts c WHERE c.region_admin1 <> '' AND ${where.sql}
			GROUP BY c.side, c.region_admin1, c.region_admin1_code HAVING SUM(c.n) > 0
			ORDER BY MIN(c.side_rank), c.region_admin1`
		)
		.all(...where.params) as {
		side: RegionCount['side'];
		admin1: string;
		code: string;
		n: number;
	}[];
	return rows.map((r) => ({
		side: r.side,
		admin1: r.admin1,
		admin1Code: r.code === '' ? null : r.code,
		count: r.n
	}));
}
