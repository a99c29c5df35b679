/**
 * Every weight and threshold of the ranking and of the resolution, in one commented table. Scores
 * are log-odds: a candidate's score is the sum of the weights of the features it has, and a
 * softmax over a mention's candidates turns scores into probabilities; no rule sets a score
 * outside this sum (a bare qualifier's reading and a district's city are features too). All values
 * are hand-set.
 * `npm run fit:weights` (scripts/fit-weights.ts) searches the context weights, the population, seat,
 * war-zone, country-tier and loose-match weights on the development split, cross-validated in five
 * folds: none does better held out than its hand-set value (recall within 10 km 92.4% either way,
 * each weight tried from half to one and a half times its value; the validation split unchanged
 * too), so the hand-set values stay.
 */
import type { MatchStrength } from '../gazetteer';

/** The weights of the ranking (log-odds unless a unit is given). */
export interface RankWeights {
	/** How the name matched: the gazetteer's own name, another of its names, a romanisation, a form derived from the text's word, a sound-alike, a spelling slip. */
	strength: Record<MatchStrength, number>;
	/** A sound-alike or a slip when the spelling itself names other places. */
	looseBesideExact: number;
	/** What the cue words say the place is (`kind`) against what the candidate is. */
	kindFit: {
		/** A country: named bare (no cue word), or with one. */
		countryBare: number;
		countryCued: number;
		/** An oblast: after "region", or otherwise. */
		oblastAsRegion: number;
		oblastOther: number;
		/** A raion: after "district", after "community", after "region", or otherwise. */
		raionAsDistrict: number;
		raionAsCommunity: number;
		raionAsRegion: number;
		raionOther: number;
		/** A hromada: after "community" (or a feminine adjective alone), after "district", after "region", or otherwise. */
		hromadaAsCommunity: number;
		hromadaAsDistrict: number;
		hromadaAsRegion: number;
		hromadaBareAdjective: number;
		hromadaOther: number;
		/** A populated place after "region", "district", "island" or a settlement cue. */
		populatedAsRegion: number;
		populatedAsDistrict: number;
		populatedAsIsland: number;
		populatedAsSettlement: number;
		/** An island after "island", or otherwise. */
		islandAsIsland: number;
		islandOther: number;
		/** Another feature (a station, a stream) named as an axis ("the X direction"). */
		otherAsAxis: number;
		/** Another feature after a settlement cue, or otherwise (a landmark named in full: 0). */
		otherAsSettlement: number;
		otherOther: number;
	};
	/** Administrative seats are what reports name most; city sections and abandoned places least. */
	seat: Readonly<Record<string, number>>;
	/** Per factor of ten of a populated place's population. */
	populationPerDecade: number;
	/** Axes are named after the towns they lead to: size counts this many times there. */
	axisPopulationFactor: number;
	/** Population assumed for a populated place whose population GeoNames does not give. */
	unknownPopulation: number;
	/** Prior for a place on the lines of fighting, decaying with distance from them. */
	warZone: number;
	/** Distance in km over which the war-zone prior falls by a factor e. */
	warZoneKm: number;
	/** Places outside Ukraine: Russia's border regions, Belarus and Moldova; the rest of Russia and Ukraine's other neighbours; the rest of the world. */
	countryTier: { border: number; neighbour: number; elsewhere: number };
	/** An oblast the candidate lies in named in the same sentence, or elsewhere in the text. */
	regionInSentence: number;
	regionInText: number;
	/** A raion the candidate lies in named in the same sentence, or elsewhere in the text. */
	districtInSentence: number;
	districtInText: number;
	/** A foreign country the candidate lies in named in the text (times `otherSentence` outside the sentence). */
	countryNamed: number;
	/** A qualifier right after the mention ("X, Kherson region") that puts it where the candidate is. */
	qualifier: number;
	/** The same for the city a district is said to be part of ("the X district of Y"): it leaves no doubt. */
	cityOfDistrict: number;
	/** Another place of the text in the candidate's oblast. */
	sameRegionAsOther: number;
	/** Closeness to the other places of the text: weight, decay length in km, cap. */
	proximity: number;
	/** A neighbour that is the place's reference ("Lypove, north of Kyiv") pulls this many times as hard as another. */
	referencePull: number;
	proximityKm: number;
	proximityCap: number;
	/** How much a place in another sentence counts, against one in the same sentence. */
	otherSentence: number;
	/** The reading of a bare qualifier ("X, Donetsk") that fits where X lies: the city within `qualifierCityKm` of X, else the oblast. */
	bareQualifierReading: number;
	/** A city that qualifies a district none of whose candidates lies in its oblast ("the X district of Kharkiv"): the district is in the city. */
	districtCity: number;
}

