/**
 * The SQLite answers to the store's queries, all read from the slim `feature_index` (plus its
 * R*Tree and FTS5 tables); only the features a page or an export returns are parsed from JSON.
 */
import type { BetterSqlite3 } from 'better-sqlite3';
import { type ClaimantSide, type EventType, type Precision } from '../../core/contract';
import { applyAll, type CorrectedFeature } from '../../core/corrections/apply';
import { emptyFacetCounts, type FacetCounts } from '../../core/filter/facets';
import { type PrecisionFilter } from '../../core/filter/model';
import { parseStoredFeature } from '../../core/geojson/upgrade';
import { fromMercator } from '../tiles/mercator';
import { correctionsByFeature, markFeatureOfRow, servedFromStored, type MarkRow } from './rows';
import { cachedCount } from './sqlite-count-cache';
import { readCorrections } from './sqlite-index';
import {
	floorPlaces,
	summarizable,
	summaryCounts,
	summaryDays,
	summaryRegions
} from './sqlite-summary';
import { CURSOR_KEYS, decodeListCursor, encodeListCursor, type CursorKey } from './list-cursor';
import { claimSelected, ftsQuery, whereOf, type SqlCondition } from './sqlite-where';
import { cellClusters, tilePointOf, type TilePointRow } from './sqlite-tile-cells';
import type {
	ArticlePage,
	ArticlePageQuery,
	ClaimGroupRow,
	ClaimPage,
	ClaimPageQuery,
	ClaimSelection,
	ClaimTotals,
	DayCount,
	FacetOptions,
	OrderedFeature,
	OrderedMarkFeature,
	RegionCount,
	StoreSources,
	TileCluster,
	TileClustersQuery,
	TilePoint,
	TilePointsQuery
} from './types';
import { statement } from './sqlite-statements';

type Db = BetterSqlite3.Database;

/** Features parsed from stored JSON with their corrections applied, in the given order. */
function served(db: Db, rows: { json: string }[]): CorrectedFeature[] {
	const machine = rows.map((r) => parseStoredFeature(r.json));
	if (machine.length === 0) return [];
	return applyAll(
		machine,
		readCorrections(
			db,
			machine.map((f) => f.id)
		)
	);
}

/** Orders of the claim heads, each matching one partial index; its columns are the cursor's keys. */
const SORT_COLUMNS: Record<ClaimPageQuery['sort'], readonly string[]> = {
	date: ['h.claim_day', 'h.ord'],
	confidence: ['h.claim_conf', 'h.ord'],
	side: ['h.claim_rank', 'h.claim_day', 'h.ord']
};

/** The ORDER BY of a sort. */
function sortOrder(sort: ClaimPageQuery['sort']): string {
	return SORT_COLUMNS[sort]
		.map((column, i) => (CURSOR_KEYS[sort][i].desc ? `${column} DESC` : column))
		.join(', ');
}

/**
 * The heads after a cursor as conditions that each seek one stretch of the sort's index, in list
 * order: for `date` after (d, o), first `day = d AND ord > o`, then `day < d`. One OR of them would
 * make SQLite scan the index from its start.
 */
function seekSegments(sort: ClaimPageQuery['sort'], keys: readonly CursorKey[]): SqlCondition[] {
	const columns = SORT_COLUMNS[sort];
	return columns
		.map((column, i) => ({
			sql: [
				...columns.slice(0, i).map((c) => `${c} = ?`),
				`${column} ${CURSOR_KEYS[sort][i].desc ? '<' : '>'} ?`
			].join(' AND '),
			params: keys.slice(0, i + 1)
		}))
		.reverse();
}

/** A listed head: its claim and its sort keys. */
type HeadRow = { id: string; k0: CursorKey; k1: CursorKey; k2?: CursorKey };

