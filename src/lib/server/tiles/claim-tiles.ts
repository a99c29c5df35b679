/**
 * The claim vector tiles: at low zoom each side's claims gathered per grid cell (a bubble with a
 * count, `point_count` and `n_<side>` as in a GeoJSON cluster, and `n_<side>_<type>` per event type
 * with `tt: 1` when the store counts types, so the bubble shows its most common type and the map
 * filters types on the GPU; a cell holding one claim gives that claim itself), above
 * `clusterMaxZoom` every claim as a point with slim properties, claims sharing one spot numbered
 * (`oi`) for their place on a spiral around it, so the map draws them apart. Built from the store's tile queries and encoded as MVT; kept in
 * an LRU cache that a new store revision empties (every ingest, correction or deletion).
 */
import { CLAIMANT_SIDES, type Precision } from '../../core/contract';
import { cellRange } from '../store/tile-cells';
import type { ClaimSelection, ClaimStore, TileAddress, TilePoint } from '../store/types';
import { toMercator } from './mercator';
import { encodeMvt, MVT_EXTENT, type MvtPoint } from './mvt';

/** Tunables of the tiles. */
export const TILE_OPTIONS = {
	/** Above this zoom tiles hold single claims; at and below it, per-side clusters. */
	clusterMaxZoom: 11,
	/** Cells per tile side when clustering (a 512-pixel tile: 64-pixel cells). */
	grid: 8,
	/** Margin read around a points tile, as a fraction of its width: symbols on the edge stay whole. */
	buffer: 1 / 16,
	/** Most claims one points tile holds (a tile this full is unreadable anyway). */
	pointLimit: 20_000,
	/** Deepest zoom served. */
	maxZoom: 18,
	/** Cache bounds: entries and bytes. */
	cacheEntries: 5000,
	cacheBytes: 64 * 1024 * 1024
} as const;

/**
 * Each point's place on its spot's spiral (0, 1, …), by id, for points that share their spot:
 * ordered by id, so a spot in the margin of two tiles gets the same places in both.
 */
export function spotIndexes(points: readonly TilePoint[]): Map<string, number> {
	const bySpot = new Map<string, TilePoint[]>();
	for (const p of points) {
		const key = `${p.lon},${p.lat}`;
		const group = bySpot.get(key);
		if (group) group.push(p);
		else bySpot.set(key, [p]);
	}
	const indexes = new Map<string, number>();
	for (const group of bySpot.values()) {
		if (group.length < 2) continue;
		group.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
		group.forEach((p, i) => indexes.set(p.id, i));
	}
	return indexes;
}

/** Layer names inside a tile. */
export const TILE_LAYERS = { claims: 'claims', clusters: 'clusters' } as const;

/** Metres per pixel at zoom 0 on the equator for 512-pixel tiles. */
const METRES_PER_PIXEL_Z0 = 78271.517;
/** Precisions drawn with their uncertainty circle (a settlement is drawn as a point). */
const CIRCLE_PRECISIONS = new Set<Precision | null>([
	'near_settlement',
	'landmark',
	'district',
	'region',
	'country'
]);

/** Uncertainty radius in pixels at zoom 0 (it doubles per zoom level); 0 draws no circle. */
export function radiusAtZoom0(point: TilePoint): number {
	const km = CIRCLE_PRECISIONS.has(point.precision) ? (point.uncertaintyKm ?? 0) : 0;
	if (km <= 0) return 0;
	return (km * 1000) / (METRES_PER_PIXEL_Z0 * Math.cos((point.lat * Math.PI) / 180));
}

/** True when z/x/y names a tile that exists at a served zoom. */
export function validTile({ z, x, y }: TileAddress): boolean {
	if (!Number.isInteger(z) || z < 0 || z > TILE_OPTIONS.maxZoom) return false;
	const n = 2 ** z;
	return Number.isInteger(x) && Number.isInteger(y) && x >= 0 && y >= 0 && x < n && y < n;
}

function position({ z, x, y }: TileAddress, lon: number, lat: number): [number, number] {
	const [mx, my] = toMercator(lon, lat);
	const n = 2 ** z;
	return [(mx * n - x) * MVT_EXTENT, (my * n - y) * MVT_EXTENT];
}

/** The slim properties a tile carries for one claim (`spot`: its place on its spot's spiral). */
function claimProperties(point: TilePoint, spot?: number): Record<string, string | number> {
	const props: Record<string, string | number> = {
		id: point.id,
		s: point.side,
		t: point.type,
		p: point.precision ?? 'none',
		r0: radiusAtZoom0(point)
	};
	if (point.day) props.d = point.day;
	if (point.precision === 'region' && point.admin1) props.a1 = point.admin1;
	if (spot !== undefined) props.oi = spot;
	return props;
}

/** The rules of a claim tile, for a backend that encodes tiles itself. */
export interface ClaimTileSpec {
	clusterMaxZoom: number;
	grid: number;
	buffer: number;
	pointLimit: number;
	extent: number;
	layers: typeof TILE_LAYERS;
	/** Precisions drawn with their uncertainty circle (`r0` > 0). */
	circlePrecisions: readonly (Precision | null)[];
	metresPerPixelZ0: number;
}

