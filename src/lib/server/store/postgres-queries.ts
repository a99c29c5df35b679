/**
 * The PostgreSQL answers to the store's queries, read from the served columns of `features` and
 * their indexes (GiST of points, GIN of words); only the features a page or an export returns are
 * parsed from JSON and have their corrections applied (by the store, through `ctx.served`).
 */
import type pg from 'pg';
import {
	CLAIMANT_SIDES,
	EVENT_TYPES,
	type ClaimantSide,
	type EventType
} from '../../core/contract';
import type { CorrectedFeature } from '../../core/corrections/apply';
import type { Correction, CorrectedProperties } from '../../core/corrections/correction';
import { isIsoDay } from '../../core/filter/dates';
import { emptyFacetCounts, type FacetCounts } from '../../core/filter/facets';
import type { FilterDimension } from '../../core/filter/match';
import { type PrecisionFilter } from '../../core/filter/model';
import type { ClaimTileSpec } from '../tiles/claim-tiles';
import { fromMercator } from '../tiles/mercator';
import {
	baseConditions,
	dimensionConditions,
	insideBoxSql,
	Params,
	PRECISION_FILTER_SQL,
	prefixQuery,
	selectionSql,
	sideRankSql,
	STORED_ORDER_SCALE,
	STORED_ORDER_SQL,
	tileBox
} from './postgres-query';
import {
	summarizable,
	SUMMARY_OPTIONS,
	summaryDays,
	summaryFacets,
	summaryRegions,
	summarySingles,
	summaryTotals
} from './postgres-summary';
import { CURSOR_KEYS, decodeListCursor, encodeListCursor, type CursorKey } from './list-cursor';
import { cellRange, clustersOfCells, type GridCellRow } from './tile-cells';
import {
	correctionsByFeature,
	joinSources,
	markFeatureOfRow,
	servedFromStored,
	type MarkRow
} from './rows';
import {
	MAX_PAGE_SIZE,
	type ArticlePage,
	type ArticlePageQuery,
	type ClaimPage,
	type ClaimPageQuery,
	type ClaimQuery,
	type ClaimSelection,
	type ClaimTotals,
	type FacetOptions,
	type DayCount,
	type OrderedFeature,
	type OrderedMarkFeature,
	type RegionCount,
	type StoreSources,
	type StreamOptions,
	type TileAddress,
	type TileCluster,
	type TileClustersQuery,
	type TilePoint,
	type TilePointsQuery
} from './types';

/** What a query needs of the store: its connections, and corrections applied to stored JSON. */
export interface QueryContext {
	pool: pg.Pool;
	served(rows: readonly { json: string }[]): Promise<CorrectedFeature[]>;
	/** The live corrections of these features, oldest first. */
	corrections(featureIds: readonly string[]): Promise<Correction[]>;
}

/** Web Mercator's latitude limit (as in tiles/mercator.ts): points beyond sit on its edge. */
const MAX_MERCATOR_LAT = 85.0511287798;

/**
 * Features read per round trip when streaming an export: few enough that a batch is gone before
 * the garbage collector's young generation fills (see sqlite-queries.ts).
 */
const DEFAULT_STREAM_BATCH = 500;

/** The filter dimensions facet counts are given for. */
const FACET_DIMENSIONS = ['sides', 'types', 'precisions', 'articles'] as const;

/**
 * The order of single-feature claims in the fast path: each sort's key, read in the order of a
 * partial index (migrations 4 and 7) after the section; the side order reads one stretch of its
 * index per side, in the vocabulary's order, and sorts on the day within it.
 */
const SINGLE_KEY = {
	date: `COALESCE(f.event_day, '')`,
	confidence: 'f.confidence',
	side: `COALESCE(f.event_day, '')`
} as const;

/** The same keys of a claim of several features `f`, grouped: its latest day, its best confidence. */
const MULTI_KEY = {
	date: `COALESCE(MAX(f.event_day), '')`,
	confidence: 'MAX(f.confidence)',
	side: `COALESCE(MAX(f.event_day), '')`
} as const;

/** One stretch of a single-feature order index: a condition and the rank of its side, if sorted by it. */
interface Stretch {
	where: string;
	rank?: number;
}

/**
 * The stretches of the singles' order index that hold the claims after `cursor` (every claim
 * without one), in list order. After (key, first): first `key = k AND (seq, position) > …`, then
 * `key < k` (descending keys); the side order also reads every later side from its start. Each is
 * a range of the index, so a page a million claims deep reads about as much as the first.
 */
function singleStretches(
	query: ClaimPageQuery,
	cursor: readonly CursorKey[] | null,
	params: Params
): Stretch[] {
	const key = SINGLE_KEY[query.sort];
	/** Strictly after `first` in stored order, as the index's (article_seq, position). */
	const afterFirst = (first: CursorKey) => {
		const seq = Math.floor(Number(first) / STORED_ORDER_SCALE);
		const position = Number(first) - seq * STORED_ORDER_SCALE;
		return `(f.article_seq, f.position) > (${params.add(seq)}::bigint, ${params.add(position)}::int)`;
	};
	const within = (k: CursorKey, first: CursorKey): string[] => {
		const at = params.add(k);
		return [`${key} = ${at} AND ${afterFirst(first)}`, `${key} < ${at}`];
	};
	if (query.sort !== 'side') {
		if (!cursor) return [{ where: 'TRUE' }];
		return within(cursor[0], cursor[1]).map((where) => ({ where }));
	}
	const chosen = query.filter.sides;
	const out: Stretch[] = [];
	CLAIMANT_SIDES.forEach((side, i) => {
		const rank = i + 1;
		if (chosen.length > 0 && !chosen.includes(side)) return;
		if (cursor && rank < Number(cursor[0])) return;
		const sideIs = `f.claimant_side = ${params.add(side)}`;
		if (cursor && rank === Number(cursor[0]))
			out.push(...within(cursor[1], cursor[2]).map((w) => ({ where: `${sideIs} AND ${w}`, rank })));
		else out.push({ where: sideIs, rank });
	});
	return out;
}

