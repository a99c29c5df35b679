import { describe, expect, test } from 'vitest';
import { basemapTileOrigins, parseBasemapConfig } from './online';

const osm = {
	id: 'street',
	name: 'Streets',
	tiles: ['https://tiles.example.org/{z}/{x}/{y}.png'],
	attribution: '© Invented Tiles'
};

describe('parseBasemapConfig', () => {
	test('no value offers no online basemap', () => {
		expect(parseBasemapConfig(undefined)).toEqual({ basemaps: [], problems: [] });
	});

	test('a raster entry gets the default tile size and zoom', () => {
		const { basemaps, problems } = parseBasemapConfig(JSON.stringify([osm]));
		expect(problems).toEqual([]);
		expect(basemaps).toEqual([{ ...osm, tileSize: 256, maxzoom: 19, labels: true }]);
	});

	test('entries without attribution, with bad tiles or a taken id are left out, with reasons', () => {
		const { basemaps, problems } = parseBasemapConfig(
			JSON.stringify([
				osm,
				{ ...osm, id: 'street' },
				{ ...osm, id: 'sat', attribution: '' },
				{ ...osm, id: 'ftp', tiles: ['ftp://tiles.example.org/{z}/{x}/{y}.png'] },
				{ ...osm, id: 'embedded' }
			])
		);
		expect(basemaps.map((b) => b.id)).toEqual(['street']);
		expect(problems).toHaveLength(4);
		expect(problems[1]).toContain('attribution');
	});

	test('text that is not a JSON array is one problem', () => {
		expect(parseBasemapConfig('{').problems).toEqual(['PUBLIC_BASEMAPS is not JSON']);
		expect(parseBasemapConfig('{}').problems).toEqual(['PUBLIC_BASEMAPS is not an array']);
	});

	test('the tile origins are listed once each', () => {
		const { basemaps } = parseBasemapConfig(
			JSON.stringify([osm, { ...osm, id: 'b', tiles: ['https://tiles.example.org/b/{z}/{x}/{y}'] }])
		);
		expect(basemapTileOrigins(basemaps)).toEqual(['https://tiles.example.org']);
	});
});
