/**
 * `GET /api/basemap/{z}/{x}/{y}.mvt`: the embedded basemap's countries and borders as a Mapbox Vector
 * Tile (layers `countries` and `borders`, see server/basemap/tiles.ts), zoom 0 to 6. 204 for a tile
 * with nothing in it, 404 for one outside the pyramid. The data changes only with the app, so the
 * answer may be kept a day and is revalidated by its ETag after.
 */
import { json } from '@sveltejs/kit';
import { defaultBasemapTiles, validBasemapTile } from '$lib/server/basemap/tiles';
import { notModified, notModifiedResponse } from '$lib/server/http/conditional';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, request }) => {
	const [z, x, y] = [params.z, params.x, params.y].map(Number);
	if (
		![params.z, params.x, params.y].every((p) => /^\d{1,3}$/.test(p)) ||
		!validBasemapTile(z, x, y)
	) {
		return json({ error: 'not found', message: 'no such basemap tile' }, { status: 404 });
	}
	const tiles = defaultBasemapTiles();
	const etag = `"basemap-${tiles.version}"`;
	const headers = {
		'content-type': 'application/vnd.mapbox-vector-tile',
		'cache-control': 'public, max-age=86400',
		etag
	};
	if (notModified(request, etag)) return notModifiedResponse(etag, headers);
	const body = tiles.tile(z, x, y);
	return new Response(body ? (body as Uint8Array<ArrayBuffer>) : null, {
		status: body ? 200 : 204,
		headers
	});
};