/**
 * A list page from the indexes under a selection the counts table answers: single-feature claims
 * (most) are read in order from a partial index, only as far as the page reaches (after the cursor,
 * by a seek); claims of several features are grouped (few, by their own partial index) and merged
 * in. The total comes from the counts table. Null when this path does not apply.
 */
async function fastListClaims(
	ctx: QueryContext,
	query: ClaimPageQuery,
	cursor: readonly CursorKey[] | null
): Promise<ClaimPage | null> {
	if (!summarizable(query)) return null;
	const located = query.section === 'located';
	const limit = Math.max(1, Math.min(MAX_PAGE_SIZE, Math.floor(query.limit)));
	const offset = Math.max(0, Math.floor(query.offset));
	const params = new Params();
	const section = params.add(located);
	const stretches = singleStretches(query, cursor, params);
	// Walking the order index costs about (offset + limit) / (share of claims selected) entries
	// per stretch read from its start (the one at the cursor's own key is short).
	// A sum over the counts table's rows (some 140k at a million claims), asked by every page.
	const singleCount = await perRevision(ctx, `singles ${located} ${selectionKey(query)}`, () =>
		summarySingles(ctx.pool, query, located)
	);
	const walk =
		(((offset + limit) * singleCount.all) / Math.max(1, singleCount.selected)) *
		Math.max(1, stretches.length - (cursor ? 1 : 0));
	if (walk > SUMMARY_OPTIONS.listWalkLimit) return null;
	const keyCount = CURSOR_KEYS[query.sort].length;
	const singles = stretches.map((stretch) => {
		const keys = [
			...(stretch.rank === undefined ? [] : [`${stretch.rank}::int`]),
			SINGLE_KEY[query.sort],
			`(${STORED_ORDER_SQL})::float8`
		];
		return `(SELECT f.claim_id, ${keys.map((k, i) => `${k} AS k${i}`).join(', ')}
			FROM features f WHERE f.claim_size = 1 AND (f.geom IS NOT NULL) = ${section}
			AND ${stretch.where} AND ${selectionSql(query, params)}
			ORDER BY (f.geom IS NOT NULL), ${query.sort === 'side' ? 'f.claimant_side, ' : ''}${SINGLE_KEY[query.sort]} DESC,
				f.article_seq, f.position
			LIMIT ${params.add(offset + limit)})`;
	});
	const multiKeys = [
		...(query.sort === 'side'
			? [`((MIN(ARRAY[${STORED_ORDER_SQL}, ${sideRankSql('f.claimant_side', params)}]))[2])::int`]
			: []),
		MULTI_KEY[query.sort],
		`MIN(${STORED_ORDER_SQL})::float8`
	];
	const multiColumns = multiKeys.map((_, i) => `m.k${i}`);
	const multis = `SELECT m.* FROM (SELECT f.claim_id, ${multiKeys.map((k, i) => `${k} AS k${i}`).join(', ')}
		FROM features f WHERE f.claim_size > 1 AND ${selectionSql(query, params)}
		GROUP BY f.claim_id HAVING bool_or(f.geom IS NOT NULL) = ${section}) m
		WHERE ${cursor ? afterSql(query.sort, cursor, params, multiColumns) : 'TRUE'}`;
	const outerOrder = CURSOR_KEYS[query.sort]
		.map((k, i) => `u.k${i}${k.desc ? ' DESC' : ''}`)
		.join(', ');
	const page = ctx.pool.query<{ claim_id: string } & Record<string, CursorKey>>(
		`SELECT u.* FROM (${[...singles, `(${multis})`].join(' UNION ALL ')}) u
		ORDER BY ${outerOrder} LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}`,
		params.values
	);
	const multiCount = perRevision(ctx, `multis ${located} ${selectionKey(query)}`, async () => {
		const countParams = new Params();
		const r = await ctx.pool.query<{ n: number }>(
			`SELECT COUNT(*)::int AS n FROM (SELECT 1 FROM features f
				WHERE f.claim_size > 1 AND ${selectionSql(query, countParams)}
				GROUP BY f.claim_id HAVING bool_or(f.geom IS NOT NULL) = ${countParams.add(located)}) g`,
			countParams.values
		);
		return r.rows[0].n;
	});
	const [rows, multiTotal] = await Promise.all([page, multiCount]);
	const total = singleCount.selected + multiTotal;
	const last = rows.rows.at(-1);
	const keysOf = (row: Record<string, CursorKey>) =>
		Array.from({ length: keyCount }, (_, i) => row[`k${i}`]);
	return {
		total,
		offset,
		groups: await pageGroups(
			ctx,
			query,
			rows.rows.map((r) => r.claim_id)
		),
		next: last && rows.rows.length === limit ? encodeListCursor(query.sort, keysOf(last)) : null
	};
}

/** The features of the listed claims under the selection, grouped in the page's order. */
async function pageGroups(ctx: QueryContext, query: ClaimPageQuery, ids: string[]) {
	if (ids.length === 0) return [];
	const featureParams = new Params();
	const featureWhere = selectionSql(query, featureParams);
	const rows = await ctx.pool.query<{ json: string }>(
		`SELECT f.json FROM features f WHERE ${featureWhere}
		AND f.claim_id = ANY(${featureParams.add(ids)}::text[]) ORDER BY ${STORED_ORDER_SQL}`,
		featureParams.values
	);
	const byClaim = new Map<string, CorrectedFeature[]>(ids.map((id) => [id, []]));
	for (const f of await ctx.served(rows.rows)) byClaim.get(f.properties.claimId)?.push(f);
	return ids.map((claimId) => ({ claimId, features: byClaim.get(claimId) ?? [] }));
}

/** The list's sort keys over the grouped claims `g`, most significant first (the cursor's keys). */
const GROUP_KEYS: Record<ClaimPageQuery['sort'], readonly string[]> = {
	date: [`COALESCE(g.day, '')`, 'g.first'],
	confidence: ['g.confidence', 'g.first'],
	side: ['g.side_rank', `COALESCE(g.day, '')`, 'g.first']
};

