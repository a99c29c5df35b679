/**
 * The incident endpoints: `GET /api/incidents.geojson` (grouping and analysts' judgements as the
 * server keeps them) and `POST /api/incidents/judgements`. Failures come back as values.
 */
import type { Incident } from '../core/incidents/incident';
import type { IncidentFeature } from '../core/incidents/export';
import type { JudgementRequest } from '../core/incidents/judgement-request';

/** The outcome of a call. */
export type IncidentsResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** An incident read back from its GeoJSON feature. */
export function incidentOfFeature(feature: IncidentFeature): Incident {
	const c = feature.geometry?.coordinates;
	return { ...feature.properties, point: c ? [c[0], c[1]] : null };
}

async function failure(response: Response): Promise<string> {
	try {
		const body = (await response.json()) as { message?: unknown };
		if (typeof body.message === 'string') return body.message;
	} catch {
		// not JSON
	}
	return `HTTP ${response.status}`;
}

/** Every incident of the server's claims. */
export async function fetchIncidents(
	fetcher: typeof fetch = fetch
): Promise<IncidentsResult<Incident[]>> {
	try {
		const response = await fetcher('/api/incidents.geojson');
		if (!response.ok) return { ok: false, message: await failure(response) };
		const body = (await response.json()) as { features?: IncidentFeature[] };
		if (!Array.isArray(body.features)) return { ok: false, message: 'not a FeatureCollection' };
		return { ok: true, value: body.features.map(incidentOfFeature) };
	} catch (error) {
		return { ok: false, message: (error as Error).message };
	}
}

/** Records a judgement; answers the incident as now served. */
export async function postJudgement(
	request: JudgementRequest,
	fetcher: typeof fetch = fetch
): Promise<IncidentsResult<Incident>> {
	try {
		const response = await fetcher('/api/incidents/judgements', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(request)
		});
		if (!response.ok) return { ok: false, message: await failure(response) };
		return { ok: true, value: ((await response.json()) as { incident: Incident }).incident };
	} catch (error) {
		return { ok: false, message: (error as Error).message };
	}
}
