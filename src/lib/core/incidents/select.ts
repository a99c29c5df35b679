/**
 * Which incidents a view shows: those with a claim the claim filter selects (side, type, dates,
 * place…) whose own status and sides the incident filter selects. The API, the export and the
 * dashboard all select through here, so a status filter and a download carry the same incidents.
 */
import type { ClaimFeature } from '../contract';
import { matchesFilter } from '../filter/match';
import type { ClaimFilter } from '../filter/model';
import { matchesIncident, type IncidentFilter } from './export';
import type { Incident } from './incident';

/** The incidents with at least one claim in `filter` that pass `incidentFilter`. */
export function selectIncidents(
	incidents: readonly Incident[],
	features: readonly ClaimFeature[],
	filter: ClaimFilter,
	incidentFilter: IncidentFilter
): Incident[] {
	const shown = new Set(features.filter((f) => matchesFilter(f, filter)).map((f) => String(f.id)));
	return incidents.filter(
		(i) => matchesIncident(i, incidentFilter) && i.featureIds.some((id) => shown.has(id))
	);
}