/** See ClaimStore.listClaims. */
export function listClaims(db: Db, query: ClaimPageQuery): ClaimPage {
	const selected = claimSelected(query);
	const located = query.section === 'located' ? 1 : 0;
	const total = summarizable(query)
		? cachedCount(
				db,
				'summary section total',
				[located, query.filter, query.search ?? '', !!query.includeRejected],
				() => summarySectionTotal(db, query, located)
			)
		: // A count reads every head: a plain scan beats walking a sort index with a lookup per row.
			cachedCount(
				db,
				`SELECT COUNT(*) AS n FROM feature_index h NOT INDEXED WHERE h.located = ? AND ${selected.sql}`,
				[located, ...selected.params]
			);
	const columns = SORT_COLUMNS[query.sort];
	const heads = (segment: SqlCondition, limit: number, offset: number) =>
		db
			.prepare(
				`SELECT h.claim_id AS id, ${columns.map((c, i) => `${c} AS k${i}`).join(', ')}
				FROM feature_index h WHERE h.located = ? AND ${selected.sql} AND ${segment.sql}
				ORDER BY ${sortOrder(query.sort)} LIMIT ? OFFSET ?`
			)
			.all(located, ...selected.params, ...segment.params, limit, offset) as HeadRow[];
	const cursor = query.after ? decodeListCursor(query.after, query.sort) : null;
	if (query.after && !cursor) throw new Error('after: not a cursor of this list order');
	let listed: HeadRow[];
	if (!cursor) listed = heads({ sql: '1', params: [] }, query.limit, query.offset);
	else {
		// Each stretch is read only as far as the page still reaches.
		const wanted = query.offset + query.limit;
		const found: HeadRow[] = [];
		for (const segment of seekSegments(query.sort, cursor)) {
			if (found.length >= wanted) break;
			found.push(...heads(segment, wanted - found.length, 0));
		}
		listed = found.slice(query.offset);
	}
	const last = listed.at(-1);
	const next =
		last && listed.length === query.limit
			? encodeListCursor(
					query.sort,
					columns.map((_, i) => last[`k${i}` as 'k0'])
				)
			: null;
	const ids = listed.map((r) => r.id);
	if (ids.length === 0) return { total, offset: query.offset, groups: [], next };
	const own = whereOf(query);
	const rows = db
		.prepare(
			`SELECT i.claim_id, f.json FROM feature_index i JOIN features f ON f.id = i.id
			WHERE i.claim_id IN (SELECT value FROM json_each(?)) AND ${own.sql} ORDER BY i.ord`
		)
		.all(JSON.stringify(ids), ...own.params) as { claim_id: string; json: string }[];
	const features = served(db, rows);
	const groups = new Map<string, ClaimGroupRow>(
		ids.map((id) => [id, { claimId: id, features: [] }])
	);
	rows.forEach((row, i) => groups.get(row.claim_id)?.features.push(features[i]));
	return { total, offset: query.offset, groups: [...groups.values()], next };
}

/**
 * Claims of several features (few) whose head is in a section (1 located, 0 not, null both) under
 * the selection, and how many of those heads have no place, read by their partial index.
 */
function multiClaims(
	db: Db,
	selection: ClaimSelection,
	located: number | null
): { n: number; unlocated: number } {
	const selected = claimSelected(selection);
	const section = located === null ? '' : 'AND h.located = ?';
	return db
		.prepare(
			`SELECT COUNT(*) AS n, COALESCE(SUM(h.located = 0), 0) AS unlocated FROM feature_index h
			INDEXED BY claim_heads_multi WHERE h.is_head = 1 AND h.claim_size > 1 ${section}
			AND ${selected.sql}`
		)
		.get(...(located === null ? [] : [located]), ...selected.params) as {
		n: number;
		unlocated: number;
	};
}

/** A list section's claims under a summarizable selection: singles summed, the rest counted. */
function summarySectionTotal(db: Db, selection: ClaimSelection, located: number): number {
	const sums = summaryCounts(db, selection);
	const singles = located ? sums.singles - sums.singlesUnlocated : sums.singlesUnlocated;
	return singles + multiClaims(db, selection, located).n;
}

/** Distinct points of the selected features, counted once per selection and revision. */
function distinctPlaces(db: Db, selection: ClaimSelection): number {
	const where = whereOf(selection);
	return cachedCount(
		db,
		`SELECT COUNT(DISTINCT i.place_key) AS n FROM feature_index i WHERE ${where.sql}`,
		where.params
	);
}

