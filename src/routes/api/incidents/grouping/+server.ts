/**
 * `GET /api/incidents/grouping`: `{membership: {featureId: incidentId}, judgements: [...]}`, what the
 * dashboard builds its incidents from with the claims it already holds, so a large store sends ids,
 * not every incident in full.
 */
import { json } from '@sveltejs/kit';
import { loadGrouping } from '$lib/server/incidents';
import type { RequestHandler } from './$types';

/** The stored grouping and the analysts' judgements. */
export const GET: RequestHandler = async () =>
	json(await loadGrouping(), { headers: { 'cache-control': 'no-cache' } });
