/**
 * Picks the mentions that locate something themselves: a region or country that only qualifies
 * another mention ("Krasnolyubetsk, Kherson Oblast, Ukraine") is context, not a place of its own.
 */
import type { ResolvedMention } from './types';

/** Located mentions minus qualifiers, regions/countries that contain another located mention, and repeats. */
export function specificMentions(mentions: readonly ResolvedMention[]): ResolvedMention[] {
	const located = mentions.filter((m) => m.resolution.kind !== 'unresolved');
	const inner = located.flatMap((m) =>
		m.resolution.kind === 'unresolved' ? [] : [m.resolution.place]
	);
	const seen = new Set<string>();
	return located.filter((m) => {
		if (m.resolution.kind === 'unresolved') return false;
		const { place, precision } = m.resolution;
		if (m.mention.qualifier && inner.some((p) => p !== place && p.admin1Code === place.admin1Code))
			return false;
		if (
			precision === 'country' &&
			inner.some((p) => p !== place && p.countryCode === place.countryCode)
		)
			return false;
		if (
			precision === 'region' &&
			inner.some(
				(p) => p !== place && p.admin1Code === place.admin1Code && p.featureCode !== 'ADM1'
			)
		)
			return false;
		if (seen.has(place.id)) return false;
		seen.add(place.id);
		return true;
	});
}

/** Radius above which a located mention is an area (an oblast, a country) rather than a point. */
export const POINT_MAX_UNCERTAINTY_KM = 100;

/**
 * The specific mentions that make point claims: an oblast or a country named on its own says the
 * event happened somewhere in it, and its centre point would be a confident wrong location.
 */
export function pointMentions(
	mentions: readonly ResolvedMention[],
	maxUncertaintyKm: number = POINT_MAX_UNCERTAINTY_KM
): ResolvedMention[] {
	return specificMentions(mentions).filter(
		(m) => m.resolution.kind !== 'unresolved' && m.resolution.uncertaintyKm <= maxUncertaintyKm
	);
}