/** The claims after a cursor's keys in the sort's order, on `columns` (the grouped claims `g`'s). */
function afterSql(
	sort: ClaimPageQuery['sort'],
	keys: readonly CursorKey[],
	params: Params,
	columns: readonly string[] = GROUP_KEYS[sort]
): string {
	const placed = keys.map((k) => params.add(k));
	const segments = columns.map((column, i) =>
		[
			...columns.slice(0, i).map((c, j) => `${c} = ${placed[j]}`),
			`${column} ${CURSOR_KEYS[sort][i].desc ? '<' : '>'} ${placed[i]}`
		].join(' AND ')
	);
	return `(${segments.map((s) => `(${s})`).join(' OR ')})`;
}

/** See {@link ClaimStore.listClaims}. */
export async function listClaims(ctx: QueryContext, query: ClaimPageQuery): Promise<ClaimPage> {
	const cursor = query.after ? decodeListCursor(query.after, query.sort) : null;
	if (query.after && !cursor) throw new Error('after: not a cursor of this list order');
	const fast = await fastListClaims(ctx, query, cursor);
	if (fast) return fast;
	const located = query.section === 'located' ? 'TRUE' : 'FALSE';
	/**
	 * The section's claims under the selection, one row each, with what they sort on. Every
	 * aggregate hashes (no ordered aggregate): the side of the claim's first feature is the second
	 * element of the least [stored order, side rank] pair.
	 */
	const groupsSql = (params: Params) => `
		SELECT f.claim_id, MIN(${STORED_ORDER_SQL}) AS first, MAX(f.event_day) AS day,
			MAX(f.confidence) AS confidence
			${query.sort === 'side' ? `, (MIN(ARRAY[${STORED_ORDER_SQL}, ${sideRankSql('f.claimant_side', params)}]))[2] AS side_rank` : ''}
		FROM features f WHERE ${selectionSql(query, params)}
		GROUP BY f.claim_id HAVING bool_or(f.geom IS NOT NULL) = ${located}`;
	const params = new Params();
	const groups = groupsSql(params);
	const keys = GROUP_KEYS[query.sort];
	const limit = Math.max(1, Math.min(MAX_PAGE_SIZE, Math.floor(query.limit)));
	const offset = Math.max(0, Math.floor(query.offset));
	// The total counts every claim of the section: the cursor's condition applies after it. Numbers
	// come as float8 (pg reads a bigint as text).
	const page = await ctx.pool.query<
		{ claim_id: string; total: number; after: boolean } & Record<string, unknown>
	>(
		`SELECT * FROM (SELECT g.claim_id, COUNT(*) OVER ()::int AS total,
			${keys.map((k, i) => `${k}${CURSOR_KEYS[query.sort][i].kind === 'number' ? '::float8' : ''} AS k${i}`).join(', ')},
			${cursor ? afterSql(query.sort, cursor, params) : 'TRUE'} AS after
			FROM (${groups}) g) p WHERE p.after
		ORDER BY ${keys.map((_, i) => `p.k${i}${CURSOR_KEYS[query.sort][i].desc ? ' DESC' : ''}`).join(', ')}
		LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}`,
		params.values
	);
	let total = page.rows[0]?.total;
	if (total === undefined) {
		// A page past the end has no row to carry the count.
		const counted = new Params();
		const r = await ctx.pool.query<{ n: number }>(
			`SELECT COUNT(*)::int AS n FROM (${groupsSql(counted)}) g`,
			counted.values
		);
		total = r.rows[0].n;
	}
	const last = page.rows.at(-1);
	const next =
		last && page.rows.length === limit
			? encodeListCursor(
					query.sort,
					keys.map((_, i) => last[`k${i}`] as CursorKey)
				)
			: null;
	const ids = page.rows.map((r) => r.claim_id);
	return { total, offset, groups: await pageGroups(ctx, query, ids), next };
}

/** Counts kept per pool until the store's revision moves, by what they count and of what. */
const revisionCache = new WeakMap<pg.Pool, { revision: string; values: Map<string, unknown> }>();
/** Most counts kept per pool; past it the cache starts afresh. */
const REVISION_CACHE_SIZE = 200;

/**
 * `count()`, computed once per `key` and revision of the store. The revision is read first: a write
 * that commits meanwhile moves it, so a count is never kept under a revision older than its data.
 */
async function perRevision<T>(ctx: QueryContext, key: string, count: () => Promise<T>): Promise<T> {
	const revision = (await ctx.pool.query<{ n: string }>('SELECT n FROM revision')).rows[0].n;
	let entry = revisionCache.get(ctx.pool);
	if (!entry || entry.revision !== revision) {
		entry = { revision, values: new Map() };
		revisionCache.set(ctx.pool, entry);
	}
	if (entry.values.has(key)) return entry.values.get(key) as T;
	const value = await count();
	if (entry.values.size >= REVISION_CACHE_SIZE) entry.values.clear();
	entry.values.set(key, value);
	return value;
}

/** A selection as a cache key: what decides which features it selects. */
function selectionKey(selection: ClaimSelection): string {
	return JSON.stringify([selection.filter, selection.search ?? '', !!selection.includeRejected]);
}

/** Distinct points of the selected located features, counted once per selection and revision. */
function distinctPlaces(ctx: QueryContext, selection: ClaimSelection): Promise<number> {
	return perRevision(ctx, `places ${selectionKey(selection)}`, async () => {
		const params = new Params();
		const r = await ctx.pool.query<{ places: number }>(
			`SELECT COUNT(*)::int AS places FROM (SELECT 1 FROM features f
				WHERE ${selectionSql(selection, params)} AND f.geom IS NOT NULL
				GROUP BY ST_X(f.geom), ST_Y(f.geom)) p`,
			params.values
		);
		return r.rows[0].places;
	});
}

/**
 * Totals from the counts table: features and single-feature claims summed, claims of several
 * features grouped (by their partial index), places counted once per revision.
 */
