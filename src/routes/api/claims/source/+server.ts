/**
 * `GET /api/claims/source`: what the page needs before anything else, answered without counting a
 * selection: the store's revision, its size, and whether the page draws it from vector tiles
 * (`tiles`) or loads every claim. The page asks this first so that its map can start loading tiles
 * while the summary is still being counted; for a tile page the server then builds the opening
 * view's tiles ahead.
 */
import { claimSource } from '$lib/server/claims';
import { cachedJson, etagOf, notModified, notModifiedResponse } from '$lib/server/http/conditional';
import { drawsTiles, storeSize } from '$lib/server/tiles/mode';
import { warmOpeningTiles } from '$lib/server/tiles/tile-service';
import type { RequestHandler } from './$types';

/** `{revision, features, tiles}`; `304` while the store is unchanged. */
export const GET: RequestHandler = async ({ request }) => {
	const source = await claimSource();
	const revision = await source.revision();
	const etag = etagOf(revision, 'source', '');
	if (notModified(request, etag)) return notModifiedResponse(etag);
	const { store } = source;
	const features = await storeSize(store, revision);
	const tiles = await drawsTiles(store, revision);
	// A page is opening: its first tiles are built while it loads its style.
	if (tiles) void warmOpeningTiles(source, revision).catch(() => undefined);
	return cachedJson(request, etag, { revision, features, tiles });
};
