/**
 * The geocoder: finds the place mentions of a text, ranks each mention's candidates with the whole
 * text as context, and turns the ranking into an outcome (resolved, ambiguous or unresolved) with
 * a confidence, a precision, an uncertainty radius and up to five alternatives.
 */
import type { Alternative } from '../contract';
import type { Gazetteer, GazetteerPlace } from '../gazetteer';
import { explainRun, type Explanation } from './explain';
import { createMentionTrace, findMentions, type FoundMention, type MentionTrace } from './mentions';
import { distanceKm } from './distance';
import { movePoint } from './offset';
import { precisionOf } from './precision';
import { createPriorMemo, rankText, type Candidate, type Ranking } from './rank';
import { DEFAULT_WEIGHTS, RESOLVE_WEIGHTS, type RankWeights } from './weights';
import type {
	GeocodeOptions,
	Geocoder,
	Located,
	Place,
	Resolution,
	ResolvedMention
} from './types';

/** Options of `createGeocoder`. */
export interface GeocoderOptions {
	/** Ranking weights; defaults to `DEFAULT_WEIGHTS`. */
	weights?: RankWeights;
	/** Below this score the best candidate is too weak to name: the mention is unresolved. */
	minScore?: number;
	/** Below this probability a named best place is reported as ambiguous. */
	ambiguousBelow?: number;
}

/** The candidates an outcome reads of a mention's ranking: the best and up to five alternatives. */
const OUTCOME_CANDIDATES = 6;

function alternativeOf(place: GazetteerPlace, p: number): Alternative {
	return {
		placeName: place.name,
		gazetteerId: place.id,
		admin1: place.admin1,
		lon: place.lon,
		lat: place.lat,
		score: Math.round(p * 1000) / 1000
	};
}

/**
 * Mention `m`'s candidates `from` to `to` (exclusive, as far as it has them) as alternatives,
 * read from the ranking: no candidate objects are made for them.
 */
function alternatives(ranking: Ranking, m: number, from: number, to: number): Alternative[] {
	const end = Math.min(ranking.count(m), to);
	const out: Alternative[] = [];
	for (let k = from; k < end; k++)
		out.push(alternativeOf(ranking.placeAt(m, k), ranking.pAt(m, k)));
	return out;
}

/** Publicly visible copy of a gazetteer place (drops the index fields). */
function publicPlace(c: Candidate): Place {
	const p = c.place;
	return {
		id: p.id,
		name: p.name,
		lat: p.lat,
		lon: p.lon,
		featureClass: p.featureClass,
		featureCode: p.featureCode,
		countryCode: p.countryCode,
		admin1Code: p.admin1Code,
		admin1: p.admin1,
		population: p.population
	};
}

/** The outcome of mention `m` (`found`) from its ranked candidates. */
function resolve(
	found: FoundMention,
	ranking: Ranking,
	m: number,
	minScore: number,
	ambiguousBelow: number
): Resolution {
	const top = ranking.top(m);
	if (!top) return { kind: 'unresolved', reason: 'no gazetteer entry matches', alternatives: [] };
	if (top.score < minScore)
		return {
			kind: 'unresolved',
			reason: `best candidate too weak (${top.place.name}, score ${top.score.toFixed(2)})`,
			alternatives: alternatives(ranking, m, 0, OUTCOME_CANDIDATES - 1)
		};
	let { precision, uncertaintyKm } = precisionOf(top.place, found.mention.near);
	if ((found.kind === 'region' || found.kind === 'district') && top.place.featureClass === 'P') {
		precision = 'district';
		uncertaintyKm = Math.max(uncertaintyKm, RESOLVE_WEIGHTS.areaAsPlaceKm);
	}
	const confidence = Math.round(top.p * RESOLVE_WEIGHTS.strengthFactor[top.strength] * 1000) / 1000;
	// "17 km NE of X" points away from X: `offsetPoint` says where; the radius around the place's
	// own point (what consumers without offsets plot) then has to reach that far.
	const offset = found.mention.offset;
	if (offset) {
		precision = 'near_settlement';
		uncertaintyKm = Math.round(uncertaintyKm + offset.km);
	}
	const located: Resolution & Located = {
		kind: top.p >= ambiguousBelow ? 'resolved' : 'ambiguous',
		place: publicPlace(top),
		confidence,
		precision,
		uncertaintyKm,
		alternatives: alternatives(ranking, m, 1, OUTCOME_CANDIDATES),
		// The candidate's own array, made for it alone (`Ranking.top`): no copy.
		evidence: offset
			? [...top.evidence, `offset ${offset.km} km at ${offset.bearingDeg}°`]
			: (top.evidence as string[])
	};
	// Set only when there is one (no spread: it is copied slowly where object spread is lowered).
	if (offset)
		located.offsetPoint = movePoint(top.place.lat, top.place.lon, offset.km, offset.bearingDeg);
	return located;
}

