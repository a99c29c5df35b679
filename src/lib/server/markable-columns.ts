/**
 * The markable incidents of a store kept in columns (typed arrays and shared strings) instead of
 * an object per incident and per claim: at a million synthetic claims the objects held 119 MB of
 * heap for as long as the store's revision lived, and V8 kept the heap they had grown (the server's
 * RSS stayed over 400 MB). A claim is what the claim filter reads of it; an incident is its mark,
 * what the incident filter reads and the range of its claims. `marksOf` answers what
 * `markIncidents` answers for the same incidents and claims.
 */
import {
	CLAIMANT_SIDES,
	EVENT_TYPES,
	PRECISIONS,
	type ClaimantSide,
	type EventType,
	type Precision
} from '../core/contract';
import type { ClaimFilter } from '../core/filter/model';
import { compileFilter, type Filterable } from '../core/filter/match';
import { matchesIncident, type IncidentFilter } from '../core/incidents/export';
import type { IncidentMark, MarkableIncident } from '../core/incidents/marks';
import { CLAIMED_BY, type ClaimedBy } from '../core/incidents/status';
import type { StoredClaim } from './store/mark-rows';

/** The statuses a markable incident has (a single one is never marked). */
const MARKED_STATUSES = ['contested', 'corroborated'] as const;

/** A precision's code in `precision`: its index in PRECISIONS, or this for none. */
const NO_PRECISION = 255;

/**
 * The incidents that may be marked (contested or corroborated, with a place), in the order of
 * each one's first served claim, and their served claims in stored order, each incident's claims
 * `claimStart[i]` to `claimStart[i + 1]`. `held`: the most claims read at once.
 */
export interface Markable {
	incidentIds: string[];
	/** Index into MARKED_STATUSES. */
	status: Uint8Array;
	/** Index into CLAIMED_BY. */
	claimedBy: Uint8Array;
	/** Longitude and latitude of each incident's point, two numbers per incident. */
	points: Float64Array;
	claimStart: Uint32Array;
	claims: ClaimColumns;
	held: number;
}

/** What the claim filter reads of each claim; an unlocated claim's lon and lat are NaN. */
export interface ClaimColumns {
	/** Index into CLAIMANT_SIDES. */
	side: Uint8Array;
	/** Index into EVENT_TYPES. */
	type: Uint8Array;
	/** Index into `days`: the day it is filtered on (`claimDay`). */
	day: Uint32Array;
	/** Each distinct day once. */
	days: (string | null)[];
	/** Index into PRECISIONS, or NO_PRECISION. */
	precision: Uint8Array;
	confidence: Float64Array;
	lon: Float64Array;
	lat: Float64Array;
	/** Index into `articleIds`. */
	article: Uint32Array;
	/** Each distinct article id once. */
	articleIds: string[];
}

/** What the columns keep of a marked incident. */
type MarkedMark = Omit<MarkableIncident, 'featureIds'>;

/** Collects incidents as they are built, then lays them out in columns (`done`). */
export class MarkableBuilder {
	#incidents: { first: number; incident: MarkedMark; start: number; end: number }[] = [];
	#side: number[] = [];
	#type: number[] = [];
	#day: number[] = [];
	#precision: number[] = [];
	#confidence: number[] = [];
	#lon: number[] = [];
	#lat: number[] = [];
	#article: number[] = [];
	/**
	 * Each distinct day and article id once, with its index: claims share them instead of a
	 * driver's copies, and a thread that sends the columns sends each once (a copied array of
	 * strings copies every one).
	 */
	#days = new Map<string | null, number>();
	#articleIds = new Map<string, number>();

