/**
 * The browser's calls to the article and claim API (POST/GET/DELETE /api/articles, PATCH
 * /api/claims/:id, GET /api/places). Errors come back as values with the server's message.
 */
import type { ClaimCollection, ClaimFeature } from '../../core/contract';
import type { ArticleSummary } from '../../core/ingest/article-summary';

export type { ArticleSummary };

/** What the add-article form sends. */
export interface NewArticle {
	text: string;
	title: string;
	publisher?: string;
	url?: string;
	published?: string;
}

/** A place the gazetteer search offers for a correction. */
export interface PlaceOption {
	gazetteerId: string;
	placeName: string;
	admin1: string | null;
	lon: number;
	lat: number;
}

/** A place the gazetteer search found: where it is, and what it is (kind, people living there). */
export interface PlaceFound extends PlaceOption {
	kind?: string;
	population?: number;
}

/** The outcome of a call: the value, or the server's message (and HTTP status, 0 on network failure). */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; status: number; message: string };

/** A change to one claim feature, as PATCH /api/claims/:id takes it. */
export type ClaimPatch =
	| { placeGazetteerId: string }
	| { place: PlaceOption }
	| { claimantSide: string }
	| { eventType: string }
	| { rejected: true }
	| { undo: true };

async function call<T>(input: string, init?: RequestInit): Promise<ApiResult<T>> {
	let response: Response;
	try {
		response = await fetch(input, init);
	} catch (error) {
		return { ok: false, status: 0, message: `network error: ${(error as Error).message}` };
	}
	let body: unknown = null;
	try {
		body = await response.json();
	} catch {
		// not JSON: fall through to a status message
	}
	if (!response.ok) {
		const message =
			body && typeof body === 'object' && 'message' in body
				? String((body as { message: unknown }).message)
				: `HTTP ${response.status}`;
		return { ok: false, status: response.status, message };
	}
	return { ok: true, value: body as T };
}

/** Adds an article; the server extracts its claims and answers with them. */
export function postArticle(
	article: NewArticle
): Promise<ApiResult<{ articleId: string; claims: ClaimCollection; duplicate?: boolean }>> {
	return call('/api/articles', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(article)
	});
}

/** Lists stored articles with their claim counts. */
export function listArticles(): Promise<ApiResult<{ articles: ArticleSummary[] }>> {
	return call('/api/articles');
}

/** Deletes an article and its claims. */
export function deleteArticle(articleId: string): Promise<ApiResult<{ deleted: string }>> {
	return call(`/api/articles/${encodeURIComponent(articleId)}`, { method: 'DELETE' });
}

/** Corrects (or undoes the last correction of) one claim feature; answers with the feature as now shown. */
export function patchClaim(
	featureId: string,
	patch: ClaimPatch
): Promise<ApiResult<{ feature: ClaimFeature }>> {
	return call(`/api/claims/${encodeURIComponent(featureId)}`, {
		method: 'PATCH',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(patch)
	});
}

/** Searches the gazetteer for places whose name matches `query`. */
export function searchPlaces(query: string): Promise<ApiResult<{ places: PlaceFound[] }>> {
	return call(`/api/places?q=${encodeURIComponent(query)}`);
}

/** One stored article with its claims, rejected ones included and marked. */
export function getArticle(
	articleId: string
): Promise<ApiResult<{ article: ArticleSummary; claims: ClaimCollection }>> {
	return call(`/api/articles/${encodeURIComponent(articleId)}`);
}
