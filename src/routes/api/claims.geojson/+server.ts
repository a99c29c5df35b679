/**
 * `GET /api/claims.geojson?side=…&type=…`: the claims that the page's filters select, as a contract
 * FeatureCollection. Bad parameters are a 400 naming each problem, never a silently wider answer.
 */
import { json } from '@sveltejs/kit';
import { GEOJSON_MEDIA_TYPE, toExportCollection } from '$lib/core/export/collection';
import { exportFileName } from '$lib/core/export/filename';
import { filterClaims, parseFilterParams } from '$lib/core/filter/filters';
import { loadClaims } from '$lib/server/claims';
import type { RequestHandler } from './$types';

/** The filtered claims; `400 {error, details}` for unknown or malformed query parameters. */
export const GET: RequestHandler = async ({ url }) => {
	const parsed = parseFilterParams(url.searchParams);
	if (!parsed.ok) {
		return json({ error: 'invalid query parameters', details: parsed.errors }, { status: 400 });
	}
	const all = await loadClaims();
	const features = filterClaims(all.features, parsed.filter);
	const collection = toExportCollection(features, {
		generator: all.claimsmap?.generator ?? 'claimsmap',
		gazetteer: all.claimsmap?.gazetteer ?? 'unknown'
	});
	return new Response(JSON.stringify(collection), {
		headers: {
			'content-type': GEOJSON_MEDIA_TYPE,
			'content-disposition': `inline; filename="${exportFileName(parsed.filter, new Date(), 'geojson')}"`,
			'cache-control': 'no-cache'
		}
	});
};
