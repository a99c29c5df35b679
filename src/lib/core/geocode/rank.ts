/**
 * Ranks the candidate places of every mention in a text with the evidence an analyst uses, and
 * records it: how well the name matched, what the cue words say the place is, feature class and
 * administrative seat, population, the war's geography (Ukraine first, then its neighbours), and
 * context: regions, districts and countries named in the same sentence or text, and closeness to
 * the other places mentioned. Scores are log-odds; a softmax turns them into probabilities.
 */
import type { GazetteerPlace, KeyHit, MatchStrength } from '../gazetteer';
import type { FoundMention } from './mentions';
import { distanceKm, withinKm } from './distance';
import { warCloseness, warLineDistancesKm, warLineIntensities } from './warzone';
import { DEFAULT_WEIGHTS, RANK_LIMITS, type RankWeights } from './weights';
import { AXIS_CUES, BORDER_REGIONS, COMMUNITY_CUES, NEIGHBOURS } from './lexicon';

export { DEFAULT_WEIGHTS, type RankWeights };

/**
 * The limits, read once: the loops below read them per candidate, and under tsx and Vitest (the
 * CLI, the evaluation, the benchmarks) every read of an imported binding calls a getter.
 */
const LIMITS = RANK_LIMITS;

/** A candidate place of one mention with its score and the reasons for it. */
export interface Candidate {
	place: GazetteerPlace;
	strength: MatchStrength;
	prior: number;
	context: number;
	score: number;
	/** Probability among the mention's candidates. */
	p: number;
	/** Reasons for the choice; filled in for the best candidate only. */
	evidence: readonly string[];
	/** The context score's parts, for the evidence. */
	parts: ContextParts;
	/** Added as the city of a district the gazetteer does not hold ("the X district of Kharkiv"). */
	districtCity?: boolean;
}

/** The evidence of a candidate not (yet) chosen: shared, never mutated. */
const NO_EVIDENCE: readonly string[] = Object.freeze([]);

/** Distances to the war lines by place (places are shared objects per gazetteer). */
const WAR_DISTANCES = new WeakMap<GazetteerPlace, number[]>();

/** A place's distances in km to each war line, computed once per place. */
function warDistances(place: GazetteerPlace): number[] {
	let d = WAR_DISTANCES.get(place);
	if (d === undefined) WAR_DISTANCES.set(place, (d = warLineDistancesKm(place.lat, place.lon)));
	return d;
}

/** Undated war-zone closeness by place, for the default decay (the common case). */
const UNDATED_CLOSENESS = new WeakMap<GazetteerPlace, number>();

/** A place's war-zone closeness; undated with the default decay, computed once per place. */
function closeness(place: GazetteerPlace, intensities: readonly number[], decayKm: number): number {
	const common = intensities === UNDATED_INTENSITIES && decayKm === DEFAULT_WEIGHTS.warZoneKm;
	if (!common) return warCloseness(warDistances(place), intensities, decayKm);
	let c = UNDATED_CLOSENESS.get(place);
	if (c === undefined)
		UNDATED_CLOSENESS.set(place, (c = warCloseness(warDistances(place), intensities, decayKm)));
	return c;
}

/** The war lines' intensities without a date (the common case, computed once). */
const UNDATED_INTENSITIES = warLineIntensities(null);

/** A named part of a candidate's score, for `--explain` and the evidence. */
export interface Contribution {
	feature: string;
	value: number;
}

/** The `kindFit` weight that applies to a place of feature `code` and class `featureClass`, or null. */
function kindFitName(
	code: string,
	featureClass: string,
	kind: FoundMention['kind'],
	community: boolean,
	axis: boolean
): keyof RankWeights['kindFit'] | null {
	if (code === 'PCLI') return kind === null ? 'countryBare' : 'countryCued';
	if (code === 'ADM1') return kind === 'region' ? 'oblastAsRegion' : 'oblastOther';
	if (code === 'ADM2') {
		if (kind === 'district') return community ? 'raionAsCommunity' : 'raionAsDistrict';
		return kind === 'region' ? 'raionAsRegion' : 'raionOther';
	}
	if (code === 'ADM3') {
		if (kind === 'district') return community ? 'hromadaAsCommunity' : 'hromadaAsDistrict';
		if (kind === 'region') return 'hromadaAsRegion';
		return community ? 'hromadaBareAdjective' : 'hromadaOther';
	}
	if (featureClass === 'P') {
		if (kind === 'region') return 'populatedAsRegion';
		if (kind === 'district') return 'populatedAsDistrict';
		if (kind === 'island') return 'populatedAsIsland';
		return kind === 'settlement' ? 'populatedAsSettlement' : null;
	}
	if (code === 'ISL' || code === 'ISLS')
		return kind === 'island' ? 'islandAsIsland' : 'islandOther';
	if (axis) return 'otherAsAxis';
	// A landmark named in full ("the Dubky power plant") is that landmark.
	if (kind === 'landmark') return null;
	return kind === 'settlement' ? 'otherAsSettlement' : 'otherOther';
}

/** What the words of a mention say of the place it names, as the prior reads them. */
interface Reading {
	/** The kind as ranked (`rankedKind`). */
	kind: FoundMention['kind'];
	/** Named as an axis ("the X direction"). */
	axis: boolean;
	/** Named as a hromada: after "community", or as a feminine adjective alone. */
	community: boolean;
}

/** The reading of a mention (see `Reading`). */
function readingOf(found: FoundMention): Reading {
	const kind = rankedKind(found);
	const cue = found.mention.cue ?? '';
	return { kind, axis: AXIS_CUES.has(cue), community: namesCommunity(kind, cue, found.key) };
}

/**
 * `Reading.community` of a mention of kind `kind` (`rankedKind`), cue `cue` and key `key`.
 * "X community" / "X hromada" names the hromada, the unit below the raion. Hromadas are named by
 * feminine adjectives ("Dubkivska"): that form names the hromada (a key ending in "ska" or "s'ka").
 */
export function namesCommunity(kind: Reading['kind'], cue: string, key: string): boolean {
	return (
		COMMUNITY_CUES.has(cue) || (kind === null && (key.endsWith('ska') || key.endsWith("s'ka")))
	);
}

/**
 * Score from the place and the mention alone, before other mentions are considered: the sum of
 * its contributions, which are pushed to `parts` when it is given.
 */
function priorScore(
	place: GazetteerPlace,
	strength: MatchStrength,
	reading: Reading,
	w: RankWeights,
	intensities: readonly number[],
	parts?: Contribution[]
): number {
	let s = w.strength[strength];
	parts?.push({ feature: `match:${strength}`, value: s });
	const code = place.featureCode;
	const { kind, axis, community } = reading;
	const unit = code === 'PCLI' || code === 'ADM1' || code === 'ADM2' || code === 'ADM3';
	if (place.featureClass === 'P' && !unit) {
		const seat = w.seat[code] ?? 0;
		s += seat;
		if (seat !== 0) parts?.push({ feature: `seat:${code}`, value: seat });
	}
	const fit = kindFitName(code, place.featureClass, kind, community, axis);
	if (fit !== null) {
		s += w.kindFit[fit];
		parts?.push({ feature: `kind:${fit}`, value: w.kindFit[fit] });
	}
	// GeoNames gives most villages no population: unknown is a small village, not an empty one.
	// Axes are named after the towns they lead to, so size counts more there.
	if (place.featureClass === 'P') {
		const size =
			(axis ? w.axisPopulationFactor : 1) *
			w.populationPerDecade *
			Math.log10((place.population || w.unknownPopulation) + 1);
		s += size;
		parts?.push({ feature: 'population', value: size });
	}
	if (code !== 'PCLI' && code !== 'ADM1' && w.warZone !== 0) {
		const war = w.warZone * closeness(place, intensities, w.warZoneKm);
		s += war;
		parts?.push({ feature: 'warZone', value: war });
	}
	// Ukraine first, then its border regions and neighbours, then the rest of the world.
	if (code !== 'PCLI' && place.countryCode !== 'UA') {
		const a1 = place.admin1Code ?? '';
		const tier =
			BORDER_REGIONS.has(a1) || place.countryCode === 'BY' || place.countryCode === 'MD'
				? 'border'
				: place.countryCode === 'RU' || NEIGHBOURS.has(place.countryCode)
					? 'neighbour'
					: 'elsewhere';
		s += w.countryTier[tier];
		parts?.push({ feature: `country:${tier}`, value: w.countryTier[tier] });
	}
	return s;
}

/** The probabilities of mention `m`'s candidates in `pool`, from their scores. */
function softmax(pool: Pool, m: number): void {
	const { order, score, p } = pool;
	const from = pool.start[m];
	const to = from + pool.count[m];
	let max = -Infinity;
	for (let r = from; r < to; r++) if (score[order[r]] > max) max = score[order[r]];
	// Summed best first: a sum of floating-point numbers depends on its order.
	let sum = 0;
	for (let r = from; r < to; r++) {
		const s = order[r];
		p[s] = Math.exp(score[s] - max);
		sum += p[s];
	}
	for (let r = from; r < to; r++) p[order[r]] /= sum;
}

/** `softmax` of the priors (the same arithmetic: before context a candidate's score is its prior). */
function priorSoftmax(entries: PriorEntry[]): void {
	let max = -Infinity;
	for (const e of entries) if (e.prior > max) max = e.prior;
	let sum = 0;
	for (const e of entries) {
		e.p = Math.exp(e.prior - max);
		sum += e.p;
	}
	for (const e of entries) e.p /= sum;
}

/** Context parts that are all nil. */
function zeroParts(): ContextParts {
	return {
		region: 0,
		regionArea: null,
		regionInSentence: false,
		qualified: 0,
		district: 0,
		country: 0,
		countryName: '',
		proximity: 0,
		nearestKm: Infinity,
		reading: 0
	};
}

/**
 * The parts of every candidate the context has not touched, shared and never written: most
 * candidates of a common name gain nothing from the text, and a long list would otherwise hold
 * an object each for nothing (`ownParts` gives a candidate its own before a write).
 */
const NO_PARTS: Readonly<ContextParts> = Object.freeze(zeroParts());

