/**
 * Whether the page draws the store from vector tiles and pages its list from the server (a store of
 * more features than `CLAIMSMAP_TILES_ABOVE`, default 20,000) or loads every claim at once. The
 * store's size is counted once per revision, so asking is cheap.
 */
import { createEmptyFilter } from '../../core/filter/model';
import type { ClaimStore } from '../store/types';

/** Below this many features the page loads them all (fast, and exactly today's drawing). */
export const DEFAULT_TILES_ABOVE = 20_000;

let size: { revision: string; features: number } | null = null;

/** Features in the whole store, counted once per revision. */
export async function storeSize(store: ClaimStore, revision: string): Promise<number> {
	if (size?.revision !== revision) {
		// The facet count reads the maintained counts (PostgreSQL) or the slim index (SQLite).
		const features = (
			await store.facetCounts({ filter: createEmptyFilter() }, { articles: 'chosen' })
		).matched;
		size = { revision, features };
	}
	return size.features;
}

/** True when a store of this revision is drawn from tiles. */
export async function drawsTiles(store: ClaimStore, revision: string): Promise<boolean> {
	const limit = Number(process.env.CLAIMSMAP_TILES_ABOVE ?? DEFAULT_TILES_ABOVE);
	return (await storeSize(store, revision)) > limit;
}
