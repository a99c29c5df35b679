/**
 * Live counts beside each filter option: how many features each choice would show given all the
 * other filters, so checking a box never leads to an empty map by surprise.
 */
import {
	CLAIMANT_SIDES,
	EVENT_TYPES,
	type ClaimFeature,
	type ClaimantSide,
	type EventType
} from '../contract';
import { dayFromNumber, dayNumber, isIsoDay } from './dates';
import { claimDay, compileFilter, precisionOf, type FilterDimension } from './match';
import { PRECISION_FILTERS, type ClaimFilter, type PrecisionFilter } from './model';

/** Counts per filter option, each with every other dimension's filter applied. */
export interface FacetCounts {
	sides: Record<ClaimantSide, number>;
	types: Record<EventType, number>;
	precisions: Record<PrecisionFilter, number>;
	/** By article id; only articles with at least one feature under the other filters appear. */
	articles: Record<string, number>;
	/** Features that pass the whole filter. */
	matched: number;
	/** Of those, features without a place (`geometry: null`). */
	unlocated: number;
}

const zeros = <T extends string>(keys: readonly T[]) =>
	Object.fromEntries(keys.map((k) => [k, 0])) as Record<T, number>;

/** Counts with every side, type and precision at zero and no article: what each store fills in. */
export function emptyFacetCounts(): FacetCounts {
	return {
		sides: zeros(CLAIMANT_SIDES),
		types: zeros(EVENT_TYPES),
		precisions: zeros(PRECISION_FILTERS),
		articles: {},
		matched: 0,
		unlocated: 0
	};
}

/** Counts per side, type, precision and article, each computed with the other filters applied. */
export function facetCounts(features: ClaimFeature[], filter: ClaimFilter): FacetCounts {
	const counts = emptyFacetCounts();
	const compiled = compileFilter(filter);
	const add = (feature: ClaimFeature, only: FilterDimension | null) => {
		const p = feature.properties;
		if (only === null || only === 'sides') counts.sides[p.claimantSide] += 1;
		if (only === null || only === 'types') counts.types[p.eventType] += 1;
		if (only === null || only === 'precisions') counts.precisions[precisionOf(feature)] += 1;
		if (only === null || only === 'articles') {
			counts.articles[p.articleId] = (counts.articles[p.articleId] ?? 0) + 1;
		}
	};
	for (const feature of features) {
		// A feature that fails only one dimension still counts toward that dimension's options.
		const { count, first } = compiled.failures(feature);
		if (count === 0) {
			counts.matched += 1;
			if (feature.geometry === null) counts.unlocated += 1;
			add(feature, null);
		} else if (count === 1) add(feature, first);
	}
	return counts;
}

/** Longest span of days `claimsPerDay` fills with zero days; beyond it only days with claims appear. */
export const MAX_FILLED_DAYS = 3660;

/** Features per day (on `eventDate ?? published`), ascending, with empty days inside the span as 0. */
export function claimsPerDay(features: ClaimFeature[]): { day: string; count: number }[] {
	const byDay = new Map<string, number>();
	for (const feature of features) {
		const day = claimDay(feature);
		if (day !== null && isIsoDay(day)) byDay.set(day, (byDay.get(day) ?? 0) + 1);
	}
	return fillDays([...byDay].map(([day, count]) => ({ day, count })));
}

/**
 * Counts per day (any order, days with claims only, as the server's histogram answers) sorted and
 * with the empty days inside the span filled as 0, up to MAX_FILLED_DAYS.
 */
export function fillDays(counts: readonly { day: string; count: number }[]): {
	day: string;
	count: number;
}[] {
	const byDay = new Map(counts.map((c) => [c.day, c.count]));
	const days = [...byDay.keys()].sort();
	if (days.length === 0) return [];
	const first = dayNumber(days[0]);
	const last = dayNumber(days[days.length - 1]);
	if (last - first > MAX_FILLED_DAYS) return days.map((day) => ({ day, count: byDay.get(day)! }));
	const out: { day: string; count: number }[] = [];
	for (let n = first; n <= last; n++) {
		const day = dayFromNumber(n);
		out.push({ day, count: byDay.get(day) ?? 0 });
	}
	return out;
}