/** The own context parts of the candidate in slot `s` of `pool`, made on its first write. */
function ownParts(pool: Pool, s: number): ContextParts {
	let parts = pool.parts[s];
	if (parts === undefined) pool.parts[s] = parts = zeroParts();
	return parts;
}

function newCandidate(place: GazetteerPlace, strength: MatchStrength, prior: number): Candidate {
	return {
		place,
		strength,
		prior,
		context: 0,
		score: prior,
		p: 0,
		evidence: NO_EVIDENCE,
		parts: NO_PARTS
	};
}

/**
 * Every mention's candidates while they are ranked, in flat arrays rather than an object each: a
 * long list holds about a million candidates per MB, and their objects and boxed scores would be
 * copied by every collection until the ranking ends. Mention `m`'s candidates are the `count[m]`
 * slots from `start[m]`; `order` lists those slots best first (a candidate keeps its slot, and
 * sorting moves only the order). `Candidate` objects are made at the end (`candidateAt`). What a
 * slot shares with every mention of the same prior list (its place, match and prior, and the place
 * as the context loops read it) is not copied per slot: `row[s]` says where `rows` holds it.
 */
interface Pool {
	start: Int32Array;
	count: Int32Array;
	order: Int32Array;
	/** Each slot's row of `rows`. */
	row: Int32Array;
	/** The rows of the prior lists, and of the cities of districts (`placeDistrictsInCities`). */
	rows: ListPlaces;
	context: Float64Array;
	score: Float64Array;
	p: Float64Array;
	/** 1 where the candidate was added as the city of a district (`placeDistrictsInCities`). */
	districtCity: Uint8Array;
	/** Each slot's own context parts; undefined for the shared nil parts (`NO_PARTS`). */
	parts: (ContextParts | undefined)[];
}

/**
 * The pool of the mentions' candidates before context, best prior first (`priorEntries`), with a
 * free slot after each district's for its city (`placeDistrictsInCities`).
 */
function createPool(
	found: FoundMention[],
	w: RankWeights,
	intensities: readonly number[],
	cache: PriorCache
): Pool {
	const lists = new Array<PriorList>(found.length);
	const start = new Int32Array(found.length + 1);
	const count = new Int32Array(found.length);
	let size = 0;
	let districts = 0;
	for (let m = 0; m < found.length; m++) {
		const list = priorList(found[m], w, intensities, cache);
		lists[m] = list;
		start[m] = size;
		count[m] = list.entries.length;
		size += list.entries.length;
		if (found[m].kind === 'district') {
			size++;
			districts++;
		}
	}
	start[found.length] = size;
	// Room for the city of every district (`placeDistrictsInCities`), so that the rows do not move.
	const rows = reserveRows(cache, districts);
	const pool: Pool = {
		start,
		count,
		order: new Int32Array(size),
		row: new Int32Array(size),
		rows,
		context: new Float64Array(size),
		score: new Float64Array(size),
		p: new Float64Array(size),
		districtCity: new Uint8Array(size),
		parts: new Array<ContextParts | undefined>(size)
	};
	for (let m = 0; m < found.length; m++) {
		const list = lists[m];
		// Element by element: `set` costs more than a copy of the dozen entries of most lists.
		for (let s = start[m], end = s + count[m], i = list.at; s < end; s++, i++) {
			pool.order[s] = s;
			pool.row[s] = i;
			pool.score[s] = rows.prior[i];
			pool.p[s] = rows.p[i];
		}
	}
	return pool;
}

/** The candidate in slot `s` of `pool`, as an object. */
function candidateAt(pool: Pool, s: number): Candidate {
	const { rows } = pool;
	const i = pool.row[s];
	const c: Candidate = {
		place: rows.place[i],
		strength: rows.strength[i],
		prior: rows.prior[i],
		context: pool.context[s],
		score: pool.score[s],
		p: pool.p[s],
		evidence: NO_EVIDENCE,
		parts: pool.parts[s] ?? NO_PARTS
	};
	if (pool.districtCity[s] === 1) c.districtCity = true;
	return c;
}

/** The best of mention `m`'s candidates whose place passes `test`, as its slot, or -1. */
function findSlot(pool: Pool, m: number, test: (place: GazetteerPlace) => boolean): number {
	for (let r = pool.start[m], end = r + pool.count[m]; r < end; r++)
		if (test(pool.rows.place[pool.row[pool.order[r]]])) return pool.order[r];
	return -1;
}

/**
 * A district qualified by a city ("the Shevchenkivskyi district of Kharkiv") none of whose
 * candidates lies in that city's oblast is a city district the gazetteer does not hold: the city
 * itself becomes a candidate, scored as the others are plus the `districtCity` feature (its
 * precision is then a district's), so that it wins over a namesake district of another city.
 */
function placeDistrictsInCities(
	found: FoundMention[],
	pool: Pool,
	indexOf: Map<FoundMention, number>,
	w: RankWeights,
	intensities: readonly number[]
): void {
	for (let m = 0; m < found.length; m++) {
		const f = found[m];
		if (f.kind !== 'district') continue;
		const q = f.qualifiers.length > 0 ? indexOf.get(f.qualifiers[0]) : undefined;
		const citySlot = q === undefined ? -1 : findSlot(pool, q, (p) => p.featureClass === 'P');
		if (citySlot < 0 || pool.p[citySlot] < LIMITS.districtCityMinP) continue;
		const city = pool.rows.place[pool.row[citySlot]];
		const inCity = f.qualifiers[0].cityOfDistrict
			? (place: GazetteerPlace) => withinCity(place, city)
			: (place: GazetteerPlace) => place.admin1Code === city.admin1Code;
		if (findSlot(pool, m, inCity) >= 0) continue;
		const prior = priorScore(city, 'derived', readingOf(f), w, intensities) + w.districtCity;
		// The list is in prior order (a total order): the city goes where that order puts it.
		const { order, rows, row } = pool;
		const from = pool.start[m];
		const s = from + pool.count[m];
		const entry = { place: city, prior };
		let r = s;
		for (; r > from; r--) {
			const above = row[order[r - 1]];
			if (byPrior(entry, { place: rows.place[above], prior: rows.prior[above] }) >= 0) break;
			order[r] = order[r - 1];
		}
		order[r] = s;
		row[s] = addRow(rows, { place: city, strength: 'derived', prior, p: 0 });
		pool.context[s] = 0;
		pool.score[s] = prior;
		pool.districtCity[s] = 1;
		pool.parts[s] = undefined;
		pool.count[m]++;
		softmax(pool, m);
	}
}

/**
 * Whether `place` may be a district of `city` ("the X district of Y"): within
 * `LIMITS.cityDistrictKm` of the city's point, or a raion of the oblast the city names.
 */
function withinCity(place: GazetteerPlace, city: GazetteerPlace): boolean {
	if (place.featureCode === 'ADM2' && place.admin1Code === city.admin1Code) return true;
	return withinKm(place.lat, place.lon, city.lat, city.lon, LIMITS.cityDistrictKm);
}

/** Best prior first, then gazetteer order. */
function byPrior(
	a: Pick<PriorEntry, 'place' | 'prior'>,
	b: Pick<PriorEntry, 'place' | 'prior'>
): number {
	return b.prior - a.prior || a.place.index - b.place.index;
}

/**
 * Sorts mention `m`'s candidates best score first, then in gazetteer order (a total order, so any
 * sort gives the same list). Rescoring moves few of them: an insertion sort of their order does
 * little work and, unlike `Array.prototype.sort`, allocates nothing.
 */
function sortByScore(pool: Pool, m: number): void {
	const { order, score, row } = pool;
	const index = pool.rows.index;
	const from = pool.start[m];
	const to = from + pool.count[m];
	for (let i = from + 1; i < to; i++) {
		const c = order[i];
		const cScore = score[c];
		let j = i - 1;
		// Whether the candidate ranks before the one at `j`: best score, then gazetteer order.
		while (
			j >= from &&
			(cScore > score[order[j]] ||
				(cScore === score[order[j]] && index[row[c]] < index[row[order[j]]]))
		) {
			order[j + 1] = order[j];
			j--;
		}
		order[j + 1] = c;
	}
}

/** A mention's candidates before context, best prior first, with their probabilities. */
interface PriorEntry {
	place: GazetteerPlace;
	strength: MatchStrength;
	prior: number;
	p: number;
}

/**
 * Prior candidate lists by the mention's key and reading, each with the hits it was built from,
 * for one ranking (one set of weights and one date): a list of places names the same few places
 * again and again, and a common name has a hundred namesakes to score. Hits are compared by
 * content (`byVariant`): the spotters of lower-case and capitalised words build a new array of
 * the same hits for every mention of a name.
 */
interface PriorCache {
	byVariant: Map<string, PriorCacheEntry[]>;
	/**
	 * The same lists by the hits array itself, with the reading: the exact spotter hands out the
	 * gazetteer's own array for a name, and one look-up by identity then needs no key to be built.
	 * Kept for one text only (`priorCacheFor`): the loose spotters' arrays are new for every
	 * mention, and kept from text to text they would pile up.
	 */
	byHits: Map<readonly KeyHit[], PriorCacheEntry[]>;
	/** What the context loops read of the lists' places (see `PriorList`). */
	places: ListPlaces;
	/** Entries of `byVariant`, to bound a cache kept from text to text. */
	entries: number;
}

/**
 * What the context loops read of the places of every list of a `PriorCache`, in flat arrays, list
 * after list (`PriorList.at`): read from each place once per list rather than once per candidate
 * scored (the places are scattered objects, and their codes strings to hash), and in a few arrays
 * for all lists rather than a few per list.
 */
interface ListPlaces extends PlaceColumns {
	/** Entries held. */
	size: number;
	/** Each entry's place, match, prior and probability before context (`PriorEntry`). */
	place: GazetteerPlace[];
	strength: MatchStrength[];
	prior: Float64Array;
	p: Float64Array;
	/**
	 * Each entry's contributions to its prior (`priorContributions`), made when the evidence first
	 * reads them: a list names the same places again and again, and their priors' parts are the same.
	 */
	priorParts: (readonly Contribution[] | undefined)[];
}

