/**
 * `GET /api/incidents/marks?status=…&side=…`: `{marks: [{incidentId, point, status, claimSides}]}`,
 * the contested and corroborated incidents with a place among those the incident API selects (the
 * same parameters), for the rings of a large store's map, which holds no claims to build them from.
 * `claimSides` are the sides of an incident's claims that pass the filter without its sides, so the
 * map hides a ring on a side toggle without asking again.
 * Bad parameters are a 400 naming each problem.
 */
import { json } from '@sveltejs/kit';
import { streamedResponse } from '$lib/server/http/conditional';
import { marksAnswer, queryIncidentMarks } from '$lib/server/incident-query';
import type { RequestHandler } from './$types';

/** The marks of the selected incidents; `400 {error, details}` for bad query parameters. */
export const GET: RequestHandler = async ({ url }) => {
	const result = await queryIncidentMarks(url.searchParams);
	if (!result.ok)
		return json({ error: 'invalid query parameters', details: result.errors }, { status: 400 });
	// Written a chunk of marks at a time, not built whole (incident-query.ts marksAnswer).
	return streamedResponse(marksAnswer(result.marks), {
		gzip: false,
		headers: { 'content-type': 'application/json', 'cache-control': 'no-cache' }
	});
};
