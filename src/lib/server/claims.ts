/**
 * Where the server gets the claims it serves: the article store (corrections applied, rejected
 * claims left out), or, when CLAIMSMAP_CLAIMS_FILE names a file, that file read-only. A file is
 * loaded once into an in-memory store so that the same queries answer for it; its exports keep the
 * file's own feature order.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ClaimCollection, ClaimFeature } from '../core/contract';
import type { ExportMeta } from '../core/export/collection';
import { compileFilter } from '../core/filter/match';
import type { ClaimFilter } from '../core/filter/model';
import { buildClaimCollection } from '../core/geojson/build';
import { upgradeCollection } from '../core/geojson/upgrade';
import { getStore, openStore } from './store/index';
import type { ClaimStore, NewArticle } from './store/types';

/** What the claim routes read: a store to query, and the features an export writes. */
export interface ClaimSource {
	store: ClaimStore;
	/** Changes whenever what the source serves changes (ETags and the tile cache use it). */
	revision(): Promise<string>;
	/** The selected features, in the source's order, one at a time. */
	exportFeatures(filter: ClaimFilter): AsyncIterable<ClaimFeature>;
	/** What produced the claims, for an export's `claimsmap` member. */
	meta(): Promise<ExportMeta>;
}

/** A collection's features grouped into one stored article per `articleId`. */
function articlesOf(collection: ClaimCollection): NewArticle[] {
	const byArticle = new Map<string, ClaimFeature[]>();
	for (const f of collection.features) {
		const list = byArticle.get(f.properties.articleId);
		if (list) list.push(f);
		else byArticle.set(f.properties.articleId, [f]);
	}
	return [...byArticle].map(([articleId, features]) => ({
		articleId,
		title: features[0].properties.articleTitle,
		publisher: features[0].properties.publisher,
		url: null,
		published: features[0].properties.published,
		text: `Claims file article ${articleId}`,
		claims: buildClaimCollection(features, collection.claimsmap)
	}));
}

async function fileSource(path: string): Promise<ClaimSource> {
	const collection = upgradeCollection(JSON.parse(await readFile(path, 'utf8'))) as ClaimCollection;
	const store = await openStore(':memory:');
	await store.addArticles(articlesOf(collection));
	const { mtimeMs } = await stat(path);
	return {
		store,
		revision: async () => `file-${Math.round(mtimeMs)}`,
		async *exportFeatures(filter) {
			const compiled = compileFilter(filter);
			for (const f of collection.features) if (compiled.matches(f)) yield f;
		},
		meta: async () => ({
			generator: collection.claimsmap?.generator ?? 'claimsmap',
			gazetteer: collection.claimsmap?.gazetteer ?? 'unknown'
		})
	};
}

function storeSource(store: ClaimStore): ClaimSource {
	return {
		store,
		revision: async () => `db-${await store.revision()}`,
		exportFeatures: (filter) => store.streamFeatures({ filter }),
		meta: () => store.sources()
	};
}

let file: { path: string; source: Promise<ClaimSource> } | null = null;

/**
 * Why a change to the shown claims is refused, when the server shows a claims file (read-only: a
 * correction or judgement would go to the article store, which does not hold the file's claims);
 * null otherwise.
 */
export function readOnlyFileReason(what: string): string | null {
	return process.env.CLAIMSMAP_CLAIMS_FILE
		? `this server shows a claims file read-only: ${what} are stored with the server's claims`
		: null;
}

/** The process's claim source, from the environment. */
export async function claimSource(): Promise<ClaimSource> {
	const path = process.env.CLAIMSMAP_CLAIMS_FILE;
	if (!path) return storeSource(await getStore());
	const full = resolve(path);
	if (file?.path !== full) {
		const source = fileSource(full);
		file = { path: full, source };
		source.catch(() => (file = null));
	}
	return file.source;
}
