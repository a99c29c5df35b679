/**
 * Whether two claims are about one incident, as an ordered table of named rules: the first rule that
 * gives a verdict decides, so a test or an analyst can see which rule kept two claims apart.
 */
import { distanceKm } from '../geocode/distance';
import { compatibleTypes } from './compatible';
import type { IncidentKey } from './key';
import { INCIDENT_TUNABLES } from './tunables';

/** The verdict on a pair of claims. */
export type PairVerdict = { kind: 'same'; rule: string } | { kind: 'apart'; rule: string };

type Rule = { name: string; apart: (a: IncidentKey, b: IncidentKey) => boolean };

/** Precisions whose point stands for a place where an event can happen (not a whole region). */
const POINT_PRECISIONS = new Set(['settlement', 'near_settlement', 'landmark', 'district']);

/** Whether a claim can be matched at all: a point finer than a region, and a day. */
export function canJoin(k: IncidentKey): boolean {
	return placed(k) && k.day !== null;
}

function placed(k: IncidentKey): boolean {
	return (
		k.lon !== null && k.lat !== null && k.precision !== null && POINT_PRECISIONS.has(k.precision)
	);
}

/** The radius a claim brings to a match with a point at another place. */
function radiusKm(k: IncidentKey): number {
	const r = k.uncertaintyKm ?? 0;
	return k.precision === 'near_settlement'
		? Math.min(r, INCIDENT_TUNABLES.nearSettlementRadiusKm)
		: r;
}

function samePlace(a: IncidentKey, b: IncidentKey): boolean {
	if (a.gazetteerId !== null && a.gazetteerId === b.gazetteerId) return true;
	const radius = Math.max(radiusKm(a), radiusKm(b), INCIDENT_TUNABLES.minRadiusKm);
	if (radius > INCIDENT_TUNABLES.maxRadiusKm) return false;
	return distanceKm(a.lat as number, a.lon as number, b.lat as number, b.lon as number) <= radius;
}

/** Whether `part` is a district or landmark inside `whole`'s own circle. */
function partOf(part: IncidentKey, whole: IncidentKey): boolean {
	return (
		(part.precision === 'district' || part.precision === 'landmark') &&
		whole.precision === 'settlement' &&
		distanceKm(part.lat as number, part.lon as number, whole.lat as number, whole.lon as number) <=
			(whole.uncertaintyKm ?? 0)
	);
}

/** The rules, in order; each names when two claims are apart. */
export const PAIR_RULES: readonly Rule[] = [
	// A claim without a point, or about a whole region or country, says too little to be matched.
	{ name: 'no-place', apart: (a, b) => !placed(a) || !placed(b) },
	{ name: 'no-date', apart: (a, b) => a.day === null || b.day === null },
	// "Shelling of A and B": one sentence naming two places tells of two incidents, unless one is a
	// part of the other ("the Saltivskyi district of Kharkiv").
	{
		name: 'one-sentence-two-places',
		apart: (a, b) =>
			a.articleId === b.articleId &&
			a.quoteStart === b.quoteStart &&
			(a.gazetteerId ?? `${a.lon},${a.lat}`) !== (b.gazetteerId ?? `${b.lon},${b.lat}`) &&
			!(partOf(a, b) || partOf(b, a))
	},
	{
		name: 'days-apart',
		apart: (a, b) =>
			Math.abs((a.day as number) - (b.day as number)) > INCIDENT_TUNABLES.maxDayGap ||
			// Two events dated to their own days are one only on the same day; a day's slack is for a
			// report whose date is only that of its publication.
			(a.exactDay && b.exactDay && a.day !== b.day)
	},
	// A source's daily update about one place tells of each day's events, not one.
	{
		name: 'claimant-repeats',
		apart: (a, b) =>
			a.day !== b.day && a.claimant !== null && a.claimant === b.claimant && a.side === b.side
	},
	{ name: 'types-incompatible', apart: (a, b) => !compatibleTypes(a.eventType, b.eventType) },
	{ name: 'places-apart', apart: (a, b) => !samePlace(a, b) }
];

/**
 * The rules in the order that rejects a pair soonest (cheap comparisons of numbers first, distance
 * last): grouping asks only whether a claim is apart from any member of each nearby incident, and
 * in a filled store most are apart by day, type or place. The same rules, so the same answer.
 */
const CHEAPEST_FIRST: readonly Rule[] = [
	'days-apart',
	'types-incompatible',
	'claimant-repeats',
	'no-place',
	'no-date',
	'one-sentence-two-places',
	'places-apart'
].map((name) => PAIR_RULES.find((r) => r.name === name) as Rule);

/** Whether two claims are apart (`matchPair(a, b).kind === 'apart'`), without naming the rule. */
export function pairApart(a: IncidentKey, b: IncidentKey): boolean {
	for (const rule of CHEAPEST_FIRST) if (rule.apart(a, b)) return true;
	return false;
}

/** Whether two claims are about one incident, with the rule that decided. */
export function matchPair(a: IncidentKey, b: IncidentKey): PairVerdict {
	for (const rule of PAIR_RULES) if (rule.apart(a, b)) return { kind: 'apart', rule: rule.name };
	return { kind: 'same', rule: 'same-place-day-and-type' };
}
