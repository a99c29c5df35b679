/**
 * Grouping claims into incidents, incrementally: each new claim joins the earliest incident whose
 * every claim it matches (complete link, so a chain of near neighbours never merges two events), or
 * founds one. The incident's id is its founding feature's id, so ids are stable across re-extraction
 * as long as the founding claim is. Feeding claims in the same order always gives the same incidents.
 */
import type { ClaimFeature } from '../contract';
import { incidentKey, type IncidentKey } from './key';
import { matchPair } from './match';
import { INCIDENT_TUNABLES } from './tunables';

/** An incident as grouping sees it: its id and the keys of its claims, in the order they joined. */
export interface IncidentCandidate {
	incidentId: string;
	members: readonly IncidentKey[];
}

/** Whether a claim belongs to a candidate incident: it matches every claim of it. */
export function joins(key: IncidentKey, candidate: IncidentCandidate): boolean {
	return candidate.members.every((m) => matchPair(key, m).kind === 'same');
}

/** The incident a new claim joins among candidates given oldest first, or null to found its own. */
export function chooseIncident(
	key: IncidentKey,
	candidates: readonly IncidentCandidate[]
): string | null {
	return candidates.find((c) => joins(key, c))?.incidentId ?? null;
}

/** The days whose incidents a claim of day `day` could join. */
export function candidateDays(day: number): number[] {
	const days: number[] = [];
	for (let d = day - INCIDENT_TUNABLES.maxDayGap; d <= day + INCIDENT_TUNABLES.maxDayGap; d++)
		days.push(d);
	return days;
}

/** An in-memory incident index, for a claims file, an import or the evaluation. */
export class IncidentIndex {
	readonly #byDay = new Map<number, { order: number; candidate: IncidentCandidate }[]>();
	readonly #members = new Map<string, IncidentKey[]>();
	readonly #order = new Map<string, number>();
	readonly #incidentOf = new Map<string, string>();

	/** Adds a claim; returns the id of the incident it joined or founded. */
	add(key: IncidentKey): string {
		const known = this.#incidentOf.get(key.featureId);
		if (known) return known;
		let incidentId: string | null = null;
		if (key.day !== null) {
			const seen = new Set<string>();
			const candidates = candidateDays(key.day)
				.flatMap((d) => this.#byDay.get(d) ?? [])
				.filter((c) => !seen.has(c.candidate.incidentId) && seen.add(c.candidate.incidentId))
				.sort((a, b) => a.order - b.order)
				.map((c) => c.candidate);
			incidentId = chooseIncident(key, candidates);
		}
		if (incidentId === null) {
			incidentId = key.featureId;
			this.#order.set(incidentId, this.#order.size);
			this.#members.set(incidentId, []);
		}
		const members = this.#members.get(incidentId) as IncidentKey[];
		members.push(key);
		if (key.day !== null) {
			const list = this.#byDay.get(key.day) ?? [];
			if (!list.some((c) => c.candidate.incidentId === incidentId))
				list.push({
					order: this.#order.get(incidentId) as number,
					candidate: { incidentId, members }
				});
			this.#byDay.set(key.day, list);
		}
		this.#incidentOf.set(key.featureId, incidentId);
		return incidentId;
	}

	/** The incident of every claim added: feature id → incident id. */
	membership(): Map<string, string> {
		return new Map(this.#incidentOf);
	}
}

/** Groups features in their order (a whole collection at once): feature id → incident id. */
export function groupClaims(features: readonly ClaimFeature[]): Map<string, string> {
	const index = new IncidentIndex();
	for (const f of features) index.add(incidentKey(f));
	return index.membership();
}
