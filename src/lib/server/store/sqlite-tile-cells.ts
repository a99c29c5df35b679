/**
 * Cluster tiles from SQLite's `tile_cells` (migration 7): the rows of a tile's cells and the point of
 * a cluster of one claim; the rest is tile-cells.ts, shared with PostgreSQL.
 */
import type { BetterSqlite3 } from 'better-sqlite3';
import type { ClaimantSide, EventType, Precision } from '../../core/contract';
import { fromMercator } from '../tiles/mercator';
import { whereOf } from './sqlite-where';
import { cellRange, clustersOfCells, type GridCellRow } from './tile-cells';
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

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * The clusters of a tile summed from the cells, with per-type counts when `byType`; null when the
 * cells cannot answer the query (see `cellRange`).
 */
export function cellClusters(
	db: Db,
	query: TileClustersQuery,
	byType: boolean
): TileCluster[] | null {
	const range = cellRange(query);
	if (range === null) return null;
	const { filter, x, y, grid } = query;
	const terms = ['level = ?', 'cx >= ?', 'cx < ?', 'cy >= ?', 'cy < ?', 'n > 0'];
	const params: unknown[] = [range.level, range.x0, range.x1, range.y0, range.y1];
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
		.all(range.shift, x * grid, range.shift, y * grid, ...params) as GridCellRow[];
	const { clusters, lone } = clustersOfCells(rows, query, byType);
	// A cell of one claim is drawn as that claim: read it from the index, by the cell's range.
	for (const cell of lone) cell.cluster.single = lonePoint(db, query, cell.side, cell.box);
	return clusters;
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
