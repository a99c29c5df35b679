/**
 * Grouping claims into incidents, incrementally: each new claim joins the earliest incident whose
 * every claim it matches (complete link, so a chain of near neighbours never merges two events), or
 * founds one. The incident's id is its founding feature's id, so ids are stable across re-extraction
 * as long as the founding claim is. Feeding claims in the same order always gives the same incidents.
 */
import type { ClaimFeature } from '../contract';
import { incidentKey, type IncidentKey } from './key';
import { canJoin, matchPair } from './match';
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

/** Degrees of latitude per km, and the grid cells of the in-memory index (each wider than the reach). */
const DEG_PER_KM = 1 / 111.2;
const CELL_LAT = 0.25;
const CELL_LON = 0.5;

/** The box around a claim within which another claim's point can be the same place (× `times`). */
export function reachBox(
	key: IncidentKey,
	times = 1
): {
	south: number;
	north: number;
	west: number;
	east: number;
} {
	const lat = key.lat as number;
	const lon = key.lon as number;
	const dLat = times * INCIDENT_TUNABLES.maxRadiusKm * DEG_PER_KM;
	const dLon = dLat / Math.max(0.1, Math.cos((lat * Math.PI) / 180));
	return { south: lat - dLat, north: lat + dLat, west: lon - dLon, east: lon + dLon };
}

function cellOf(key: IncidentKey): [number, number] {
	return [Math.floor((key.lon as number) / CELL_LON), Math.floor((key.lat as number) / CELL_LAT)];
}

/**
 * An in-memory incident index (a claims file, an import, a rebuild, the evaluation): incidents are
 * found by day and grid cell, so grouping stays linear in the number of claims.
 */
export class IncidentIndex {
	readonly #byCell = new Map<string, { order: number; candidate: IncidentCandidate }[]>();
	readonly #members = new Map<string, IncidentKey[]>();
	readonly #order = new Map<string, number>();
	readonly #incidentOf = new Map<string, string>();

	/** Adds a claim; returns the id of the incident it joined or founded. */
	add(key: IncidentKey): string {
		const known = this.#incidentOf.get(key.featureId);
		if (known) return known;
		let incidentId: string | null = null;
		if (canJoin(key)) {
			const [x, y] = cellOf(key);
			const seen = new Set<string>();
			const found: { order: number; candidate: IncidentCandidate }[] = [];
			for (const d of candidateDays(key.day as number))
				for (let dx = -1; dx <= 1; dx++)
					for (let dy = -1; dy <= 1; dy++)
						for (const c of this.#byCell.get(`${d}|${x + dx}|${y + dy}`) ?? [])
							if (!seen.has(c.candidate.incidentId)) {
								seen.add(c.candidate.incidentId);
								found.push(c);
							}
			incidentId = chooseIncident(
				key,
				found.sort((a, b) => a.order - b.order).map((c) => c.candidate)
			);
		}
		return this.seed(incidentId ?? key.featureId, key);
	}

	/**
	 * Puts a claim into a given incident without matching (a stored grouping read back), the
	 * incident ordered after those seeded before it; returns the incident id.
	 */
	seed(incidentId: string, key: IncidentKey): string {
		if (!this.#members.has(incidentId)) {
			this.#order.set(incidentId, this.#order.size);
			this.#members.set(incidentId, []);
		}
		const members = this.#members.get(incidentId) as IncidentKey[];
		members.push(key);
		if (canJoin(key)) {
			const [x, y] = cellOf(key);
			const cell = `${key.day}|${x}|${y}`;
			const list = this.#byCell.get(cell) ?? [];
			if (!list.some((c) => c.candidate.incidentId === incidentId))
				list.push({
					order: this.#order.get(incidentId) as number,
					candidate: { incidentId, members }
				});
			this.#byCell.set(cell, list);
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
