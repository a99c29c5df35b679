/**
 * `GET /api/tiles/{z}/{x}/{y}.mvt?from=…`: the claims as a Mapbox Vector Tile, with the page's
 * filters (the map leaves out `side` and `type`, which it applies on the GPU, and `bbox`). Layer
 * `clusters` (per-side counts and per side and type, up to zoom 11) and `claims` (id, side, type,
 * precision, day, place on a shared spot's spiral). `type` is still read, for other clients. Cached
 * until the next change to the store; `v=<revision>` in the query makes the answer immutable.
 */
import { json } from '@sveltejs/kit';
import { parseFilterParams, filterToParams } from '$lib/core/filter/filters';
import { claimSource } from '$lib/server/claims';
import { etagOf, notModified, notModifiedResponse } from '$lib/server/http/conditional';
import { validTile } from '$lib/server/tiles/claim-tiles';
import { claimTile } from '$lib/server/tiles/tile-service';
import type { RequestHandler } from './$types';

const MVT_MEDIA_TYPE = 'application/vnd.mapbox-vector-tile';

/** The tile; 400 for a malformed address or filter. */
export const GET: RequestHandler = async ({ params, url, request }) => {
	const tile = { z: Number(params.z), x: Number(params.x), y: Number(params.y) };
	if (![params.z, params.x, params.y].every((p) => /^\d{1,7}$/.test(p)) || !validTile(tile)) {
		return json({ error: 'not found', message: 'no such tile' }, { status: 404 });
	}
	const parsed = parseFilterParams(url.searchParams, { allow: ['v'] });
	if (!parsed.ok) {
		return json({ error: 'invalid query parameters', details: parsed.errors }, { status: 400 });
	}
	const source = await claimSource();
	const revision = await source.revision();
	const key = `${tile.z}/${tile.x}/${tile.y}?${filterToParams(parsed.filter)}`;
	const etag = etagOf(revision, 'tile', key);
	const pinned = url.searchParams.get('v') === revision;
	const headers = {
		'content-type': MVT_MEDIA_TYPE,
		'cache-control': pinned ? 'public, max-age=31536000, immutable' : 'no-cache',
		etag
	};
	if (notModified(request, etag)) return notModifiedResponse(etag, headers);
	const body = await claimTile(source, revision, tile, parsed.filter);
	return new Response(body.length > 0 ? (body as Uint8Array<ArrayBuffer>) : null, {
		status: body.length > 0 ? 200 : 204,
		headers
	});
};