/** See ClaimStore.totals. */
export function totals(db: Db, selection: ClaimSelection): ClaimTotals {
	if (summarizable(selection)) {
		const sums = summaryCounts(db, selection);
		const multi = multiClaims(db, selection, null);
		return {
			features: sums.facets.matched,
			claims: sums.singles + multi.n,
			places: floorPlaces(db, selection) ?? distinctPlaces(db, selection),
			unlocatedClaims: sums.singlesUnlocated + multi.unlocated
		};
	}
	const where = whereOf(selection);
	const features = db
		.prepare(
			`SELECT COUNT(*) AS n, COUNT(DISTINCT i.place_key) AS places FROM feature_index i
			WHERE ${where.sql}`
		)
		.get(...where.params) as { n: number; places: number };
	const selected = claimSelected(selection);
	const claims = db
		.prepare(
			`SELECT COUNT(*) AS n, COALESCE(SUM(h.located = 0), 0) AS unlocated
			FROM feature_index h NOT INDEXED WHERE ${selected.sql}`
		)
		.get(...selected.params) as { n: number; unlocated: number };
	return {
		features: features.n,
		claims: claims.n,
		places: features.places,
		unlocatedClaims: claims.unlocated
	};
}

/** See ClaimStore.facetCounts. */
export function facetCounts(
	db: Db,
	selection: ClaimSelection,
	options: FacetOptions = {}
): FacetCounts {
	const counts: FacetCounts = emptyFacetCounts();
	const chosen = options.articles === 'chosen' ? new Set(selection.filter.articles) : null;
	// A summarizable selection chooses no article: 'chosen' then asks for no article's count.
	if (chosen && summarizable(selection)) return summaryCounts(db, selection).facets;
	const by = (column: string, omit: 'sides' | 'types' | 'precisions' | 'articles') => {
		const where = whereOf(selection, omit);
		return db
			.prepare(
				`SELECT i.${column} AS k, COUNT(*) AS n FROM feature_index i WHERE ${where.sql} GROUP BY i.${column}`
			)
			.all(...where.params) as { k: string; n: number }[];
	};
	for (const { k, n } of by('side', 'sides'))
		if (k in counts.sides) counts.sides[k as ClaimantSide] = n;
	for (const { k, n } of by('type', 'types'))
		if (k in counts.types) counts.types[k as EventType] = n;
	for (const { k, n } of by('precision', 'precisions'))
		if (k in counts.precisions) counts.precisions[k as PrecisionFilter] = n;
	if (!chosen || chosen.size > 0)
		for (const { k, n } of by('article_id', 'articles'))
			if (!chosen || chosen.has(k)) counts.articles[k] = n;
	const where = whereOf(selection);
	const all = db
		.prepare(
			`SELECT COUNT(*) AS n, COALESCE(SUM(i.located = 0), 0) AS u FROM feature_index i WHERE ${where.sql}`
		)
		.get(...where.params) as { n: number; u: number };
	counts.matched = all.n;
	counts.unlocated = all.u;
	return counts;
}

/** See ClaimStore.dayHistogram. */
export function dayHistogram(db: Db, selection: ClaimSelection): DayCount[] {
	if (summarizable(selection)) return summaryDays(db, selection);
	const where = whereOf(selection);
	return db
		.prepare(
			`SELECT i.day AS day, COUNT(*) AS count FROM feature_index i
			WHERE i.day IS NOT NULL AND ${where.sql} GROUP BY i.day ORDER BY i.day`
		)
		.all(...where.params) as DayCount[];
}

/** See ClaimStore.regionCounts. */
export function regionCounts(db: Db, selection: ClaimSelection): RegionCount[] {
	if (summarizable(selection)) return summaryRegions(db, selection);
	const where = whereOf(selection);
	const rows = db
		.prepare(
			`SELECT i.side, i.admin1, i.admin1_code, COUNT(*) AS n FROM feature_index i
			WHERE i.located = 1 AND i.precision = 'region' AND i.admin1 IS NOT NULL AND ${where.sql}
			GROUP BY i.side, i.admin1, i.admin1_code ORDER BY i.side_rank, i.admin1`
		)
		.all(...where.params) as {
		side: ClaimantSide;
		admin1: string;
		admin1_code: string | null;
		n: number;
	}[];
	return rows.map((r) => ({
		side: r.side,
		admin1: r.admin1,
		admin1Code: r.admin1_code,
		count: r.n
	}));
}

