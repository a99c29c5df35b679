import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import type { FeatureCollection } from 'geojson';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { BASEMAP_TILE_LAYERS, BASEMAP_TILE_MAX_ZOOM } from '../../core/basemap/embedded-tiles';
import { createBasemapTiles, loadBasemapTiles, validBasemapTile } from './tiles';

function decode(bytes: Uint8Array | null) {
	if (!bytes) throw new Error('no tile');
	return new VectorTile(new PbfReader(bytes));
}

// An invented square country east of the prime meridian and a border line through it.
const countries: FeatureCollection = {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			properties: { name: 'Squareland', isoNumeric: '999' },
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[30, 45],
						[34, 45],
						[34, 49],
						[30, 49],
						[30, 45]
					]
				]
			}
		}
	]
};
const borders: FeatureCollection = {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			properties: {},
			geometry: {
				type: 'LineString',
				coordinates: [
					[32, 45],
					[32, 49]
				]
			}
		}
	]
};

describe('the basemap tiles', () => {
	const tiles = createBasemapTiles({ countries, borders }, 'v1');

	it('cuts the countries and borders into the layers the page draws', () => {
		// Zoom 4 tile 9/5 holds 22.5°E–45°E, 40.98°N–55.78°N.
		const tile = decode(tiles.tile(4, 9, 5));
		expect(Object.keys(tile.layers).sort()).toEqual(
			[BASEMAP_TILE_LAYERS.borders, BASEMAP_TILE_LAYERS.countries].sort()
		);
		const country = tile.layers[BASEMAP_TILE_LAYERS.countries].feature(0);
		expect(country.properties.name).toBe('Squareland');
		expect(country.type).toBe(3);
		const ring = country.loadGeometry()[0];
		// The square's west edge, 30°E, lies a third of the way across the tile.
		const xs = ring.map((p) => p.x);
		expect(Math.min(...xs)).toBeCloseTo(4096 / 3, -1);
		expect(tile.layers[BASEMAP_TILE_LAYERS.borders].feature(0).type).toBe(2);
	});

	it('answers null for a tile with nothing in it or outside the pyramid', () => {
		expect(tiles.tile(4, 0, 0)).toBeNull();
		expect(tiles.tile(BASEMAP_TILE_MAX_ZOOM + 1, 0, 0)).toBeNull();
		expect(tiles.tile(2, 4, 0)).toBeNull();
		expect(validBasemapTile(2, 3, 3)).toBe(true);
		expect(validBasemapTile(2, 4, 3)).toBe(false);
		expect(validBasemapTile(-1, 0, 0)).toBe(false);
		expect(validBasemapTile(1.5, 0, 0)).toBe(false);
	});

	it('cuts each tile once', () => {
		const first = tiles.tile(5, 18, 11);
		expect(first).not.toBeNull();
		expect(tiles.tile(5, 18, 11)).toBe(first);
	});

	it("names the data's version by the files' bytes", () => {
		const dir = mkdtempSync(join(tmpdir(), 'basemap-'));
		try {
			writeFileSync(join(dir, 'countries.geojson'), JSON.stringify(countries));
			writeFileSync(join(dir, 'country-borders.geojson'), JSON.stringify(borders));
			const first = loadBasemapTiles(dir);
			expect(loadBasemapTiles(dir).version).toBe(first.version);
			expect(decode(first.tile(4, 9, 5)).layers.countries.length).toBe(1);
			writeFileSync(
				join(dir, 'country-borders.geojson'),
				JSON.stringify({ ...borders, features: [] })
			);
			expect(loadBasemapTiles(dir).version).not.toBe(first.version);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it("cuts the app's own countries, Ukraine among them", () => {
		const tile = decode(loadBasemapTiles('geodata/basemap').tile(4, 9, 5));
		const layer = tile.layers[BASEMAP_TILE_LAYERS.countries];
		const names = Array.from({ length: layer.length }, (_, i) => layer.feature(i).properties.name);
		expect(names).toContain('Ukraine');
		expect(names).toContain('Poland');
	});
});
