/**
 * The server's claim tiles: built on demand through one cache, and the tiles of the page's opening
 * view built ahead when a page opens (it asks `/api/claims/source` first, then loads its style
 * for a second or more before it asks for tiles), so its first claims do not wait for the cold,
 * costliest tiles: those of the whole country at low zoom.
 */
import { filterToParams } from '../../core/filter/filters';
import { createEmptyFilter } from '../../core/filter/model';
import type { ClaimFilter } from '../../core/filter/model';
import type { ClaimSource } from '../claims';
import type { TileAddress } from '../store/types';
import { buildClaimTile, TileCache } from './claim-tiles';
import { toMercator } from './mercator';

const cache = new TileCache();
/** Tiles being built, by revision and key: a request for one joins its build. */
const building = new Map<string, Promise<Uint8Array>>();

/** The map's opening view (`UKRAINE_BOUNDS` in ui/map/map-options.ts): west, south, east, north. */
export const OPENING_BOUNDS = [22, 44.2, 40.3, 52.4] as const;
/**
 * Zooms built ahead: a desktop window's opening view (4). Not a phone's (3): its one tile is as
 * costly as the desktop's and, built after them, would hold the server while the desktop page
 * asks for its tiles.
 */
export const OPENING_ZOOMS = [4] as const;

/** The tile of `filter` at `revision`, from the cache or built now. */
export async function claimTile(
	source: ClaimSource,
	revision: string,
	tile: TileAddress,
	filter: ClaimFilter
): Promise<Uint8Array> {
	const key = `${tile.z}/${tile.x}/${tile.y}?${filterToParams(filter)}`;
	const cached = cache.get(revision, key);
	if (cached) return cached;
	const id = `${revision} ${key}`;
	let pending = building.get(id);
	if (!pending) {
		pending = buildClaimTile(source.store, tile, { filter }).then(
			(body) => {
				cache.set(revision, key, body);
				building.delete(id);
				return body;
			},
			(error: unknown) => {
				building.delete(id);
				throw error;
			}
		);
		building.set(id, pending);
	}
	return pending;
}

/** The tiles covering the opening view at the opening zooms, in that order. */
export function openingTiles(): TileAddress[] {
	const [west, south, east, north] = OPENING_BOUNDS;
	const [x0, y0] = toMercator(west, north);
	const [x1, y1] = toMercator(east, south);
	return OPENING_ZOOMS.flatMap((z) => {
		const n = 2 ** z;
		const tiles: TileAddress[] = [];
		for (let y = Math.floor(y0 * n); y <= Math.floor(y1 * n); y++)
			for (let x = Math.floor(x0 * n); x <= Math.floor(x1 * n); x++) tiles.push({ z, x, y });
		return tiles;
	});
}

let warming: string | null = null;

/**
 * Builds the unfiltered opening tiles of `revision` into the cache, one at a time with a turn of
 * the event loop between them, so requests that come meanwhile are answered in between. Once per
 * revision; resolves when done (callers need not wait).
 */
export async function warmOpeningTiles(source: ClaimSource, revision: string): Promise<void> {
	if (warming === revision) return;
	warming = revision;
	for (const tile of openingTiles()) {
		await new Promise((next) => setImmediate(next));
		if ((await source.revision()) !== revision) return;
		await claimTile(source, revision, tile, createEmptyFilter());
	}
}
