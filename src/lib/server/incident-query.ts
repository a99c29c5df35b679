/**
 * The query of the incident endpoints: the claim filter's parameters (`side`, `type`, `from`, `to`,
 * `precision`, `minConfidence`, `article`, `bbox`) and the incident filter's (`status`, `claimedBy`).
 */
import { parseFilterParams } from '../core/filter/params';
import {
	INCIDENT_PARAM_NAMES,
	parseIncidentParams,
	selectIncidents,
	type Incident
} from '../core/incidents/index';
import { loadIncidents } from './incidents';

/** The selected incidents, or the problems of the query. */
export async function queryIncidents(
	params: URLSearchParams
): Promise<{ ok: true; incidents: Incident[] } | { ok: false; errors: string[] }> {
	const claims = parseFilterParams(params, { allow: INCIDENT_PARAM_NAMES });
	const incidentFilter = parseIncidentParams(params);
	const errors = [
		...(claims.ok ? [] : claims.errors),
		...(incidentFilter.ok ? [] : incidentFilter.errors)
	];
	if (!claims.ok || !incidentFilter.ok) return { ok: false, errors };
	const { incidents, features } = await loadIncidents();
	return {
		ok: true,
		incidents: selectIncidents(incidents, features, claims.filter, incidentFilter.filter)
	};
}

/** The download name: `incidents-<status>-<YYYY-MM-DD>.<ext>`. */
export function incidentFileName(params: URLSearchParams, now: Date, ext: string): string {
	const status = (params.get('status') ?? '').split(',').filter(Boolean).join('+') || 'all';
	return `incidents-${status.replace(/[^a-z+]/g, '')}-${now.toISOString().slice(0, 10)}.${ext}`;
}
