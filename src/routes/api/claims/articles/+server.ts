/**
 * `GET /api/claims/articles?q=…&offset=0&limit=50`: a page of the stored articles for the filter
 * panel's bounded list, searched by title and publisher: `{total, offset, articles}`.
 */
import { json } from '@sveltejs/kit';
import { claimSource } from '$lib/server/claims';
import { MAX_SEARCH_CHARS } from '$lib/server/http/claim-query';
import { cachedJson, etagOf, notModified, notModifiedResponse } from '$lib/server/http/conditional';
import { MAX_PAGE_SIZE } from '$lib/server/store/types';
import type { RequestHandler } from './$types';

const KNOWN = new Set(['q', 'offset', 'limit']);

/** A page of articles; `400 {error, details}` for unknown or malformed parameters. */
export const GET: RequestHandler = async ({ url, request }) => {
	const params = url.searchParams;
	const errors: string[] = [];
	for (const name of new Set(params.keys()))
		if (!KNOWN.has(name))
			errors.push(`unknown parameter "${name}" (expected one of: q, offset, limit)`);
	const q = params.get('q') ?? '';
	if (q.length > MAX_SEARCH_CHARS) errors.push(`q: longer than ${MAX_SEARCH_CHARS} characters`);
	const number = (name: string, fallback: number, max: number) => {
		const text = params.get(name);
		if (text === null) return fallback;
		const n = /^\d+$/.test(text) ? Number(text) : NaN;
		if (!Number.isSafeInteger(n) || n > max || (name === 'limit' && n < 1)) {
			errors.push(`${name}: "${text}" is not a whole number up to ${max}`);
			return fallback;
		}
		return n;
	};
	const offset = number('offset', 0, 1e9);
	const limit = number('limit', 50, MAX_PAGE_SIZE);
	if (errors.length > 0)
		return json({ error: 'invalid query parameters', details: errors }, { status: 400 });
	const source = await claimSource();
	const etag = etagOf(await source.revision(), 'articles', url.search);
	if (notModified(request, etag)) return notModifiedResponse(etag);
	return cachedJson(
		request,
		etag,
		await source.store.listArticlePage({ search: q, offset, limit })
	);
};