/** Places as the context loops read them, one column per field, one row per place. */
interface PlaceColumns {
	lat: Float64Array;
	lon: Float64Array;
	/** The cosine of the latitude, as `cosOfLat` gives it. */
	cosLat: Float64Array;
	/** The oblast and the raion as an `admin1Id` and an `admin2Id`. */
	admin1: Int32Array;
	admin2: Int32Array;
	/** 0 for no administrative area, `HROMADA` for a hromada, `OTHER_AREA` for any other (class A). */
	area: Uint8Array;
	/** The place's gazetteer index, which breaks ties of score. */
	index: Int32Array;
}

/** `PlaceColumns.area` of a hromada, which other mentions' closeness reads as a point (`anchorsOf`). */
const HROMADA = 1;
/** `PlaceColumns.area` of an oblast, raion, country or other administrative area. */
const OTHER_AREA = 2;

/** Writes `place` into row `i` of `columns`. */
function writePlace(columns: PlaceColumns, i: number, place: GazetteerPlace): void {
	columns.lat[i] = place.lat;
	columns.lon[i] = place.lon;
	columns.cosLat[i] = cosOfLat(place.lat);
	columns.admin1[i] = admin1Id(place.admin1Code);
	columns.admin2[i] = admin2Id(place.admin2Code);
	columns.area[i] =
		place.featureClass !== 'A' ? 0 : place.featureCode === 'ADM3' ? HROMADA : OTHER_AREA;
	columns.index[i] = place.index;
}

/** Room for `capacity` entries' places. */
function createListPlaces(capacity: number): ListPlaces {
	return {
		size: 0,
		place: [],
		strength: [],
		priorParts: [],
		prior: new Float64Array(capacity),
		p: new Float64Array(capacity),
		lat: new Float64Array(capacity),
		lon: new Float64Array(capacity),
		cosLat: new Float64Array(capacity),
		admin1: new Int32Array(capacity),
		admin2: new Int32Array(capacity),
		area: new Uint8Array(capacity),
		index: new Int32Array(capacity)
	};
}

/** An empty `PriorCache`. */
function createPriorCache(): PriorCache {
	return { byVariant: new Map(), byHits: new Map(), places: createListPlaces(1024), entries: 0 };
}

/**
 * A geocoder's prior lists, kept from one text to the next (`createPriorMemo`): the texts of one
 * source name the same places again and again, and a list's prior scores depend only on its hits,
 * its reading, the weights and the date. A text of another date or weights starts a new cache, as
 * does one past `keptPriorRows` rows or `keptPriorLists` lists, so that a long-lived process holds
 * a bounded amount; the look-up by hits array (`PriorCache.byHits`) starts afresh with every text.
 */
export interface PriorMemo {
	weights: RankWeights | null;
	date: string | null;
	cache: PriorCache | null;
}

/** An empty `PriorMemo`. */
export function createPriorMemo(): PriorMemo {
	return { weights: null, date: null, cache: null };
}

/** The prior cache a text of `date` ranked with `w` reads: `memo`'s when it still applies, else a new one. */
function priorCacheFor(
	memo: PriorMemo | undefined,
	w: RankWeights,
	date: string | null
): PriorCache {
	if (memo === undefined) return createPriorCache();
	const cache = memo.cache;
	if (
		cache === null ||
		memo.weights !== w ||
		memo.date !== date ||
		cache.places.size > LIMITS.keptPriorRows ||
		cache.entries > LIMITS.keptPriorLists
	) {
		memo.weights = w;
		memo.date = date;
		return (memo.cache = createPriorCache());
	}
	cache.byHits = new Map();
	return cache;
}

/** One prior candidate list of `PriorCache`, the hits and the reading it was built from. */
interface PriorCacheEntry {
	hits: readonly KeyHit[];
	reading: Reading;
	list: PriorList;
}

/** A prior candidate list: its entries, and where its places are in its cache's `ListPlaces`. */
interface PriorList {
	entries: readonly PriorEntry[];
	at: number;
}

/** `entries` as a list of `cache`, added to its `ListPlaces`. */
function priorListOf(entries: readonly PriorEntry[], cache: PriorCache): PriorList {
	const places = reserveRows(cache, entries.length);
	const at = places.size;
	for (let k = 0; k < entries.length; k++) addRow(places, entries[k]);
	return { entries, at };
}

/** The rows of `cache`, with room for `more` after those held (moved to larger arrays on need). */
function reserveRows(cache: PriorCache, more: number): ListPlaces {
	const places = cache.places;
	const at = places.size;
	if (at + more <= places.lat.length) return places;
	const grown = createListPlaces(2 * (at + more));
	grown.lat.set(places.lat);
	grown.lon.set(places.lon);
	grown.cosLat.set(places.cosLat);
	grown.admin1.set(places.admin1);
	grown.admin2.set(places.admin2);
	grown.area.set(places.area);
	grown.index.set(places.index);
	grown.prior.set(places.prior);
	grown.p.set(places.p);
	grown.place = places.place;
	grown.strength = places.strength;
	grown.priorParts = places.priorParts;
	grown.size = at;
	cache.places = grown;
	return grown;
}

/** Adds `entry` as the next row of `rows`, which has room for it (`reserveRows`); returns the row. */
function addRow(rows: ListPlaces, entry: PriorEntry): number {
	const i = rows.size++;
	writePlace(rows, i, entry.place);
	rows.place[i] = entry.place;
	rows.strength[i] = entry.strength;
	rows.priorParts[i] = undefined;
	rows.prior[i] = entry.prior;
	rows.p[i] = entry.p;
	return i;
}

/** Whether two lists of hits hold the same places with the same strengths, in the same order. */
function sameHits(a: readonly KeyHit[], b: readonly KeyHit[]): boolean {
	if (a === b) return true;
	if (a.length !== b.length) return false;
	for (let k = 0; k < a.length; k++)
		if (a[k].place !== b[k].place || a[k].strength !== b[k].strength) return false;
	return true;
}

/** The prior candidate list of `found` (see `PriorEntry`), from `cache` when it holds it. */
function priorList(
	found: FoundMention,
	w: RankWeights,
	intensities: readonly number[],
	cache: PriorCache
): PriorList {
	// The reading's parts, without its object: most mentions find their list by their hits.
	const kind = rankedKind(found);
	const cue = found.mention.cue ?? '';
	const axis = AXIS_CUES.has(cue);
	const community = namesCommunity(kind, cue, found.key);
	// A list depends on the hits and the reading alone.
	const own = cache.byHits.get(found.hits);
	if (own)
		for (let k = 0; k < own.length; k++) {
			const e = own[k];
			if (e.reading.kind === kind && e.reading.axis === axis && e.reading.community === community)
				return e.list;
		}
	const reading: Reading = { kind, axis, community };
	const variant = `${found.key}|${kind}|${axis}|${community}`;
	const cached = cache.byVariant.get(variant);
	let list = cached?.find((e) => sameHits(e.hits, found.hits))?.list;
	if (list === undefined) {
		list = priorListOf(buildPriorEntries(found, reading, w, intensities), cache);
		if (cached) cached.push({ hits: found.hits, reading, list });
		else cache.byVariant.set(variant, [{ hits: found.hits, reading, list }]);
		cache.entries++;
	}
	if (own) own.push({ hits: found.hits, reading, list });
	else cache.byHits.set(found.hits, [{ hits: found.hits, reading, list }]);
	return list;
}

/** The prior candidate list of `found` read as `reading`, best prior first (see `priorEntries`). */
function buildPriorEntries(
	found: FoundMention,
	reading: Reading,
	w: RankWeights,
	intensities: readonly number[]
): PriorEntry[] {
	const byIndex = new Map<number, PriorEntry>();
	const hasExact = found.hits.some((h) => !loose(h.strength));
	for (const h of found.hits) {
		const prev = byIndex.get(h.place.index);
		let prior = priorScore(h.place, h.strength, reading, w, intensities);
		// A sound-alike or a slip is weaker still when the spelling itself names other places.
		if (hasExact && loose(h.strength)) prior += w.looseBesideExact;
		if (!prev || prior > prev.prior)
			byIndex.set(h.place.index, { place: h.place, strength: h.strength, prior, p: 0 });
	}
	const entries = [...byIndex.values()].sort(byPrior);
	if (entries.length > LIMITS.maxCandidates) entries.length = LIMITS.maxCandidates;
	priorSoftmax(entries);
	return entries;
}

/**
 * Builds the candidate list of a mention, best prior first; `intensities` are the war lines' on the
 * text's date (`warLineIntensities`), undated by default.
 */
export function candidatesOf(
	found: FoundMention,
	w: RankWeights = DEFAULT_WEIGHTS,
	intensities: readonly number[] = UNDATED_INTENSITIES,
	cache?: PriorCache
): Candidate[] {
	const entries = priorList(found, w, intensities, cache ?? createPriorCache()).entries;
	const out: Candidate[] = new Array(entries.length);
	for (let k = 0; k < entries.length; k++) {
		const e = entries[k];
		const c = newCandidate(e.place, e.strength, e.prior);
		c.p = e.p;
		out[k] = c;
	}
	return out;
}

/** Sound-alikes and slips: loose evidence. */
function loose(s: MatchStrength): boolean {
	return s === 'phonetic' || s === 'slip';
}

/**
 * The mention as the ranking reads it: "the Dubky region" names no oblast when no oblast has that
 * name: it is the raion of that name (Russian "район" is often translated "region"), else the area
 * around the town, ranked as the town.
 */
function rankedKind(found: FoundMention): FoundMention['kind'] {
	if (found.kind !== 'region' || found.hits.some((h) => h.place.featureCode === 'ADM1'))
		return found.kind;
	return found.hits.some((h) => h.place.featureCode === 'ADM2') ? 'district' : null;
}

/**
 * The contributions to a candidate's prior (`candidatesOf`), by feature; `intensities` are the war
 * lines' (`warLineIntensities`) on the text's date.
 */
