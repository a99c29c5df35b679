/**
 * Grouping claims into incidents, incrementally: each new claim joins the earliest incident whose
 * every claim it matches (complete link, so a chain of near neighbours never merges two events), or
 * founds one. The incident's id is its founding feature's id, so ids are stable across re-extraction
 * as long as the founding claim is. Feeding claims in the same order always gives the same incidents.
 */
import type { ClaimFeature } from '../contract';
import { incidentKey, type IncidentKey } from './key';
import { canJoin, pairApart } from './match';
import { INCIDENT_TUNABLES } from './tunables';

/** An incident as grouping sees it: its id and the keys of its claims, in the order they joined. */
export interface IncidentCandidate {
	incidentId: string;
	members: readonly IncidentKey[];
}

/** Whether a claim belongs to a candidate incident: it matches every claim of it. */
export function joins(key: IncidentKey, candidate: IncidentCandidate): boolean {
	for (const m of candidate.members) if (pairApart(key, m)) return false;
	return true;
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

/** Offset that keeps a cell's coordinates positive in a square's number (cells span ±720). */
const CELL_OFFSET = 1024;

/** One day's grid cell as a single number (a day and two cell coordinates). */
function squareNumber(day: number, x: number, y: number): number {
	return (day * 2 * CELL_OFFSET + x + CELL_OFFSET) * 2 * CELL_OFFSET + y + CELL_OFFSET;
}

/** The day-and-cell square (as a number) a claim that can join is indexed in. */
export function squareOf(key: IncidentKey): number {
	const [x, y] = cellOf(key);
	return squareNumber(key.day as number, x, y);
}

/** How far around a claim (days, cells) the stored claims of every incident it can join lie. */
const SQUARE_DAYS = 2 * INCIDENT_TUNABLES.maxDayGap;
const SQUARE_CELLS = 2;

/**
 * The day-and-cell squares (as numbers) that hold every claim of every incident a claim can join,
 * and the box (days, latitudes, longitudes) they cover: a store reads that box once and marks the
 * squares read. Every claim of an incident lies within a day and the reach of each other, so two
 * days and twice the reach around the claim hold each joinable incident whole; two cells each way
 * cover twice the reach (a cell is wider than the reach).
 */
export function squaresAround(key: IncidentKey): {
	squares: number[];
	box: { dayFrom: number; dayTo: number; south: number; north: number; west: number; east: number };
} {
	const [x, y] = cellOf(key);
	const day = key.day as number;
	const squares: number[] = [];
	for (let d = day - SQUARE_DAYS; d <= day + SQUARE_DAYS; d++)
		for (let dx = -SQUARE_CELLS; dx <= SQUARE_CELLS; dx++)
			for (let dy = -SQUARE_CELLS; dy <= SQUARE_CELLS; dy++)
				squares.push(squareNumber(d, x + dx, y + dy));
	return {
		squares,
		box: {
			dayFrom: day - SQUARE_DAYS,
			dayTo: day + SQUARE_DAYS,
			south: (y - SQUARE_CELLS) * CELL_LAT,
			north: (y + SQUARE_CELLS + 1) * CELL_LAT,
			west: (x - SQUARE_CELLS) * CELL_LON,
			east: (x + SQUARE_CELLS + 1) * CELL_LON
		}
	};
}

/** The range of days, latitudes and longitudes that squares (as numbers) cover together. */
export function boxOfSquares(squares: readonly number[]): ReturnType<typeof squaresAround>['box'] {
	const span = 2 * CELL_OFFSET;
	let [dayFrom, dayTo, xMin, xMax, yMin, yMax] = [
		Infinity,
		-Infinity,
		Infinity,
		-Infinity,
		Infinity,
		-Infinity
	];
	for (const n of squares) {
		const y = (n % span) - CELL_OFFSET;
		const rest = Math.floor(n / span);
		const x = (rest % span) - CELL_OFFSET;
		const day = Math.floor(rest / span);
		[dayFrom, dayTo] = [Math.min(dayFrom, day), Math.max(dayTo, day)];
		[xMin, xMax, yMin, yMax] = [
			Math.min(xMin, x),
			Math.max(xMax, x),
			Math.min(yMin, y),
			Math.max(yMax, y)
		];
	}
	return {
		dayFrom,
		dayTo,
		south: yMin * CELL_LAT,
		north: (yMax + 1) * CELL_LAT,
		west: xMin * CELL_LON,
		east: (xMax + 1) * CELL_LON
	};
}

/**
 * An in-memory incident index (a claims file, an import, a rebuild, the evaluation, and a store's
 * cache of the stored grouping): incidents are found by day and grid cell, so grouping stays linear
 * in the number of claims. Incidents are tried oldest first: by the order given when seeded (a
 * store's row number), else by when they were first seen.
 */
export class IncidentIndex {
	readonly #byCell = new Map<number, IncidentCandidate[]>();
	readonly #members = new Map<string, IncidentKey[]>();
	readonly #order = new Map<string, number>();
	readonly #incidentOf = new Map<string, string>();
	#next = 0;

	/** Adds a claim; returns the id of the incident it joined or founded. */
	add(key: IncidentKey): string {
		const known = this.#incidentOf.get(key.featureId);
		if (known) return known;
		return this.seed(this.find(key) ?? key.featureId, key);
	}

	/**
	 * The oldest incident a claim joins among those indexed, or null: it founds its own. Every
	 * incident in the squares around is tried once (an incident in two squares is skipped the second
	 * time) and the oldest that joins is kept, with no list built or sorted per claim.
	 */
	find(key: IncidentKey): string | null {
		if (!canJoin(key)) return null;
		const [x, y] = cellOf(key);
		const day = key.day as number;
		const gap = INCIDENT_TUNABLES.maxDayGap;
		let best: string | null = null;
		let bestOrder = Infinity;
		let tried: Set<string> | null = null;
		for (let d = day - gap; d <= day + gap; d++)
			for (let dx = -1; dx <= 1; dx++)
				for (let dy = -1; dy <= 1; dy++) {
					const list = this.#byCell.get(squareNumber(d, x + dx, y + dy));
					if (!list) continue;
					for (const c of list) {
						const order = this.#order.get(c.incidentId) as number;
						if (order >= bestOrder) continue;
						// An incident spans at most three days and cells, so it may be met again.
						if (tried?.has(c.incidentId)) continue;
						(tried ??= new Set()).add(c.incidentId);
						if (joins(key, c)) [best, bestOrder] = [c.incidentId, order];
					}
				}
		return best;
	}

	/** The incident of an indexed claim, or undefined. */
	incidentOf(featureId: string): string | undefined {
		return this.#incidentOf.get(featureId);
	}

	/**
	 * Puts a claim into a given incident without matching (a stored grouping read back); `order`
	 * places the incident among the others (the least order of its claims counts; by default, after
	 * every incident seen so far). Returns the incident id.
	 */
	seed(incidentId: string, key: IncidentKey, order = this.#next): string {
		this.#next = Math.max(this.#next, order) + 1;
		const before = this.#order.get(incidentId);
		if (before === undefined || order < before) this.#order.set(incidentId, order);
		let members = this.#members.get(incidentId);
		if (!members) {
			members = [];
			this.#members.set(incidentId, members);
		}
		members.push(key);
		if (canJoin(key)) {
			const [x, y] = cellOf(key);
			const cell = squareNumber(key.day as number, x, y);
			const list = this.#byCell.get(cell);
			if (!list) this.#byCell.set(cell, [{ incidentId, members }]);
			else if (!list.some((c) => c.incidentId === incidentId)) list.push({ incidentId, members });
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