async function summaryClaimTotals(
	ctx: QueryContext,
	selection: ClaimSelection
): Promise<ClaimTotals> {
	const params = new Params();
	const [sums, multi, places] = await Promise.all([
		summaryTotals(ctx.pool, selection),
		ctx.pool.query<{ claims: number; unlocated: number }>(
			`SELECT COUNT(*)::int AS claims, (COUNT(*) FILTER (WHERE NOT g.located))::int AS unlocated
			FROM (SELECT bool_or(f.geom IS NOT NULL) AS located FROM features f
				WHERE f.claim_size > 1 AND ${selectionSql(selection, params)} GROUP BY f.claim_id) g`,
			params.values
		),
		distinctPlaces(ctx, selection)
	]);
	return {
		features: sums.features,
		claims: sums.singles + multi.rows[0].claims,
		places,
		unlocatedClaims: sums.singles - sums.singlesLocated + multi.rows[0].unlocated
	};
}

/** See {@link ClaimStore.totals}. */
export async function totals(ctx: QueryContext, selection: ClaimSelection): Promise<ClaimTotals> {
	if (summarizable(selection)) return summaryClaimTotals(ctx, selection);
	// Two single scans with hash aggregation, side by side: per claim, and per distinct point.
	const claimParams = new Params();
	const pointParams = new Params();
	const [claims, points] = await Promise.all([
		ctx.pool.query<{ features: number; claims: number; unlocated: number }>(
			`SELECT COALESCE(SUM(g.n), 0)::int AS features, COUNT(*)::int AS claims,
				(COUNT(*) FILTER (WHERE NOT g.located))::int AS unlocated
			FROM (SELECT COUNT(*) AS n, bool_or(f.geom IS NOT NULL) AS located FROM features f
				WHERE ${selectionSql(selection, claimParams)} GROUP BY f.claim_id) g`,
			claimParams.values
		),
		ctx.pool.query<{ places: number }>(
			`SELECT COUNT(*)::int AS places FROM (SELECT 1 FROM features f
				WHERE ${selectionSql(selection, pointParams)} AND f.geom IS NOT NULL
				GROUP BY ST_X(f.geom), ST_Y(f.geom)) p`,
			pointParams.values
		)
	]);
	const c = claims.rows[0];
	return {
		features: c.features,
		claims: c.claims,
		places: points.rows[0].places,
		unlocatedClaims: c.unlocated
	};
}

/** See {@link ClaimStore.facetCounts}. */
export async function facetCounts(
	ctx: QueryContext,
	selection: ClaimSelection,
	options: FacetOptions = {}
): Promise<FacetCounts> {
	// The counts table keeps no articles: it answers when no article's count is asked for (a
	// summarizable selection chooses none, so 'chosen' asks for none).
	if (options.articles === 'chosen' && summarizable(selection))
		return summaryFacets(ctx.pool, selection);
	const params = new Params();
	const base = baseConditions(selection, params);
	const dimensions = dimensionConditions(selection, params);
	const ok = (d: FilterDimension) => dimensions.find(([name]) => name === d)?.[1] ?? 'TRUE';
	const failures = dimensions.length
		? dimensions.map(([, sql]) => `(NOT (${sql}))::int`).join(' + ')
		: '0';
	/** A feature counts for an option of `d` when it passes every other dimension. */
	const counted = (d: FilterDimension) =>
		`(COUNT(*) FILTER (WHERE s.fails = 0 OR NOT s.ok_${d}))::int`;
	// One scan, one hash aggregation per grouping set; features failing two dimensions count nowhere.
	const r = await ctx.pool.query<{
		side: string | null;
		type: string | null;
		precision: string | null;
		article_id: string | null;
		sides: number;
		types: number;
		precisions: number;
		articles: number;
		matched: number;
		unlocated: number;
		grouping: number;
	}>(
		`WITH s AS (
			SELECT f.claimant_side AS side, f.event_type AS type, ${PRECISION_FILTER_SQL} AS precision,
				f.article_id, f.geom IS NULL AS unlocated, ${failures} AS fails,
				${FACET_DIMENSIONS.map((d) => `(${ok(d)}) AS ok_${d}`).join(', ')}
			FROM features f WHERE ${base.length ? base.join(' AND ') : 'TRUE'}
		)
		SELECT s.side, s.type, s.precision, s.article_id,
			GROUPING(s.side, s.type, s.precision, s.article_id) AS grouping,
			${FACET_DIMENSIONS.map((d) => `${counted(d)} AS ${d}`).join(', ')},
			(COUNT(*) FILTER (WHERE s.fails = 0))::int AS matched,
			(COUNT(*) FILTER (WHERE s.fails = 0 AND s.unlocated))::int AS unlocated
		FROM s WHERE s.fails <= 1
		GROUP BY GROUPING SETS ((s.side), (s.type), (s.precision), (s.article_id), ())`,
		params.values
	);
	const counts: FacetCounts = emptyFacetCounts();
	const chosen = options.articles === 'chosen' ? new Set(selection.filter.articles) : null;
	// GROUPING() has a bit per column, set when the column is not grouped: 0b0111 is by side.
	for (const row of r.rows) {
		if (row.grouping === 0b0111 && row.side !== null)
			counts.sides[row.side as ClaimantSide] = row.sides;
		else if (row.grouping === 0b1011 && row.type !== null)
			counts.types[row.type as EventType] = row.types;
		else if (row.grouping === 0b1101 && row.precision !== null)
			counts.precisions[row.precision as PrecisionFilter] = row.precisions;
		else if (
			row.grouping === 0b1110 &&
			row.article_id !== null &&
			row.articles > 0 &&
			(!chosen || chosen.has(row.article_id))
		)
			counts.articles[row.article_id] = row.articles;
		else if (row.grouping === 0b1111) {
			counts.matched = row.matched;
			counts.unlocated = row.unlocated;
		}
	}
	return counts;
}

/** See {@link ClaimStore.dayHistogram}. */
export async function dayHistogram(
	ctx: QueryContext,
	selection: ClaimSelection
): Promise<DayCount[]> {
	if (summarizable(selection)) return summaryDays(ctx.pool, selection);
	const params = new Params();
	const r = await ctx.pool.query<DayCount>(
		`SELECT f.event_day AS day, COUNT(*)::int AS count FROM features f
		WHERE ${selectionSql(selection, params)} AND f.event_day IS NOT NULL
		GROUP BY f.event_day ORDER BY f.event_day`,
		params.values
	);
	return r.rows.filter((d) => isIsoDay(d.day));
}

