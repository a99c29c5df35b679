/**
 * The claim filter: which claims a view shows. One value shared by the page, the URL, the API and the
 * export, so a copied link, a download and an API call select the same features.
 */
import { PRECISIONS, type ClaimantSide, type EventType, type Precision } from '../contract';

/** A precision to filter on, or `none` for claims without a place (`geometry: null`). */
export type PrecisionFilter = Precision | 'none';

/** Every value a precision filter can take, in display order. */
export const PRECISION_FILTERS = [
	...PRECISIONS,
	'none'
] as const satisfies readonly PrecisionFilter[];

/** A WGS84 box `[west, south, east, north]`; west > east crosses the antimeridian (RFC 7946). */
export type BBox = [west: number, south: number, east: number, north: number];

/** What a view selects. An empty array puts no restriction on that dimension. */
export interface ClaimFilter {
	sides: ClaimantSide[];
	types: EventType[];
	/** First day included (`YYYY-MM-DD`), on `eventDate ?? published`. */
	from: string | null;
	/** Last day included (`YYYY-MM-DD`). */
	to: string | null;
	precisions: PrecisionFilter[];
	/** Located claims below this geocoding confidence are hidden; 0 hides none. */
	minConfidence: number;
	articles: string[];
	/** Located claims outside are hidden; unlocated claims are always kept. */
	bbox: BBox | null;
}

/** The filter that selects everything. */
export const EMPTY_FILTER: ClaimFilter = Object.freeze({
	sides: [],
	types: [],
	from: null,
	to: null,
	precisions: [],
	minConfidence: 0,
	articles: [],
	bbox: null
}) as ClaimFilter;

/** A fresh, mutable copy of the empty filter. */
export function createEmptyFilter(): ClaimFilter {
	return { ...EMPTY_FILTER, sides: [], types: [], precisions: [], articles: [] };
}

/** URL query parameter names, in the order `filterToParams` writes them. */
export const FILTER_PARAM_NAMES = [
	'side',
	'type',
	'from',
	'to',
	'precision',
	'minConfidence',
	'article',
	'bbox'
] as const;
/** One URL query parameter name of the filter. */
export type FilterParamName = (typeof FILTER_PARAM_NAMES)[number];
