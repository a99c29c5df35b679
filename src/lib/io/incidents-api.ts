/**
 * The incident endpoints the page uses: `GET /api/incidents/grouping` (the grouping and analysts'
 * judgements as the server keeps them), `GET /api/incidents/of/{featureId}` and
 * `GET /api/incidents.geojson` and `GET /api/incidents/marks` (for a large store drawn from tiles,
 * whose claims the page does not hold), and `POST /api/incidents/judgements`. Failures come back as values.
 */
import type { IncidentFeature } from '../core/incidents/export';
import type { Incident } from '../core/incidents/incident';
import type { JudgementRequest } from '../core/incidents/judgement-request';
import type { IncidentGrouping } from '../core/incidents/judgements';
import { isIncidentMarkList, type IncidentMark } from '../core/incidents/marks';

/** The outcome of a call. */
export type IncidentsResult<T> = { ok: true; value: T } | { ok: false; message: string };

async function failure(response: Response): Promise<string> {
	try {
		const body = (await response.json()) as { message?: unknown };
		if (typeof body.message === 'string') return body.message;
	} catch {
		// not JSON
	}
	return `HTTP ${response.status}`;
}

/** The server's grouping and judgements (the page builds the incidents with its claims). */
export async function fetchGrouping(
	fetcher: typeof fetch = fetch
): Promise<IncidentsResult<IncidentGrouping>> {
	try {
		const response = await fetcher('/api/incidents/grouping');
		if (!response.ok) return { ok: false, message: await failure(response) };
		const body = (await response.json()) as Partial<IncidentGrouping>;
		if (typeof body.membership !== 'object' || !Array.isArray(body.judgements))
			return { ok: false, message: 'not an incident grouping' };
		return { ok: true, value: body as IncidentGrouping };
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

/** The incident of one claim as the server serves it; null when it knows no such claim. */
export async function fetchIncidentOf(
	featureId: string,
	fetcher: typeof fetch = fetch
): Promise<IncidentsResult<Incident | null>> {
	try {
		const response = await fetcher(`/api/incidents/of/${encodeURIComponent(featureId)}`);
		if (response.status === 404) return { ok: true, value: null };
		if (!response.ok) return { ok: false, message: await failure(response) };
		return { ok: true, value: ((await response.json()) as { incident: Incident }).incident };
	} catch (error) {
		return { ok: false, message: (error as Error).message };
	}
}

/** The incidents with a claim in a selection (`from`, `to`, `bbox`, …), as the incident API answers. */
export async function fetchIncidents(
	params: URLSearchParams,
	fetcher: typeof fetch = fetch
): Promise<IncidentsResult<Incident[]>> {
	try {
		const response = await fetcher(`/api/incidents.geojson?${params}`);
		if (!response.ok) return { ok: false, message: await failure(response) };
		const body = (await response.json()) as { features: IncidentFeature[] };
		return {
			ok: true,
			value: body.features.map((f) => ({
				...f.properties,
				point: f.geometry ? [f.geometry.coordinates[0], f.geometry.coordinates[1]] : null
			}))
		};
	} catch (error) {
		return { ok: false, message: (error as Error).message };
	}
}

/**
 * The marks (contested and corroborated incidents with a place) of a selection, for the map; `query`
 * is the incident API's query, `?…` or empty.
 */
export async function fetchIncidentMarks(
	query: string,
	fetcher: typeof fetch = fetch
): Promise<IncidentsResult<IncidentMark[]>> {
	try {
		const response = await fetcher(`/api/incidents/marks${query}`);
		if (!response.ok) return { ok: false, message: await failure(response) };
		const body = (await response.json()) as { marks?: unknown };
		if (!isIncidentMarkList(body.marks)) return { ok: false, message: 'not a list of marks' };
		return { ok: true, value: body.marks };
	} catch (error) {
		return { ok: false, message: (error as Error).message };
	}
}
