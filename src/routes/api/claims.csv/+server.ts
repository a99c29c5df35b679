/**
 * `GET /api/claims.csv?side=…`: the same selection as `/api/claims.geojson`, one CSV row per feature
 * (ACLED-like columns), downloaded under a name that says what it holds.
 */
import { json } from '@sveltejs/kit';
import { CSV_MEDIA_TYPE, toCsv } from '$lib/core/export/csv';
import { exportFileName } from '$lib/core/export/filename';
import { filterClaims, parseFilterParams } from '$lib/core/filter/filters';
import { loadClaims } from '$lib/server/claims';
import type { RequestHandler } from './$types';

/** The filtered claims as CSV; `400 {error, details}` for unknown or malformed query parameters. */
export const GET: RequestHandler = async ({ url }) => {
	const parsed = parseFilterParams(url.searchParams);
	if (!parsed.ok) {
		return json({ error: 'invalid query parameters', details: parsed.errors }, { status: 400 });
	}
	const all = await loadClaims();
	const csv = toCsv(filterClaims(all.features, parsed.filter), { bom: true });
	return new Response(csv, {
		headers: {
			'content-type': CSV_MEDIA_TYPE,
			'content-disposition': `attachment; filename="${exportFileName(parsed.filter, new Date(), 'csv')}"`,
			'cache-control': 'no-cache'
		}
	});
};