/** A qualifier of a mention: the best candidate of its own mention, and whether it names a district. */
interface QualifierTop {
	top: Candidate;
	district: boolean;
	/** The qualifier's mention index, for its other readings. */
	index: number;
}

/**
 * The qualifier of `f` that says most about where it lies: the first that is a region or country
 * ("X, Testov region"; in "X, Y district, Testov region" the region past the district), else the
 * first located; null when none is.
 */
function qualifierTop(
	f: FoundMention,
	indexOf: ReadonlyMap<FoundMention, number>,
	ranking: Ranking,
	resolutions: readonly Resolution[]
): QualifierTop | null {
	let first: QualifierTop | null = null;
	for (const q of f.qualifiers) {
		const i = indexOf.get(q);
		// A qualifier the geocoder could not locate says nothing of where the place lies.
		const top =
			i === undefined || resolutions[i].kind === 'unresolved' ? undefined : ranking.top(i);
		if (!top || i === undefined) continue;
		const found = { top, district: q.kind === 'district', index: i };
		first ??= found;
		if (top.place.featureCode === 'ADM1' || top.place.featureCode === 'PCLI') return found;
	}
	return first;
}

/** Whether a place lies in the district a qualifier names (its unit, or near its seat). */
function inDistrict(place: GazetteerPlace, d: GazetteerPlace): boolean {
	if (d.featureCode === 'ADM2')
		return place.admin2Code !== null && place.admin2Code === d.admin2Code;
	return distanceKm(place.lat, place.lon, d.lat, d.lon) <= RESOLVE_WEIGHTS.districtSeatReachKm;
}

/**
 * "Dronka in the Testov region", where the Testov region is another country's and the gazetteer
 * holds no Dronka there, or "Dronka, Testovsky district", where no Dronka lies in that district: a
 * namesake elsewhere is not the place meant, so the mention is unresolved (its candidates stay as
 * alternatives for an analyst).
 */
function withinQualifier(
	resolution: Resolution,
	ranking: Ranking,
	m: number,
	qualifier: QualifierTop | null
): Resolution {
	if (resolution.kind === 'unresolved' || qualifier === null) return resolution;
	const { top, district, index } = qualifier;
	const area = top.place;
	const why = `named in ${area.name}${district ? ' district' : ''} (${area.countryCode})`;
	// A district however it is read: a place of the name in none of its readings is not the one
	// meant ("Dronka in the Testovsky district", every Testovsky far from every Dronka).
	if (district) {
		const readings: GazetteerPlace[] = [];
		for (let k = 0, end = Math.min(ranking.count(index), OUTCOME_CANDIDATES); k < end; k++)
			readings.push(ranking.placeAt(index, k));
		return unlessOneLies(
			resolution,
			ranking,
			m,
			(place) => readings.some((d) => inDistrict(place, d)),
			why
		);
	}
	if (top.p < RESOLVE_WEIGHTS.foreignQualifierMinP) return resolution;
	return unlessOneLies(
		resolution,
		ranking,
		m,
		(place) => place.countryCode === area.countryCode,
		why
	);
}

