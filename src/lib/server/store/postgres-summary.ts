/**
 * Answers from `feature_counts` (PostgreSQL migration 4): feature counts per side, type, filter
 * precision, day, located, rejected, single-feature claim and region oblast, kept by statement
 * triggers on `features` as appended deltas (+n for rows written, -n for rows removed), so writers
 * never wait on one another for a count. A question about the whole store (the page's first view,
 * a side or type toggle, a date range) is then a sum over some tens of thousands of rows instead of
 * a scan of every feature. Selections that name what the table does not keep (a text search, a
 * confidence floor, articles, a box) are answered from `features` as before.
 */
import type pg from 'pg';
import { type ClaimantSide, type EventType } from '../../core/contract';
import { emptyFacetCounts, type FacetCounts } from '../../core/filter/facets';
import type { FilterDimension } from '../../core/filter/match';
import { type PrecisionFilter } from '../../core/filter/model';
import { isIsoDay } from '../../core/filter/dates';
import { Params, prefixQuery } from './postgres-query';
import type { ClaimSelection, DayCount, RegionCount } from './types';

/** Tunables of the summary. */
export const SUMMARY_OPTIONS = {
	/** Features written by this process between compactions of the appended deltas. */
	compactAfterFeatures: 20_000,
	/**
	 * Most index entries a list page may walk to fill itself from the order index; a selection
	 * too narrow for that (a side, a type and a month of a million claims) is sorted instead.
	 */
	listWalkLimit: 20_000,
	/** Advisory lock (class, object) that one compaction at a time holds. */
	compactLock: [2, 0] as const
};

/** Whether `feature_counts` can answer a selection: it restricts only side, type, dates, precision. */
export function summarizable(selection: ClaimSelection): boolean {
	const { minConfidence, articles, bbox } = selection.filter;
	return prefixQuery(selection.search) === null && minConfidence <= 0 && !articles.length && !bbox;
}

/** One condition per restricted dimension, on `feature_counts c`. */
function countConditions(selection: ClaimSelection, params: Params): [FilterDimension, string][] {
	const { sides, types, from, to, precisions } = selection.filter;
	const out: [FilterDimension, string][] = [];
	if (sides.length) out.push(['sides', `c.claimant_side = ANY(${params.add(sides)}::text[])`]);
	if (types.length) out.push(['types', `c.event_type = ANY(${params.add(types)}::text[])`]);
	if (from !== null || to !== null) {
		const bounds = ['c.event_day IS NOT NULL'];
		if (from !== null) bounds.push(`c.event_day >= ${params.add(from)}`);
		if (to !== null) bounds.push(`c.event_day <= ${params.add(to)}`);
		out.push(['dates', `(${bounds.join(' AND ')})`]);
	}
	if (precisions.length)
		out.push(['precisions', `c.precision = ANY(${params.add(precisions)}::text[])`]);
	return out;
}

/** The whole selection as one condition on `feature_counts c`. */
function countWhere(selection: ClaimSelection, params: Params): string {
	const all = [
		...(selection.includeRejected ? [] : ['NOT c.rejected']),
		...countConditions(selection, params).map(([, sql]) => sql)
	];
	return all.length ? all.join(' AND ') : 'TRUE';
}

/** Facet counts without per-article counts (the caller adds those it needs). */
export async function summaryFacets(
	pool: pg.Pool,
	selection: ClaimSelection
): Promise<FacetCounts> {
	const params = new Params();
	const dimensions = countConditions(selection, params);
	const ok = (d: FilterDimension) => dimensions.find(([name]) => name === d)?.[1] ?? 'TRUE';
	const failures = dimensions.length
		? dimensions.map(([, sql]) => `(NOT (${sql}))::int`).join(' + ')
		: '0';
	const facets = ['sides', 'types', 'precisions'] as const;
	const counted = (d: FilterDimension) =>
		`COALESCE(SUM(s.n) FILTER (WHERE s.fails = 0 OR NOT s.ok_${d}), 0)::bigint`;
	const r = await pool.query<{
		side: string | null;
		type: string | null;
		precision: string | null;
		grouping: number;
		sides: string;
		types: string;
		precisions: string;
		matched: string;
		unlocated: string;
	}>(
		`WITH s AS (
			SELECT c.claimant_side AS side, c.event_type AS type, c.precision, NOT c.located AS unlocated,
				c.n, ${failures} AS fails, ${facets.map((d) => `(${ok(d)}) AS ok_${d}`).join(', ')}
			FROM feature_counts c WHERE ${selection.includeRejected ? 'TRUE' : 'NOT c.rejected'}
		)
		SELECT s.side, s.type, s.precision, GROUPING(s.side, s.type, s.precision) AS grouping,
			${facets.map((d) => `${counted(d)} AS ${d}`).join(', ')},
			COALESCE(SUM(s.n) FILTER (WHERE s.fails = 0), 0)::bigint AS matched,
			COALESCE(SUM(s.n) FILTER (WHERE s.fails = 0 AND s.unlocated), 0)::bigint AS unlocated
		FROM s WHERE s.fails <= 1
		GROUP BY GROUPING SETS ((s.side), (s.type), (s.precision), ())`,
		params.values
	);
	const counts: FacetCounts = emptyFacetCounts();
	// GROUPING() has a bit per column, set when the column is not grouped: 0b011 is by side.
	for (const row of r.rows) {
		if (row.grouping === 0b011 && row.side !== null && row.side in counts.sides)
			counts.sides[row.side as ClaimantSide] = Number(row.sides);
		else if (row.grouping === 0b101 && row.type !== null && row.type in counts.types)
			counts.types[row.type as EventType] = Number(row.types);
		else if (row.grouping === 0b110 && row.precision !== null && row.precision in counts.precisions)
			counts.precisions[row.precision as PrecisionFilter] = Number(row.precisions);
		else if (row.grouping === 0b111) {
			counts.matched = Number(row.matched);
			counts.unlocated = Number(row.unlocated);
		}
	}
	return counts;
}