export function priorContributions(
	found: FoundMention,
	candidate: Candidate,
	w: RankWeights = DEFAULT_WEIGHTS,
	intensities: readonly number[] = UNDATED_INTENSITIES
): Contribution[] {
	const parts: Contribution[] = [];
	priorScore(candidate.place, candidate.strength, readingOf(found), w, intensities, parts);
	if (loose(candidate.strength) && found.hits.some((h) => !loose(h.strength)))
		parts.push({ feature: 'looseBesideExact', value: w.looseBesideExact });
	if (candidate.districtCity) parts.push({ feature: 'districtCity', value: w.districtCity });
	return parts;
}

/** The contributions of the text's context to a candidate's score (`rankMentions`), by feature. */
export function contextContributions(candidate: Candidate, w: RankWeights): Contribution[] {
	return pushContextContributions(candidate, w, []);
}

/** Pushes the non-nil contributions of the context to `candidate`'s score to `parts`; returns it. */
function pushContextContributions(
	candidate: Candidate,
	w: RankWeights,
	parts: Contribution[]
): Contribution[] {
	const ctx = candidate.parts;
	pushNonZero(parts, 'regionNamed', ctx.region);
	pushNonZero(parts, 'districtNamed', ctx.district);
	pushNonZero(parts, 'countryNamed', ctx.country);
	pushNonZero(parts, 'qualifier', ctx.qualified);
	pushNonZero(parts, 'proximity', ctx.proximity);
	pushNonZero(parts, 'bareQualifierReading', w.bareQualifierReading * ctx.reading);
	return parts;
}

function pushNonZero(parts: Contribution[], feature: string, value: number): void {
	if (value !== 0) parts.push({ feature, value });
}

/** A region, district or country the text names, with where and how surely. */
interface NamedArea {
	mention: number;
	sentence: number;
	weight: number;
	name: string;
}

/**
 * Named areas by code, text-wide and per sentence (the strongest mention of each); regions by
 * their `admin1Id`, which the candidates hold in flat arrays.
 */
class AreaIndex<K extends string | number> {
	text = new Map<K, NamedArea>();
	bySentence = new Map<number, Map<K, NamedArea>>();
	size = 0;

	add(code: K, sentence: number, area: NamedArea): void {
		this.size++;
		const prev = this.text.get(code);
		if (!prev || area.weight > prev.weight) this.text.set(code, area);
		let inSentence = this.bySentence.get(sentence);
		if (!inSentence) this.bySentence.set(sentence, (inSentence = new Map()));
		const prevS = inSentence.get(code);
		if (!prevS || area.weight > prevS.weight) inSentence.set(code, area);
	}

	/** The areas named in one sentence, by code (for `find`). */
	inSentence(sentence: number): Map<K, NamedArea> | undefined {
		return this.bySentence.get(sentence);
	}

	/** The area named for `code` in the sentence (`inSentence`), else in the text, not counting mention `self`. */
	find(inSentence: Map<K, NamedArea> | undefined, code: K | null, self: number): NamedArea | null {
		if (code === null || code === '' || this.size === 0) return null;
		// Every area of a sentence is one of the text's: most codes are in neither, and one look-up
		// says so.
		const t = this.text.get(code);
		if (t === undefined) return null;
		const s = inSentence?.get(code);
		if (s && s.mention !== self) return s;
		return t.mention !== self ? t : null;
	}
}

/** Regions, districts and countries the mentions name, read from the current distributions. */
function namedAreas(found: FoundMention[], pool: Pool) {
	const regions = new AreaIndex<number>();
	const districts = new AreaIndex<number>();
	const countries = new AreaIndex<string>();
	for (let m = 0; m < found.length; m++) {
		// The other side of a border ("near the border with the Y region") holds no place named.
		if (pool.count[m] === 0 || found[m].bordersOn === true) continue;
		const top = pool.order[pool.start[m]];
		// Most mentions name no area: an entry is made only for those that do, and the place
		// columns say so without a look at the place.
		if (pool.rows.area[pool.row[top]] !== OTHER_AREA) continue;
		const place = pool.rows.place[pool.row[top]];
		const code = place.featureCode;
		if (code !== 'ADM1' && code !== 'ADM2' && code !== 'PCLI') continue;
		const p = pool.p[top];
		const sentence = found[m].sentence;
		if (code === 'ADM1')
			regions.add(
				admin1Id(place.admin1Code ?? ''),
				sentence,
				namedArea(m, sentence, p, place.admin1 ?? place.name)
			);
		else if (code === 'ADM2')
			districts.add(
				admin2Id(place.admin2Code ?? ''),
				sentence,
				namedArea(m, sentence, p, place.name)
			);
		else countries.add(place.countryCode, sentence, namedArea(m, sentence, p, place.name));
	}
	return { regions, districts, countries };
}

function namedArea(mention: number, sentence: number, weight: number, name: string): NamedArea {
	return { mention, sentence, weight, name };
}

/**
 * Every mention's likeliest points as other mentions see them, in flat arrays: mention `m`'s are
 * `start[m]` to `start[m + 1]`. The closeness loop reads them for every candidate of every
 * neighbour, so they are laid out for that loop, not as an object per point.
 */
interface Anchors {
	start: Int32Array;
	lat: Float64Array;
	lon: Float64Array;
	cosLat: Float64Array;
	p: Float64Array;
	/** The anchor's oblast as an `admin1Id`: the loop compares numbers, not strings. */
	admin1: Int32Array;
}

/**
 * Small numbers for codes of one kind (the same for the same code, -1 for none), so that the
 * closeness loop compares numbers, not strings; `size` is how many codes have one so far.
 */
function codeIds(): { id: (code: string | null) => number; size: () => number } {
	const ids = new Map<string, number>();
	return {
		id: (code) => {
			if (code === null) return -1;
			let id = ids.get(code);
			if (id === undefined) ids.set(code, (id = ids.size));
			return id;
		},
		size: () => ids.size
	};
}

/** The numbers of admin1 codes. */
const ADMIN1_IDS = codeIds();
const admin1Id = ADMIN1_IDS.id;
/** The numbers of admin2 codes. */
const admin2Id = codeIds().id;

/** The ids of the empty codes, which name no area. */
const EMPTY_ADMIN1 = admin1Id('');
const EMPTY_ADMIN2 = admin2Id('');

/**
 * An id as the areas named are keyed (`namedAreas`): null for no code or the empty one, which
 * `AreaIndex.find` reads as none.
 */
function areaKey(id: number, empty: number): number | null {
	return id < 0 || id === empty ? null : id;
}

/** The cosine of a latitude in degrees, as every distance of the closeness loop reads it. */
function cosOfLat(lat: number): number {
	return Math.cos((lat * Math.PI) / 180);
}

const KM_PER_DEGREE = 111.195;

/** Above 1 by far more than any rounding, so that a pull skipped by its bound is surely no better. */
const EXP_BOUND_MARGIN = 1 + 1e-9;

/** Context of one candidate: what it gained from the rest of the text, and why. */
export interface ContextParts {
	region: number;
	/** The region named in the text that the candidate lies in, and whether in its sentence. */
	regionArea: NamedArea | null;
	regionInSentence: boolean;
	/** What the qualifier written after the mention adds: its weight times the share of it that puts the mention here. */
	qualified: number;
	district: number;
	country: number;
	countryName: string;
	proximity: number;
	nearestKm: number;
	/** 1 for the reading of a bare qualifier ("X, Donetsk") that fits where X lies: the city or the oblast. */
	reading: number;
}

/**
 * Ranks every mention's candidates using the whole text as context (two rounds of context);
 * `date` (`YYYY-MM-DD`), when known, says which lines of fighting were active. The first
 * `described` candidates of each mention keep their context parts (`--explain` shows
 * `describedCandidates`); the evidence reads the best one's only, so geocoding asks for 1. Each
 * mention's list holds its `kept` best candidates (all by default; the geocoder reads six).
 * `banded: false` has the closeness loop read every anchor near in the text instead of those in
 * reach east and west only: the same ranking, slower, against which tests hold the band.
 */
export function rankMentions(
	found: FoundMention[],
	w: RankWeights = DEFAULT_WEIGHTS,
	date: string | null = null,
	described: number = LIMITS.describedCandidates,
	kept: number = Infinity,
	banded = true
): Candidate[][] {
	const ranking = rankText(found, w, date, described, banded);
	const cands = new Array<Candidate[]>(found.length);
	for (let m = 0; m < found.length; m++) cands[m] = ranking.list(m, kept);
	return cands;
}

/**
 * A text's ranking (`rankText`), read a mention at a time: the geocoder turns each mention's list
 * into its outcome at once, so that the lists of a long text are not all held until the end (the
 * objects of a million candidates would be copied by every collection until then).
 */
export interface Ranking {
	/** Mention `m`'s best candidate, with its evidence; the same object on every call. */
	top(m: number): Candidate | undefined;
	/** Mention `m`'s `kept` best candidates (all by default), best first; the first is `top(m)`. */
	list(m: number, kept?: number): Candidate[];
	/** How many candidates mention `m` has. */
	count(m: number): number;
	/**
	 * The place and the probability of mention `m`'s `k`-th best candidate, read without making
	 * its object: an outcome's alternatives need no more.
	 */
	placeAt(m: number, k: number): GazetteerPlace;
	pAt(m: number, k: number): number;
	/** Each mention's index in the list ranked: the ranking needs it, and so does the geocoder. */
	indexOf: ReadonlyMap<FoundMention, number>;
}

/**
 * Ranks every mention's candidates as `rankMentions` does, to be read a mention at a time; with a
 * `memo`, the prior lists of earlier texts are read from it (the same ranking, less work).
 */
