/**
 * Finding a gazetteer place for a correction: by name (exact normalised key first, then phonetic
 * matches) or by gazetteer id. Pure: the caller passes the loaded gazetteer in.
 */
import type { Gazetteer, GazetteerPlace, KeyHit } from '../gazetteer/gazetteer';
import { MATCH_STRENGTHS } from '../gazetteer/keys';
import { normaliseName, romaniseAll } from '../names';
import type { PlaceChoice } from './correction';

/** Most results a search returns. */
export const MAX_PLACE_RESULTS = 10;

/** A place as the correction UI offers it, with a hint of what kind of place it is. */
export interface PlaceResult extends PlaceChoice {
	featureCode: string;
	countryCode: string;
	population: number;
}

function toResult(p: GazetteerPlace): PlaceResult {
	return {
		placeName: p.name,
		gazetteerId: p.id,
		admin1: p.admin1,
		lon: p.lon,
		lat: p.lat,
		featureCode: p.featureCode,
		countryCode: p.countryCode,
		population: p.population
	};
}

function strengthRank(hit: KeyHit): number {
	return MATCH_STRENGTHS.indexOf(hit.strength);
}

/** Places whose names match `query`, best first: stronger name match, then populated places, then bigger. */
export function searchPlaces(
	gazetteer: Gazetteer,
	query: string,
	limit: number = MAX_PLACE_RESULTS
): PlaceResult[] {
	const keys = new Set([
		normaliseName(query),
		...romaniseAll(query.toLowerCase()).map(normaliseName)
	]);
	keys.delete('');
	const best = new Map<number, KeyHit>();
	for (const key of keys) {
		for (const hit of [...gazetteer.lookup(key), ...gazetteer.lookupPhonetic(key)]) {
			const seen = best.get(hit.place.index);
			if (!seen || strengthRank(hit) < strengthRank(seen)) best.set(hit.place.index, hit);
		}
	}
	return [...best.values()]
		.sort(
			(a, b) =>
				strengthRank(a) - strengthRank(b) ||
				Number(b.place.featureClass === 'P') - Number(a.place.featureClass === 'P') ||
				b.place.population - a.place.population ||
				a.place.index - b.place.index
		)
		.slice(0, limit)
		.map((h) => toResult(h.place));
}

const idIndexes = new WeakMap<Gazetteer, Map<string, number>>();

/** The place with gazetteer id `id`, or null (the id index is built on first use). */
export function findPlaceById(gazetteer: Gazetteer, id: string): PlaceResult | null {
	let index = idIndexes.get(gazetteer);
	if (!index) {
		index = new Map();
		for (let i = 0; i < gazetteer.size; i++) index.set(gazetteer.place(i).id, i);
		idIndexes.set(gazetteer, index);
	}
	const at = index.get(id);
	return at === undefined ? null : toResult(gazetteer.place(at));
}
