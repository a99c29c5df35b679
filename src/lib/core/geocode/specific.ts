/**
 * What each mention is to the events of a text: a point where something happened, an area (an
 * oblast or a country named on its own), or context that only says where another mention is (a
 * region or country around it, "X, north of Y", a repeat of a place already named).
 */
import type { ResolvedMention } from './types';

/** The roles a mention can play; only `point` mentions locate an event at a point. */
export const MENTION_ROLES = [
	'point',
	'area',
	'context',
	'reference',
	'repeat',
	'unresolved'
] as const;
export type MentionRole = (typeof MENTION_ROLES)[number];

/** Radius above which a located mention is an area (an oblast, a country) rather than a point. */
export const POINT_MAX_UNCERTAINTY_KM = 100;

/**
 * The role of every mention, in order: `context` for a qualifier or a region/country that contains
 * another located mention ("Dubkivka, Kherson Oblast, Ukraine"), `reference` for "Y" in "X,
 * north of Y" once X is located, `repeat` for a place named before, `area` for a located mention
 * wider than `maxUncertaintyKm` (its centre would be a confident wrong location), else `point`.
 */
export function mentionRoles(
	mentions: readonly ResolvedMention[],
	maxUncertaintyKm: number = POINT_MAX_UNCERTAINTY_KM
): MentionRole[] {
	const inner = mentions.flatMap((m) =>
		m.resolution.kind === 'unresolved' ? [] : [m.resolution.place]
	);
	const seen = new Set<string>();
	return mentions.map((m, i): MentionRole => {
		const r = m.resolution;
		if (r.kind === 'unresolved') return 'unresolved';
		const { place, precision } = r;
		const contains = (same: (p: (typeof inner)[number]) => boolean) =>
			inner.some((p) => p !== place && same(p));
		if (m.mention.qualifier && contains((p) => p.admin1Code === place.admin1Code)) return 'context';
		if (precision === 'country' && contains((p) => p.countryCode === place.countryCode))
			return 'context';
		if (
			precision === 'region' &&
			contains((p) => p.admin1Code === place.admin1Code && p.featureCode !== 'ADM1')
		)
			return 'context';
		if (m.mention.reference && i > 0 && mentions[i - 1].resolution.kind !== 'unresolved')
			return 'reference';
		if (seen.has(place.id)) return 'repeat';
		seen.add(place.id);
		return r.uncertaintyKm <= maxUncertaintyKm ? 'point' : 'area';
	});
}

/**
 * The specific mentions that make point claims: an oblast or a country named on its own says the
 * event happened somewhere in it, and its centre point would be a confident wrong location.
 */
export function pointMentions(
	mentions: readonly ResolvedMention[],
	maxUncertaintyKm: number = POINT_MAX_UNCERTAINTY_KM
): ResolvedMention[] {
	const roles = mentionRoles(mentions, maxUncertaintyKm);
	return mentions.filter((_, i) => roles[i] === 'point');
}
