/**
 * The filter in a URL query: `?side=russia,ukraine&type=drone_downed&from=2022-05-01&bbox=w,s,e,n`.
 * Parsing is strict (unknown names and malformed values are errors that name the parameter) so a
 * mistyped link or API call fails loudly instead of silently showing everything.
 */
import { CLAIMANT_SIDES, EVENT_TYPES, type ClaimantSide, type EventType } from '../contract';
import { isIsoDay } from './dates';
import {
	FILTER_PARAM_NAMES,
	PRECISION_FILTERS,
	createEmptyFilter,
	type BBox,
	type ClaimFilter,
	type FilterParamName,
	type PrecisionFilter
} from './model';

/** The outcome of reading a filter from a query. */
export type FilterParseResult = { ok: true; filter: ClaimFilter } | { ok: false; errors: string[] };

/** Options of `parseFilterParams`. */
export interface FilterParseOptions {
	/** Other parameter names the caller owns (e.g. a selected claim), skipped instead of rejected. */
	allow?: readonly string[];
}

const NUMBER_PATTERN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const MAX_ARTICLE_ID_LENGTH = 200;
// Control characters have no business in an article id.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/** Reads a filter from URL query parameters; every problem is reported, not just the first. */
export function parseFilterParams(
	params: URLSearchParams,
	options: FilterParseOptions = {}
): FilterParseResult {
	const errors: string[] = [];
	const filter = createEmptyFilter();
	const known = new Set<string>(FILTER_PARAM_NAMES);
	const allowed = new Set(options.allow ?? []);
	const seen = new Set<string>();
	for (const name of params.keys()) {
		if (seen.has(name)) continue;
		seen.add(name);
		if (allowed.has(name)) continue;
		if (!known.has(name)) {
			errors.push(
				`unknown parameter "${name}" (expected one of: ${FILTER_PARAM_NAMES.join(', ')})`
			);
			continue;
		}
		const values = params.getAll(name);
		if (values.length > 1) {
			errors.push(
				`${name}: given ${values.length} times; give it once (lists are comma-separated)`
			);
			continue;
		}
		readParam(name as FilterParamName, values[0], filter, errors);
	}
	if (filter.from !== null && filter.to !== null && filter.from > filter.to) {
		errors.push(`from: ${filter.from} is after to: ${filter.to}`);
	}
	return errors.length > 0 ? { ok: false, errors } : { ok: true, filter };
}

function readParam(
	name: FilterParamName,
	value: string,
	filter: ClaimFilter,
	errors: string[]
): void {
	switch (name) {
		case 'side':
			filter.sides = readList<ClaimantSide>(name, value, CLAIMANT_SIDES, errors);
			return;
		case 'type':
			filter.types = readList<EventType>(name, value, EVENT_TYPES, errors);
			return;
		case 'precision':
			filter.precisions = readList<PrecisionFilter>(name, value, PRECISION_FILTERS, errors);
			return;
		case 'from':
		case 'to':
			if (isIsoDay(value)) filter[name] = value;
			else errors.push(`${name}: "${value}" is not a real date in the form YYYY-MM-DD`);
			return;
		case 'minConfidence': {
			const n = readNumber(value);
			if (n !== null && n >= 0 && n <= 1) filter.minConfidence = n === 0 ? 0 : n;
			else errors.push(`minConfidence: "${value}" is not a number from 0 to 1`);
			return;
		}
		case 'article':
			filter.articles = readArticles(value, errors);
			return;
		case 'bbox': {
			const bbox = readBBox(value, errors);
			if (bbox) filter.bbox = bbox;
			return;
		}
	}
}

/** A comma-separated list of vocabulary words, deduplicated, in the vocabulary's order. */
function readList<T extends string>(
	name: string,
	value: string,
	vocabulary: readonly T[],
	errors: string[]
): T[] {
	const items = value.split(',');
	const chosen = new Set<string>();
	for (const item of items) {
		if (item === '') errors.push(`${name}: empty value in "${value}"`);
		else if (!(vocabulary as readonly string[]).includes(item)) {
			errors.push(`${name}: unknown value "${item}" (expected one of: ${vocabulary.join(', ')})`);
		} else chosen.add(item);
	}
	return vocabulary.filter((word) => chosen.has(word));
}