/** Default weights. */
export const DEFAULT_WEIGHTS: RankWeights = {
	strength: {
		primary: 0,
		alternate: -0.4,
		romanised: -0.6,
		derived: -1.2,
		phonetic: -2.2,
		slip: -2.6
	},
	looseBesideExact: -1,
	kindFit: {
		countryBare: 2.5,
		countryCued: -1,
		oblastAsRegion: 4,
		oblastOther: 1.5,
		raionAsDistrict: 4,
		raionAsCommunity: 0.5,
		raionAsRegion: 1,
		raionOther: -1.5,
		hromadaAsCommunity: 4,
		hromadaAsDistrict: 0.5,
		hromadaAsRegion: 0.3,
		hromadaBareAdjective: 0.5,
		hromadaOther: -2.5,
		// "The X region" is the oblast, not the city: a named unit of the same name wins.
		populatedAsRegion: -3,
		populatedAsDistrict: -1,
		populatedAsIsland: -2,
		populatedAsSettlement: 0.5,
		islandAsIsland: 3,
		islandOther: -1.2,
		otherAsAxis: -4,
		otherAsSettlement: -2.5,
		otherOther: -1.2
	},
	seat: {
		PPLC: 2.5,
		PPLA: 1.8,
		PPLA2: 1,
		PPLA3: 0.4,
		PPLX: -0.6,
		// Abandoned places (the villages of an exclusion zone) are named less often.
		PPLQ: -1
	},
	populationPerDecade: 0.45,
	axisPopulationFactor: 2,
	unknownPopulation: 100,
	warZone: 2,
	warZoneKm: 40,
	countryTier: { border: -1.2, neighbour: -1.8, elsewhere: -2.5 },
	regionInSentence: 3.2,
	regionInText: 2.2,
	districtInSentence: 2.0,
	districtInText: 1.2,
	countryNamed: 2.5,
	qualifier: 3,
	// Above every kind weight: a district of the named city beats a namesake raion elsewhere.
	cityOfDistrict: 6,
	sameRegionAsOther: 0.9,
	proximity: 2.5,
	referencePull: 3,
	proximityKm: 30,
	proximityCap: 4,
	otherSentence: 0.6,
	// High enough that the reading decides on every development item (at 6 a city's size won twice).
	bareQualifierReading: 10,
	// The city's own prior as a district (populatedAsDistrict) plus this beats a namesake raion elsewhere.
	districtCity: 2
};

/** Sizes and cut-offs of the ranking: how much of the text and of the gazetteer it looks at. */
export const RANK_LIMITS = {
	/** Candidates kept per mention, best prior first. */
	maxCandidates: 150,
	/** Candidates per mention whose closeness to the other places is scored, best first. */
	proximityCandidates: 30,
	/**
	 * The same in the later rounds, best first by the previous round's score, which read closeness
	 * already: a namesake it left below the tenth does not climb back by closeness alone, and a
	 * long list of common names would otherwise score thirty a mention again.
	 */
	laterProximityCandidates: 10,
	/** Mentions on either side whose places pull a mention's candidates. */
	contextWindow: 10,
	/** A mention's likeliest points that pull the others: at most this many, each this likely. */
	anchorsPerMention: 3,
	anchorMinP: 0.03,
	/** An anchor this likely counts for the nearest-place distance in the evidence. */
	nearestAnchorMinP: 0.3,
	/**
	 * Beyond this many decay lengths another place's pull (below e^-6 of its weight, under 0.01
	 * of score) is left out: the shorter the reach, the fewer anchors each candidate reads.
	 */
	farDecays: 6,
	/**
	 * A geocoder keeps its prior lists from text to text (`PriorMemo`) up to this many candidate rows
	 * (some 150 bytes each with their columns and entry) or lists, then starts afresh: every worst
	 * input shape at 0.5 MB together, nearly all the listable names of Ukraine, fill about 47,000
	 * rows and 16,500 lists.
	 */
	keptPriorRows: 300_000,
	keptPriorLists: 100_000,
	/** Rounds of context: each reads the previous round's distributions. */
	rounds: 2,
	/** After the first round, a mention whose best candidate is this likely is decided. */
	decidedP: 0.97,
	/** A qualifier's likeliest candidates that say where the mention is. */
	qualifierCandidates: 8,
	/** Candidates per mention whose score is described by feature (`--explain` shows them); the others' parts are let go. */
	describedCandidates: 5,
	/** The evidence shows at most this many contributions to the chosen candidate's score, each at least `evidenceMin`. */
	evidenceFeatures: 4,
	evidenceMin: 0.2,
	/** A city that qualifies a district must be at least this likely to take the district's place. */
	districtCityMinP: 0.3,
	/** Within this distance (km) of the place it qualifies, a bare qualifier is the city, not the oblast. */
	qualifierCityKm: 30,
	/** A district of a city ("the X district of Y") lies within this distance (km) of the city's point. */
	cityDistrictKm: 20
} as const;

/** Thresholds of the resolution, from the ranked candidates to an outcome. */
export const RESOLVE_WEIGHTS = {
	/** Below this score the best candidate is too weak to name: the mention is unresolved. */
	minScore: -1.1,
	/** Below this probability a named best place is reported as ambiguous. */
	ambiguousBelow: 0.5,
	/** Confidence is discounted for loose matches: a phonetic hit is weaker evidence than the name itself. */
	strengthFactor: {
		primary: 1,
		alternate: 0.95,
		romanised: 0.92,
		derived: 0.8,
		phonetic: 0.7,
		slip: 0.6
	} satisfies Record<MatchStrength, number>,
	/** A populated place named as a region or district is resolved at least this widely (km). */
	areaAsPlaceKm: 25,
	/**
	 * A qualifier read as a region or country of another country this surely ("X in the Testov
	 * region" of Russia) leaves a mention none of whose candidates lies there unresolved.
	 */
	foreignQualifierMinP: 0.8,
	/**
	 * How far from a district's seat a place named in that district may lie ("X, Y district" where
	 * the gazetteer has the seat Y, not the district): districts are rarely more than 40 km across.
	 */
	districtSeatReachKm: 50
} as const;
