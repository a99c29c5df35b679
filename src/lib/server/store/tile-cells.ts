/**
 * Cluster tiles from a table of cell counts, the part both backends share: the located features
 * counted per Web Mercator cell at a few levels (TILE_CELL_LEVELS), side, type and rejection, kept
 * by triggers (SQLite migration 7, PostgreSQL migration 6). A low-zoom tile sums a few hundred rows
 * instead of grouping every feature it covers. The cells answer selections by side and type alone
 * (the map's tiles unless a date or another filter is set); anything else is grouped from the
 * features as before.
 */
import { isDeepStrictEqual } from 'node:util';
import type { ClaimantSide, EventType } from '../../core/contract';
import { EMPTY_FILTER } from '../../core/filter/model';
import type { ClaimSelection, TileCluster, TileClustersQuery } from './types';

/**
 * The levels of Web Mercator cells the counts are kept at: a level-L cell is one of 2^L × 2^L; a
 * cluster tile at zoom z with a grid of g cells reads the level z + log2(g) or the finest kept
 * level that sums into it.
 */
export const TILE_CELL_LEVELS = [6, 8, 10] as const;

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

/**
 * What a tile reads of the cells: the kept `level`, the cells' range at that level (`[x0, x1)`,
 * `[y0, y1)`), and the right `shift` that takes a kept cell's index to the tile grid's level; null
 * when the cells cannot answer (see `cellsCount` and `cellLevel`).
 */
export function cellRange(query: TileClustersQuery): {
	level: number;
	shift: number;
	x0: number;
	x1: number;
	y0: number;
	y1: number;
} | null {
	const { z, x, y, grid } = query;
	const level = cellLevel(z, grid);
	if (level === null || !cellsCount(query)) return null;
	const span = 2 ** (level - z);
	return {
		level,
		shift: level - (z + Math.log2(grid)),
		x0: x * span,
		x1: (x + 1) * span,
		y0: y * span,
		y1: (y + 1) * span
	};
}

/** The cells of one side and type summed into one cell of the tile's grid (`gx`, `gy`: in the tile). */
export interface GridCellRow {
	side: ClaimantSide;
	gx: number;
	gy: number;
	type: EventType;
	n: number;
	lon: number;
	lat: number;
}

/** A cluster of one claim, whose claim the backend reads: its side and its cell in mercator units. */
export interface LoneCell {
	cluster: TileCluster;
	side: ClaimantSide;
	/** The cell's west and north edges and its width, in Web Mercator units (0..1). */
	box: [number, number, number];
}

/**
 * The clusters of a tile from its grid cells' rows (per-type counts when `byType`), and those of one
 * claim, which the backend gives that claim's point (`single`).
 */
export function clustersOfCells(
	rows: readonly GridCellRow[],
	query: TileClustersQuery,
	byType: boolean
): { clusters: TileCluster[]; lone: LoneCell[] } {
	const { z, x, y, grid } = query;
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
	const clusters: TileCluster[] = [];
	const lone: LoneCell[] = [];
	const cellsPerSide = 2 ** (z + Math.log2(grid));
	for (const cell of cells.values()) {
		const { types, ...counted } = cell;
		counted.lon /= counted.count;
		counted.lat /= counted.count;
		const cluster = byType ? { ...counted, types } : counted;
		clusters.push(cluster);
		if (cluster.count === 1)
			lone.push({
				cluster,
				side: cell.side,
				box: [
					(x * grid + cell.cellX) / cellsPerSide,
					(y * grid + cell.cellY) / cellsPerSide,
					1 / cellsPerSide
				]
			});
	}
	return { clusters, lone };
}
