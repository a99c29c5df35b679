/**
 * Online basemaps a deployer offers beside the embedded one, read from `PUBLIC_BASEMAPS`: a JSON
 * array of raster XYZ sources, each with the attribution its provider requires.
 *
 *   [{"id": "osm", "name": "OpenStreetMap", "tiles": ["https://tile.openstreetmap.org/{z}/{x}/{y}.png"],
 *     "attribution": "© OpenStreetMap contributors", "maxzoom": 19, "labels": false}]
 *
 * `labels: false` hides the embedded settlement labels over a basemap that draws its own.
 */

/** One online raster basemap. */
export interface OnlineBasemap {
	id: string;
	name: string;
	tiles: string[];
	attribution: string;
	tileSize: number;
	maxzoom: number;
	/** Whether the embedded settlement and raion labels are drawn over it (a satellite image has none). */
	labels: boolean;
}

/** The configuration read: the basemaps, and a message for every entry that was left out. */
export interface BasemapConfig {
	basemaps: OnlineBasemap[];
	problems: string[];
}

/** Pixel size of a tile when the entry does not say. */
const DEFAULT_TILE_SIZE = 256;
/** Deepest zoom of a source when the entry does not say. */
const DEFAULT_MAX_ZOOM = 19;
/** The embedded basemap's id: an online basemap may not take it. */
export const EMBEDDED_BASEMAP = 'embedded';

const isTileUrl = (value: unknown): value is string => {
	if (typeof value !== 'string' || !value.includes('{z}')) return false;
	try {
		const url = new URL(value.replace(/\{[a-z]+\}/g, '0'));
		return url.protocol === 'https:' || url.protocol === 'http:';
	} catch {
		return false;
	}
};

/** Reads `PUBLIC_BASEMAPS`; an empty value offers none, a bad entry is left out with a reason. */
export function parseBasemapConfig(value: string | undefined): BasemapConfig {
	if (!value || !value.trim()) return { basemaps: [], problems: [] };
	let json: unknown;
	try {
		json = JSON.parse(value);
	} catch {
		return { basemaps: [], problems: ['PUBLIC_BASEMAPS is not JSON'] };
	}
	if (!Array.isArray(json)) return { basemaps: [], problems: ['PUBLIC_BASEMAPS is not an array'] };
	const basemaps: OnlineBasemap[] = [];
	const problems: string[] = [];
	json.forEach((entry: Record<string, unknown> | null, i) => {
		const id = typeof entry?.id === 'string' ? entry.id.trim() : '';
		const tiles = Array.isArray(entry?.tiles) ? entry.tiles : [];
		if (!/^[a-z0-9-]{1,40}$/i.test(id) || id === EMBEDDED_BASEMAP) {
			problems.push(`basemap ${i + 1}: "id" must be 1–40 letters, digits or dashes`);
		} else if (basemaps.some((b) => b.id === id)) {
			problems.push(`basemap ${i + 1}: the id "${id}" is taken`);
		} else if (tiles.length === 0 || !tiles.every(isTileUrl)) {
			problems.push(`basemap ${i + 1}: "tiles" must be http(s) URLs with {z}, {x} and {y}`);
		} else if (typeof entry?.attribution !== 'string' || !entry.attribution.trim()) {
			problems.push(`basemap ${i + 1}: "attribution" is required`);
		} else {
			basemaps.push({
				id,
				name: typeof entry.name === 'string' && entry.name.trim() ? entry.name.trim() : id,
				tiles: tiles as string[],
				attribution: entry.attribution.trim(),
				tileSize: Number(entry.tileSize) || DEFAULT_TILE_SIZE,
				maxzoom: Number(entry.maxzoom) || DEFAULT_MAX_ZOOM,
				labels: entry.labels !== false
			});
		}
	});
	return { basemaps, problems };
}

/** The origins the page must be allowed to load tiles from. */
export function basemapTileOrigins(basemaps: readonly OnlineBasemap[]): string[] {
	const origins = new Set<string>();
	for (const b of basemaps) {
		for (const tile of b.tiles) origins.add(new URL(tile.replace(/\{[a-z]+\}/g, '0')).origin);
	}
	return [...origins];
}
