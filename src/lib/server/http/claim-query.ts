/**
 * The query parameters of the claim list and summary routes: the page's filter (as the exports
 * read it) plus the list's own `q`, `sort`, `section`, `offset`, `limit` and `after`. Strict, as the filter
 * is: an unknown name or a malformed value is an error naming it.
 */
import { LIST_SORTS, type ListSort } from '../../core/filter/claim-groups';
import { parseFilterParams } from '../../core/filter/params';
import { decodeListCursor } from '../store/list-cursor';
import {
	LIST_SECTIONS,
	MAX_PAGE_SIZE,
	type ClaimPageQuery,
	type ClaimSelection,
	type ListSection
} from '../store/types';

/** Longest accepted search text. */
export const MAX_SEARCH_CHARS = 200;
/** Rows of a list page when `limit` is not given. */
export const DEFAULT_PAGE_SIZE = 100;

/** A parse outcome: the value, or every problem found. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: string[] };

const LIST_PARAMS = ['q', 'sort', 'section', 'offset', 'limit', 'after'] as const;

function readSearch(params: URLSearchParams, errors: string[]): string {
	const q = params.get('q') ?? '';
	if (q.length > MAX_SEARCH_CHARS) errors.push(`q: longer than ${MAX_SEARCH_CHARS} characters`);
	return q;
}

/** The selection of `?side=…&q=…` (other list parameters are allowed and ignored). */
export function parseSelection(params: URLSearchParams): Parsed<ClaimSelection> {
	const parsed = parseFilterParams(params, { allow: LIST_PARAMS });
	const errors = parsed.ok ? [] : [...parsed.errors];
	const search = readSearch(params, errors);
	if (!parsed.ok || errors.length > 0) return { ok: false, errors };
	return { ok: true, value: { filter: parsed.filter, search } };
}

function readInteger(
	params: URLSearchParams,
	name: string,
	fallback: number,
	min: number,
	max: number,
	errors: string[]
): number {
	const text = params.get(name);
	if (text === null) return fallback;
	const n = /^\d+$/.test(text) ? Number(text) : NaN;
	if (!Number.isSafeInteger(n) || n < min || n > max) {
		errors.push(`${name}: "${text}" is not a whole number from ${min} to ${max}`);
		return fallback;
	}
	return n;
}

/** One list page's query: the selection plus sort, section, offset, limit and cursor. */
export function parsePageQuery(params: URLSearchParams): Parsed<ClaimPageQuery> {
	const selection = parseSelection(params);
	const errors = selection.ok ? [] : [...selection.errors];
	const sort = params.get('sort') ?? 'date';
	if (!(LIST_SORTS as readonly string[]).includes(sort))
		errors.push(`sort: unknown value "${sort}" (expected one of: ${LIST_SORTS.join(', ')})`);
	const section = params.get('section') ?? 'located';
	if (!(LIST_SECTIONS as readonly string[]).includes(section))
		errors.push(
			`section: unknown value "${section}" (expected one of: ${LIST_SECTIONS.join(', ')})`
		);
	const offset = readInteger(params, 'offset', 0, 0, 1e9, errors);
	const limit = readInteger(params, 'limit', DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE, errors);
	const after = params.get('after') || null;
	if (after !== null && decodeListCursor(after, sort as ListSort) === null)
		errors.push(`after: not a cursor of the list by ${sort} (a page's "next")`);
	if (!selection.ok || errors.length > 0) return { ok: false, errors };
	return {
		ok: true,
		value: {
			...selection.value,
			sort: sort as ListSort,
			section: section as ListSection,
			offset,
			limit,
			after
		}
	};
}
