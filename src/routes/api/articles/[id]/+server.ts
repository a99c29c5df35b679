/**
 * `GET /api/articles/:id`: one article (with its text) and its claims, rejected ones included and
 * marked. `DELETE /api/articles/:id`: removes the article, its claims and their corrections (who
 * and when is kept in the deletions table).
 */
import { json } from '@sveltejs/kit';
import { getStore } from '$lib/server/store/index';
import type { RequestHandler } from './$types';

function notFound(id: string): Response {
	return json({ error: 'not found', message: `no article with id '${id}'` }, { status: 404 });
}

/** The article and its claims. */
export const GET: RequestHandler = async ({ params }) => {
	const store = await getStore();
	const article = await store.getArticle(params.id);
	if (!article) return notFound(params.id);
	const claims = await store.articleClaims(params.id, { includeRejected: true });
	return json({ article, claims }, { headers: { 'cache-control': 'no-cache' } });
};

/** Deletes the article. */
export const DELETE: RequestHandler = async ({ params, locals }) => {
	const deleted = await (await getStore()).deleteArticle(params.id, locals.principal?.name ?? null);
	return deleted ? json({ deleted: params.id }) : notFound(params.id);
};