/** See {@link ClaimStore.regionCounts}. */
export async function regionCounts(
	ctx: QueryContext,
	selection: ClaimSelection
): Promise<RegionCount[]> {
	if (summarizable(selection)) return summaryRegions(ctx.pool, selection);
	const params = new Params();
	const r = await ctx.pool.query<RegionCount>(
		`SELECT f.claimant_side AS side, f.admin1, f.admin1_code AS "admin1Code", COUNT(*)::int AS count
		FROM features f WHERE ${selectionSql(selection, params)}
		AND f.precision = 'region' AND f.admin1 IS NOT NULL
		GROUP BY f.claimant_side, f.admin1, f.admin1_code ORDER BY f.admin1, f.claimant_side`,
		params.values
	);
	return r.rows;
}

/** See {@link ClaimStore.tilePoints}. */
export async function tilePoints(ctx: QueryContext, query: TilePointsQuery): Promise<TilePoint[]> {
	const params = new Params();
	const r = await ctx.pool.query<TilePoint>(
		`SELECT f.feature_id AS id, ST_X(f.geom) AS lon, ST_Y(f.geom) AS lat, f.claimant_side AS side,
			f.event_type AS type, f.precision, f.event_day AS day, f.uncertainty_km AS "uncertaintyKm",
			f.admin1
		FROM features f WHERE ${selectionSql(query, params)}
		AND ${insideBoxSql(tileBox(query, query.buffer), params)}
		ORDER BY ${STORED_ORDER_SQL} LIMIT ${params.add(Math.max(0, Math.floor(query.limit)))}`,
		params.values
	);
	return r.rows;
}

/** `COUNT(*) FILTER` columns of `row`'s claims per event type, named `t_<type>`. */
function typeCountsSql(row: string): string {
	return EVENT_TYPES.map(
		(type) => `COUNT(*) FILTER (WHERE ${row}.event_type = '${type}')::int AS t_${type}`
	).join(', ');
}

/** See {@link ClaimStore.tileClusters}; with `byType`, {@link ClaimStore.tileClusterTypes}. */
export async function tileClusters(
	ctx: QueryContext,
	query: TileClustersQuery,
	byType = false
): Promise<TileCluster[]> {
	const counted = await cellClusters(ctx, query, byType);
	if (counted) return counted;
	const params = new Params();
	const n = 2 ** query.z;
	const [scale, grid] = [params.add(n), params.add(query.grid)];
	const [x, y] = [params.add(query.x), params.add(query.y)];
	// The tile is x/n <= mx < (x+1)/n in Web Mercator (as in the SQLite store); the envelope
	// lets the GiST index find its points first.
	const r = await ctx.pool.query<
		TilePoint & { count: number; cellX: number; cellY: number; mlon: number; mlat: number } & {
			[column: `t_${string}`]: number;
		}
	>(
		`SELECT f.claimant_side AS side, COUNT(*)::int AS count, AVG(ST_X(f.geom)) AS mlon,
			AVG(ST_Y(f.geom)) AS mlat,
			LEAST(${grid} - 1, FLOOR((f.mx * ${scale} - ${x}) * ${grid}))::int AS "cellX",
			LEAST(${grid} - 1, FLOOR((f.my * ${scale} - ${y}) * ${grid}))::int AS "cellY",
			MIN(f.feature_id) AS id, MIN(ST_X(f.geom)) AS lon, MIN(ST_Y(f.geom)) AS lat,
			MIN(f.event_type) AS type, MIN(f.precision) AS precision, MIN(f.event_day) AS day,
			MIN(f.uncertainty_km) AS "uncertaintyKm", MIN(f.admin1) AS admin1
			${byType ? `, ${typeCountsSql('f')}` : ''}
		FROM features f WHERE ${selectionSql(query, params)}
		AND ${insideBoxSql(tileBox(query), params)}
		AND f.mx >= ${params.add(query.x / n)} AND f.mx < ${params.add((query.x + 1) / n)}
		AND f.my >= ${params.add(query.y / n)} AND f.my < ${params.add((query.y + 1) / n)}
		GROUP BY f.claimant_side, 5, 6 ORDER BY 6, 5, 1`,
		params.values
	);
	// With one row in a group, each MIN() is that row's value.
	return r.rows.map((row) => {
		const { side, count, cellX, cellY, mlon, mlat } = row;
		const point: TilePoint = {
			id: row.id,
			lon: row.lon,
			lat: row.lat,
			side,
			type: row.type,
			precision: row.precision,
			day: row.day,
			uncertaintyKm: row.uncertaintyKm,
			admin1: row.admin1
		};
		const cluster: TileCluster = {
			side,
			count,
			lon: mlon,
			lat: mlat,
			cellX,
			cellY,
			single: count === 1 ? point : null
		};
		if (byType)
			cluster.types = Object.fromEntries(
				EVENT_TYPES.filter((type) => row[`t_${type}`] > 0).map((type) => [type, row[`t_${type}`]])
			);
		return cluster;
	});
}

/**
 * A claim tile encoded by PostGIS (`ST_AsMVT`), to the rules `buildClaimTile` follows in
 * TypeScript: per-side clusters per grid cell up to `clusterMaxZoom` (a lone claim as itself),
 * single claims with slim properties above it. Positions are computed from the stored Web
 * Mercator fractions and rounded as the TypeScript encoder rounds them.
 */