export function rankText(
	found: FoundMention[],
	w: RankWeights = DEFAULT_WEIGHTS,
	date: string | null = null,
	described: number = LIMITS.describedCandidates,
	banded = true,
	memo?: PriorMemo
): Ranking {
	const intensities = date === null ? UNDATED_INTENSITIES : warLineIntensities(date);
	const pool = createPool(found, w, intensities, priorCacheFor(memo, w, date));
	// Set one by one: no pair array per mention, all of them held at once.
	const indexOf = new Map<FoundMention, number>();
	for (let m = 0; m < found.length; m++) indexOf.set(found[m], m);
	placeDistrictsInCities(found, pool, indexOf, w, intensities);
	const facts = mentionFacts(found);
	/** Squared distance beyond which another place's pull (below e^-6 of its weight) is left out. */
	const farKm2 = (LIMITS.farDecays * w.proximityKm) ** 2;
	const window = 2 * LIMITS.contextWindow + 1;
	for (let round = 0; round < LIMITS.rounds; round++) {
		const { regions, districts, countries } = namedAreas(found, pool);
		const text: TextContext = {
			found,
			pool,
			indexOf,
			facts,
			anchors: anchorsOf(pool),
			regions,
			districts,
			countries,
			w,
			farKm2,
			reachKm: banded ? Math.sqrt(farKm2) : Infinity,
			described,
			neighbours: new Int32Array(window),
			neighbourWeights: new Float64Array(window),
			near: createNearAnchors(window),
			scratch: createScratch(LIMITS.maxCandidates + 1),
			qualifier: createQualifierView()
		};
		for (let m = 0; m < found.length; m++) {
			// One candidate: nothing to rank. Decided after the first round: the second would not flip it.
			if (pool.count[m] <= 1 || (round > 0 && pool.p[pool.order[pool.start[m]]] >= LIMITS.decidedP))
				continue;
			rescore(text, m, round);
		}
	}
	for (let m = 0; m < found.length; m++) readBareQualifier(found, m, pool, indexOf, w);
	const tops = new Array<Candidate | undefined>(found.length);
	const top = (m: number): Candidate | undefined => {
		if (pool.count[m] === 0) return undefined;
		let c = tops[m];
		if (c === undefined) {
			const slot = pool.order[pool.start[m]];
			tops[m] = c = candidateAt(pool, slot);
			const i = pool.row[slot];
			let prior = pool.rows.priorParts[i];
			if (prior === undefined)
				pool.rows.priorParts[i] = prior = priorContributions(found[m], c, w, intensities);
			c.evidence = evidenceOf(found[m], c, prior, w);
		}
		return c;
	};
	return {
		top,
		list(m, kept = Infinity) {
			const list = new Array<Candidate>(Math.min(pool.count[m], kept));
			if (list.length > 0) list[0] = top(m) as Candidate;
			for (let k = 1; k < list.length; k++)
				list[k] = candidateAt(pool, pool.order[pool.start[m] + k]);
			return list;
		},
		count: (m) => pool.count[m],
		placeAt: (m, k) => pool.rows.place[pool.row[pool.order[pool.start[m] + k]]],
		pAt: (m, k) => pool.p[pool.order[pool.start[m] + k]],
		indexOf
	};
}

/** Each mention's likeliest points (`anchorsPerMention`, each at least `anchorMinP`; no oblasts, raions or countries), for closeness. */
function anchorsOf(pool: Pool): Anchors {
	const mentions = pool.count.length;
	const size = mentions * LIMITS.anchorsPerMention;
	const a: Anchors = {
		start: new Int32Array(mentions + 1),
		lat: new Float64Array(size),
		lon: new Float64Array(size),
		cosLat: new Float64Array(size),
		p: new Float64Array(size),
		admin1: new Int32Array(size)
	};
	let n = 0;
	// From the rows' place columns, which hold what the places would give.
	const { rows, row } = pool;
	for (let m = 0; m < mentions; m++) {
		a.start[m] = n;
		const first = n;
		for (let r = pool.start[m], end = r + pool.count[m]; r < end; r++) {
			const s = pool.order[r];
			const p = pool.p[s];
			if (n - first >= LIMITS.anchorsPerMention || p < LIMITS.anchorMinP) break;
			const i = row[s];
			if (rows.area[i] === OTHER_AREA) continue;
			a.lat[n] = rows.lat[i];
			a.lon[n] = rows.lon[i];
			a.cosLat[n] = rows.cosLat[i];
			a.p[n] = p;
			a.admin1[n] = rows.admin1[i];
			n++;
		}
	}
	a.start[mentions] = n;
	return a;
}

/** What one round of ranking knows of the whole text (see `rankMentions`). */
interface TextContext {
	found: FoundMention[];
	pool: Pool;
	indexOf: Map<FoundMention, number>;
	/** What the neighbours of a mention are found by (`neighboursOf`). */
	facts: MentionFacts;
	/** Each mention's likeliest points, for closeness. */
	anchors: Anchors;
	regions: AreaIndex<number>;
	districts: AreaIndex<number>;
	countries: AreaIndex<string>;
	w: RankWeights;
	/** Squared distance beyond which another place's pull (below e^-6 of its weight) is left out. */
	farKm2: number;
	/** The square root of `farKm2`: how far an anchor may lie and still pull (Infinity: unbanded). */
	reachKm: number;
	/** Candidates per mention whose context parts are kept (see `rankMentions`). */
	described: number;
	/** Scratch: the mentions whose places pull the mention being scored, and how much each counts. */
	neighbours: Int32Array;
	neighbourWeights: Float64Array;
	/** Scratch: the anchors of those mentions by latitude, for `pullOf`. */
	near: NearAnchors;
	/** Scratch of `rescore`, grown on need. */
	scratch: Scratch;
	/** Scratch of `rescore`: the qualifier of the mention scored. */
	qualifier: QualifierView;
}

/**
 * Scratch of `rescore`: each candidate's context values by its slot (less the mention's first), so
 * that only the candidates kept described get parts objects.
 */
interface Scratch {
	region: Float64Array;
	district: Float64Array;
	country: Float64Array;
	qualified: Float64Array;
	proximity: Float64Array;
	/** 1 where the candidate's closeness to the other places was scored (`pullOf`). */
	pulled: Uint8Array;
	regionArea: (NamedArea | null)[];
	countryArea: (NamedArea | null)[];
}

/** A scratch for lists of up to `size` candidates. */
function createScratch(size: number): Scratch {
	return {
		region: new Float64Array(size),
		district: new Float64Array(size),
		country: new Float64Array(size),
		qualified: new Float64Array(size),
		proximity: new Float64Array(size),
		pulled: new Uint8Array(size),
		regionArea: new Array<NamedArea | null>(size).fill(null),
		countryArea: new Array<NamedArea | null>(size).fill(null)
	};
}

/** Scores mention `m`'s candidates with the text's context in round `round`, then re-sorts them. */
function rescore(text: TextContext, m: number, round: number): void {
	const { found, pool, indexOf, regions, districts, countries, w } = text;
	const f = found[m];
	const from = pool.start[m];
	const count = pool.count[m];
	if (text.scratch.region.length < count) text.scratch = createScratch(2 * count);
	const scratch = text.scratch;
	const area = f.kind === 'region' || f.kind === 'district';
	// The first qualifier that is a mention speaks, through its likeliest candidates.
	let qualifierMention = -1;
	let qualifierWeight = w.qualifier;
	let cityOfDistrict = false;
	for (const q of f.qualifiers) {
		const index = indexOf.get(q);
		if (index === undefined) continue;
		qualifierMention = index;
		cityOfDistrict = q.cityOfDistrict === true;
		if (cityOfDistrict) qualifierWeight = w.cityOfDistrict;
		break;
	}
	const qualified = qualifierMention >= 0 && pool.count[qualifierMention] > 0;
	const qualifier = text.qualifier;
	if (qualified)
		readQualifier(
			qualifier,
			pool,
			qualifierMention,
			cityOfDistrict,
			!cityOfDistrict && found[qualifierMention].bareQualifier === true
		);
	const regionsHere = regions.inSentence(f.sentence);
	const districtsHere = districts.inSentence(f.sentence);
	const countriesHere = countries.inSentence(f.sentence);
	// Most lists name no region, district or country: then a candidate's own codes go unread.
	const anyRegion = regions.size > 0;
	const anyDistrict = districts.size > 0;
	const anyCountry = countries.size > 0;
	/** Mentions that pull this one's candidates, found on first need (-1: not yet). */
	let neighbourCount = -1;
	const pullCount = round === 0 ? LIMITS.proximityCandidates : LIMITS.laterProximityCandidates;
	const { order, row, context, score } = pool;
	const { place: places, prior, admin1, admin2, area: areas } = pool.rows;
	for (let ci = 0; ci < count; ci++) {
		// The candidate ranked `ci`-th so far, and its scratch, by its slot; its place by its row.
		const slot = order[from + ci];
		const at = slot - from;
		const i = row[slot];
		let region = 0;
		let district = 0;
		let country = 0;
		let share = 0;
		let proximity = 0;
		let isPulled = false;
		// Regions, districts and countries named in the sentence or the text. A region named
		// beside another ("Mykolaiv and Odesa oblasts") is its peer: it says nothing of where it lies.
		const rFound = anyRegion
			? regions.find(regionsHere, areaKey(admin1[i], EMPTY_ADMIN1), m)
			: null;
		// Nor does a region named elsewhere help a town read for a name cued as a region ("the
		// Testov and Kyiv regions", where the text also names Kyiv City): the cue asks for a region.
		const r =
			rFound &&
			!(f.kind === 'region' && (found[rFound.mention].kind === 'region' || areas[i] === 0))
				? rFound
				: null;
		if (r) region = (r.sentence === f.sentence ? w.regionInSentence : w.regionInText) * r.weight;
		const d = anyDistrict
			? districts.find(districtsHere, areaKey(admin2[i], EMPTY_ADMIN2), m)
			: null;
		if (d)
			district = (d.sentence === f.sentence ? w.districtInSentence : w.districtInText) * d.weight;
		// A foreign country named in the text lets its places win; naming Ukraine adds nothing
		// to a prior that already prefers Ukraine.
		const place = anyCountry ? places[i] : null;
		const k =
			place === null || place.featureCode === 'PCLI' || place.countryCode === 'UA'
				? null
				: countries.find(countriesHere, place.countryCode, m);
		if (k) country = w.countryNamed * k.weight * (k.sentence === f.sentence ? 1 : w.otherSentence);
		// A region or country written right after the mention ("X, Kherson region, Ukraine")
		// says where it is; the nearest, most specific qualifier speaks.
		if (qualified) share = qualifierWeight * qualifiedShare(pool.rows, i, qualifier);
		// Closeness to the other places mentioned nearby in the text, and sharing their region.
		if (ci < pullCount && areas[i] === 0 && !area) {
			if (neighbourCount < 0) {
				neighbourCount = neighboursOf(text, m);
				gatherNearAnchors(text, m, neighbourCount);
			}
			pullOf(text, i, scratch.proximity, at);
			proximity = scratch.proximity[at];
			isPulled = true;
		}
		scratch.region[at] = region;
		scratch.district[at] = district;
		scratch.country[at] = country;
		scratch.qualified[at] = share;
		scratch.proximity[at] = proximity;
		scratch.pulled[at] = isPulled ? 1 : 0;
		scratch.regionArea[at] = r;
		scratch.countryArea[at] = k;
		const gain = region + district + country + share + proximity;
		context[slot] = gain;
		score[slot] = prior[i] + gain;
	}
	sortByScore(pool, m);
	softmax(pool, m);
	// A mention ranked again next round is described then, and parts described now would never
	// be read: the evidence reads a region's or a country's name only where it scored.
	if (round === LIMITS.rounds - 1 || pool.p[order[from]] >= LIMITS.decidedP)
		describeParts(text, m, neighbourCount, scratch);
}

