/**
 * The geocoder's interface as the rest of the project sees it: mentions found in text with their
 * offsets, and for each an outcome that is resolved, ambiguous or unresolved.
 */
import type { Alternative, Precision } from '../contract';

/** A gazetteer entry as the geocoder hands it out. */
export interface Place {
	/** `geonames:688111`, `curated:azovstal`, ... */
	id: string;
	/** The gazetteer's primary name (Ukrainian-style romanisation for places in Ukraine). */
	name: string;
	lat: number;
	lon: number;
	/** GeoNames feature class (P, A, T, S, L, H, ...) and code (PPL, PPLA, ADM1, ISL, ...). */
	featureClass: string;
	featureCode: string;
	/** ISO 3166-1 alpha-2 country code, e.g. `UA`. */
	countryCode: string;
	/** GeoNames admin1 code with its country, e.g. `UA.05`; null when unknown. */
	admin1Code: string | null;
	/** Display name of the first-level region, e.g. `Donetsk Oblast`; for foreign places, the country or its region. */
	admin1: string | null;
	population: number;
}

/** A place mention in text: `text.slice(start, end) === mention`. */
export interface PlaceMention {
	start: number;
	end: number;
	/** As written in the text. */
	mention: string;
	/** The cue that introduced it ("near", "in", "village of", "region", ...), lower case; null when none. */
	cue: string | null;
	/** True for "near X", "outside X", "X area": the claim points around the place, not at it. */
	near: boolean;
	/** True when the mention only says where the mention before it is ("X, Kherson region", "X, Kyiv"). */
	qualifier?: boolean;
	/** True when the mention only gives a bearing for the mention before it ("X, north of Y"): the event is at X. */
	reference?: boolean;
	/** "17 km NE of X": the distance and compass bearing (degrees from north) the text gives from the place. */
	offset?: { km: number; bearingDeg: number };
}

/** Fields shared by the outcomes that name a best place. */
export interface Located {
	place: Place;
	/** 0..1: how sure the geocoder is that `place` is the one meant. */
	confidence: number;
	precision: Precision;
	/** A radius in km that honestly covers where the mention points. */
	uncertaintyKm: number;
	/**
	 * Where the text points when it gives an offset from the place ("17 km NE of X"); else absent.
	 * `uncertaintyKm` stays a radius around `place` (it includes the offset).
	 */
	offsetPoint?: { lat: number; lon: number };
	/** Up to 5 other candidates, best first. */
	alternatives: Alternative[];
	/** Human-readable reasons for the choice ("oblast named in sentence: Kharkiv Oblast", ...). */
	evidence: string[];
}

/** The outcome for one mention. `ambiguous`: a best place exists but the text cannot decide. */
export type Resolution =
	| ({ kind: 'resolved' } & Located)
	| ({ kind: 'ambiguous' } & Located)
	| { kind: 'unresolved'; reason: string; alternatives: Alternative[] };

/** A mention with its outcome. */
export interface ResolvedMention {
	mention: PlaceMention;
	resolution: Resolution;
}

/** Options of one `geocode` call. */
export interface GeocodeOptions {
	/** The date the text reports on (`YYYY-MM-DD`; a month alone will do): which fronts were active. */
	date?: string | null;
}

/** What the extraction pipeline needs from a geocoder. */
export interface Geocoder {
	/**
	 * Every place mention in `text`, in order of appearance, each resolved using the whole text as
	 * context and, when given, the date it reports on (`YYYY-MM-DD`).
	 */
	geocode(text: string, options?: GeocodeOptions): ResolvedMention[];
	/** Identifies the gazetteer in output metadata, e.g. `GeoNames UA 2026-07-29 + cities500`. */
	readonly gazetteerLabel: string;
}
