/**
 * `GET /api/incidents.geojson?status=…&claimedBy=…&side=…`: incidents (claims about one event,
 * grouped) as a FeatureCollection, one Point per incident with its status, sides, claim ids and
 * quantities per side. Bad parameters are a 400 naming each problem.
 */
import { json } from '@sveltejs/kit';
import { GEOJSON_MEDIA_TYPE } from '$lib/core/export/collection';
import { toIncidentCollection } from '$lib/core/incidents/export';
import { incidentFileName, queryIncidents } from '$lib/server/incident-query';
import type { RequestHandler } from './$types';

/** The selected incidents; `400 {error, details}` for unknown or malformed query parameters. */
export const GET: RequestHandler = async ({ url }) => {
	const result = await queryIncidents(url.searchParams);
	if (!result.ok)
		return json({ error: 'invalid query parameters', details: result.errors }, { status: 400 });
	return new Response(JSON.stringify(toIncidentCollection(result.incidents)), {
		headers: {
			'content-type': GEOJSON_MEDIA_TYPE,
			'content-disposition': `inline; filename="${incidentFileName(url.searchParams, new Date(), 'geojson')}"`,
			'cache-control': 'no-cache'
		}
	});
};
