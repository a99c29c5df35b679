/**
 * Ranks the candidate places of every mention in a text with the evidence an analyst uses, and
 * records it: how well the name matched, what the cue words say the place is, feature class and
 * administrative seat, population, the war's geography (Ukraine first, then its neighbours), and
 * context: regions, districts and countries named in the same sentence or text, and closeness to
 * the other places mentioned. Scores are log-odds; a softmax turns them into probabilities.
 */
import type { GazetteerPlace, MatchStrength } from '../gazetteer';
import type { FoundMention } from './mentions';
import { distanceKm } from './distance';
import { warCloseness, warLineDistancesKm, warLineIntensities } from './warzone';
import { DEFAULT_WEIGHTS, RANK_LIMITS, type RankWeights } from './weights';
import { AXIS_CUES, BORDER_REGIONS, COMMUNITY_CUES, NEIGHBOURS } from './lexicon';

export { DEFAULT_WEIGHTS, type RankWeights };

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

/**
 * Score from the place and the mention alone, before other mentions are considered: the sum of
 * its contributions, which are pushed to `parts` when it is given.
 */
function priorScore(
	place: GazetteerPlace,
	strength: MatchStrength,
	found: FoundMention,
	w: RankWeights,
	intensities: readonly number[],
	parts?: Contribution[]
): number {
	let s = w.strength[strength];
	parts?.push({ feature: `match:${strength}`, value: s });
	const code = place.featureCode;
	const kind = found.kind;
	const axis = AXIS_CUES.has(found.mention.cue ?? '');
	// "X community" / "X hromada" names the hromada, the unit below the raion.
	// Hromadas are named by feminine adjectives ("Dubkivska"): that form names the hromada.
	const community =
		COMMUNITY_CUES.has(found.mention.cue ?? '') || (kind === null && /s'?ka$/.test(found.key));
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

function softmax(cands: Candidate[]): void {
	let max = -Infinity;
	for (const c of cands) if (c.score > max) max = c.score;
	let sum = 0;
	for (const c of cands) {
		c.p = Math.exp(c.score - max);
		sum += c.p;
	}
	for (const c of cands) c.p /= sum;
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
		parts: {
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
		}
	};
}

/**
 * A district qualified by a city ("the Shevchenkivskyi district of Kharkiv") none of whose
 * candidates lies in that city's oblast is a city district the gazetteer does not hold: the city
 * itself becomes a candidate, scored as the others are plus the `districtCity` feature (its
 * precision is then a district's), so that it wins over a namesake district of another city.
 */
function placeDistrictsInCities(
	found: FoundMention[],
	cands: Candidate[][],
	indexOf: Map<FoundMention, number>,
	w: RankWeights,
	intensities: readonly number[]
): void {
	found.forEach((f, m) => {
		if (f.kind !== 'district') return;
		const q = f.qualifiers.length > 0 ? indexOf.get(f.qualifiers[0]) : undefined;
		const city = q === undefined ? undefined : cands[q].find((c) => c.place.featureClass === 'P');
		if (!city || city.p < RANK_LIMITS.districtCityMinP) return;
		const list = cands[m];
		if (list.some((c) => c.place.admin1Code === city.place.admin1Code)) return;
		const prior = priorScore(city.place, 'derived', rankedAs(f), w, intensities) + w.districtCity;
		const candidate = newCandidate(city.place, 'derived', prior);
		candidate.districtCity = true;
		list.push(candidate);
		list.sort((a, b) => b.prior - a.prior || a.place.index - b.place.index);
		softmax(list);
	});
}

/**
 * Builds the candidate list of a mention, best prior first; `intensities` are the war lines' on the
 * text's date (`warLineIntensities`), undated by default.
 */
export function candidatesOf(
	found: FoundMention,
	w: RankWeights = DEFAULT_WEIGHTS,
	intensities: readonly number[] = UNDATED_INTENSITIES
): Candidate[] {
	const byIndex = new Map<number, Candidate>();
	const asRegion = rankedAs(found);
	const hasExact = found.hits.some((h) => !loose(h.strength));
	for (const hit of found.hits) {
		const prev = byIndex.get(hit.place.index);
		let prior = priorScore(hit.place, hit.strength, asRegion, w, intensities);
		// A sound-alike or a slip is weaker still when the spelling itself names other places.
		if (hasExact && loose(hit.strength)) prior += w.looseBesideExact;
		if (!prev || prior > prev.prior)
			byIndex.set(hit.place.index, newCandidate(hit.place, hit.strength, prior));
	}
	const list = [...byIndex.values()].sort(
		(a, b) => b.prior - a.prior || a.place.index - b.place.index
	);
	const out = list.slice(0, RANK_LIMITS.maxCandidates);
	softmax(out);
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
function rankedAs(found: FoundMention): FoundMention {
	if (found.kind !== 'region' || found.hits.some((h) => h.place.featureCode === 'ADM1'))
		return found;
	const raion = found.hits.some((h) => h.place.featureCode === 'ADM2');
	return { ...found, kind: raion ? 'district' : null };
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
	priorScore(candidate.place, candidate.strength, rankedAs(found), w, intensities, parts);
	if (loose(candidate.strength) && found.hits.some((h) => !loose(h.strength)))
		parts.push({ feature: 'looseBesideExact', value: w.looseBesideExact });
	if (candidate.districtCity) parts.push({ feature: 'districtCity', value: w.districtCity });
	return parts;
}

/** The contributions of the text's context to a candidate's score (`rankMentions`), by feature. */
export function contextContributions(candidate: Candidate, w: RankWeights): Contribution[] {
	const ctx = candidate.parts;
	const parts: Contribution[] = [
		{ feature: 'regionNamed', value: ctx.region },
		{ feature: 'districtNamed', value: ctx.district },
		{ feature: 'countryNamed', value: ctx.country },
		{ feature: 'qualifier', value: w.qualifier * ctx.qualified },
		{ feature: 'proximity', value: ctx.proximity },
		{ feature: 'bareQualifierReading', value: w.bareQualifierReading * ctx.reading }
	];
	return parts.filter((p) => p.value !== 0);
}

/** A region, district or country the text names, with where and how surely. */
interface NamedArea {
	mention: number;
	sentence: number;
	weight: number;
	name: string;
}

/** Named areas by code, text-wide and per sentence (the strongest mention of each). */
class AreaIndex {
	text = new Map<string, NamedArea>();
	bySentence = new Map<number, Map<string, NamedArea>>();
	size = 0;

	add(code: string, sentence: number, area: NamedArea): void {
		this.size++;
		const prev = this.text.get(code);
		if (!prev || area.weight > prev.weight) this.text.set(code, area);
		let inSentence = this.bySentence.get(sentence);
		if (!inSentence) this.bySentence.set(sentence, (inSentence = new Map()));
		const prevS = inSentence.get(code);
		if (!prevS || area.weight > prevS.weight) inSentence.set(code, area);
	}

	/** The area named for `code` in the sentence (`inSentence`), else in the text, not counting mention `self`. */
	find(code: string | null, sentence: number, self: number): NamedArea | null {
		if (!code || this.size === 0) return null;
		const s = this.bySentence.get(sentence)?.get(code);
		if (s && s.mention !== self) return s;
		const t = this.text.get(code);
		return t && t.mention !== self ? t : null;
	}
}

/** Regions, districts and countries the mentions name, read from the current distributions. */
function namedAreas(found: FoundMention[], cands: Candidate[][]) {
	const regions = new AreaIndex();
	const districts = new AreaIndex();
	const countries = new AreaIndex();
	found.forEach((f, m) => {
		const top = cands[m][0];
		if (!top) return;
		const { place } = top;
		const entry = {
			mention: m,
			sentence: f.sentence,
			weight: top.p,
			name: place.admin1 ?? place.name
		};
		if (place.featureCode === 'ADM1') regions.add(place.admin1Code ?? '', f.sentence, entry);
		else if (place.featureCode === 'ADM2')
			districts.add(place.admin2Code ?? '', f.sentence, { ...entry, name: place.name });
		else if (place.featureCode === 'PCLI')
			countries.add(place.countryCode, f.sentence, { ...entry, name: place.name });
	});
	return { regions, districts, countries };
}

/** A candidate's position and weight as other mentions see it. */
interface Anchor {
	lat: number;
	lon: number;
	cosLat: number;
	p: number;
	admin1: string | null;
}

const KM_PER_DEGREE = 111.195;

/** Context of one candidate: what it gained from the rest of the text, and why. */
export interface ContextParts {
	region: number;
	/** The region named in the text that the candidate lies in, and whether in its sentence. */
	regionArea: NamedArea | null;
	regionInSentence: boolean;
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
 * `date` (`YYYY-MM-DD`), when known, says which lines of fighting were active.
 */
export function rankMentions(
	found: FoundMention[],
	w: RankWeights = DEFAULT_WEIGHTS,
	date: string | null = null
): Candidate[][] {
	const intensities = date === null ? UNDATED_INTENSITIES : warLineIntensities(date);
	const cands = found.map((f) => candidatesOf(f, w, intensities));
	const indexOf = new Map(found.map((f, m) => [f, m]));
	placeDistrictsInCities(found, cands, indexOf, w, intensities);
	/** Squared distance beyond which another place's pull (below e^-8 of its weight) is left out. */
	const farKm2 = (RANK_LIMITS.farDecays * w.proximityKm) ** 2;
	for (let round = 0; round < RANK_LIMITS.rounds; round++) {
		const { regions, districts, countries } = namedAreas(found, cands);
		const anchors = cands.map(anchorsOf);
		const text: TextContext = {
			found,
			cands,
			indexOf,
			anchors,
			regions,
			districts,
			countries,
			w,
			farKm2
		};
		for (let m = 0; m < found.length; m++) {
			const list = cands[m];
			// One candidate: nothing to rank. Decided after the first round: the second would not flip it.
			if (list.length <= 1 || (round > 0 && list[0].p >= RANK_LIMITS.decidedP)) continue;
			rescore(text, m);
		}
	}
	for (let m = 0; m < found.length; m++) readBareQualifier(found[m], cands[m], indexOf, cands, w);
	for (let m = 0; m < found.length; m++) {
		const top = cands[m][0];
		if (top) top.evidence = evidenceOf(found[m], top, w, intensities);
	}
	return cands;
}

/** A mention's likeliest points (`anchorsPerMention`, each at least `anchorMinP`; no oblasts, raions or countries), for closeness. */
function anchorsOf(list: Candidate[]): Anchor[] {
	const out: Anchor[] = [];
	for (const c of list) {
		if (out.length >= RANK_LIMITS.anchorsPerMention || c.p < RANK_LIMITS.anchorMinP) break;
		if (c.place.featureClass === 'A' && c.place.featureCode !== 'ADM3') continue;
		out.push({
			lat: c.place.lat,
			lon: c.place.lon,
			cosLat: Math.cos((c.place.lat * Math.PI) / 180),
			p: c.p,
			admin1: c.place.admin1Code
		});
	}
	return out;
}

/** What one round of ranking knows of the whole text (see `rankMentions`). */
interface TextContext {
	found: FoundMention[];
	cands: Candidate[][];
	indexOf: Map<FoundMention, number>;
	/** Each mention's likeliest points, for closeness. */
	anchors: Anchor[][];
	regions: AreaIndex;
	districts: AreaIndex;
	countries: AreaIndex;
	w: RankWeights;
	/** Squared distance beyond which another place's pull (below e^-8 of its weight) is left out. */
	farKm2: number;
}

/** Scores mention `m`'s candidates with the text's context, then re-sorts them. */
function rescore(text: TextContext, m: number): void {
	const { found, cands, indexOf, regions, districts, countries, w } = text;
	const f = found[m];
	const list = cands[m];
	const area = f.kind === 'region' || f.kind === 'district';
	const qualifiers = f.qualifiers
		.map((q) => indexOf.get(q))
		.filter((q): q is number => q !== undefined);
	const qualifierCands =
		qualifiers.length > 0 ? cands[qualifiers[0]].slice(0, RANK_LIMITS.qualifierCandidates) : [];
	for (let ci = 0; ci < list.length; ci++) {
		const c = list[ci];
		const place = c.place;
		const ctx = c.parts;
		ctx.region = ctx.district = ctx.country = ctx.qualified = ctx.proximity = 0;
		ctx.nearestKm = Infinity;
		// Regions, districts and countries named in the sentence or the text. A region named
		// beside another ("Mykolaiv and Odesa oblasts") is its peer: it says nothing of where it lies.
		const r = regions.find(place.admin1Code, f.sentence, m);
		if (r && !(f.kind === 'region' && found[r.mention].kind === 'region')) {
			const inSentence = r.sentence === f.sentence;
			ctx.region = (inSentence ? w.regionInSentence : w.regionInText) * r.weight;
			ctx.regionArea = r;
			ctx.regionInSentence = inSentence;
		}
		const d = districts.find(place.admin2Code, f.sentence, m);
		if (d)
			ctx.district =
				(d.sentence === f.sentence ? w.districtInSentence : w.districtInText) * d.weight;
		// A foreign country named in the text lets its places win; naming Ukraine adds nothing
		// to a prior that already prefers Ukraine.
		const k =
			place.featureCode === 'PCLI' || place.countryCode === 'UA'
				? null
				: countries.find(place.countryCode, f.sentence, m);
		if (k) {
			ctx.country = w.countryNamed * k.weight * (k.sentence === f.sentence ? 1 : w.otherSentence);
			ctx.countryName = k.name;
		}
		// A region or country written right after the mention ("X, Kherson region, Ukraine")
		// says where it is; the nearest, most specific qualifier speaks.
		if (qualifierCands.length > 0) ctx.qualified = qualifiedShare(place, qualifierCands);
		// Closeness to the other places mentioned nearby in the text, and sharing their region.
		if (ci < RANK_LIMITS.proximityCandidates && place.featureClass !== 'A' && !area)
			scoreProximity(text, m, place, ctx);
		c.context =
			ctx.region + ctx.district + ctx.country + w.qualifier * ctx.qualified + ctx.proximity;
		c.score = c.prior + c.context;
	}
	list.sort((a, b) => b.score - a.score || a.place.index - b.place.index);
	softmax(list);
}

/** 0..1: how much of the qualifier's weight (`qualifierCands`) puts it where `place` is. */
function qualifiedShare(place: GazetteerPlace, qualifierCands: Candidate[]): number {
	let share = 0;
	for (const qc of qualifierCands) {
		const code = qc.place.featureCode;
		const same =
			code === 'PCLI'
				? qc.place.countryCode === place.countryCode
				: code === 'ADM2'
					? qc.place.admin2Code === place.admin2Code
					: qc.place.admin1Code === place.admin1Code;
		if (same) share += qc.p;
	}
	return Math.min(1, share);
}

/** Sets `ctx.proximity` and `ctx.nearestKm`: the pull of the places mentioned near mention `m`. */
function scoreProximity(
	text: TextContext,
	m: number,
	place: GazetteerPlace,
	ctx: ContextParts
): void {
	const { found, anchors, w, farKm2 } = text;
	const f = found[m];
	const lo = Math.max(0, m - RANK_LIMITS.contextWindow);
	const hi = Math.min(found.length - 1, m + RANK_LIMITS.contextWindow);
	let pull = 0;
	let sameRegion = 0;
	const cosLat = Math.cos((place.lat * Math.PI) / 180);
	let nearest2 = Infinity;
	for (let o = lo; o <= hi; o++) {
		// A qualifier ("X, Donetsk") already counted as one; as a point it would pull X
		// towards the city of that name whether or not it names the city.
		if (o === m || found[o].key === f.key || found[o].qualifies === f) continue;
		const weight = found[o].sentence === f.sentence ? 1 : w.otherSentence;
		let best = 0;
		let bestRegion = 0;
		for (const a of anchors[o]) {
			const dy = (a.lat - place.lat) * KM_PER_DEGREE;
			const dx = (a.lon - place.lon) * KM_PER_DEGREE * (cosLat + a.cosLat) * 0.5;
			const dist2 = dx * dx + dy * dy;
			if (dist2 < nearest2 && a.p > RANK_LIMITS.nearestAnchorMinP) nearest2 = dist2;
			if (a.admin1 !== null && a.admin1 === place.admin1Code && a.p > bestRegion) bestRegion = a.p;
			// Beyond a few decay lengths the pull is nil; an anchor no likelier than the best pull so
			// far cannot beat it (the decay is at most 1): skip the exponential.
			if (dist2 > farKm2 || a.p <= best) continue;
			const v = a.p * Math.exp(-Math.sqrt(dist2) / w.proximityKm);
			if (v > best) best = v;
		}
		pull += weight * best;
		if (weight * bestRegion > sameRegion) sameRegion = weight * bestRegion;
	}
	ctx.nearestKm = Math.sqrt(nearest2);
	ctx.proximity = Math.min(w.proximityCap, w.proximity * pull) + w.sameRegionAsOther * sameRegion;
}

/**
 * "Lypky, Kyiv" names the city; "Velyka Lypka, Donetsk" the oblast: a bare qualifier is
 * read as the city of that name when the place it qualifies lies near that city, else as the oblast.
 * The reading is a feature of the candidate (`bareQualifierReading`), added to its score.
 */
function readBareQualifier(
	f: FoundMention,
	list: Candidate[],
	indexOf: Map<FoundMention, number>,
	cands: Candidate[][],
	w: RankWeights
): void {
	if (!f.bareQualifier || !f.qualifies) return;
	const inner = cands[indexOf.get(f.qualifies) ?? -1]?.[0];
	const region = list.find((c) => c.place.featureCode === 'ADM1');
	const city = list.find((c) => c.place.featureClass === 'P');
	if (!inner || !region || !city) return;
	const d = distanceKm(inner.place.lat, inner.place.lon, city.place.lat, city.place.lon);
	const chosen = d <= RANK_LIMITS.qualifierCityKm ? city : region;
	chosen.parts.reading = 1;
	chosen.context += w.bareQualifierReading;
	chosen.score = chosen.prior + chosen.context;
	list.sort((a, b) => b.score - a.score || a.place.index - b.place.index);
	softmax(list);
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
	switch (part.feature.split(':')[0]) {
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

/**
 * The evidence shown for a mention's chosen candidate: its largest contributions to the score, in
 * words, largest first; a name matched other than by the place's own name is always said.
 */
function evidenceOf(
	f: FoundMention,
	c: Candidate,
	w: RankWeights,
	intensities: readonly number[]
): string[] {
	const ev = [...priorContributions(f, c, w, intensities), ...contextContributions(c, w)]
		.filter((p) => p.value >= RANK_LIMITS.evidenceMin)
		.sort((a, b) => b.value - a.value)
		.slice(0, RANK_LIMITS.evidenceFeatures)
		.flatMap((p) => describe(p, c, f) ?? []);
	if (c.strength !== 'primary') ev.push(`${c.strength} name match`);
	return ev;
}