/**
 * `resolution`, unless none of the candidates an outcome reads of mention `m` (whether or not the
 * ranking kept more: `explain` keeps all) lies where the text puts it (`lies`): then unresolved,
 * for `why`, with the candidates as alternatives.
 */
function unlessOneLies(
	resolution: Resolution,
	ranking: Ranking,
	m: number,
	lies: (place: GazetteerPlace) => boolean,
	why: string
): Resolution {
	for (let k = 0, end = Math.min(ranking.count(m), OUTCOME_CANDIDATES); k < end; k++)
		if (lies(ranking.placeAt(m, k))) return resolution;
	return {
		kind: 'unresolved',
		reason: `${why}; the gazetteer holds no place of this name there`,
		alternatives: alternatives(ranking, m, 0, OUTCOME_CANDIDATES - 1)
	};
}

/**
 * "The Russian border village of Dronka", where the gazetteer holds no Dronka in Russia: a namesake
 * in another country is not the place meant, so the mention is unresolved (its candidates stay as
 * alternatives).
 */
function withinCountry(
	resolution: Resolution,
	ranking: Ranking,
	m: number,
	f: FoundMention
): Resolution {
	const country = f.country;
	if (resolution.kind === 'unresolved' || country === undefined) return resolution;
	return unlessOneLies(
		resolution,
		ranking,
		m,
		(place) => place.countryCode === country,
		`called a place in ${country}`
	);
}

/** A geocoder that can also say why each mention landed where it did. */
export interface ExplainingGeocoder extends Geocoder {
	/** The stages' reasons for `geocode(text, options)`'s answer (see `explain.ts`). */
	explain(text: string, options?: GeocodeOptions): Explanation;
}

/** Creates a geocoder over a loaded gazetteer. */
export function createGeocoder(
	gazetteer: Gazetteer,
	options: GeocoderOptions = {}
): ExplainingGeocoder {
	const weights = options.weights ?? DEFAULT_WEIGHTS;
	const minScore = options.minScore ?? RESOLVE_WEIGHTS.minScore;
	const ambiguousBelow = options.ambiguousBelow ?? RESOLVE_WEIGHTS.ambiguousBelow;
	// Prior lists kept from text to text: the same ranking, less work on the names seen before.
	const memo = createPriorMemo();
	/** The stages, once: spot and classify, link, rank, resolve. */
	const run = (text: string, date: string | null, trace?: MentionTrace) => {
		const found = findMentions(text, gazetteer, trace);
		// Only an explanation shows the parts of candidates other than the best, and the
		// candidates below the alternatives.
		const ranking = trace
			? rankText(found, weights, date, undefined, true, memo)
			: rankText(found, weights, date, 1, true, memo);
		const ranked = trace ? found.map((_, m) => ranking.list(m)) : null;
		const indexOf = ranking.indexOf;
		const alone = found.map((f, m) => resolve(f, ranking, m, minScore, ambiguousBelow));
		const resolved = found.map((f, m) => ({
			mention: f.mention,
			resolution: withinCountry(
				withinQualifier(alone[m], ranking, m, qualifierTop(f, indexOf, ranking, alone)),
				ranking,
				m,
				f
			)
		}));
		return { found, ranked, resolved };
	};
	return {
		gazetteerLabel: gazetteer.label,
		geocode(text: string, geocodeOptions: GeocodeOptions = {}): ResolvedMention[] {
			return run(text, geocodeOptions.date ?? null).resolved;
		},
		explain(text: string, geocodeOptions: GeocodeOptions = {}): Explanation {
			const date = geocodeOptions.date ?? null;
			const trace = createMentionTrace();
			const { found, ranked, resolved } = run(text, date, trace);
			return explainRun({ text, date, trace, weights, found, ranked: ranked ?? [], resolved });
		}
	};
}
