/**
 * The embedded basemap's countries and borders as vector tiles (`/api/basemap/{z}/{x}/{y}.mvt`).
 * The world's country polygons at 1:50m are 1.7 MB of GeoJSON: given to MapLibre whole, its one
 * worker parses and indexes all of them before it can cut the claims' first tiles (serving that file
 * empty cut the first draw of a 100k-claim store from 2.5–4.6 s to 1.6–3.2 s over three loads each).
 * Cut here once per process instead (0.2 s, at start), the page fetches only the few tiles in view
 * (the two that show Ukraine at zoom 4: 10 and 6 KB).
 *
 * Layers and zooms: core/basemap/embedded-tiles.ts. `countries` carries name and isoNumeric.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection } from 'geojson';

import { BASEMAP_TILE_LAYERS, BASEMAP_TILE_MAX_ZOOM } from '../../core/basemap/embedded-tiles';

/** The file in geodata/basemap/ each tile layer is cut from. */
const LAYER_FILES = {
	[BASEMAP_TILE_LAYERS.countries]: 'countries.geojson',
	[BASEMAP_TILE_LAYERS.borders]: 'country-borders.geojson'
} as const;

export type BasemapTileLayer = keyof typeof LAYER_FILES;

/** Tile units per side, the format's default. */
const EXTENT = 4096;

/** Cut basemap tiles, each encoded once and kept (the whole pyramid is about 1.5 MB). */
export interface BasemapTiles {
	/** A hash of the data cut: the tiles' ETag, unchanged while the files are. */
	readonly version: string;
	/** The tile's bytes, or null when nothing lies in it (or z/x/y is out of range). */
	tile(z: number, x: number, y: number): Uint8Array | null;
}

/** True for a tile address inside the pyramid. */
export function validBasemapTile(z: number, x: number, y: number): boolean {
	return (
		[z, x, y].every(Number.isInteger) &&
		z >= 0 &&
		z <= BASEMAP_TILE_MAX_ZOOM &&
		x >= 0 &&
		y >= 0 &&
		x < 2 ** z &&
		y < 2 ** z
	);
}

/** Cuts `layers` into tiles. `version` names the data (its ETag). */
export function createBasemapTiles(
	layers: Record<BasemapTileLayer, FeatureCollection>,
	version: string
): BasemapTiles {
	// Simplified to 3 units of the 4096 per tile side, as MapLibre does its own GeoJSON; the index is
	// built on demand below zoom 0, so start-up stays short.
	const indexes = Object.entries(layers).map(
		([name, data]) =>
			[
				name,
				new GeoJSONVT(data as never, {
					maxZoom: BASEMAP_TILE_MAX_ZOOM,
					indexMaxZoom: 0,
					tolerance: 3,
					extent: EXTENT,
					buffer: 64
				})
			] as const
	);
	const cut = new Map<string, Uint8Array | null>();
	return {
		version,
		tile(z, x, y) {
			if (!validBasemapTile(z, x, y)) return null;
			const key = `${z}/${x}/${y}`;
			const kept = cut.get(key);
			if (kept !== undefined) return kept;
			const found: Record<string, NonNullable<ReturnType<GeoJSONVT['getTile']>>> = {};
			for (const [name, index] of indexes) {
				const tile = index.getTile(z, x, y);
				if (tile && tile.features.length > 0) found[name] = tile;
			}
			const bytes =
				Object.keys(found).length > 0 ? fromGeojsonVt(found, { version: 2, extent: EXTENT }) : null;
			cut.set(key, bytes);
			return bytes;
		}
	};
}

/** Reads the layers' files from `dir` and cuts them; the version hashes the files' bytes. */
export function loadBasemapTiles(dir: string): BasemapTiles {
	const hash = createHash('sha1');
	const layers = {} as Record<BasemapTileLayer, FeatureCollection>;
	for (const [name, file] of Object.entries(LAYER_FILES) as [BasemapTileLayer, string][]) {
		const text = readFileSync(resolve(dir, file), 'utf8');
		hash.update(file).update('\u0000').update(text);
		layers[name] = JSON.parse(text) as FeatureCollection;
	}
	return createBasemapTiles(layers, hash.digest('base64url').slice(0, 12));
}

let shared: BasemapTiles | null = null;

/** The app's basemap tiles, from `$CLAIMSMAP_GEODATA/basemap` (default `<cwd>/geodata/basemap`). */
export function defaultBasemapTiles(): BasemapTiles {
	shared ??= loadBasemapTiles(
		resolve(process.env.CLAIMSMAP_GEODATA ?? resolve(process.cwd(), 'geodata'), 'basemap')
	);
	return shared;
}