/**
 * Writes the context parts of the candidates described (`text.described`) from `scratch` and
 * lets go of the others': only the best are ever explained, and parts never made or let go at once
 * are cheap, where parts kept to the end of a long text are copied by every collection until then.
 * A bare qualifier keeps its oblasts' and settlements' parts: its reading (`readBareQualifier`) may
 * lift one of them. Most candidates of a common name gain nothing: they keep the shared nil parts.
 */
function describeParts(
	text: TextContext,
	m: number,
	neighbourCount: number,
	scratch: Scratch
): void {
	const f = text.found[m];
	const pool = text.pool;
	const from = pool.start[m];
	const readings = f.bareQualifier === true && f.qualifies !== undefined;
	for (let ci = 0, count = pool.count[m]; ci < count; ci++) {
		const slot = pool.order[from + ci];
		// The place is read only for a bare qualifier's candidates: most lists have none.
		if (ci >= text.described && !(readings && readableQualifier(pool.rows.place[pool.row[slot]]))) {
			pool.parts[slot] = undefined;
			continue;
		}
		const s = slot - from;
		const r = scratch.regionArea[s];
		const k = scratch.countryArea[s];
		const nearestKm =
			scratch.pulled[s] === 1 ? nearestOf(text, neighbourCount, pool.row[slot]) : Infinity;
		if (
			pool.parts[slot] === undefined &&
			r === null &&
			k === null &&
			scratch.district[s] === 0 &&
			scratch.qualified[s] === 0 &&
			scratch.proximity[s] === 0 &&
			nearestKm === Infinity
		)
			continue;
		const ctx = ownParts(pool, slot);
		ctx.region = scratch.region[s];
		ctx.district = scratch.district[s];
		ctx.country = scratch.country[s];
		ctx.qualified = scratch.qualified[s];
		ctx.proximity = scratch.proximity[s];
		ctx.nearestKm = nearestKm;
		if (r) {
			ctx.regionArea = r;
			ctx.regionInSentence = r.sentence === f.sentence;
		}
		if (k) ctx.countryName = k.name;
	}
}

/** Whether a bare qualifier's candidate may be lifted by its reading: an oblast or a settlement. */
function readableQualifier(place: GazetteerPlace): boolean {
	return place.featureCode === 'ADM1' || place.featureClass === 'P';
}

/**
 * How a qualifier's candidate says where a place is (`qualifiedShare`): within the city a district
 * is part of, or in the same country, raion or oblast.
 */
const WITHIN_CITY = 0;
const SAME_COUNTRY = 1;
const SAME_RAION = 2;
const SAME_OBLAST = 3;
/** Within `qualifierCityKm` of the city a bare qualifier may name. */
const NEAR_CITY = 4;

/**
 * A qualifier's likeliest candidates (`qualifierCandidates`) as `qualifiedShare` compares them,
 * read once per mention scored rather than once per candidate.
 */
interface QualifierView {
	count: number;
	test: Uint8Array;
	/** The code the place must share, or the city it must lie within. */
	code: (string | null)[];
	/** The oblast's `admin1Id`, for `SAME_OBLAST`: the candidates hold theirs in flat arrays. */
	admin1: Int32Array;
	city: (GazetteerPlace | null)[];
	/** The city's point: read from the view, not from the scattered place objects. */
	lat: Float64Array;
	lon: Float64Array;
	p: Float64Array;
}

function createQualifierView(): QualifierView {
	const size = LIMITS.qualifierCandidates;
	return {
		count: 0,
		test: new Uint8Array(size),
		code: new Array<string | null>(size).fill(null),
		admin1: new Int32Array(size),
		city: new Array<GazetteerPlace | null>(size).fill(null),
		lat: new Float64Array(size),
		lon: new Float64Array(size),
		p: new Float64Array(size)
	};
}

/**
 * Reads the likeliest candidates of mention `q` into `view`. A city a district is part of
 * (`cityOfDistrict`) holds only what lies within it. A bare qualifier ("X, Poltava") holds its two
 * readings whole (`readBareQualifier` chooses between them only after the ranking): each oblast of
 * its name, and the surroundings of its likeliest city of that name; its namesake villages elsewhere
 * are no reading, and a city that is an oblast-level unit of its own (a capital) still has the
 * oblast around it as the other reading.
 */
function readQualifier(
	view: QualifierView,
	pool: Pool,
	q: number,
	cityOfDistrict: boolean,
	bare: boolean
): void {
	if (bare) {
		readBareReadings(view, pool, q);
		return;
	}
	const n = Math.min(pool.count[q], LIMITS.qualifierCandidates);
	const { rows } = pool;
	for (let k = 0; k < n; k++) {
		const slot = pool.order[pool.start[q] + k];
		const i = pool.row[slot];
		const qc = rows.place[i];
		const code = qc.featureCode;
		const test =
			cityOfDistrict && qc.featureClass === 'P'
				? WITHIN_CITY
				: code === 'PCLI'
					? SAME_COUNTRY
					: code === 'ADM2'
						? SAME_RAION
						: SAME_OBLAST;
		view.test[k] = test;
		view.city[k] = test === WITHIN_CITY ? qc : null;
		view.lat[k] = rows.lat[i];
		view.lon[k] = rows.lon[i];
		view.code[k] =
			test === SAME_COUNTRY ? qc.countryCode : test === SAME_RAION ? qc.admin2Code : qc.admin1Code;
		view.admin1[k] = rows.admin1[i];
		view.p[k] = pool.p[slot];
	}
	view.count = n;
}

/** The readings of the bare qualifier `q` into `view` (see `readQualifier`), each whole. */
function readBareReadings(view: QualifierView, pool: Pool, q: number): void {
	let n = 0;
	let city = false;
	const { rows } = pool;
	for (let r = pool.start[q], end = r + pool.count[q]; r < end && n < view.p.length; r++) {
		const i = pool.row[pool.order[r]];
		const qc = rows.place[i];
		const oblast = qc.featureCode === 'ADM1';
		if (!oblast && (city || qc.featureClass !== 'P')) continue;
		if (!oblast) city = true;
		view.test[n] = oblast ? SAME_OBLAST : NEAR_CITY;
		view.city[n] = oblast ? null : qc;
		view.lat[n] = rows.lat[i];
		view.lon[n] = rows.lon[i];
		view.code[n] = qc.admin1Code;
		view.admin1[n] = rows.admin1[i];
		view.p[n] = 1;
		n++;
	}
	view.count = n;
}

/**
 * 0..1: how much of the qualifier's weight (its candidates in `view`) puts it where the place of row
 * `i` of `rows` is. The same oblast is the same `admin1Id` (one id per code).
 */
function qualifiedShare(rows: ListPlaces, i: number, view: QualifierView): number {
	let share = 0;
	for (let k = 0; k < view.count; k++) if (putsHere(rows, i, view, k)) share += view.p[k];
	return Math.min(1, share);
}

/**
 * Whether the qualifier's candidate `k` in `view` puts the place of row `i` of `rows` where it is.
 * Distances read the flat columns, not the scattered place objects: a bare qualifier's city is
 * tested against every candidate, and most are ruled out by latitude alone (`withinKm`).
 */
function putsHere(rows: ListPlaces, i: number, view: QualifierView, k: number): boolean {
	const test = view.test[k];
	if (test === SAME_OBLAST) return view.admin1[k] === rows.admin1[i];
	if (test === NEAR_CITY)
		return withinKm(rows.lat[i], rows.lon[i], view.lat[k], view.lon[k], LIMITS.qualifierCityKm);
	if (test === WITHIN_CITY) return withinCity(rows.place[i], view.city[k] as GazetteerPlace);
	if (test === SAME_COUNTRY) return view.code[k] === rows.place[i].countryCode;
	return view.code[k] === rows.place[i].admin2Code;
}

/**
 * Fills `text.neighbours` with the mentions near mention `m` in the text whose places pull its
 * candidates, in text order, and their weights; returns how many.
 */
function neighboursOf(text: TextContext, m: number): number {
	const { found, w, neighbours, neighbourWeights } = text;
	const { key, sentence, links } = text.facts;
	const f = found[m];
	const lo = Math.max(0, m - LIMITS.contextWindow);
	const hi = Math.min(found.length - 1, m + LIMITS.contextWindow);
	let n = 0;
	for (let o = lo; o <= hi; o++) {
		// A qualifier ("X, Donetsk") already counted as one; as a point it would pull X
		// towards the city of that name whether or not it names the city.
		if (
			o === m ||
			key[o] === key[m] ||
			((links[o] & QUALIFIES) !== 0 && found[o].qualifies === f) ||
			(links[o] & BORDERS) !== 0
		)
			continue;
		neighbours[n] = o;
		// The reference of a place ("Lypove, north of Kyiv") says where it is: it pulls hardest.
		neighbourWeights[n] =
			(links[o] & LOCATES) !== 0 && found[o].locates === f
				? w.referencePull
				: sentence[o] === sentence[m]
					? 1
					: w.otherSentence;
		n++;
	}
	return n;
}

