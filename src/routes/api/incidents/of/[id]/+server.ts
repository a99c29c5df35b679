/**
 * `GET /api/incidents/of/{featureId}`: `{incident}`, the incident of one claim as served (judgements
 * applied), read without building every incident: what a claim's detail shows when the page draws a
 * large store from tiles and holds no incidents of its own. 404 for an unknown or rejected claim.
 */
import { json } from '@sveltejs/kit';
import { loadIncidentOf } from '$lib/server/incidents';
import type { RequestHandler } from './$types';

/** The claim's incident. */
export const GET: RequestHandler = async ({ params }) => {
	const incident = await loadIncidentOf(params.id);
	if (!incident)
		return json(
			{ error: 'not found', message: `no served claim feature with id '${params.id}'` },
			{ status: 404 }
		);
	return json({ incident }, { headers: { 'cache-control': 'no-cache' } });
};
