/**
 * `GET /api/incidents/marks?status=…&side=…`: `{marks: [{incidentId, point, status}]}`, the
 * contested and corroborated incidents with a place among those the incident API selects (the same
 * parameters), for the rings of a large store's map, which holds no claims to build them from.
 * Bad parameters are a 400 naming each problem.
 */
import { json } from '@sveltejs/kit';
import { incidentMarks } from '$lib/core/incidents/marks';
import { queryIncidents } from '$lib/server/incident-query';
import type { RequestHandler } from './$types';

/** The marks of the selected incidents; `400 {error, details}` for bad query parameters. */
export const GET: RequestHandler = async ({ url }) => {
	const result = await queryIncidents(url.searchParams);
	if (!result.ok)
		return json({ error: 'invalid query parameters', details: result.errors }, { status: 400 });
	return json(
		{ marks: incidentMarks(result.incidents) },
		{ headers: { 'cache-control': 'no-cache' } }
	);
};
