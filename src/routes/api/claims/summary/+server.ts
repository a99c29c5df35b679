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
import { drawsTiles } from '$lib/server/tiles/mode';
import type { RequestHandler } from './$types';

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
	const tiles = await drawsTiles(store, revision);
	return cachedJson(request, etag, { revision, tiles, totals, facets, days, regions });
};