export async function encodeClaimTile(
	ctx: QueryContext,
	tile: TileAddress,
	selection: ClaimSelection,
	spec: ClaimTileSpec
): Promise<Uint8Array> {
	const params = new Params();
	const n = 2 ** tile.z;
	const [scale, extent] = [params.add(n), params.add(spec.extent)];
	const [x, y] = [params.add(tile.x), params.add(tile.y)];
	const mvtExtent = `${params.add(Math.trunc(spec.extent))}::int`;
	const circles = params.add(spec.circlePrecisions.filter((p) => p !== null));
	const metres = params.add(spec.metresPerPixelZ0);
	/** A position in tile units from Web Mercator fractions, rounded half up like Math.round. */
	const at = (mx: string, my: string) =>
		`ST_MakePoint(FLOOR((${mx} * ${scale} - ${x}) * ${extent} + 0.5),
			FLOOR((${my} * ${scale} - ${y}) * ${extent} + 0.5))`;
	/** The slim properties of one claim, from columns of row `r` (the `features` names). */
	const slim = (r: string, lat: string) => `${r}.feature_id AS id, ${r}.claimant_side AS s,
		${r}.event_type AS t, COALESCE(${r}.precision, 'none') AS p,
		CASE WHEN ${r}.precision = ANY(${circles}::text[]) AND COALESCE(${r}.uncertainty_km, 0) > 0
			THEN ${r}.uncertainty_km * 1000 / (${metres} * cos(radians(${lat}))) ELSE 0 END AS r0,
		${r}.event_day AS d, CASE WHEN ${r}.precision = 'region' THEN ${r}.admin1 END AS a1`;
	let sql: string;
	if (tile.z <= spec.clusterMaxZoom) {
		const grid = params.add(spec.grid);
		// Mean latitude, clamped to Web Mercator's square, as a fraction of the world from the top.
		const meanMy = `LEAST(1, GREATEST(0, 0.5 - ln((1 + sin(radians(g.lat))) / (1 - sin(radians(g.lat))))
			/ (4 * pi())))`;
		// A bubble's count per type of its side's claims, `n_<side>_<type>`; NULL (left out of the
		// tile by ST_AsMVT) where it has none, as buildClaimTile leaves out a zero.
		const clusterTypesSql = CLAIMANT_SIDES.flatMap((side) =>
			EVENT_TYPES.map(
				(type) =>
					`CASE WHEN g.claimant_side = '${side}' AND g.t_${type} > 0 THEN g.t_${type} END AS n_${side}_${type}`
			)
		).join(', ');
		// One hash aggregation per side and cell; in a cell of one claim, each MIN() is that claim's.
		// A bubble's properties are named as buildClaimTile names them (as a GeoJSON cluster's).
		sql = `WITH g AS (
				SELECT c.claimant_side, COUNT(*)::int AS n, AVG(c.lon) AS lon,
					LEAST(${MAX_MERCATOR_LAT}, GREATEST(-${MAX_MERCATOR_LAT}, AVG(c.lat))) AS lat,
					MIN(c.feature_id) AS feature_id, MIN(c.mx) AS mx, MIN(c.my) AS my, MIN(c.lat) AS own_lat,
					MIN(c.event_type) AS event_type, MIN(c.precision) AS precision,
					MIN(c.uncertainty_km) AS uncertainty_km, MIN(c.event_day) AS event_day,
					MIN(c.admin1) AS admin1, ${typeCountsSql('c')}
				FROM (
					SELECT f.claimant_side, f.feature_id, f.mx, f.my, ST_X(f.geom) AS lon, ST_Y(f.geom) AS lat,
						f.event_type, f.precision, f.uncertainty_km, f.event_day, f.admin1,
						LEAST(${grid} - 1, FLOOR((f.mx * ${scale} - ${x}) * ${grid})) AS cx,
						LEAST(${grid} - 1, FLOOR((f.my * ${scale} - ${y}) * ${grid})) AS cy
					FROM features f WHERE ${selectionSql(selection, params)}
					AND ${insideBoxSql(tileBox(tile), params)}
					AND f.mx >= ${params.add(tile.x / n)} AND f.mx < ${params.add((tile.x + 1) / n)}
					AND f.my >= ${params.add(tile.y / n)} AND f.my < ${params.add((tile.y + 1) / n)}
				) c
				GROUP BY c.claimant_side, c.cx, c.cy
			),
			clusters AS (
				SELECT ${at('(g.lon + 180) / 360', meanMy)} AS geom, g.claimant_side AS s, g.n AS point_count,
					${CLAIMANT_SIDES.map((side) => `CASE WHEN g.claimant_side = '${side}' THEN g.n ELSE 0 END AS n_${side}`).join(', ')},
					1 AS tt, ${clusterTypesSql}
				FROM g WHERE g.n > 1
			),
			claims AS (
				SELECT ${at('g.mx', 'g.my')} AS geom, ${slim('g', 'g.own_lat')} FROM g WHERE g.n = 1
			)
			SELECT (SELECT COALESCE(ST_AsMVT(clusters, ${params.add(spec.layers.clusters)}::text, ${mvtExtent}, 'geom'), '')
				FROM clusters)
				|| (SELECT COALESCE(ST_AsMVT(claims, ${params.add(spec.layers.claims)}::text, ${mvtExtent}, 'geom'), '')
				FROM claims) AS tile`;
	} else {
		// Claims that share a spot in the tile are numbered (`oi`) by id in code-unit order, as
		// spotIndexes numbers them; a claim alone at its spot has no `oi` (NULL, left out).
		sql = `WITH picked AS (
				SELECT ${at('f.mx', 'f.my')} AS geom, ${slim('f', 'ST_Y(f.geom)')},
					ST_X(f.geom) AS lon, ST_Y(f.geom) AS lat
				FROM features f WHERE ${selectionSql(selection, params)}
				AND ${insideBoxSql(tileBox(tile, spec.buffer), params)}
				ORDER BY ${STORED_ORDER_SQL} LIMIT ${params.add(spec.pointLimit)}
			),
			claims AS (
				SELECT geom, id, s, t, p, r0, d, a1,
					CASE WHEN COUNT(*) OVER (PARTITION BY lon, lat) > 1
						THEN (ROW_NUMBER() OVER (PARTITION BY lon, lat ORDER BY id COLLATE "C") - 1)::int
					END AS oi
				FROM picked
			)
			SELECT COALESCE(ST_AsMVT(claims, ${params.add(spec.layers.claims)}::text, ${mvtExtent}, 'geom'), '')
				AS tile FROM claims`;
	}
	const r = await ctx.pool.query<{ tile: Buffer }>(sql, params.values);
	const bytes = r.rows[0].tile;
	return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

/** One row of an export stream's page. */
interface StreamRow {
	json: string;
	feature_id: string;
	article_seq: string;
	position: number;
	corrected: boolean;
}

/**
 * See {@link ClaimStore.streamFeatures}: keyset pages, each feature parsed only as it is yielded.
 * The next page is asked for before this one is handed on, so PostgreSQL reads it (on its own
 * core) while this process parses and writes the current one: at a million features the database's
 * share of the time then overlaps the export's instead of adding to it.
 */
export async function* streamFeatures(
	ctx: QueryContext,
	selection: ClaimSelection,
	options: StreamOptions = {}
): AsyncIterable<CorrectedFeature> {
	const batch = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_STREAM_BATCH));
	// Most stores have few corrections or none: then no row is looked up in them at all.
	const anyCorrections = (
		await ctx.pool.query<{ any: boolean }>(
			'SELECT EXISTS (SELECT 1 FROM corrections WHERE undone_at IS NULL) AS any'
		)
	).rows[0].any;
	const correctedSql = anyCorrections
		? `EXISTS (SELECT 1 FROM corrections c WHERE c.feature_id = f.feature_id AND c.undone_at IS NULL)`
		: 'FALSE';
	const pageAfter = async (after: [string, number]): Promise<StreamRow[]> => {
		const params = new Params();
		const r = await ctx.pool.query<StreamRow>(
			`SELECT f.json, f.feature_id, f.article_seq, f.position, ${correctedSql} AS corrected
			FROM features f WHERE ${selectionSql(selection, params)}
			AND (f.article_seq, f.position) > (${params.add(after[0])}::bigint, ${params.add(after[1])}::int)
			ORDER BY f.article_seq, f.position LIMIT ${params.add(batch)}`,
			params.values
		);
		return r.rows;
	};
	let next: Promise<StreamRow[]> | null = pageAfter(['-1', -1]);
	try {
		while (next) {
			const rows: StreamRow[] = await next;
			if (rows.length === 0) return;
			const last = rows[rows.length - 1];
			next = rows.length < batch ? null : pageAfter([last.article_seq, last.position]);
			// Corrections are read only for the (few) features that have some.
			const corrected = rows.filter((f) => f.corrected).map((f) => f.feature_id);
			const corrections = correctionsByFeature(
				corrected.length ? await ctx.corrections(corrected) : []
			);
			for (const row of rows) yield servedFromStored(row.json, corrections.get(row.feature_id));
		}
	} finally {
		// A consumer that stops early (a client gone) leaves no page in flight unobserved.
		await next?.catch(() => undefined);
	}
}

