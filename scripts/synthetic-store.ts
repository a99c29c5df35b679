/**
 * Writes a store of seeded synthetic claims (src/lib/core/synthetic: the same seed, the same claims)
 * for the browser tests and the scale benchmark: straight into the store in batched transactions,
 * no extraction. The benchmark's ingest figures go through the real ingest path instead.
 *
 * Command line: `tsx scripts/synthetic-store.ts PATH [COUNT] [SEED]`.
 */
import { createSyntheticClaims } from '../src/lib/core/synthetic/claims';
import { openStore } from '../src/lib/server/store/index';
import { syntheticArticles } from '../src/lib/server/store/synthetic-articles';
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
	for (const article of syntheticArticles(
		features,
		FEATURES_PER_ARTICLE,
		(id) => `Synthetic article text ${id} (seed ${seed}).`
	)) {
		batch.push(article);
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
