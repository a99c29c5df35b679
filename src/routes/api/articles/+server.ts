/**
 * `GET /api/articles`: stored articles with claim counts. `POST /api/articles` with JSON
 * `{text, title, publisher?, url?, published?}`: extracts and stores the article, answering 201
 * `{articleId, claims}` (200 with `duplicate: true` when it is already stored), 400 naming the
 * problem (an unknown field, NUL or a lone surrogate in any text field), 413 when the text is over
 * 2 MB, the body over 6 MB or the article yields over 2,000 claims. Who added it is recorded.
 */
import { json } from '@sveltejs/kit';
import { ingestArticle } from '$lib/server/ingest';
import { getStore } from '$lib/server/store/index';
import { readJsonBody } from './read-body';
import type { RequestHandler } from './$types';

/** Every stored article, oldest first, with its claim counts. */
export const GET: RequestHandler = async () => {
	const articles = await (await getStore()).listArticles();
	return json({ articles }, { headers: { 'cache-control': 'no-cache' } });
};

/**
 * A JSON answer holding claims already serialised (by the worker that extracted them), so the
 * event loop only joins strings.
 */
function withClaims(
	fields: Record<string, unknown>,
	claimsJson: string,
	status: number,
	headers: Record<string, string> = {}
): Response {
	const rest = JSON.stringify(fields).slice(1, -1);
	return new Response(`{"claims":${claimsJson},${rest}}`, {
		status,
		headers: { 'content-type': 'application/json', ...headers }
	});
}

/** Adds one article. */
export const POST: RequestHandler = async (event) => {
	const body = await readJsonBody(event);
	if (body.kind === 'too_large')
		return json({ error: 'too large', message: body.reason }, { status: 413 });
	if (body.kind === 'invalid')
		return json({ error: 'bad request', message: body.reason }, { status: 400 });
	const outcome = await ingestArticle(body.value, undefined, event.locals.principal?.name ?? null);
	switch (outcome.kind) {
		case 'added':
			return withClaims(
				{ articleId: outcome.articleId, warnings: outcome.warnings },
				outcome.claimsJson,
				201,
				{ location: `/api/articles/${outcome.articleId}` }
			);
		case 'duplicate':
			return withClaims(
				{ articleId: outcome.articleId, duplicate: true, by: outcome.by },
				outcome.claimsJson,
				200
			);
		case 'too_large':
			return json({ error: 'too large', message: outcome.reason }, { status: 413 });
		case 'invalid':
			return json({ error: 'bad request', message: outcome.reason }, { status: 400 });
	}
};
