/**
 * `GET /api/incidents.csv?status=…`: the same selection as `/api/incidents.geojson`, one CSV row per
 * incident (status and its reason, sides asserting and denying, claimants, quantities per side, claim
 * and feature ids, verification).
 */
import { json } from '@sveltejs/kit';
import { CSV_MEDIA_TYPE } from '$lib/core/export/csv';
import { incidentsToCsv } from '$lib/core/incidents/export';
import { incidentFileName, queryIncidents } from '$lib/server/incident-query';
import type { RequestHandler } from './$types';

/** The selected incidents as CSV; `400 {error, details}` for bad query parameters. */
export const GET: RequestHandler = async ({ url }) => {
	const result = await queryIncidents(url.searchParams);
	if (!result.ok)
		return json({ error: 'invalid query parameters', details: result.errors }, { status: 400 });
	return new Response(`\ufeff${incidentsToCsv(result.incidents)}`, {
		headers: {
			'content-type': CSV_MEDIA_TYPE,
			'content-disposition': `attachment; filename="${incidentFileName(url.searchParams, new Date(), 'csv')}"`,
			'cache-control': 'no-cache'
		}
	});
};
