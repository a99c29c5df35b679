/**
 * `GET /api/claims.csv?side=…`: the same selection as `/api/claims.geojson`, one CSV row per feature
 * (ACLED-like columns), streamed row by row, gzip-encoded when accepted, `304` when unchanged, and
 * downloaded under a name that says what it holds.
 */
import { json } from '@sveltejs/kit';
import { CSV_MEDIA_TYPE } from '$lib/core/export/csv';
import { exportFileName } from '$lib/core/export/filename';
import { csvChunks } from '$lib/core/export/stream';
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

/** The filtered claims as CSV; `400 {error, details}` for unknown or malformed query parameters. */
export const GET: RequestHandler = async ({ url, request }) => {
	const parsed = parseFilterParams(url.searchParams);
	if (!parsed.ok) {
		return json({ error: 'invalid query parameters', details: parsed.errors }, { status: 400 });
	}
	const source = await claimSource();
	const gzip = acceptsGzip(request);
	const etag = etagOf(await source.revision(), 'csv', url.search, gzip ? 'gzip' : 'identity');
	if (notModified(request, etag)) return notModifiedResponse(etag);
	return streamedResponse(csvChunks(source.exportFeatures(parsed.filter), { bom: true }), {
		gzip,
		headers: {
			'content-type': CSV_MEDIA_TYPE,
			'content-disposition': `attachment; filename="${exportFileName(parsed.filter, new Date(), 'csv')}"`,
			'cache-control': 'no-cache',
			etag
		}
	});
};
