/**
 * The page's questions to the claim query API: the summary beside the list, one page of the list,
 * one claim feature, a page of articles. Failures come back as values; an aborted request as
 * `aborted`, so a newer question simply replaces an older one.
 */
import type { ClaimFeature } from '../core/contract';
import type { FacetCounts } from '../core/filter/facets';
import type {
	ArticlePage,
	ClaimPage,
	ClaimTotals,
	DayCount,
	RegionCount
} from '../server/store/types';

/** What `/api/claims/summary` answers. */
export interface ClaimSummary {
	revision: string;
	/** True when the store is large enough to be drawn from tiles and listed by pages. */
	tiles: boolean;
	totals: ClaimTotals;
	facets: FacetCounts;
	days: DayCount[];
	regions: RegionCount[];
}

/** What `/api/claims/source` answers: how the page gets the store's claims. */
export interface ClaimSourceInfo {
	revision: string;
	/** Features in the store. */
	features: number;
	/** True when the store is large enough to be drawn from tiles and listed by pages. */
	tiles: boolean;
}

/** An answer, a failure, or a request given up for a newer one. */
export type QueryResult<T> =
	{ kind: 'ok'; value: T } | { kind: 'failed'; message: string } | { kind: 'aborted' };

async function getJson<T>(
	url: string,
	signal?: AbortSignal,
	fetcher: typeof fetch = fetch
): Promise<QueryResult<T>> {
	try {
		const response = await fetcher(url, { signal });
		if (!response.ok) {
			let message = `HTTP ${response.status}`;
			try {
				const body = (await response.json()) as { message?: unknown; details?: unknown };
				if (typeof body.message === 'string') message = body.message;
				else if (Array.isArray(body.details)) message = body.details.join('; ');
			} catch {
				// not JSON: keep the status
			}
			return { kind: 'failed', message };
		}
		return { kind: 'ok', value: (await response.json()) as T };
	} catch (error) {
		if ((error as Error).name === 'AbortError') return { kind: 'aborted' };
		return { kind: 'failed', message: (error as Error).message };
	}
}

/** The store's revision and size, and whether the page draws it from tiles. */
export function fetchSource(signal?: AbortSignal) {
	return getJson<ClaimSourceInfo>('/api/claims/source', signal);
}

/** The summary of a selection (`query` is the filter's query string plus `q`). */
export function fetchSummary(query: string, signal?: AbortSignal) {
	return getJson<ClaimSummary>(`/api/claims/summary?${query}`, signal);
}

/** One page of the list. */
export function fetchClaimPage(query: string, signal?: AbortSignal) {
	return getJson<ClaimPage>(`/api/claims/list?${query}`, signal);
}

/** One claim feature as served (corrections applied). */
export async function fetchFeature(id: string, signal?: AbortSignal) {
	const result = await getJson<{ feature: ClaimFeature }>(
		`/api/claims/${encodeURIComponent(id)}`,
		signal
	);
	return result.kind === 'ok' ? { kind: 'ok' as const, value: result.value.feature } : result;
}

/** A page of the stored articles, searched by title or publisher. */
export function fetchArticlePage(
	search: string,
	offset: number,
	limit: number,
	signal?: AbortSignal
) {
	const params = new URLSearchParams({ offset: String(offset), limit: String(limit) });
	if (search.trim()) params.set('q', search.trim());
	return getJson<ArticlePage>(`/api/claims/articles?${params}`, signal);
}
