/**
 * Towns: the places reports name most and readers know best, so that weaker evidence for a name
 * (written in lower case, or misspelt though short) may still be taken for them and no village.
 */
import type { Place } from './types';

/** Smallest population of a town. */
export const TOWN_POPULATION = 10_000;

/** Feature codes of the capital, regional centres and district centres: no report calls one a village. */
export const ADMIN_CENTRE = /^PPL(?:A|A2|C)$/;

/** Whether a place has a town's size, in any country: an administrative centre or `TOWN_POPULATION` people or more. */
export function townSized(place: Place): boolean {
	return ADMIN_CENTRE.test(place.featureCode) || place.population >= TOWN_POPULATION;
}

/** Whether a place is a Ukrainian town (`townSized`). */
export function isTown(place: Place): boolean {
	return place.countryCode === 'UA' && place.featureClass === 'P' && townSized(place);
}
