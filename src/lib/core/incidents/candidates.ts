/**
 * The incidents an analyst may merge an incident with: those near it (in place and days) first,
 * nearest first, narrowed by a search of their place, claimants, types and claim ids. The merge
 * picker of the dashboard lists these, so an analyst chooses an incident rather than typing an id.
 */
import { distanceKm } from '../geocode/distance';
import { dayDate, dayNumber } from './key';
import type { Incident } from './incident';

/** The tunables of the merge picker, in one commented table. */
export const MERGE_PICKER = {
	/** Incidents whose days lie within this many days of the incident's are offered. */
	windowDays: 3,
	/** Incidents within this distance (km) of the incident's point are offered. */
	radiusKm: 60,
	/** Most incidents listed at once (a search narrows them further). */
	maxShown: 30
} as const;

/** An incident offered for a merge, with how far it is from the one being judged. */
export interface MergeCandidate {
	incident: Incident;
	/** Distance between the two incidents' points in km; null when either has no place. */
	km: number | null;
	/** Days between the two incidents' date ranges (0 when they overlap); null without dates. */
	days: number | null;
}

function span(i: Incident): [number, number] | null {
	const from = dayNumber(i.dateFrom);
	const to = dayNumber(i.dateTo);
	return from === null || to === null ? null : [from, to];
}

function gapDays(a: Incident, b: Incident): number | null {
	const sa = span(a);
	const sb = span(b);
	if (!sa || !sb) return null;
	return Math.max(0, sb[0] - sa[1], sa[0] - sb[1]);
}

function gapKm(a: Incident, b: Incident): number | null {
	if (!a.point || !b.point) return null;
	return distanceKm(a.point[1], a.point[0], b.point[1], b.point[0]);
}

/** Lower case without accents, so "kyiv" finds "Kyïv". */
function fold(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** What a search looks through: place, region, claimants' line, event types, claim and feature ids. */
function searchText(i: Incident): string {
	return fold(
		[i.placeName, i.admin1, i.line, i.eventTypes.join(' '), ...i.claimIds, ...i.featureIds]
			.filter(Boolean)
			.join(' ')
	);
}

/** Whether every word of the search begins a word of the incident's text (or is one of its ids). */
export function matchesMergeSearch(i: Incident, search: string): boolean {
	const words = fold(search).split(/\s+/).filter(Boolean);
	if (words.length === 0) return true;
	const text = searchText(i);
	const tokens = text.split(/[^\p{L}\p{N}_:.-]+/u);
	return words.every((w) => tokens.some((t) => t.startsWith(w)) || text.includes(w));
}

/**
 * The incidents `target` may be merged with: every other incident within the window of days and the
 * radius, nearest first (then fewest days apart, then oldest); with a search, those it matches, and
 * any incident holding a claim or feature id typed whole, near or not. At most `maxShown`.
 */
export function mergeCandidates(
	target: Incident,
	incidents: readonly Incident[],
	search = '',
	tunables: typeof MERGE_PICKER = MERGE_PICKER
): MergeCandidate[] {
	const typed = fold(search.trim());
	const out: MergeCandidate[] = [];
	for (const incident of incidents) {
		if (incident.incidentId === target.incidentId) continue;
		const km = gapKm(target, incident);
		const days = gapDays(target, incident);
		const near =
			km !== null && km <= tunables.radiusKm && days !== null && days <= tunables.windowDays;
		const named =
			typed !== '' &&
			[...incident.featureIds, ...incident.claimIds].some((id) => fold(id) === typed);
		if (named || (near && matchesMergeSearch(incident, search))) out.push({ incident, km, days });
	}
	const far = Number.POSITIVE_INFINITY;
	out.sort((a, b) => (a.km ?? far) - (b.km ?? far) || (a.days ?? far) - (b.days ?? far));
	return out.slice(0, tunables.maxShown);
}

/** Degrees of latitude per km (the box the merge picker asks the server about). */
const DEG_PER_KM = 1 / 111.2;

/**
 * The query of the incidents within the merge picker's days and distance of an incident (a box
 * around its point, its days widened by the window), or null when it has no place or date.
 */
export function nearbyParams(incident: Incident): URLSearchParams | null {
	const from = dayNumber(incident.dateFrom);
	const to = dayNumber(incident.dateTo);
	if (!incident.point || from === null || to === null) return null;
	const [lon, lat] = incident.point;
	const dLat = MERGE_PICKER.radiusKm * DEG_PER_KM;
	const dLon = dLat / Math.max(0.1, Math.cos((lat * Math.PI) / 180));
	const round = (v: number) => Math.round(v * 1e4) / 1e4;
	return new URLSearchParams({
		from: dayDate(from - MERGE_PICKER.windowDays),
		to: dayDate(to + MERGE_PICKER.windowDays),
		bbox: [lon - dLon, lat - dLat, lon + dLon, lat + dLat].map(round).join(',')
	});
}
