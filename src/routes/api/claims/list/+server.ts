/**
 * `GET /api/claims/list?side=…&q=…&sort=date&section=located&offset=0&limit=100`: one page of the
 * claim list, grouped by claim, filtered, searched, sorted and paged by the store:
 * `{total, offset, groups: [{claimId, features}], next}`. `next` (null on a page that is not full)
 * passed back as `after=` gives the following page by a seek in the sort's index, as quick deep in
 * the list as at its top; `offset` alone still works but counts past every earlier claim.
 * `304` when the data and the query are unchanged.
 */
import { json } from '@sveltejs/kit';
import { claimSource } from '$lib/server/claims';
import { parsePageQuery } from '$lib/server/http/claim-query';
import { cachedJson, etagOf, notModified, notModifiedResponse } from '$lib/server/http/conditional';
import type { RequestHandler } from './$types';

/** A page of the list; `400 {error, details}` for unknown or malformed query parameters. */
export const GET: RequestHandler = async ({ url, request }) => {
	const parsed = parsePageQuery(url.searchParams);
	if (!parsed.ok) {
		return json({ error: 'invalid query parameters', details: parsed.errors }, { status: 400 });
	}
	const source = await claimSource();
	const etag = etagOf(await source.revision(), 'list', url.search);
	if (notModified(request, etag)) return notModifiedResponse(etag);
	return cachedJson(request, etag, await source.store.listClaims(parsed.value));
};