	static #indexOf<T>(table: Map<T, number>, value: T): number {
		let index = table.get(value);
		if (index === undefined) table.set(value, (index = table.size));
		return index;
	}

	/**
	 * Adds a marked incident (`incident.point` set, status not single) with its served claims,
	 * in stored order; `first` is the stored order of the first.
	 */
	add(first: number, incident: MarkedMark, claims: readonly Filterable[]): void {
		const start = this.#side.length;
		for (const c of claims) {
			const p = c.properties;
			const at = c.geometry?.coordinates;
			this.#claim(
				p.claimantSide,
				p.eventType,
				p.eventDate,
				p.precision,
				p.confidence,
				at ? at[0] : NaN,
				at ? at[1] : NaN,
				p.articleId
			);
		}
		this.#incidents.push({ first, incident, start, end: this.#side.length });
	}

	/**
	 * As `add`, with the claims as a stored mark holds them (mark-rows.ts), read into the columns
	 * without an object per claim (at a million synthetic claims, 189k of them).
	 */
	addStored(first: number, incident: MarkedMark, claims: readonly StoredClaim[]): void {
		const start = this.#side.length;
		for (const [side, type, day, precision, confidence, lon, lat, article] of claims)
			this.#claim(side, type, day, precision, confidence, lon ?? NaN, lat ?? NaN, article);
		this.#incidents.push({ first, incident, start, end: this.#side.length });
	}

	#claim(
		side: ClaimantSide,
		type: EventType,
		day: string | null,
		precision: Precision | null,
		confidence: number,
		lon: number,
		lat: number,
		article: string
	): void {
		this.#side.push(CLAIMANT_SIDES.indexOf(side));
		this.#type.push(EVENT_TYPES.indexOf(type));
		this.#day.push(MarkableBuilder.#indexOf(this.#days, day));
		this.#precision.push(precision === null ? NO_PRECISION : PRECISIONS.indexOf(precision));
		this.#confidence.push(confidence);
		this.#lon.push(lon);
		this.#lat.push(lat);
		this.#article.push(MarkableBuilder.#indexOf(this.#articleIds, article));
	}

	/** The columns, incidents in the order of their first served claim (as `buildIncidents`). */
	done(held: number): Markable {
		const built = this.#incidents.sort((a, b) => a.first - b.first);
		const n = built.length;
		// The claims are laid out again in the incidents' order, so each incident's are one range.
		const claimStart = new Uint32Array(n + 1);
		const order: number[] = [];
		built.forEach((b, i) => {
			claimStart[i] = order.length;
			for (let k = b.start; k < b.end; k++) order.push(k);
		});
		claimStart[n] = order.length;
		const points = new Float64Array(2 * n);
		built.forEach((b, i) => points.set(b.incident.point!, 2 * i));
		// One loop fills every column (a mapped `from` per column took 157 ms at 189k claims).
		const m = order.length;
		const claims = {
			side: new Uint8Array(m),
			type: new Uint8Array(m),
			day: new Uint32Array(m),
			days: [...this.#days.keys()],
			precision: new Uint8Array(m),
			confidence: new Float64Array(m),
			lon: new Float64Array(m),
			lat: new Float64Array(m),
			article: new Uint32Array(m),
			articleIds: [...this.#articleIds.keys()]
		};
		for (let j = 0; j < m; j++) {
			const k = order[j];
			claims.side[j] = this.#side[k];
			claims.type[j] = this.#type[k];
			claims.day[j] = this.#day[k];
			claims.precision[j] = this.#precision[k];
			claims.confidence[j] = this.#confidence[k];
			claims.lon[j] = this.#lon[k];
			claims.lat[j] = this.#lat[k];
			claims.article[j] = this.#article[k];
		}
		return {
			incidentIds: built.map((b) => b.incident.incidentId),
			status: Uint8Array.from(built, (b) =>
				MARKED_STATUSES.indexOf(b.incident.status as (typeof MARKED_STATUSES)[number])
			),
			claimedBy: Uint8Array.from(built, (b) => CLAIMED_BY.indexOf(b.incident.claimedBy)),
			points,
			claimStart,
			claims,
			held
		};
	}
}

/** The buffers of a markable's typed arrays, to move them to another thread instead of copying. */
export function transferablesOf(markable: Markable): ArrayBuffer[] {
	const c = markable.claims;
	return [
		markable.status,
		markable.claimedBy,
		markable.points,
		markable.claimStart,
		c.side,
		c.type,
		c.precision,
		c.confidence,
		c.lon,
		c.lat,
		c.day,
		c.article
	].map((array) => array.buffer as ArrayBuffer);
}

/**
 * One claim's columns as the Filterable the claim filter reads: one object, refilled for each
 * claim (`load`), so matching a hundred thousand claims builds none.
 */
function claimView(c: ClaimColumns) {
	const point: [number, number] = [0, 0];
	const geometry = { type: 'Point' as const, coordinates: point };
	const view: Filterable = {
		id: '',
		geometry: null,
		properties: {
			claimantSide: 'russia',
			eventType: 'strike',
			eventDate: null,
			published: null,
			precision: null,
			confidence: 0,
			articleId: ''
		}
	};
	return {
		view,
		load(k: number): Filterable {
			const p = view.properties;
			p.claimantSide = CLAIMANT_SIDES[c.side[k]] as ClaimantSide;
			p.eventType = EVENT_TYPES[c.type[k]] as EventType;
			p.eventDate = c.days[c.day[k]];
			p.precision =
				c.precision[k] === NO_PRECISION ? null : (PRECISIONS[c.precision[k]] as Precision);
			p.confidence = c.confidence[k];
			p.articleId = c.articleIds[c.article[k]];
			if (Number.isNaN(c.lon[k])) view.geometry = null;
			else {
				point[0] = c.lon[k];
				point[1] = c.lat[k];
				view.geometry = geometry;
			}
			return view;
		}
	};
}

/**
 * The marks of the incidents `filter` and `incidentFilter` select, each with the sides of its
 * claims that pass the claim filter without its sides: what `markIncidents` answers for the same
 * incidents and claims.
 */
export function marksOf(
	markable: Markable,
	filter: ClaimFilter,
	incidentFilter: IncidentFilter
): IncidentMark[] {
	return [...eachMark(markable, filter, incidentFilter)];
}

/** The marks `marksOf` answers, one at a time, for an answer written without holding them all. */
export function* eachMark(
	markable: Markable,
	filter: ClaimFilter,
	incidentFilter: IncidentFilter
): Generator<IncidentMark> {
	const anySide = compileFilter({ ...filter, sides: [] });
	const claim = claimView(markable.claims);
	const wanted = new Set<ClaimantSide>(filter.sides);
	for (let i = 0; i < markable.incidentIds.length; i++) {
		const incident = {
			status: MARKED_STATUSES[markable.status[i]],
			claimedBy: CLAIMED_BY[markable.claimedBy[i]] as ClaimedBy
		};
		if (!matchesIncident(incident, incidentFilter)) continue;
		let present = 0;
		for (let k = markable.claimStart[i]; k < markable.claimStart[i + 1]; k++)
			if (anySide.matches(claim.load(k))) present |= 1 << markable.claims.side[k];
		if (present === 0) continue;
		const sides = CLAIMANT_SIDES.filter((_, s) => (present & (1 << s)) !== 0);
		if (wanted.size > 0 && !sides.some((s) => wanted.has(s))) continue;
		yield {
			incidentId: markable.incidentIds[i],
			point: [markable.points[2 * i], markable.points[2 * i + 1]],
			status: incident.status,
			claimSides: sides
		};
	}
}