/** A store that builds the claim tile in its own engine (PostGIS `ST_AsMVT`), to the same rules. */
export interface NativeTileStore {
	encodeClaimTile(
		tile: TileAddress,
		selection: ClaimSelection,
		spec: ClaimTileSpec
	): Promise<Uint8Array>;
}

/** The rules `buildClaimTile` follows, as data for a native encoder. */
export const CLAIM_TILE_SPEC: ClaimTileSpec = {
	clusterMaxZoom: TILE_OPTIONS.clusterMaxZoom,
	grid: TILE_OPTIONS.grid,
	buffer: TILE_OPTIONS.buffer,
	pointLimit: TILE_OPTIONS.pointLimit,
	extent: MVT_EXTENT,
	layers: TILE_LAYERS,
	circlePrecisions: [...CIRCLE_PRECISIONS],
	metresPerPixelZ0: METRES_PER_PIXEL_Z0
};

function encodesTiles(store: ClaimStore): store is ClaimStore & NativeTileStore {
	return typeof (store as Partial<NativeTileStore>).encodeClaimTile === 'function';
}

/**
 * Builds one tile of the selection: in the store's engine when it has one, except a cluster tile
 * the cell counts answer (tile-cells.ts), which sums a few hundred rows where the engine would group
 * every feature the tile covers (a whole-world tile of a million claims: 2.3 s on PostgreSQL).
 */
export async function buildClaimTile(
	store: ClaimStore,
	tile: TileAddress,
	selection: ClaimSelection
): Promise<Uint8Array> {
	const counted =
		tile.z <= TILE_OPTIONS.clusterMaxZoom &&
		cellRange({ ...selection, ...tile, grid: TILE_OPTIONS.grid }) !== null;
	if (encodesTiles(store) && !counted)
		return store.encodeClaimTile(tile, selection, CLAIM_TILE_SPEC);
	const claims: MvtPoint[] = [];
	const clusters: MvtPoint[] = [];
	const single = (p: TilePoint, spot?: number) => {
		const [x, y] = position(tile, p.lon, p.lat);
		claims.push({ x, y, properties: claimProperties(p, spot) });
	};
	if (tile.z <= TILE_OPTIONS.clusterMaxZoom) {
		const query = { ...selection, ...tile, grid: TILE_OPTIONS.grid };
		const cells = store.tileClusterTypes
			? await store.tileClusterTypes(query)
			: await store.tileClusters(query);
		for (const cell of cells) {
			if (cell.single) {
				single(cell.single);
				continue;
			}
			const [x, y] = position(tile, cell.lon, cell.lat);
			// Named as a GeoJSON cluster's properties, so the map's cluster layers read either.
			const properties: Record<string, string | number> = { s: cell.side, point_count: cell.count };
			for (const side of CLAIMANT_SIDES)
				properties[`n_${side}`] = side === cell.side ? cell.count : 0;
			if (cell.types) {
				properties.tt = 1;
				for (const [type, n] of Object.entries(cell.types)) {
					if (n) properties[`n_${cell.side}_${type}`] = n;
				}
			}
			clusters.push({ x, y, properties });
		}
	} else {
		const points = await store.tilePoints({
			...selection,
			...tile,
			buffer: TILE_OPTIONS.buffer,
			limit: TILE_OPTIONS.pointLimit
		});
		const spots = spotIndexes(points);
		for (const p of points) single(p, spots.get(p.id));
	}
	return encodeMvt([
		{ name: TILE_LAYERS.clusters, features: clusters },
		{ name: TILE_LAYERS.claims, features: claims }
	]);
}

/** Built tiles by key, least recently used first out; emptied when the revision changes. */
export class TileCache {
	readonly #entries = new Map<string, Uint8Array>();
	#bytes = 0;
	#revision: string | null = null;

	/** The cached tile for `key` at `revision`, or undefined. */
	get(revision: string, key: string): Uint8Array | undefined {
		if (revision !== this.#revision) return undefined;
		const hit = this.#entries.get(key);
		if (hit) {
			this.#entries.delete(key);
			this.#entries.set(key, hit);
		}
		return hit;
	}

	/** Keeps a tile built at `revision`, dropping everything of an older revision. */
	set(revision: string, key: string, tile: Uint8Array): void {
		if (revision !== this.#revision) {
			this.#entries.clear();
			this.#bytes = 0;
			this.#revision = revision;
		}
		this.#entries.set(key, tile);
		this.#bytes += tile.length;
		while (
			this.#entries.size > TILE_OPTIONS.cacheEntries ||
			this.#bytes > TILE_OPTIONS.cacheBytes
		) {
			const [oldest, bytes] = this.#entries.entries().next().value as [string, Uint8Array];
			this.#entries.delete(oldest);
			this.#bytes -= bytes.length;
		}
	}

	/** How many tiles are kept (for tests). */
	get size(): number {
		return this.#entries.size;
	}
}