/** Features per day under a summarizable selection. */
export async function summaryDays(pool: pg.Pool, selection: ClaimSelection): Promise<DayCount[]> {
	const params = new Params();
	const r = await pool.query<{ day: string; count: string }>(
		`SELECT c.event_day AS day, SUM(c.n)::bigint AS count FROM feature_counts c
		WHERE ${countWhere(selection, params)} AND c.event_day IS NOT NULL
		GROUP BY c.event_day HAVING SUM(c.n) > 0 ORDER BY c.event_day`,
		params.values
	);
	return r.rows.filter((d) => isIsoDay(d.day)).map((d) => ({ day: d.day, count: Number(d.count) }));
}

/** Region-precision features per side and oblast under a summarizable selection. */
export async function summaryRegions(
	pool: pg.Pool,
	selection: ClaimSelection
): Promise<RegionCount[]> {
	const params = new Params();
	const r = await pool.query<RegionCount & { count: string }>(
		`SELECT c.claimant_side AS side, c.region_admin1 AS admin1, c.region_admin1_code AS "admin1Code",
			SUM(c.n)::bigint AS count FROM feature_counts c
		WHERE ${countWhere(selection, params)} AND c.region_admin1 IS NOT NULL
		GROUP BY c.claimant_side, c.region_admin1, c.region_admin1_code HAVING SUM(c.n) > 0
		ORDER BY c.region_admin1, c.claimant_side`,
		params.values
	);
	return r.rows.map((row) => ({ ...row, count: Number(row.count) }));
}

/** Features, and single-feature claims in all and without a place, under a summarizable selection. */
export async function summaryTotals(
	pool: pg.Pool,
	selection: ClaimSelection
): Promise<{ features: number; singles: number; singlesLocated: number }> {
	const params = new Params();
	const r = await pool.query<{ features: string; singles: string; located: string }>(
		`SELECT COALESCE(SUM(c.n), 0)::bigint AS features,
			COALESCE(SUM(c.n) FILTER (WHERE c.single), 0)::bigint AS singles,
			COALESCE(SUM(c.n) FILTER (WHERE c.single AND c.located), 0)::bigint AS located
		FROM feature_counts c WHERE ${countWhere(selection, params)}`,
		params.values
	);
	const row = r.rows[0];
	return {
		features: Number(row.features),
		singles: Number(row.singles),
		singlesLocated: Number(row.located)
	};
}

/** Single-feature claims in a section (located or not): under the selection, and in all. */
export async function summarySingles(
	pool: pg.Pool,
	selection: ClaimSelection,
	located: boolean
): Promise<{ selected: number; all: number }> {
	const params = new Params();
	const section = params.add(located);
	const r = await pool.query<{ selected: string; all: string }>(
		`SELECT COALESCE(SUM(c.n) FILTER (WHERE ${countWhere(selection, params)}), 0)::bigint AS selected,
			COALESCE(SUM(c.n), 0)::bigint AS all
		FROM feature_counts c WHERE c.single AND c.located = ${section}`,
		params.values
	);
	return { selected: Number(r.rows[0].selected), all: Number(r.rows[0].all) };
}

/**
 * Folds the appended deltas (of the counts and of the tile cells) into one row per key, unless
 * another process is at it. The deleted rows are those this statement sees; rows other writers
 * append meanwhile stay for the next time.
 */
export async function compactCounts(pool: pg.Pool): Promise<boolean> {
	const client = await pool.connect();
	try {
		await client.query('BEGIN');
		const [lockClass, lockObject] = SUMMARY_OPTIONS.compactLock;
		const lock = await client.query<{ ok: boolean }>(
			'SELECT pg_try_advisory_xact_lock($1, $2) AS ok',
			[lockClass, lockObject]
		);
		if (!lock.rows[0].ok) {
			await client.query('ROLLBACK');
			return false;
		}
		await client.query(`WITH gone AS (DELETE FROM feature_counts RETURNING *)
			INSERT INTO feature_counts
			SELECT claimant_side, event_type, precision, event_day, located, rejected, single,
				region_admin1, region_admin1_code, SUM(n)
			FROM gone GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9 HAVING SUM(n) <> 0`);
		await client.query(`WITH gone AS (DELETE FROM tile_cells RETURNING *)
			INSERT INTO tile_cells
			SELECT level, cx, cy, side, type, rejected, SUM(n), SUM(lon), SUM(lat)
			FROM gone GROUP BY 1, 2, 3, 4, 5, 6 HAVING SUM(n) <> 0`);
		await client.query('COMMIT');
		return true;
	} catch (error) {
		await client.query('ROLLBACK').catch(() => undefined);
		throw error;
	} finally {
		client.release();
	}
}