/** The lon/lat box of a tile grown by `buffer` (a fraction of its width) on each side. */
export function tileLonLatBox(
	z: number,
	x: number,
	y: number,
	buffer: number
): [west: number, south: number, east: number, north: number] {
	const n = 2 ** z;
	const [west, north] = fromMercator(Math.max(0, (x - buffer) / n), Math.max(0, (y - buffer) / n));
	const [east, south] = fromMercator(
		Math.min(1, (x + 1 + buffer) / n),
		Math.min(1, (y + 1 + buffer) / n)
	);
	return [west, south, east, north];
}

/** See ClaimStore.tilePoints. */
export function tilePoints(db: Db, query: TilePointsQuery): TilePoint[] {
	const where = whereOf(query);
	const [west, south, east, north] = tileLonLatBox(query.z, query.x, query.y, query.buffer);
	const rows = db
		.prepare(
			`SELECT i.feature_id AS id, i.lon, i.lat, i.side, i.type, i.precision, i.day, i.km, i.admin1
			FROM feature_rtree r JOIN feature_index i ON i.id = r.id
			WHERE r.min_lon <= ? AND r.max_lon >= ? AND r.min_lat <= ? AND r.max_lat >= ?
			AND ${where.sql} LIMIT ?`
		)
		.all(east, west, north, south, ...where.params, query.limit) as TilePointRow[];
	return rows.map(tilePointOf);
}

/**
 * See ClaimStore.tileClusterTypes: from the cell counts when they answer, else one pass grouped
 * per side, cell and type, summed per cell here.
 */
export function tileClusterTypes(db: Db, query: TileClustersQuery): TileCluster[] {
	const counted = cellClusters(db, query, true);
	if (counted) return counted;
	const where = whereOf(query);
	const n = 2 ** query.z;
	const { x, y, grid } = query;
	const rows = db
		.prepare(
			`SELECT i.side, CAST((i.mx * ? - ?) * ? AS INTEGER) AS cx, CAST((i.my * ? - ?) * ? AS INTEGER) AS cy,
			i.type, COUNT(*) AS n, SUM(i.lon) AS lon, SUM(i.lat) AS lat, MIN(i.feature_id) AS id,
			MIN(i.precision) AS precision, MIN(i.day) AS day, MIN(i.km) AS km, MIN(i.admin1) AS admin1
			FROM feature_index i
			WHERE i.located = 1 AND i.mx >= ? AND i.mx < ? AND i.my >= ? AND i.my < ? AND ${where.sql}
			GROUP BY i.side, cx, cy, i.type`
		)
		.all(n, x, grid, n, y, grid, x / n, (x + 1) / n, y / n, (y + 1) / n, ...where.params) as {
		side: ClaimantSide;
		cx: number;
		cy: number;
		type: EventType;
		n: number;
		lon: number;
		lat: number;
		id: string;
		precision: Precision;
		day: string | null;
		km: number | null;
		admin1: string | null;
	}[];
	const cells = new Map<string, { rows: typeof rows; count: number; lon: number; lat: number }>();
	for (const r of rows) {
		const key = `${r.side}/${r.cx}/${r.cy}`;
		const cell = cells.get(key) ?? { rows: [], count: 0, lon: 0, lat: 0 };
		cell.rows.push(r);
		cell.count += r.n;
		cell.lon += r.lon;
		cell.lat += r.lat;
		cells.set(key, cell);
	}
	return [...cells.values()].map(({ rows: parts, count, lon, lat }) => {
		const r = parts[0];
		return {
			side: r.side,
			count,
			lon: lon / count,
			lat: lat / count,
			cellX: Math.min(grid - 1, r.cx),
			cellY: Math.min(grid - 1, r.cy),
			types: Object.fromEntries(parts.map((p) => [p.type, p.n])),
			// With one row of one claim in a cell, each MIN() is that claim's value.
			single: count === 1 ? tilePointOf(r) : null
		};
	});
}

