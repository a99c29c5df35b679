/**
 * `GET /api/claims/summary?side=…&q=…`: what the page shows beside the list, counted by the store:
 * the header's totals, the facet counts, the per-day histogram (with every filter but the dates,
 * as the date control shows the days around its selection) and the region-claim counts per side
 * and oblast (with every filter but the side and the view, as the map shades them). Article counts
 * are given for the chosen articles only. `304` when the
 * data and the query are unchanged. `tiles` tells the page whether the store is large enough
 * (more features than `CLAIMSMAP_TILES_ABOVE`, default 20,000) to draw it from vector tiles and
 * page the list from the server rather than load every claim.
 */
import { json } from '@sveltejs/kit';
import { claimSource } from '$lib/server/claims';
import { parseSelection } from '$lib/server/http/claim-query';
import { cachedJson, etagOf, notModified, notModifiedResponse } from '$lib/server/http/conditional';
import { createEmptyFilter } from '$lib/core/filter/model';
import type { ClaimStore } from '$lib/server/store/types';
import type { RequestHandler } from './$types';

/** Below this many features the page loads them all (fast, and exactly today's drawing). */
const DEFAULT_TILES_ABOVE = 20_000;

let size: { revision: string; features: number } | null = null;

/** Features in the whole store, counted once per revision. */
async function storeSize(store: ClaimStore, revision: string): Promise<number> {
	if (size?.revision !== revision) {
		const features = (
			await store.facetCounts({ filter: createEmptyFilter() }, { articles: 'chosen' })
		).matched;
		size = { revision, features };
	}
	return size.features;
}

/** The summary; `400 {error, details}` for unknown or malformed query parameters. */
export const GET: RequestHandler = async ({ url, request }) => {
	const parsed = parseSelection(url.searchParams);
	if (!parsed.ok) {
		return json({ error: 'invalid query parameters', details: parsed.errors }, { status: 400 });
	}
	const source = await claimSource();
	const revision = await source.revision();
	const etag = etagOf(revision, 'summary', url.search);
	if (notModified(request, etag)) return notModifiedResponse(etag);
	const selection = parsed.value;
	const { store } = source;
	const [totals, facets, days, regions] = await Promise.all([
		store.totals(selection),
		store.facetCounts(selection, { articles: 'chosen' }),
		store.dayHistogram({ ...selection, filter: { ...selection.filter, from: null, to: null } }),
		store.regionCounts({ ...selection, filter: { ...selection.filter, sides: [], bbox: null } })
	]);
	const limit = Number(process.env.CLAIMSMAP_TILES_ABOVE ?? DEFAULT_TILES_ABOVE);
	const tiles = (await storeSize(store, revision)) > limit;
	return cachedJson(request, etag, { revision, tiles, totals, facets, days, regions });
};
