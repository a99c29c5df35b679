/**
 * Cluster tiles from `tile_cells` (migration 7), the located features counted per Web Mercator cell
 * at a few levels, side, type and rejection: a low-zoom tile sums a few hundred rows instead of
 * grouping every feature it covers. It answers selections by side and type alone (the map's tiles
 * unless a date or another filter is set); anything else is grouped from the index as before.
 */
import { isDeepStrictEqual } from 'node:util';
import type { BetterSqlite3 } from 'better-sqlite3';
import type { ClaimantSide, EventType, Precision } from '../../core/contract';
import { EMPTY_FILTER } from '../../core/filter/model';
import { fromMercator } from '../tiles/mercator';
import { TILE_CELL_LEVELS } from './migrations';
import { whereOf } from './sqlite-where';
import type { ClaimSelection, TileCluster, TileClustersQuery, TilePoint } from './types';

type Db = BetterSqlite3.Database;

/** The index columns of one claim a tile draws, as a tile point. */
export interface TilePointRow {
	id: string;
	lon: number;
	lat: number;
	side: ClaimantSide;
	type: EventType;
	precision: Precision;
	day: string | null;
	km: number | null;
	admin1: string | null;
}

/** A tile point from its index columns (a cluster of one claim has that claim's). */
export function tilePointOf(r: TilePointRow): TilePoint {
	return {
		id: r.id,
		lon: r.lon,
		lat: r.lat,
		side: r.side,
		type: r.type,
		precision: r.precision,
		day: r.day,
		uncertaintyKm: r.km,
		admin1: r.admin1
	};
}

/** Whether the cells count this selection: no filter but sides and types, no search. */
export function cellsCount(selection: ClaimSelection): boolean {
	const { sides: _sides, types: _types, ...rest } = selection.filter;
	const { sides: _s, types: _t, ...empty } = EMPTY_FILTER;
	return !selection.search?.trim() && isDeepStrictEqual(rest, empty);
}

/**
 * The kept level a tile's grid sums from: the coarsest at or finer than its cells (zoom z, grid g:
 * level z + log2 g), or null when none is (deep zooms, which cover few features) or g is not a
 * power of two.
 */
export function cellLevel(z: number, grid: number): number | null {
	const cells = Math.log2(grid);
	if (!Number.isInteger(cells)) return null;
	return TILE_CELL_LEVELS.find((level) => level >= z + cells) ?? null;
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * The clusters of a tile summed from the cells, with per-type counts when `byType`; null when the
 * cells cannot answer the query (see `cellsCount` and `cellLevel`).
 */
export function cellClusters(
	db: Db,
	query: TileClustersQuery,
	byType: boolean
): TileCluster[] | null {
	const { z, x, y, grid, filter } = query;
	const level = cellLevel(z, grid);
	if (level === null || !cellsCount(query)) return null;
	const shift = level - (z + Math.log2(grid));
	const span = 2 ** (level - z);
	const terms = ['level = ?', 'cx >= ?', 'cx < ?', 'cy >= ?', 'cy < ?', 'n > 0'];
	const params: unknown[] = [level, x * span, (x + 1) * span, y * span, (y + 1) * span];
	if (!query.includeRejected) terms.push('rejected = 0');
	if (filter.sides.length > 0) {
		terms.push(`side IN (${placeholders(filter.sides.length)})`);
		params.push(...filter.sides);
	}
	if (filter.types.length > 0) {
		terms.push(`type IN (${placeholders(filter.types.length)})`);
		params.push(...filter.types);
	}
	// Cell columns and rows in the tile's grid: a kept cell's index shifted to the grid's level.
	const rows = db
		.prepare(
			`SELECT side, (cx >> ?) - ? AS gx, (cy >> ?) - ? AS gy, type, SUM(n) AS n, SUM(lon) AS lon,
			SUM(lat) AS lat FROM tile_cells WHERE ${terms.join(' AND ')}
			GROUP BY side, gx, gy, type ORDER BY side, gx, gy, type`
		)
		.all(shift, x * grid, shift, y * grid, ...params) as {
		side: ClaimantSide;
		gx: number;
		gy: number;
		type: EventType;
		n: number;
		lon: number;
		lat: number;
	}[];
	const cells = new Map<string, TileCluster & { types: Partial<Record<EventType, number>> }>();
	for (const r of rows) {
		const key = `${r.side}/${r.gx}/${r.gy}`;
		let cell = cells.get(key);
		if (!cell) {
			cell = {
				side: r.side,
				count: 0,
				lon: 0,
				lat: 0,
				cellX: r.gx,
				cellY: r.gy,
				single: null,
				types: {}
			};
			cells.set(key, cell);
		}
		cell.count += r.n;
		cell.lon += r.lon;
		cell.lat += r.lat;
		cell.types[r.type] = r.n;
	}
	const out: TileCluster[] = [];
	const cellsPerSide = 2 ** (z + Math.log2(grid));
	for (const cell of cells.values()) {
		const { types, ...cluster } = cell;
		cluster.lon /= cluster.count;
		cluster.lat /= cluster.count;
		// A cell of one claim is drawn as that claim: read it from the index, by the cell's range.
		if (cluster.count === 1)
			cluster.single = lonePoint(db, query, cell.side, [
				(x * grid + cell.cellX) / cellsPerSide,
				(y * grid + cell.cellY) / cellsPerSide,
				1 / cellsPerSide
			]);
		out.push(byType ? { ...cluster, types } : cluster);
	}
	return out;
}

/** Degrees added around a cell's box for the R*Tree, whose 32-bit bounds are rounded outward. */
const RTREE_PAD = 1e-4;

/**
 * The one selected claim of `side` in the cell at mercator `[mx, my]` of width `size`: found by the
 * R*Tree in the cell's box (a range of the mercator index is a strip of the whole map's height),
 * then kept to the cell exactly by its mercator coordinates, as the cells count it (`+` keeps the
 * planner off the mercator index, which it preferred).
 */
function lonePoint(
	db: Db,
	selection: ClaimSelection,
	side: ClaimantSide,
	[mx, my, size]: [number, number, number]
): TilePoint | null {
	const where = whereOf(selection);
	const [west, north] = fromMercator(mx, my);
	const [east, south] = fromMercator(mx + size, my + size);
	const row = db
		.prepare(
			`SELECT i.feature_id AS id, i.lon, i.lat, i.side, i.type, i.precision, i.day, i.km, i.admin1
			FROM feature_rtree r JOIN feature_index i ON i.id = r.id
			WHERE r.min_lon <= ? AND r.max_lon >= ? AND r.min_lat <= ? AND r.max_lat >= ?
			AND i.located = 1 AND +i.mx >= ? AND +i.mx < ? AND +i.my >= ? AND +i.my < ? AND i.side = ?
			AND ${where.sql} LIMIT 1`
		)
		.get(
			east + RTREE_PAD,
			west - RTREE_PAD,
			north + RTREE_PAD,
			south - RTREE_PAD,
			mx,
			mx + size,
			my,
			my + size,
			side,
			...where.params
		) as TilePointRow | undefined;
	return row ? tilePointOf(row) : null;
}