/** `MentionFacts.links`: the mention qualifies another. */
const QUALIFIES = 1;
/** `MentionFacts.links`: the mention locates another (it is a reference). */
const LOCATES = 2;
/** `MentionFacts.links`: the mention is the other side of a border (`bordersOn`). */
const BORDERS = 4;

/**
 * What `neighboursOf` reads of every mention, by its index, in flat arrays made once per text: it
 * asks it of twenty mentions for every mention ranked, in every round.
 */
export interface MentionFacts {
	/** The mention's key. */
	key: string[];
	sentence: Float64Array;
	/**
	 * `QUALIFIES` where the mention has `qualifies`, `LOCATES` where it has `locates`, `BORDERS`
	 * where it is `bordersOn`.
	 */
	links: Uint8Array;
}

/** The `MentionFacts` of `found`. */
export function mentionFacts(found: readonly FoundMention[]): MentionFacts {
	const facts: MentionFacts = {
		key: new Array<string>(found.length),
		sentence: new Float64Array(found.length),
		links: new Uint8Array(found.length)
	};
	for (let m = 0; m < found.length; m++) {
		const f = found[m];
		facts.key[m] = f.key;
		facts.sentence[m] = f.sentence;
		facts.links[m] =
			(f.qualifies !== undefined ? QUALIFIES : 0) |
			(f.locates !== undefined ? LOCATES : 0) |
			(f.bordersOn === true ? BORDERS : 0);
	}
	return facts;
}

/** The fields of one anchor of `NearAnchors.buf`, in that order: longitude first, searched by. */
const AT_LON = 0;
const AT_LAT = 1;
const AT_COS = 2;
const AT_P = 3;
const AT_ADMIN1 = 4;
const AT_MENTION = 5;
const ANCHOR_FIELDS = 6;

/**
 * The anchors of the mentions of a window of the text (`lo` to `hi`), sorted by longitude, with the
 * mention each belongs to: a candidate reads only those within reach east and west (a binary
 * search) instead of every anchor of every neighbour. By longitude, not latitude: the war's
 * country is half again as wide as it is tall, so a band of the same reach holds fewer of its
 * places. Consecutive mentions share all but one mention of their windows, so the window slides
 * (`gatherNearAnchors`) instead of being sorted anew. An anchor's fields lie side by side in one
 * array (`AT_LON` …), so that one anchor goes in or out of the sorted window by one block move.
 */
interface NearAnchors {
	count: number;
	/** The least `cosLat` of the anchors (1 for none): how far east or west reach goes. */
	minCosLat: number;
	/** `ANCHOR_FIELDS` numbers per anchor: longitude, latitude, `cosLat`, p, `admin1Id`, mention. */
	buf: Float64Array;
	/** The window held: mentions `lo` to `hi`, or none (`hi < lo`). */
	lo: number;
	hi: number;
	/**
	 * Per mention of the window, as its offset from `lo`: its best pull so far (`pullOf`), and what
	 * that starts at for the mention scored: 0 for a neighbour, Infinity for the others, whose
	 * anchors then never beat it.
	 */
	best: Float64Array;
	bestStart: Float64Array;
	/** Per mention of the window, as its offset: its weight, for a neighbour of the mention scored. */
	weightAt: Float64Array;
	/**
	 * By `admin1Id`: the likeliest anchor there, times its neighbour's weight, for the mention
	 * scored (0 where none); `regionIds` lists the ids set.
	 */
	region: Float64Array;
	regionIds: Int32Array;
	regionCount: number;
}

/** Scratch for the anchors of a window of `window` mentions. */
function createNearAnchors(window: number): NearAnchors {
	const size = window * LIMITS.anchorsPerMention;
	return {
		count: 0,
		minCosLat: 1,
		buf: new Float64Array(size * ANCHOR_FIELDS),
		lo: 0,
		hi: -1,
		best: new Float64Array(window),
		bestStart: new Float64Array(window),
		weightAt: new Float64Array(window),
		region: new Float64Array(ADMIN1_IDS.size() + 1),
		regionIds: new Int32Array(size),
		regionCount: 0
	};
}

/**
 * Readies `text.near` for mention `m`, whose neighbours `neighboursOf` found (the first `count` of
 * `text.neighbours`): slides the window of anchors to `m`'s, and sets where each mention's pull
 * starts and each region's likeliest anchor.
 */
function gatherNearAnchors(text: TextContext, m: number, count: number): void {
	const { anchors, near, neighbours, neighbourWeights } = text;
	const lo = Math.max(0, m - LIMITS.contextWindow);
	const hi = Math.min(text.found.length - 1, m + LIMITS.contextWindow);
	if (lo < near.lo || lo > near.hi + 1) {
		near.count = 0;
		near.lo = lo;
		near.hi = lo - 1;
	}
	const buf = near.buf;
	const S = ANCHOR_FIELDS;
	let n = near.count;
	// Out with the anchors of the mentions before the window: the runs of those kept move down
	// by a block each.
	if (lo > near.lo) {
		let kept = 0;
		let a = 0;
		while (a < n) {
			let b = a;
			while (b < n && buf[b * S + AT_MENTION] >= lo) b++;
			if (kept !== a && b > a) buf.copyWithin(kept * S, a * S, b * S);
			kept += b - a;
			a = b;
			while (a < n && buf[a * S + AT_MENTION] < lo) a++;
		}
		n = kept;
	}
	// In with the mentions after it, each anchor where its longitude goes (after those of the same
	// longitude), the anchors past it moved up by one block.
	for (let o = Math.max(near.hi + 1, lo); o <= hi; o++) {
		for (let a = anchors.start[o], end = anchors.start[o + 1]; a < end; a++) {
			const lon = anchors.lon[a];
			let l = 0;
			let h = n;
			while (l < h) {
				const mid = (l + h) >> 1;
				if (buf[mid * S + AT_LON] <= lon) l = mid + 1;
				else h = mid;
			}
			if (l < n) buf.copyWithin((l + 1) * S, l * S, n * S);
			const at = l * S;
			buf[at + AT_LON] = lon;
			buf[at + AT_LAT] = anchors.lat[a];
			buf[at + AT_COS] = anchors.cosLat[a];
			buf[at + AT_P] = anchors.p[a];
			buf[at + AT_ADMIN1] = anchors.admin1[a];
			buf[at + AT_MENTION] = o;
			n++;
		}
	}
	near.count = n;
	near.lo = lo;
	near.hi = hi;
	const { bestStart, weightAt } = near;
	bestStart.fill(Infinity, 0, hi - lo + 1);
	for (let k = 0; k < count; k++) {
		bestStart[neighbours[k] - lo] = 0;
		weightAt[neighbours[k] - lo] = neighbourWeights[k];
	}
	// Element by element: `set` costs more than copying a window of twenty-one.
	for (let k = 0; k <= hi - lo; k++) near.best[k] = bestStart[k];
	// Each region's likeliest anchor, weighted: the same for every candidate of `m`.
	for (let r = 0; r < near.regionCount; r++) near.region[near.regionIds[r]] = 0;
	near.regionCount = 0;
	if (near.region.length < ADMIN1_IDS.size()) near.region = new Float64Array(2 * ADMIN1_IDS.size());
	const region = near.region;
	// Read from the text's anchors, mention by mention, where the window's lie side by side: the
	// same anchors as the window's buffer holds, without its stride or a look at every mention's
	// start. A least and a largest value are the same in whatever order they are found.
	let minCosLat = 1;
	for (let a = anchors.start[lo], end = anchors.start[hi + 1]; a < end; a++)
		if (anchors.cosLat[a] < minCosLat) minCosLat = anchors.cosLat[a];
	for (let k = 0; k < count; k++) {
		const o = neighbours[k];
		const weight = neighbourWeights[k];
		for (let a = anchors.start[o], end = anchors.start[o + 1]; a < end; a++) {
			const id = anchors.admin1[a];
			if (id < 0) continue;
			const v = weight * anchors.p[a];
			if (v <= region[id]) continue;
			if (region[id] === 0) near.regionIds[near.regionCount++] = id;
			region[id] = v;
		}
	}
	near.minCosLat = minCosLat;
}

/**
 * Writes to `out[to]` what the place of row `i` gains from the mentions near it (`text.near`):
 * closeness to their likeliest places, and sharing their region. Written, not returned: a number
 * returned from a function not inlined is a new heap object, one per candidate scored.
 */
