/**
 * What the map rings: contested and corroborated incidents that have a place, each as its id, point
 * and status alone. A page that holds its claims builds these from its incidents; a large store's
 * page (drawn from tiles, holding no claims) asks the server for them, a few bytes per incident.
 */
import { CLAIMANT_SIDES, type ClaimantSide } from '../contract';
import type { ClaimFilter } from '../filter/model';
import { compileFilter, type Filterable } from '../filter/match';
import { matchesIncident, type IncidentFilter } from './export';
import type { Incident } from './incident';

/**
 * An incident as the map marks it. `claimSides`, when known, are the sides of its claims that pass the
 * claim filter without its sides: the map hides a ring whose sides are all hidden, so a side toggle
 * needs no new marks.
 */
export type IncidentMark = Pick<Incident, 'incidentId' | 'point' | 'status'> & {
	claimSides?: ClaimantSide[];
};

/** What marking an incident reads of it. */
export type MarkableIncident = Pick<
	Incident,
	'incidentId' | 'point' | 'status' | 'featureIds' | 'claimedBy'
>;

/** The incidents worth a mark: contested or corroborated, with a place, slimmed to their marks. */
export function incidentMarks(incidents: readonly IncidentMark[]): IncidentMark[] {
	return incidents
		.filter((i) => i.point !== null && i.status !== 'single')
		.map((i) => ({
			incidentId: i.incidentId,
			point: i.point,
			status: i.status,
			...(i.claimSides ? { claimSides: i.claimSides } : {})
		}));
}

/**
 * The marks of the incidents `filter` and `incidentFilter` select, each with the sides of its claims
 * that pass the claim filter without its sides (the sides the map may show it for). With sides in
 * the filter, only marks with a claim of those sides are kept.
 */
export function markIncidents(
	incidents: readonly MarkableIncident[],
	features: readonly Filterable[],
	filter: ClaimFilter,
	incidentFilter: IncidentFilter
): IncidentMark[] {
	const anySide = compileFilter({ ...filter, sides: [] });
	const sideOf = new Map<string, ClaimantSide>();
	for (const f of features)
		if (anySide.matches(f)) sideOf.set(String(f.id), f.properties.claimantSide);
	// Selected as selectIncidents selects (a claim the filter passes, the incident filter), with the
	// features matched once for both the selection and the sides.
	const marks: IncidentMark[] = [];
	for (const incident of incidents) {
		if (incident.point === null || incident.status === 'single') continue;
		if (!matchesIncident(incident, incidentFilter)) continue;
		const present = new Set(incident.featureIds.map((id) => sideOf.get(id)));
		const sides = CLAIMANT_SIDES.filter((s) => present.has(s));
		if (sides.length === 0) continue;
		if (filter.sides.length > 0 && !sides.some((s) => filter.sides.includes(s))) continue;
		marks.push({
			incidentId: incident.incidentId,
			point: incident.point,
			status: incident.status,
			claimSides: sides
		});
	}
	return marks;
}

/** Whether a mark is shown when `shown` sides are (all of them when empty, or when it has no sides). */
export function markShown(
	mark: Pick<IncidentMark, 'claimSides'>,
	shown: readonly ClaimantSide[]
): boolean {
	return shown.length === 0 || !mark.claimSides || mark.claimSides.some((s) => shown.includes(s));
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
					true &&
				((m as IncidentMark).claimSides === undefined ||
					(Array.isArray((m as IncidentMark).claimSides) &&
						(m as IncidentMark).claimSides?.every((s) =>
							(CLAIMANT_SIDES as readonly unknown[]).includes(s)
						) === true))
		)
	);
}