/** See {@link ClaimStore.claimFeatures}. */
export async function claimFeatures(
	ctx: QueryContext,
	claimId: string,
	query: ClaimQuery = {}
): Promise<CorrectedFeature[]> {
	const r = await ctx.pool.query<{ json: string }>(
		`SELECT f.json FROM features f WHERE f.claim_id = $1
		${query.includeRejected ? '' : 'AND NOT f.rejected'} ORDER BY ${STORED_ORDER_SQL}`,
		[claimId]
	);
	return (await ctx.served(r.rows)).filter(
		(f) => query.includeRejected || !(f.properties as CorrectedProperties).rejected
	);
}

/**
 * The clusters of a tile summed from `tile_cells` (migration 6), or null when the cells cannot
 * answer it (tile-cells.ts). The rows are appended deltas, so a cell's count is a sum.
 */
async function cellClusters(
	ctx: QueryContext,
	query: TileClustersQuery,
	byType: boolean
): Promise<TileCluster[] | null> {
	const range = cellRange(query);
	if (range === null) return null;
	const { filter, x, y, grid } = query;
	const params = new Params();
	const shift = params.add(range.shift);
	const terms = [
		`level = ${params.add(range.level)}`,
		`cx >= ${params.add(range.x0)}`,
		`cx < ${params.add(range.x1)}`,
		`cy >= ${params.add(range.y0)}`,
		`cy < ${params.add(range.y1)}`
	];
	if (!query.includeRejected) terms.push('NOT rejected');
	if (filter.sides.length > 0) terms.push(`side = ANY(${params.add(filter.sides)}::text[])`);
	if (filter.types.length > 0) terms.push(`type = ANY(${params.add(filter.types)}::text[])`);
	const r = await ctx.pool.query<GridCellRow>(
		`SELECT side, (cx >> ${shift}::int) - ${params.add(x * grid)} AS gx,
			(cy >> ${shift}::int) - ${params.add(y * grid)} AS gy, type, SUM(n)::float8 AS n,
			SUM(lon) AS lon, SUM(lat) AS lat
		FROM tile_cells WHERE ${terms.join(' AND ')}
		GROUP BY side, gx, gy, type HAVING SUM(n) > 0 ORDER BY side, gx, gy, type`,
		params.values
	);
	const { clusters, lone } = clustersOfCells(r.rows, query, byType);
	// A cell of one claim is drawn as that claim: read it by the cell's box and mercator range.
	await Promise.all(
		lone.map(async (cell) => {
			cell.cluster.single = await lonePoint(ctx, query, cell.side, cell.box);
		})
	);
	return clusters;
}

/** The one selected claim of `side` in the cell at mercator `[mx, my]` of width `size`. */
async function lonePoint(
	ctx: QueryContext,
	selection: ClaimSelection,
	side: string,
	[mx, my, size]: [number, number, number]
): Promise<TilePoint | null> {
	const params = new Params();
	const [west, north] = fromMercator(mx, my);
	const [east, south] = fromMercator(mx + size, my + size);
	const r = await ctx.pool.query<TilePoint>(
		`SELECT f.feature_id AS id, ST_X(f.geom) AS lon, ST_Y(f.geom) AS lat, f.claimant_side AS side,
			f.event_type AS type, f.precision, f.event_day AS day, f.uncertainty_km AS "uncertaintyKm",
			f.admin1
		FROM features f WHERE ${selectionSql(selection, params)}
		AND ${insideBoxSql([west, south, east, north], params)}
		AND f.mx >= ${params.add(mx)} AND f.mx < ${params.add(mx + size)}
		AND f.my >= ${params.add(my)} AND f.my < ${params.add(my + size)}
		AND f.claimant_side = ${params.add(side)} LIMIT 1`,
		params.values
	);
	return r.rows[0] ?? null;
}

