/**
 * Writes a store of seeded synthetic claims (src/lib/core/synthetic: the same seed, the same claims)
 * for the browser tests and the scale benchmark: straight into the store in batched transactions,
 * no extraction. The benchmark's ingest figures go through the real ingest path instead.
 *
 * Command line: `tsx scripts/synthetic-store.ts PATH [COUNT] [SEED]`.
 */
import { buildClaimCollection } from '../src/lib/core/geojson/build';
import { createSyntheticClaims } from '../src/lib/core/synthetic/claims';
import { openStore } from '../src/lib/server/store/index';
import type { NewArticle } from '../src/lib/server/store/types';

/** Features per synthetic article, and articles per transaction. */
const FEATURES_PER_ARTICLE = 25;
const ARTICLES_PER_BATCH = 200;

/** Fills a new store at `path` with `count` synthetic claims; returns the time it took (ms). */
export async function writeSyntheticStore(path: string, count: number, seed = 1): Promise<number> {
	const started = performance.now();
	const store = await openStore(path);
	const features = createSyntheticClaims({ count, seed, featuresPerArticle: FEATURES_PER_ARTICLE });
	let batch: NewArticle[] = [];
	for (let i = 0; i < features.length; i += FEATURES_PER_ARTICLE) {
		const list = features.slice(i, i + FEATURES_PER_ARTICLE);
		const p = list[0].properties;
		batch.push({
			articleId: p.articleId,
			title: p.articleTitle,
			publisher: p.publisher,
			url: null,
			published: p.published,
			text: `Synthetic article text ${p.articleId} (seed ${seed}).`,
			claims: buildClaimCollection(list, {
				generator: 'claimsmap synthetic',
				gazetteer: 'none (synthetic)'
			})
		});
		if (batch.length === ARTICLES_PER_BATCH) {
			await store.addArticles(batch);
			batch = [];
		}
	}
	if (batch.length > 0) await store.addArticles(batch);
	await store.close();
	return performance.now() - started;
}

if (process.argv[1]?.endsWith('synthetic-store.ts')) {
	const [path, count = '100000', seed = '1'] = process.argv.slice(2);
	if (!path) {
		console.error('usage: tsx scripts/synthetic-store.ts PATH [COUNT] [SEED]');
		process.exit(2);
	}
	const ms = await writeSyntheticStore(path, Number(count), Number(seed));
	console.log(`${count} synthetic claims written to ${path} in ${(ms / 1000).toFixed(1)} s`);
}
