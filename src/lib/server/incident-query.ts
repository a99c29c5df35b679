/**
 * The query of the incident endpoints: the claim filter's parameters (`side`, `type`, `from`, `to`,
 * `precision`, `minConfidence`, `article`, `bbox`) and the incident filter's (`status`, `claimedBy`).
 */
import { parseFilterParams } from '../core/filter/params';
import type { ClaimFilter } from '../core/filter/model';
import {
	INCIDENT_PARAM_NAMES,
	parseIncidentParams,
	selectIncidents,
	type Incident,
	type IncidentFilter
} from '../core/incidents/index';
import { markIncidents, type IncidentMark } from '../core/incidents/marks';
import { loadIncidents } from './incidents';

/** The store's incidents with the query's claim and incident filters, or the query's problems. */
async function withQuery<T>(
	params: URLSearchParams,
	answer: (
		loaded: Awaited<ReturnType<typeof loadIncidents>>,
		claims: ClaimFilter,
		incidentFilter: IncidentFilter
	) => T
): Promise<{ ok: true; value: T } | { ok: false; errors: string[] }> {
	const claims = parseFilterParams(params, { allow: INCIDENT_PARAM_NAMES });
	const incidentFilter = parseIncidentParams(params);
	const errors = [
		...(claims.ok ? [] : claims.errors),
		...(incidentFilter.ok ? [] : incidentFilter.errors)
	];
	if (!claims.ok || !incidentFilter.ok) return { ok: false, errors };
	return { ok: true, value: answer(await loadIncidents(), claims.filter, incidentFilter.filter) };
}

/** The selected incidents, or the problems of the query. */
export async function queryIncidents(
	params: URLSearchParams
): Promise<{ ok: true; incidents: Incident[] } | { ok: false; errors: string[] }> {
	const result = await withQuery(params, ({ incidents, features }, claims, incidentFilter) =>
		selectIncidents(incidents, features, claims, incidentFilter)
	);
	return result.ok ? { ok: true, incidents: result.value } : result;
}

/**
 * The marks of the selected contested and corroborated incidents, each with the sides of its claims
 * that pass the claim filter without its sides (the map hides a ring by side without asking again).
 */
export async function queryIncidentMarks(
	params: URLSearchParams
): Promise<{ ok: true; marks: IncidentMark[] } | { ok: false; errors: string[] }> {
	const result = await withQuery(params, ({ incidents, features }, claims, incidentFilter) =>
		markIncidents(incidents, features, claims, incidentFilter)
	);
	return result.ok ? { ok: true, marks: result.value } : result;
}

/** The download name: `incidents-<status>-<YYYY-MM-DD>.<ext>`. */
export function incidentFileName(params: URLSearchParams, now: Date, ext: string): string {
	const status = (params.get('status') ?? '').split(',').filter(Boolean).join('+') || 'all';
	return `incidents-${status.replace(/[^a-z+]/g, '')}-${now.toISOString().slice(0, 10)}.${ext}`;
}
