/**
 * Synthetic claims (src/lib/core/synthetic) grouped into the articles a store takes: every
 * `perArticle` features in order are one article, with the first feature's article fields. For the
 * scale store, the benchmarks and store tests; no extraction involved.
 */
import type { ClaimFeature } from '../../core/contract';
import { buildClaimCollection } from '../../core/geojson/build';
import type { NewArticle } from './types';

/**
 * The articles of `features`, `perArticle` features each, one at a time (a million-claim store
 * never holds them all twice); `text` gives each article's body.
 */
export function* syntheticArticles(
	features: readonly ClaimFeature[],
	perArticle: number,
	text: (articleId: string) => string = (id) => `Synthetic article text ${id}.`
): Generator<NewArticle> {
	for (let i = 0; i < features.length; i += perArticle) {
		const list = features.slice(i, i + perArticle);
		const p = list[0].properties;
		yield {
			articleId: p.articleId,
			title: p.articleTitle,
			publisher: p.publisher,
			url: null,
			published: p.published,
			text: text(p.articleId),
			claims: buildClaimCollection(list, {
				generator: 'claimsmap synthetic',
				gazetteer: 'none (synthetic)'
			})
		};
	}
}