/** See ClaimStore.tileClusters: from the cell counts when they answer. */
export function tileClusters(db: Db, query: TileClustersQuery): TileCluster[] {
	const counted = cellClusters(db, query, false);
	if (counted) return counted;
	const where = whereOf(query);
	const n = 2 ** query.z;
	const { x, y, grid } = query;
	const rows = db
		.prepare(
			`SELECT i.side, CAST((i.mx * ? - ?) * ? AS INTEGER) AS cx, CAST((i.my * ? - ?) * ? AS INTEGER) AS cy,
			COUNT(*) AS n, AVG(i.lon) AS lon, AVG(i.lat) AS lat, MIN(i.feature_id) AS id,
			MIN(i.type) AS type, MIN(i.precision) AS precision, MIN(i.day) AS day, MIN(i.km) AS km,
			MIN(i.admin1) AS admin1
			FROM feature_index i
			WHERE i.located = 1 AND i.mx >= ? AND i.mx < ? AND i.my >= ? AND i.my < ? AND ${where.sql}
			GROUP BY i.side, cx, cy`
		)
		.all(n, x, grid, n, y, grid, x / n, (x + 1) / n, y / n, (y + 1) / n, ...where.params) as {
		side: ClaimantSide;
		cx: number;
		cy: number;
		n: number;
		lon: number;
		lat: number;
		id: string;
		type: EventType;
		precision: Precision;
		day: string | null;
		km: number | null;
		admin1: string | null;
	}[];
	// With one row in a group, each MIN() is that row's value.
	return rows.map((r) => ({
		side: r.side,
		count: r.n,
		lon: r.lon,
		lat: r.lat,
		cellX: Math.min(grid - 1, r.cx),
		cellY: Math.min(grid - 1, r.cy),
		single: r.n === 1 ? tilePointOf(r) : null
	}));
}

/**
 * Rows a stream reads per round trip unless told otherwise: small enough that a batch's rows are
 * gone before the garbage collector's young generation fills (a batch that outlives two scavenges
 * is copied to the old generation, which an export grew by 100 MB when batches were 2,000).
 */
const STREAM_BATCH = 500;

/** See ClaimStore.streamFeatures: keyset pages over the stored order, each feature parsed only as it is yielded. */
export function* streamFeatures(
	db: Db,
	selection: ClaimSelection,
	batchSize = STREAM_BATCH
): Generator<CorrectedFeature> {
	const where = whereOf(selection);
	const page = db.prepare(
		`SELECT i.ord, i.feature_id, f.json FROM feature_index i JOIN features f ON f.id = i.id
		WHERE i.ord > ? AND ${where.sql} ORDER BY i.ord LIMIT ?`
	);
	let after = -1;
	for (;;) {
		const rows = page.all(after, ...where.params, batchSize) as {
			ord: number;
			feature_id: string;
			json: string;
		}[];
		if (rows.length === 0) return;
		after = rows[rows.length - 1].ord;
		const corrections = correctionsByFeature(
			readCorrections(
				db,
				rows.map((r) => r.feature_id)
			)
		);
		for (const row of rows) yield servedFromStored(row.json, corrections.get(row.feature_id));
		if (rows.length < batchSize) return;
	}
}

/**
 * The served denials with their order. The condition is the partial index's (migration 8); asked
 * to sort, the planner walks the whole stored order instead of the index, so the caller sorts.
 */
export const DENIED_IDS_SQL = `SELECT i.ord, f.feature_id FROM features f
	JOIN feature_index i ON i.id = f.id
	WHERE instr(f.json, '"stance":"denies"') > 0 AND i.rejected = 0`;

/** See ClaimStore.servedFeaturesOf: one query, features by id through `features_by_id`. */
export function servedFeaturesOf(db: Db, ids: readonly string[]): OrderedFeature[] {
	if (ids.length === 0) return [];
	const rows = db
		.prepare(
			`SELECT i.ord, i.feature_id, f.json FROM features f JOIN feature_index i ON i.id = f.id
			WHERE f.feature_id IN (SELECT value FROM json_each(?)) AND i.rejected = 0 ORDER BY i.ord`
		)
		.all(JSON.stringify(ids)) as { ord: number; feature_id: string; json: string }[];
	const corrections = correctionsByFeature(
		readCorrections(
			db,
			rows.map((r) => r.feature_id)
		)
	);
	return rows.map((r) => ({
		order: r.ord,
		feature: servedFromStored(r.json, corrections.get(r.feature_id))
	}));
}

/**
 * What `markFeaturesOf` selects of `features f` and `feature_index i`: the index's served columns,
 * and of the stored text only what the index lacks, without reading it: whether the claim denies
 * (the partial index of denials, migration 8: stores write a feature with `JSON.stringify`, only
 * `properties` has a `stance`, and a stored claim asserts unless it denies, as `upgradeFeature`
 * reads one without a stance), and whether an assessor makes it (parsed only for the claims the
 * partial index of migration 10 names); a control claim's text alone is read, for its words.
 * `f` is then only `features_by_id`, which holds each id's row id.
 */
