/**
 * `GET /api/claims.geojson?side=…&type=…`: the claims that the page's filters select, as a contract
 * FeatureCollection, written feature by feature as the client reads (constant memory whatever the
 * store's size), gzip-encoded when accepted, and `304` when the data and the query are unchanged.
 * Bad parameters are a 400 naming each problem, never a silently wider answer.
 */
import { json } from '@sveltejs/kit';
import { GEOJSON_MEDIA_TYPE } from '$lib/core/export/collection';
import { exportFileName } from '$lib/core/export/filename';
import { geojsonChunks } from '$lib/core/export/stream';
import { parseFilterParams } from '$lib/core/filter/filters';
import { claimSource } from '$lib/server/claims';
import {
	acceptsGzip,
	etagOf,
	notModified,
	notModifiedResponse,
	streamedResponse
} from '$lib/server/http/conditional';
import type { RequestHandler } from './$types';

/** The filtered claims; `400 {error, details}` for unknown or malformed query parameters. */
export const GET: RequestHandler = async ({ url, request }) => {
	const parsed = parseFilterParams(url.searchParams);
	if (!parsed.ok) {
		return json({ error: 'invalid query parameters', details: parsed.errors }, { status: 400 });
	}
	const source = await claimSource();
	const gzip = acceptsGzip(request);
	const etag = etagOf(await source.revision(), 'geojson', url.search, gzip ? 'gzip' : 'identity');
	if (notModified(request, etag)) return notModifiedResponse(etag);
	const chunks = geojsonChunks(source.exportFeatures(parsed.filter), await source.meta());
	return streamedResponse(chunks, {
		gzip,
		headers: {
			'content-type': GEOJSON_MEDIA_TYPE,
			'content-disposition': `inline; filename="${exportFileName(parsed.filter, new Date(), 'geojson')}"`,
			'cache-control': 'no-cache',
			etag
		}
	});
};
