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
