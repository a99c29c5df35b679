/**
 * Towns: the places reports name most and readers know best, so that weaker evidence for a name
 * (written in lower case, or misspelt though short) may still be taken for them and no village.
 */
import type { Place } from './types';

/** Smallest population of a town. */
export const TOWN_POPULATION = 10_000;

/** Whether a place is a Ukrainian town: an administrative centre or `TOWN_POPULATION` people or more. */
export function isTown(place: Place): boolean {
	return (
		place.countryCode === 'UA' &&
		place.featureClass === 'P' &&
		(/^PPL(A|A2|C)$/.test(place.featureCode) || place.population >= TOWN_POPULATION)
	);
}
