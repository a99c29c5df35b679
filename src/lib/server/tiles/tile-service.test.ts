import { describe, expect, test } from 'vitest';
import { createEmptyFilter } from '../../core/filter/model';
import { UKRAINE_BOUNDS } from '../../ui/map/map-options';
import type { ClaimSource } from '../claims';
import { openStore } from '../store/index';
import type { ClaimStore, TileClustersQuery } from '../store/types';
import { claimTile, OPENING_BOUNDS, openingTiles, warmOpeningTiles } from './tile-service';

/** A source over an empty store that counts the cluster queries it answers. */
async function createCountingSource(revision: string) {
	const store = await openStore(':memory:');
	const asked: string[] = [];
	const counting = Object.create(store) as ClaimStore;
	counting.tileClusterTypes = async (query: TileClustersQuery) => {
		asked.push(`${query.z}/${query.x}/${query.y}`);
		return store.tileClusterTypes!(query);
	};
	const source = { store: counting, revision: async () => revision } as unknown as ClaimSource;
	return { source, asked, close: () => store.close() };
}

describe('the opening tiles', () => {
	test('cover the map’s opening view at a desktop’s zoom first', () => {
		expect([...OPENING_BOUNDS]).toEqual(UKRAINE_BOUNDS.flat());
		const tiles = openingTiles().map((t) => `${t.z}/${t.x}/${t.y}`);
		expect(tiles).toEqual(['4/8/5', '4/9/5']);
	});

	test('are built once ahead, so the page’s first tiles are answered from the cache', async () => {
		const { source, asked, close } = await createCountingSource('warm-1');
		await warmOpeningTiles(source, 'warm-1');
		expect(asked.length).toBe(openingTiles().length);
		await warmOpeningTiles(source, 'warm-1');
		await claimTile(source, 'warm-1', { z: 4, x: 9, y: 5 }, createEmptyFilter());
		expect(asked.length).toBe(openingTiles().length);
		await claimTile(source, 'warm-1', { z: 6, x: 37, y: 22 }, createEmptyFilter());
		expect(asked.length).toBe(openingTiles().length + 1);
		await close();
	});

	test('a tile asked twice while it is built is built once', async () => {
		const { source, asked, close } = await createCountingSource('warm-2');
		const tile = { z: 5, x: 19, y: 11 };
		await Promise.all([
			claimTile(source, 'warm-2', tile, createEmptyFilter()),
			claimTile(source, 'warm-2', tile, createEmptyFilter())
		]);
		expect(asked).toEqual(['5/19/11']);
		await close();
	});
});
