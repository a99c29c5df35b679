import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { CLAIMANT_SIDES, EVENT_TYPES } from '../../core/contract';
import { createEmptyFilter } from '../../core/filter/model';
import { createSyntheticClaims } from '../../core/synthetic/claims';
import { openStore } from '../store/index';
import { syntheticArticles } from '../store/synthetic-articles';
import {
	buildClaimTile,
	spotIndexes,
	TILE_LAYERS,
	TILE_OPTIONS,
	TileCache,
	validTile
} from './claim-tiles';
import { toMercator } from './mercator';
import { encodeMvt } from './mvt';

function decode(bytes: Uint8Array) {
	return new VectorTile(new PbfReader(bytes));
}

describe('encodeMvt', () => {
	it('writes points and properties that a standard decoder reads back', () => {
		const bytes = encodeMvt([
			{
				name: 'things',
				features: [
					{ x: 10, y: 4000, properties: { id: 'a', n: 3, r: 0.25 } },
					{ x: -20, y: 4100, properties: { id: 'b', n: 3 } }
				]
			},
			{ name: 'empty', features: [] }
		]);
		const tile = decode(bytes);
		expect(Object.keys(tile.layers)).toEqual(['things']);
		const layer = tile.layers.things;
		expect(layer.length).toBe(2);
		expect(layer.extent).toBe(4096);
		expect(layer.feature(0).properties).toEqual({ id: 'a', n: 3, r: 0.25 });
		expect(layer.feature(0).type).toBe(1);
		expect(layer.feature(0).loadGeometry()[0][0]).toMatchObject({ x: 10, y: 4000 });
		expect(layer.feature(1).loadGeometry()[0][0]).toMatchObject({ x: -20, y: 4100 });
		expect(layer.feature(1).properties).toEqual({ id: 'b', n: 3 });
	});
});

