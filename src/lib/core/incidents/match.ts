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

function placed(k: IncidentKey): boolean {
	return (
		k.lon !== null && k.lat !== null && k.precision !== null && POINT_PRECISIONS.has(k.precision)
	);
}

function samePlace(a: IncidentKey, b: IncidentKey): boolean {
	if (a.gazetteerId !== null && a.gazetteerId === b.gazetteerId) return true;
	const radius = Math.max(
		a.uncertaintyKm ?? 0,
		b.uncertaintyKm ?? 0,
		INCIDENT_TUNABLES.minRadiusKm
	);
	if (radius > INCIDENT_TUNABLES.maxRadiusKm) return false;
	return distanceKm(a.lat as number, a.lon as number, b.lat as number, b.lon as number) <= radius;
}

/** The rules, in order; each names when two claims are apart. */
export const PAIR_RULES: readonly Rule[] = [
	// A claim without a point, or about a whole region or country, says too little to be matched.
	{ name: 'no-place', apart: (a, b) => !placed(a) || !placed(b) },
	{ name: 'no-date', apart: (a, b) => a.day === null || b.day === null },
	// "Shelling of A and B": one sentence naming two places tells of two incidents.
	{
		name: 'one-sentence-two-places',
		apart: (a, b) =>
			a.articleId === b.articleId &&
			a.quoteStart === b.quoteStart &&
			(a.gazetteerId ?? `${a.lon},${a.lat}`) !== (b.gazetteerId ?? `${b.lon},${b.lat}`)
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

/** Whether two claims are about one incident, with the rule that decided. */
export function matchPair(a: IncidentKey, b: IncidentKey): PairVerdict {
	for (const rule of PAIR_RULES) if (rule.apart(a, b)) return { kind: 'apart', rule: rule.name };
	return { kind: 'same', rule: 'same-place-day-and-type' };
}
