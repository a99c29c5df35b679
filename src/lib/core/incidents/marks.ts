/**
 * What the map rings: contested and corroborated incidents that have a place, each as its id, point
 * and status alone. A page that holds its claims builds these from its incidents; a large store's
 * page (drawn from tiles, holding no claims) asks the server for them, a few bytes per incident.
 */
import type { Incident } from './incident';

/** An incident as the map marks it. */
export type IncidentMark = Pick<Incident, 'incidentId' | 'point' | 'status'>;

/** The incidents worth a mark: contested or corroborated, with a place, slimmed to their marks. */
export function incidentMarks(incidents: readonly IncidentMark[]): IncidentMark[] {
	return incidents
		.filter((i) => i.point !== null && i.status !== 'single')
		.map((i) => ({ incidentId: i.incidentId, point: i.point, status: i.status }));
}

/** Whether a value read from the network is a list of marks. */
export function isIncidentMarkList(value: unknown): value is IncidentMark[] {
	return (
		Array.isArray(value) &&
		value.every(
			(m) =>
				typeof m === 'object' &&
				m !== null &&
				typeof (m as IncidentMark).incidentId === 'string' &&
				((m as IncidentMark).status === 'contested' ||
					(m as IncidentMark).status === 'corroborated') &&
				Array.isArray((m as IncidentMark).point) &&
				(m as IncidentMark).point?.length === 2 &&
				(m as IncidentMark).point?.every((c) => typeof c === 'number' && Number.isFinite(c)) ===
					true
		)
	);
}
