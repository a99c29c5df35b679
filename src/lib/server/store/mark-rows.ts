/**
 * Each incident's mark as the stores keep it (`incident_marks`, SQLite migration 11, PostgreSQL
 * migration 10): what the marks endpoint reads of a contested or corroborated incident with a
 * place (its status, who claims it, its point) and of each of its served claims (what the claim
 * filter reads), written when the grouping changes, so a cold read of the marks is one indexed
 * query instead of the grouping and every grouped claim read a page at a time (5.6-7.0 s at a
 * million synthetic claims). The same computation builds the marks from the whole store
 * (incident-marks.ts `readMarkable`), so the two agree byte for byte.
 */
import type { Filterable } from '../../core/filter/match';
import { markableIncident, type MarkFeature } from '../../core/incidents/mark-features';
import type { MarkableIncident } from '../../core/incidents/marks';
import type { OrderedMarkFeature, StoredMark } from './types';

/** A marked incident: its mark, the order of its first served claim and its served claims. */
export interface MarkedIncident {
	first: number;
	incident: MarkableIncident;
	features: MarkFeature[];
}

/**
 * The mark of the incident of these member ids (as the grouping lists them, in the order grouped),
 * given the served features read for them by id; null when it is not marked (no served claim, no
 * place, or single).
 */
export function markedIncident(
	incidentId: string,
	ids: readonly string[],
	byId: ReadonlyMap<string, OrderedMarkFeature>
): MarkedIncident | null {
	const served = ids
		.map((id) => byId.get(id))
		.filter((r): r is OrderedMarkFeature => r !== undefined)
		.sort((a, b) => a.order - b.order);
	if (served.length === 0) return null;
	const features = served.map((r) => r.feature);
	const incident = markableIncident(incidentId, features);
	if (incident.point === null || incident.status === 'single') return null;
	return { first: served[0].order, incident, features };
}

/** Served features by id (the last in stored order, as a read of several ids keeps it). */
export function featuresById(read: readonly OrderedMarkFeature[]): Map<string, OrderedMarkFeature> {
	return new Map(read.map((r) => [String(r.feature.id), r]));
}

/** A claim as stored in a mark: side, type, day, precision, confidence, lon, lat, article id. */
export type StoredClaim = [
	Filterable['properties']['claimantSide'],
	Filterable['properties']['eventType'],
	string | null,
	Filterable['properties']['precision'],
	number,
	number | null,
	number | null,
	string
];

/** What the `mark` column holds (JSON): status, claimed by, point, claims. */
interface StoredMarkBody {
	s: MarkableIncident['status'];
	c: MarkableIncident['claimedBy'];
	p: [number, number];
	f: StoredClaim[];
}

/** A marked incident as its stored row. */
export function storedMarkOf(marked: MarkedIncident): StoredMark {
	const { incident, features } = marked;
	const body: StoredMarkBody = {
		s: incident.status,
		c: incident.claimedBy,
		p: incident.point!,
		f: features.map((c) => {
			const p = c.properties;
			const at = c.geometry?.coordinates;
			return [
				p.claimantSide,
				p.eventType,
				p.eventDate,
				p.precision,
				p.confidence,
				at ? at[0] : null,
				at ? at[1] : null,
				p.articleId
			];
		})
	};
	return { incidentId: incident.incidentId, order: marked.first, mark: JSON.stringify(body) };
}

/** A stored row as the incident it was written from and its claims as stored. */
export function parseStoredMark(row: StoredMark): {
	incident: Omit<MarkableIncident, 'featureIds'>;
	claims: StoredClaim[];
} {
	const body = JSON.parse(row.mark) as StoredMarkBody;
	return {
		incident: { incidentId: row.incidentId, status: body.s, claimedBy: body.c, point: body.p },
		claims: body.f
	};
}

/**
 * The marks of the incidents of these member rows (each incident's rows in the order grouped),
 * given the served features of their ids: each incident's stored row, or null when it is not
 * marked. As the whole read has it (incident-marks.ts `sharedWanted`), an incident some member
 * joined reads all its members, and one of its own founder alone reads that claim once.
 */
export function marksOfMembers(
	incidentIds: Iterable<string>,
	members: readonly { incident_id: string; feature_id: string }[],
	read: readonly OrderedMarkFeature[]
): Map<string, StoredMark | null> {
	const rows = new Map<string, { ids: string[]; joined: boolean }>();
	for (const m of members) {
		let entry = rows.get(m.incident_id);
		if (!entry) rows.set(m.incident_id, (entry = { ids: [], joined: false }));
		entry.ids.push(m.feature_id);
		if (m.feature_id !== m.incident_id) entry.joined = true;
	}
	const byId = featuresById(read);
	const out = new Map<string, StoredMark | null>();
	for (const incidentId of incidentIds) {
		const entry = rows.get(incidentId);
		const ids = !entry ? [] : entry.joined ? entry.ids : [incidentId];
		const marked = markedIncident(incidentId, ids, byId);
		out.set(incidentId, marked ? storedMarkOf(marked) : null);
	}
	return out;
}

/** The member ids `marksOfMembers` reads features of. */
export function memberIds(members: readonly { feature_id: string }[]): string[] {
	return [...new Set(members.map((m) => m.feature_id))];
}