function pullOf(text: TextContext, i: number, out: Float64Array, to: number): void {
	const { w, farKm2, near } = text;
	const rows = text.pool.rows;
	const { buf, best } = near;
	const S = ANCHOR_FIELDS;
	const first = near.lo;
	/** Bit `k`: the neighbour at offset `k` pulls (while the window fits in it). */
	let pulling = 0;
	const n = near.count;
	const placeLat = rows.lat[i];
	const placeLon = rows.lon[i];
	const placeAdmin1 = rows.admin1[i];
	const proximityKm = w.proximityKm;
	const cosLat = rows.cosLat[i];
	const { weightAt, bestStart } = near;
	const window = near.hi - near.lo + 1;
	// `best` holds `bestStart` between calls (`gatherNearAnchors` copies it, and a call puts back
	// what it wrote) unless the window is wider than a mask holds.
	const masked = best.length <= 31;
	if (!masked) for (let k = 0; k < window; k++) best[k] = bestStart[k];
	// Anchors further east or west than this are out of reach (the exact test follows below):
	// `dx` is at least the longitude apart times the least mean cosine, and the margin is far
	// wider than any rounding.
	const reach =
		(text.reachKm / (KM_PER_DEGREE * (cosLat + near.minCosLat) * 0.5)) * EXP_BOUND_MARGIN + 1e-9;
	const west = placeLon - reach;
	let lo = 0;
	let hi = n;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (buf[mid * S + AT_LON] < west) lo = mid + 1;
		else hi = mid;
	}
	const east = placeLon + reach;
	for (let at = lo * S, end = n * S; at < end; at += S) {
		const lonA = buf[at + AT_LON];
		if (lonA > east) break;
		const k = (buf[at + AT_MENTION] - first) | 0;
		const pa = buf[at + AT_P];
		const b = best[k];
		// An anchor no likelier than its neighbour's best pull so far cannot beat it (the decay is
		// at most 1), and beyond a few decay lengths (north-south alone, then in all) the pull is
		// nil: no exponential, and mostly no distance. The best of each neighbour is a maximum,
		// the same in whatever order its anchors come. Mentions that are no neighbours start at
		// Infinity: their anchors stop here.
		if (pa <= b) continue;
		const dy = (buf[at + AT_LAT] - placeLat) * KM_PER_DEGREE;
		if (dy * dy > farKm2) continue;
		const dx = (lonA - placeLon) * KM_PER_DEGREE * (cosLat + buf[at + AT_COS]) * 0.5;
		const dist2 = dx * dx + dy * dy;
		if (dist2 > farKm2) continue;
		const x = Math.sqrt(dist2) / proximityKm;
		// e^-x < 1 / (1 + x + x²/2 + x³/6): an anchor that cannot beat the best even so needs
		// no exponential (the margin is far wider than the rounding of either side).
		if (pa * EXP_BOUND_MARGIN < b * (1 + x * (1 + x * (0.5 + x / 6)))) continue;
		const v = pa * Math.exp(-x);
		if (v <= b) continue;
		best[k] = v;
		pulling |= 1 << k;
	}
	// The sum in text order (offsets ascending) over the neighbours that pull at all: adding the
	// others' nil pulls would change nothing. A window wider than a mask holds sums them all.
	// Only a neighbour's best is written, and a neighbour's starts at 0.
	let pull = 0;
	if (masked)
		for (let bits = pulling; bits !== 0; bits &= bits - 1) {
			const k = 31 - Math.clz32(bits & -bits);
			pull += weightAt[k] * best[k];
			best[k] = 0;
		}
	else for (let k = 0; k < window; k++) if (bestStart[k] === 0) pull += weightAt[k] * best[k];
	// The largest of weight · p over the neighbours' anchors in the place's region (a maximum of
	// products of non-negative numbers: the same as the largest weight times its best p).
	const sameRegion =
		placeAdmin1 >= 0 && placeAdmin1 < near.region.length ? near.region[placeAdmin1] : 0;
	out[to] = Math.min(w.proximityCap, w.proximity * pull) + w.sameRegionAsOther * sameRegion;
}

/**
 * The distance in km from the place of row `i` of `text.pool.rows` to the nearest likely point
 * (`nearestAnchorMinP`) of the first `count` mentions of `text.neighbours`, for the evidence;
 * Infinity when there is none. Only the candidates described need it, so it is apart from
 * `pullOf`, which every candidate needs.
 */
function nearestOf(text: TextContext, count: number, i: number): number {
	const { start, lat, lon, p, cosLat: anchorCos } = text.anchors;
	// The place as the rows' columns hold it: no look at the place object.
	const rows = text.pool.rows;
	const placeLat = rows.lat[i];
	const placeLon = rows.lon[i];
	const cosLat = rows.cosLat[i];
	let nearest2 = Infinity;
	for (let k = 0; k < count; k++) {
		const o = text.neighbours[k];
		for (let a = start[o], end = start[o + 1]; a < end; a++) {
			if (p[a] <= LIMITS.nearestAnchorMinP) continue;
			const dy = (lat[a] - placeLat) * KM_PER_DEGREE;
			const dx = (lon[a] - placeLon) * KM_PER_DEGREE * (cosLat + anchorCos[a]) * 0.5;
			const dist2 = dx * dx + dy * dy;
			if (dist2 < nearest2) nearest2 = dist2;
		}
	}
	return Math.sqrt(nearest2);
}

/**
 * "Lypky, Kyiv" names the city; "Velyka Lypka, Donetsk" the oblast: a bare qualifier is
 * read as the city of that name when the place it qualifies lies near that city, else as the oblast.
 * The reading is a feature of the candidate (`bareQualifierReading`), added to its score.
 */
function readBareQualifier(
	found: FoundMention[],
	m: number,
	pool: Pool,
	indexOf: Map<FoundMention, number>,
	w: RankWeights
): void {
	const f = found[m];
	if (!f.bareQualifier || !f.qualifies) return;
	const q = indexOf.get(f.qualifies);
	if (q === undefined || pool.count[q] === 0) return;
	const inner = pool.rows.place[pool.row[pool.order[pool.start[q]]]];
	const region = findSlot(pool, m, (p) => p.featureCode === 'ADM1');
	const city = findSlot(pool, m, (p) => p.featureClass === 'P');
	if (region < 0 || city < 0) return;
	const cityPlace = pool.rows.place[pool.row[city]];
	const d = distanceKm(inner.lat, inner.lon, cityPlace.lat, cityPlace.lon);
	const chosen = d <= LIMITS.qualifierCityKm ? city : region;
	ownParts(pool, chosen).reading = 1;
	pool.context[chosen] += w.bareQualifierReading;
	pool.score[chosen] = pool.rows.prior[pool.row[chosen]] + pool.context[chosen];
	sortByScore(pool, m);
	softmax(pool, m);
}

/** Names of the kinds of feature, for the evidence. */
function featureWord(place: GazetteerPlace): string {
	const code = place.featureCode;
	if (code === 'PCLI') return 'a country';
	if (code === 'ADM1') return 'an oblast';
	if (code === 'ADM2') return 'a raion';
	if (code === 'ADM3') return 'a hromada';
	if (place.featureClass === 'P') return 'a settlement';
	if (code === 'ISL' || code === 'ISLS') return 'an island';
	return 'a landmark';
}

/** One contribution in words, or null when it says nothing to a reader. */
function describe(part: Contribution, c: Candidate, f: FoundMention): string | null {
	const ctx = c.parts;
	const colon = part.feature.indexOf(':');
	switch (colon < 0 ? part.feature : part.feature.slice(0, colon)) {
		case 'regionNamed':
			return ctx.regionArea
				? `region named in ${ctx.regionInSentence ? 'sentence' : 'text'}: ${ctx.regionArea.name}`
				: 'region named in text';
		case 'qualifier':
			return `qualified by "${f.qualifiers.map((q) => q.mention.mention).join(', ')}"`;
		case 'districtNamed':
			return 'district named in text';
		case 'bareQualifierReading':
			return `a bare qualifier, read as ${featureWord(c.place)} from where the place it qualifies lies`;
		case 'districtCity':
			return 'a district of this city (the gazetteer holds none of its name there)';
		case 'countryNamed':
			return `country named in text: ${ctx.countryName}`;
		case 'proximity':
			return Number.isFinite(ctx.nearestKm)
				? `near other places in the text (${Math.round(ctx.nearestKm)} km)`
				: 'near other places in the text';
		case 'seat':
			return `administrative seat (${c.place.featureCode})`;
		case 'population':
			return c.place.population > 0
				? `population ${c.place.population}`
				: 'population unknown (read as a village)';
		case 'warZone':
			return 'near the lines of fighting';
		case 'kind':
			return f.mention.cue
				? `the cue "${f.mention.cue}" fits ${featureWord(c.place)}`
				: `named as ${featureWord(c.place)}`;
		default:
			return null;
	}
}

/** The context features in the order `pushContextContributions` gives them, as `Contribution`s. */
const CONTEXT_FEATURES: readonly Contribution[] = [
	'regionNamed',
	'districtNamed',
	'countryNamed',
	'qualifier',
	'proximity',
	'bareQualifierReading'
].map((feature) => ({ feature, value: 0 }));

/** Scratch of `evidenceOf`: the values of the context features, in `CONTEXT_FEATURES` order. */
const CONTEXT_VALUES = new Float64Array(CONTEXT_FEATURES.length);

/**
 * Scratch of `evidenceOf`: the features at least `evidenceMin`, by their index (the prior's, then
 * the context's), and their values. Thirty-two, as many as a bit mask of them holds.
 */
const SHOWABLE = new Int32Array(32);
const SHOWABLE_VALUES = new Float64Array(32);

/**
 * The evidence shown for a mention's chosen candidate: its largest contributions to the score, in
 * words, largest first; a name matched other than by the place's own name is always said. `prior`
 * is the candidate's `priorContributions`, shared with every mention of its list: never written.
 */
function evidenceOf(
	f: FoundMention,
	c: Candidate,
	prior: readonly Contribution[],
	w: RankWeights
): string[] {
	// Every mention's chosen place is described, so no sorted, filtered or sliced copies: the
	// largest first of those at least `evidenceMin`, ties in feature order (a stable sort's), the
	// prior's features before the context's (`pushContextContributions`, whose nil ones add none).
	const ctx = c.parts;
	const values = CONTEXT_VALUES;
	values[0] = ctx.region;
	values[1] = ctx.district;
	values[2] = ctx.country;
	values[3] = ctx.qualified;
	values[4] = ctx.proximity;
	values[5] = w.bareQualifierReading * ctx.reading;
	const n = prior.length;
	/** Bit `k`: feature `k` (the prior's, then the context's) shown already. */
	// The features large enough to show, in feature order, read once: most are not, and each
	// pass below would read every one again.
	let showable = 0;
	for (let k = 0; k < n + values.length; k++) {
		const v = k < n ? prior[k].value : values[k - n];
		if (v < LIMITS.evidenceMin) continue;
		SHOWABLE[showable] = k;
		SHOWABLE_VALUES[showable++] = v;
	}
	let taken = 0;
	const ev: string[] = [];
	for (let shown = 0; shown < LIMITS.evidenceFeatures; shown++) {
		let best = -1;
		let bestValue = 0;
		for (let j = 0; j < showable; j++) {
			const v = SHOWABLE_VALUES[j];
			if ((taken & (1 << j)) === 0 && (best < 0 || v > bestValue)) {
				best = j;
				bestValue = v;
			}
		}
		if (best < 0) break;
		const k = SHOWABLE[best];
		const words = describe(k < n ? prior[k] : CONTEXT_FEATURES[k - n], c, f);
		if (words !== null) ev.push(words);
		taken |= 1 << best;
	}
	if (c.strength !== 'primary') ev.push(`${c.strength} name match`);
	return ev;
}