/** The stored JSON of a feature whose claimant denies the event (the partial index's condition). */
const DENIAL_SQL = `strpos(f.json, '"stance":"denies"') > 0`;

/** See {@link ClaimStore.servedFeaturesOf}. */
export async function servedFeaturesOf(
	ctx: QueryContext,
	ids: readonly string[]
): Promise<OrderedFeature[]> {
	if (ids.length === 0) return [];
	const r = await ctx.pool.query<{ json: string; ord: number }>(
		`SELECT f.json, (${STORED_ORDER_SQL})::float8 AS ord FROM features f
		WHERE f.feature_id = ANY($1::text[]) AND NOT f.rejected ORDER BY ${STORED_ORDER_SQL}`,
		[ids]
	);
	const served = await ctx.served(r.rows);
	return served
		.map((feature, i) => ({ order: Number(r.rows[i].ord), feature }))
		.filter((f) => !(f.feature.properties as CorrectedProperties).rejected);
}

/**
 * A stored feature's stance read from its JSON text without parsing it, as the partial index of
 * denials reads it: stores write it with `JSON.stringify`, only `properties` has a `stance`, and
 * a stored claim asserts unless it denies (`upgradeFeature` reads one without a stance so).
 */
const STANCE_SQL = `CASE WHEN ${DENIAL_SQL} THEN 'denies' ELSE 'asserts' END`;

/**
 * What `markFeaturesOf` selects of `features f`: the served columns, and of the JSON only what they
 * lack, parsed only where needed: the claim's article id (the row's, when the text holds it), its
 * stance, its attribution's kind (where the word `assessor` is) and a control claim's text (for
 * its words; the JSON of a few claims costs less than PostgreSQL parsing them).
 */
const MARK_COLUMNS = `(${STORED_ORDER_SQL})::float8 AS ord, f.feature_id, f.claimant_side AS side,
	f.event_type AS type, f.event_day AS day, f.precision, f.confidence, ST_X(f.geom) AS lon,
	ST_Y(f.geom) AS lat, f.uncertainty_km AS km,
	CASE WHEN strpos(f.json, '"articleId":' || to_json(f.article_id)::text) > 0 THEN f.article_id
		ELSE f.json::jsonb #>> '{properties,articleId}' END AS article_id,
	${STANCE_SQL} AS stance,
	CASE WHEN strpos(f.json, '"kind":"assessor"') > 0
		THEN (f.json::jsonb #>> '{properties,attribution,kind}') IS NOT DISTINCT FROM 'assessor'
		ELSE FALSE END AS assessor,
	CASE WHEN f.event_type = 'territorial_control' THEN f.json END AS control_json`;

/** See {@link ClaimStore.markFeaturesOf}. */
export async function markFeaturesOf(
	ctx: QueryContext,
	ids: readonly string[]
): Promise<OrderedMarkFeature[]> {
	return markFeaturesIn(ctx.pool, ids);
}

/** As `markFeaturesOf`, read on a given connection (a writing transaction's). */
export async function markFeaturesIn(
	db: pg.ClientBase | pg.Pool,
	ids: readonly string[]
): Promise<OrderedMarkFeature[]> {
	if (ids.length === 0) return [];
	const r = await db.query<MarkRow>(
		`SELECT ${MARK_COLUMNS} FROM features f
		WHERE f.feature_id = ANY($1::text[]) AND NOT f.rejected ORDER BY ${STORED_ORDER_SQL}`,
		[ids]
	);
	return r.rows.map(markFeatureOfRow);
}

/** See {@link ClaimStore.deniedFeatureIds}: read from the partial index of denials (migration 5). */
export async function deniedFeatureIds(ctx: QueryContext): Promise<string[]> {
	const r = await ctx.pool.query<{ feature_id: string }>(
		`SELECT f.feature_id FROM features f WHERE ${DENIAL_SQL} AND NOT f.rejected
		ORDER BY ${STORED_ORDER_SQL}`
	);
	return r.rows.map((row) => row.feature_id);
}

/** See {@link ClaimStore.listArticlePage}. */
export async function listArticlePage(
	ctx: QueryContext,
	query: ArticlePageQuery
): Promise<ArticlePage> {
	const params = new Params();
	const search = prefixQuery(query.search);
	const where = search ? `a.search @@ to_tsquery('simple', ${params.add(search)})` : 'TRUE';
	const limit = Math.max(0, Math.floor(query.limit));
	const offset = Math.max(0, Math.floor(query.offset));
	const total = await ctx.pool.query<{ n: number }>(
		`SELECT COUNT(*)::int AS n FROM articles a WHERE ${where}`,
		params.values
	);
	const r = await ctx.pool.query<{
		article_id: string;
		title: string;
		publisher: string | null;
		published: string | null;
		feature_count: number;
	}>(
		`SELECT a.article_id, a.title, a.publisher, a.published,
			(SELECT COUNT(*)::int FROM features f WHERE f.article_id = a.article_id) AS feature_count
		FROM articles a WHERE ${where} ORDER BY a.seq
		LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}`,
		params.values
	);
	return {
		total: total.rows[0].n,
		offset,
		articles: r.rows.map((a) => ({
			articleId: a.article_id,
			title: a.title,
			publisher: a.publisher,
			published: a.published,
			featureCount: a.feature_count
		}))
	};
}

/** See {@link ClaimStore.sources}. */
export async function sources(ctx: QueryContext): Promise<StoreSources> {
	const r = await ctx.pool.query<{ generator: string; gazetteer: string }>(
		'SELECT generator, gazetteer FROM articles ORDER BY seq'
	);
	return {
		generator: joinSources(r.rows.map((s) => s.generator)),
		gazetteer: joinSources(r.rows.map((s) => s.gazetteer))
	};
}