describe('claim tiles', () => {
	async function createStore() {
		const store = await openStore(':memory:');
		const features = createSyntheticClaims({ count: 400, seed: 11, featuresPerArticle: 40 });
		for (const article of syntheticArticles(features, 40)) await store.addArticle(article);
		return { store, features };
	}

	it('clusters each side at low zoom, the counts adding up to the side’s located claims', async () => {
		const { store, features } = await createStore();
		const tile = decode(
			await buildClaimTile(store, { z: 0, x: 0, y: 0 }, { filter: createEmptyFilter() })
		);
		const located = features.filter((f) => f.geometry !== null);
		for (const side of CLAIMANT_SIDES) {
			let n = 0;
			const clusters = tile.layers[TILE_LAYERS.clusters];
			for (let i = 0; i < (clusters?.length ?? 0); i++) {
				const f = clusters.feature(i);
				if (f.properties.s === side) n += Number(f.properties[`n_${side}`]);
			}
			const singles = tile.layers[TILE_LAYERS.claims];
			for (let i = 0; i < (singles?.length ?? 0); i++)
				if (singles.feature(i).properties.s === side) n += 1;
			expect(n).toBe(located.filter((f) => f.properties.claimantSide === side).length);
		}
		await store.close();
	});

	it('counts each bubble’s claims per event type, adding up to its count', async () => {
		const { store, features } = await createStore();
		const tile = decode(
			await buildClaimTile(store, { z: 0, x: 0, y: 0 }, { filter: createEmptyFilter() })
		);
		const clusters = tile.layers[TILE_LAYERS.clusters];
		expect(clusters.length).toBeGreaterThan(0);
		const byType = Object.fromEntries(EVENT_TYPES.map((t) => [t, 0]));
		for (let i = 0; i < clusters.length; i++) {
			const p = clusters.feature(i).properties;
			expect(p.tt).toBe(1);
			const side = String(p.s);
			const counts = EVENT_TYPES.map((t) => Number(p[`n_${side}_${t}`] ?? 0));
			expect(counts.reduce((a, b) => a + b, 0)).toBe(p.point_count);
			EVENT_TYPES.forEach((t, k) => (byType[t] += counts[k]));
		}
		const singles = tile.layers[TILE_LAYERS.claims];
		for (let i = 0; i < (singles?.length ?? 0); i++)
			byType[String(singles.feature(i).properties.t)]++;
		for (const type of EVENT_TYPES) {
			const located = features.filter(
				(f) => f.geometry !== null && f.properties.eventType === type
			);
			expect(byType[type]).toBe(located.length);
		}
		await store.close();
	});

	it('numbers the claims that share a spot by id, and only those', () => {
		const point = (id: string, lon: number) => ({
			id,
			lon,
			lat: 48.5,
			side: 'russia' as const,
			type: 'strike' as const,
			precision: 'settlement' as const,
			day: null,
			uncertaintyKm: null,
			admin1: null
		});
		const spots = spotIndexes([point('c', 35), point('a', 35), point('b', 35), point('d', 36)]);
		expect([...spots].sort()).toEqual([
			['a', 0],
			['b', 1],
			['c', 2]
		]);
	});

	it('gives every claim in a tile above the cluster zoom, with slim properties', async () => {
		const { store, features } = await createStore();
		const z = TILE_OPTIONS.clusterMaxZoom + 1;
		const target = features.find((f) => f.geometry !== null)!;
		const [mx, my] = toMercator(...(target.geometry!.coordinates as [number, number]));
		const address = { z, x: Math.floor(mx * 2 ** z), y: Math.floor(my * 2 ** z) };
		const tile = decode(await buildClaimTile(store, address, { filter: createEmptyFilter() }));
		const claims = tile.layers[TILE_LAYERS.claims];
		const found = Array.from({ length: claims.length }, (_, i) => claims.feature(i)).find(
			(f) => f.properties.id === target.id
		)!;
		const p = target.properties;
		expect(found.properties).toMatchObject({ s: p.claimantSide, t: p.eventType, p: p.precision });
		if (p.eventDate ?? p.published) expect(found.properties.d).toBe(p.eventDate ?? p.published);
		const geojson = found.toGeoJSON(address.x, address.y, z) as {
			geometry: { coordinates: number[] };
		};
		expect(geojson.geometry.coordinates[0]).toBeCloseTo(target.geometry!.coordinates[0], 3);
		expect(geojson.geometry.coordinates[1]).toBeCloseTo(target.geometry!.coordinates[1], 3);
		const russia = decode(
			await buildClaimTile(store, address, {
				filter: { ...createEmptyFilter(), sides: ['russia'] }
			})
		).layers[TILE_LAYERS.claims];
		for (let i = 0; i < (russia?.length ?? 0); i++)
			expect(russia.feature(i).properties.s).toBe('russia');
		await store.close();
	});

	it('accepts only tiles that exist', () => {
		expect(validTile({ z: 0, x: 0, y: 0 })).toBe(true);
		expect(validTile({ z: 3, x: 8, y: 0 })).toBe(false);
		expect(validTile({ z: 40, x: 0, y: 0 })).toBe(false);
		expect(validTile({ z: 2, x: -1, y: 0 })).toBe(false);
	});
});

describe('TileCache', () => {
	it('forgets every tile when the revision changes', () => {
		const cache = new TileCache();
		cache.set('r1', 'a', new Uint8Array([1]));
		expect(cache.get('r1', 'a')).toEqual(new Uint8Array([1]));
		expect(cache.get('r2', 'a')).toBeUndefined();
		cache.set('r2', 'b', new Uint8Array([2]));
		expect(cache.size).toBe(1);
		expect(cache.get('r2', 'a')).toBeUndefined();
	});

	it('drops the least recently used tile beyond its bound', () => {
		const cache = new TileCache();
		for (let i = 0; i <= TILE_OPTIONS.cacheEntries; i++) {
			cache.set('r', `t${i}`, new Uint8Array([i % 256]));
			if (i === 10) cache.get('r', 't0');
		}
		expect(cache.size).toBe(TILE_OPTIONS.cacheEntries);
		expect(cache.get('r', 't0')).toBeDefined();
		expect(cache.get('r', 't1')).toBeUndefined();
	});
});