function readArticles(value: string, errors: string[]): string[] {
	const ids = new Set<string>();
	for (const id of value.split(',')) {
		if (id === '') errors.push(`article: empty value in "${value}"`);
		else if (id.length > MAX_ARTICLE_ID_LENGTH || CONTROL_CHARACTERS.test(id)) {
			errors.push(`article: "${id.slice(0, 40)}" is not an article id`);
		} else ids.add(id);
	}
	return [...ids].sort();
}

function readNumber(text: string): number | null {
	if (!NUMBER_PATTERN.test(text)) return null;
	const n = Number(text);
	return Number.isFinite(n) ? n : null;
}

function readBBox(value: string, errors: string[]): BBox | null {
	const parts = value.split(',');
	const numbers = parts.map(readNumber);
	if (parts.length !== 4 || numbers.some((n) => n === null)) {
		errors.push(`bbox: "${value}" is not four numbers west,south,east,north`);
		return null;
	}
	const [west, south, east, north] = (numbers as number[]).map((n) => (n === 0 ? 0 : n));
	const problems: string[] = [];
	if (west < -180 || west > 180) problems.push(`west ${west} is outside -180..180`);
	if (east < -180 || east > 180) problems.push(`east ${east} is outside -180..180`);
	if (south < -90 || south > 90) problems.push(`south ${south} is outside -90..90`);
	if (north < -90 || north > 90) problems.push(`north ${north} is outside -90..90`);
	if (problems.length === 0 && south > north)
		problems.push(`south ${south} is above north ${north}`);
	if (problems.length > 0) {
		errors.push(`bbox: ${problems.join('; ')}`);
		return null;
	}
	return [west, south, east, north];
}

/** Writes a filter as query parameters: only what differs from the empty filter, in a fixed order. */
export function filterToParams(filter: ClaimFilter): URLSearchParams {
	const params = new URLSearchParams();
	const list = <T extends string>(name: string, values: readonly T[], vocabulary: readonly T[]) => {
		const chosen = new Set(values);
		if (chosen.size > 0) params.set(name, vocabulary.filter((v) => chosen.has(v)).join(','));
	};
	list('side', filter.sides, CLAIMANT_SIDES);
	list('type', filter.types, EVENT_TYPES);
	if (filter.from !== null) params.set('from', filter.from);
	if (filter.to !== null) params.set('to', filter.to);
	list('precision', filter.precisions, PRECISION_FILTERS);
	if (filter.minConfidence !== 0) params.set('minConfidence', String(filter.minConfidence));
	if (filter.articles.length > 0)
		params.set('article', [...new Set(filter.articles)].sort().join(','));
	if (filter.bbox !== null) params.set('bbox', filter.bbox.map(String).join(','));
	return params;
}

/** The canonical form of a filter: lists deduplicated and ordered as `filterToParams` writes them. */
export function normaliseFilter(filter: ClaimFilter): ClaimFilter {
	const order = <T extends string>(values: readonly T[], vocabulary: readonly T[]) => {
		const chosen = new Set(values);
		return vocabulary.filter((v) => chosen.has(v));
	};
	const zero = (n: number) => (n === 0 ? 0 : n);
	return {
		sides: order(filter.sides, CLAIMANT_SIDES),
		types: order(filter.types, EVENT_TYPES),
		from: filter.from,
		to: filter.to,
		precisions: order(filter.precisions, PRECISION_FILTERS),
		minConfidence: zero(filter.minConfidence),
		articles: [...new Set(filter.articles)].sort(),
		bbox: filter.bbox === null ? null : (filter.bbox.map(zero) as BBox)
	};
}