const MARK_COLUMNS = `i.ord, i.feature_id, i.side, i.type, i.day, i.precision, i.confidence, i.lon,
	i.lat, i.km, i.article_id,
	CASE WHEN i.id IN (SELECT rowid FROM features WHERE instr(json, '"stance":"denies"') > 0)
		THEN 'denies' ELSE 'asserts' END AS stance,
	CASE WHEN i.id IN (SELECT rowid FROM features WHERE instr(json, '"kind":"assessor"') > 0)
		THEN (SELECT json_extract(x.json, '$.properties.attribution.kind') = 'assessor'
			FROM features x WHERE x.id = i.id)
		ELSE 0 END AS assessor,
	CASE WHEN i.type = 'territorial_control'
		THEN (SELECT x.json FROM features x WHERE x.id = i.id) END AS control_json`;

/** The served features of the ids (a JSON list) cut as `markFeaturesOf` answers them. */
export const MARK_FEATURES_SQL = `SELECT ${MARK_COLUMNS} FROM features f
	JOIN feature_index i ON i.id = f.id
	WHERE f.feature_id IN (SELECT value FROM json_each(?)) AND i.rejected = 0 ORDER BY i.ord`;

/** See ClaimStore.markFeaturesOf: one query, features by id through `features_by_id`. */
export function markFeaturesOf(db: Db, ids: readonly string[]): OrderedMarkFeature[] {
	if (ids.length === 0) return [];
	const rows = statement(db, MARK_FEATURES_SQL).all(JSON.stringify(ids)) as MarkRow[];
	return rows.map(markFeatureOfRow);
}

/** See ClaimStore.deniedFeatureIds: read from the partial index of denials (migration 8). */
export function deniedFeatureIds(db: Db): string[] {
	const rows = db.prepare(DENIED_IDS_SQL).all() as { ord: number; feature_id: string }[];
	return rows.sort((a, b) => a.ord - b.ord).map((r) => r.feature_id);
}

/** See ClaimStore.claimFeatures. */
export function claimFeatures(
	db: Db,
	claimId: string,
	includeRejected: boolean
): CorrectedFeature[] {
	const rows = db
		.prepare(
			`SELECT f.json FROM feature_index i JOIN features f ON f.id = i.id
			WHERE i.claim_id = ? ${includeRejected ? '' : 'AND i.rejected = 0'} ORDER BY i.ord`
		)
		.all(claimId) as { json: string }[];
	return served(db, rows);
}

/** See ClaimStore.listArticlePage. */
export function listArticlePage(db: Db, query: ArticlePageQuery): ArticlePage {
	const match = ftsQuery(query.search);
	const where =
		match === null
			? ''
			: 'WHERE a.seq IN (SELECT rowid FROM article_search WHERE article_search MATCH ?)';
	const params = match === null ? [] : [match];
	const total = (
		db.prepare(`SELECT COUNT(*) AS n FROM articles a ${where}`).get(...params) as { n: number }
	).n;
	const rows = db
		.prepare(
			`SELECT a.article_id, a.title, a.publisher, a.published,
			(SELECT COUNT(*) FROM features f WHERE f.article_id = a.article_id) AS feature_count
			FROM articles a ${where} ORDER BY a.seq LIMIT ? OFFSET ?`
		)
		.all(...params, query.limit, query.offset) as {
		article_id: string;
		title: string;
		publisher: string | null;
		published: string | null;
		feature_count: number;
	}[];
	return {
		total,
		offset: query.offset,
		articles: rows.map((r) => ({
			articleId: r.article_id,
			title: r.title,
			publisher: r.publisher,
			published: r.published,
			featureCount: r.feature_count
		}))
	};
}

/** See ClaimStore.sources. */
export function sources(db: Db): StoreSources {
	const rows = db
		.prepare(
			'SELECT generator, gazetteer FROM articles GROUP BY generator, gazetteer ORDER BY MIN(seq)'
		)
		.all() as StoreSources[];
	const join = (values: string[]) => [...new Set(values)].join(' + ') || 'claimsmap store';
	return {
		generator: join(rows.map((r) => r.generator)),
		gazetteer: join(rows.map((r) => r.gazetteer))
	};
}
