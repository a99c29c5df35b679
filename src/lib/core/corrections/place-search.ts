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
	gazetteerId: string;
	featureCode: string;
	countryCode: string;
	population: number;
	/** What the place is, in words: "city", "village", "raion", … */
	kind: string;
}

/** Population from which a settlement counts as a city in the results (and outranks villages). */
export const CITY_POPULATION = 10_000;
/** Two results of one name closer than this (km) are one place listed twice (a unit and its seat). */
export const SAME_PLACE_KM = 3;

/** What a place is, in words, from its feature code and population (first matching rule). */
const KIND_RULES: readonly [test: (p: GazetteerPlace) => boolean, kind: string][] = [
	[(p) => p.featureCode === 'PPLC', 'capital'],
	[(p) => p.featureCode === 'PPLA', 'oblast centre'],
	[(p) => p.featureClass === 'P' && p.population >= CITY_POPULATION, 'city'],
	[(p) => p.featureClass === 'P' && p.population >= 1_000, 'town'],
	[(p) => p.featureClass === 'P', 'village'],
	[(p) => p.featureCode === 'ADM1', 'oblast'],
	[(p) => p.featureCode === 'ADM2', 'raion'],
	[(p) => p.featureCode === 'ADM3', 'hromada'],
	[(p) => p.featureCode === 'PCLI', 'country'],
	[(p) => p.featureClass === 'H', 'water'],
	[(p) => p.featureClass === 'T', 'terrain'],
	[(p) => p.featureClass === 'S', 'site'],
	[() => true, 'place']
];

/** The kind of a place, for the results. */
export function placeKind(p: GazetteerPlace): string {
	return KIND_RULES.find(([test]) => test(p))![1];
}

/** A city (or capital, or oblast centre) is what most searches for a name mean. */
const isCity = (p: GazetteerPlace) =>
	p.featureClass === 'P' &&
	(p.population >= CITY_POPULATION || p.featureCode === 'PPLC' || p.featureCode === 'PPLA');

function toResult(p: GazetteerPlace): PlaceResult {
	return {
		placeName: p.name,
		gazetteerId: p.id,
		admin1: p.admin1,
		lon: p.lon,
		lat: p.lat,
		featureCode: p.featureCode,
		countryCode: p.countryCode,
		population: p.population,
		kind: placeKind(p)
	};
}

function strengthRank(hit: KeyHit): number {
	return MATCH_STRENGTHS.indexOf(hit.strength);
}

const KM_PER_DEGREE = 111.32;

/** Distance in km between two places (equirectangular: enough at a few km). */
function kmBetween(a: GazetteerPlace, b: GazetteerPlace): number {
	const x = (a.lon - b.lon) * Math.cos((((a.lat + b.lat) / 2) * Math.PI) / 180);
	return Math.hypot(x, a.lat - b.lat) * KM_PER_DEGREE;
}

/**
 * Places whose names match `query`, best first: a city before its namesake villages (unless only
 * its sound matches), then the stronger name match, populated places, bigger ones. A place listed
 * twice (a hromada and its seat, one settlement from two sources) is kept once, the better one.
 */
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
	const phonetic = MATCH_STRENGTHS.indexOf('phonetic');
	const cityFirst = (h: KeyHit) => Number(isCity(h.place) && strengthRank(h) < phonetic);
	const ranked = [...best.values()].sort(
		(a, b) =>
			cityFirst(b) - cityFirst(a) ||
			strengthRank(a) - strengthRank(b) ||
			Number(b.place.featureClass === 'P') - Number(a.place.featureClass === 'P') ||
			b.place.population - a.place.population ||
			a.place.index - b.place.index
	);
	const kept: KeyHit[] = [];
	for (const hit of ranked) {
		const name = normaliseName(hit.place.name);
		const twice = kept.some(
			(k) => normaliseName(k.place.name) === name && kmBetween(k.place, hit.place) < SAME_PLACE_KM
		);
		if (!twice) kept.push(hit);
		if (kept.length === limit) break;
	}
	return kept.map((h) => toResult(h.place));
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
