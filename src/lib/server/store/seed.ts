/**
 * The shipped seed: the article texts in geodata/articles/ (with an optional `<name>.json` of
 * metadata beside each) and their claims in geodata/claims/seed.geojson. A new database is seeded
 * with them once, so the quick start shows a map with no setup.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import type { ClaimCollection, ClaimFeature } from '../../core/contract';
import { prepareArticle } from '../../core/extract/article';
import { isArticleFileName } from '../../core/ingest/file-metadata';
import type { NewArticle } from './types';

/** Where the seed lives, relative to the working directory unless absolute. */
export interface SeedPaths {
	articlesDir: string;
	claimsFile: string;
}

/** The seed shipped in geodata/ (or under `$CLAIMSMAP_GEODATA`). */
export function defaultSeedPaths(env: NodeJS.ProcessEnv = process.env): SeedPaths {
	const base = resolve(env.CLAIMSMAP_GEODATA ?? 'geodata');
	return {
		articlesDir: resolve(base, 'articles'),
		claimsFile: resolve(base, 'claims', 'seed.geojson')
	};
}

interface ArticleMeta {
	title?: string;
	publisher?: string | null;
	url?: string | null;
	published?: string | null;
}

function readMeta(path: string): ArticleMeta {
	if (!existsSync(path)) return {};
	const value = JSON.parse(readFileSync(path, 'utf8')) as unknown;
	return value && typeof value === 'object' ? (value as ArticleMeta) : {};
}

/**
 * The seed articles with their claims, or null when the seed claims file is missing (then nothing
 * is seeded and a later start tries again). Claims whose article text is not shipped are stored
 * with an empty text.
 */
export function readSeed(paths: SeedPaths = defaultSeedPaths()): NewArticle[] | null {
	if (!existsSync(paths.claimsFile)) return null;
	const seed = JSON.parse(readFileSync(paths.claimsFile, 'utf8')) as ClaimCollection;
	const byArticle = new Map<string, ClaimFeature[]>();
	for (const f of seed.features) {
		const list = byArticle.get(f.properties.articleId) ?? [];
		list.push(f);
		byArticle.set(f.properties.articleId, list);
	}
	const texts = new Map<string, { text: string; meta: ArticleMeta }>();
	const files = existsSync(paths.articlesDir) ? readdirSync(paths.articlesDir).sort() : [];
	for (const name of files.filter(isArticleFileName)) {
		const text = readFileSync(resolve(paths.articlesDir, name), 'utf8');
		const meta = readMeta(resolve(paths.articlesDir, basename(name, extname(name)) + '.json'));
		const prepared = prepareArticle({ text, ...meta });
		if (prepared.kind === 'article') texts.set(prepared.article.articleId, { text, meta });
	}
	const out: NewArticle[] = [];
	for (const [articleId, features] of byArticle) {
		const first = features[0].properties;
		const shipped = texts.get(articleId);
		out.push({
			articleId,
			title: shipped?.meta.title ?? first.articleTitle,
			publisher: shipped?.meta.publisher ?? first.publisher,
			url: shipped?.meta.url ?? first.url,
			published: shipped?.meta.published ?? first.published,
			text: shipped?.text ?? '',
			claims: { ...seed, features }
		});
	}
	return out;
}
