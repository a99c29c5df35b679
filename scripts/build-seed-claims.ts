/**
 * Builds the app's default dataset, geodata/claims/seed.geojson: copies the seed article (when the
 * shared input is present) into geodata/articles/ with its metadata, then extracts every article in
 * geodata/articles/ (`NAME.txt` + `NAME.json` metadata) with the default geocoder.
 *
 *   npm run build:seed [-- --seed PATH] [-- --check]
 *
 * `--check` writes nothing and exits 1 if regenerating would change the committed file (CI runs it).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { ClaimCollection } from '../src/lib/core/contract';
import type { ArticleInput } from '../src/lib/core/extract/article';
import { DEFAULT_GENERATOR, extractClaims } from '../src/lib/core/extract/pipeline';
import { mergeClaimCollections } from '../src/lib/core/geojson/build';
import { formatProblems, validateClaimCollection } from '../src/lib/core/geojson/validate';
import { loadEntityTable } from '../src/lib/server/entities';
import { loadDefaultGeocoder } from '../src/lib/server/gazetteer';

const root = process.cwd();
const articlesDir = join(root, 'geodata/articles');
const outFile = join(root, 'geodata/claims/seed.geojson');

/** The seed article as shipped in ../shared, its name in geodata/articles and its metadata (from the issue). */
const SEED = {
	defaultSource: resolve(root, '../shared/seed/article-2022-05-17-austin-shoigu.txt'),
	name: '2022-05-17-austin-shoigu',
	meta: {
		title: 'Austin Calls for Immediate Ceasefire in First Call With Shoigu Since Ukraine Invasion',
		publisher: null,
		url: null,
		published: '2022-05-17'
	}
};

function option(args: string[], name: string): string | null {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? (args[i + 1] ?? null) : null;
}

/** Copies the seed article and writes its metadata; in check mode only reports a stale copy. */
function copySeed(source: string, check: boolean): string[] {
	const problems: string[] = [];
	if (!existsSync(source)) return problems;
	const target = join(articlesDir, `${SEED.name}.txt`);
	const metaFile = join(articlesDir, `${SEED.name}.json`);
	const metaText = `${JSON.stringify(SEED.meta, null, '\t')}\n`;
	if (check) {
		if (!existsSync(target) || readFileSync(target, 'utf8') !== readFileSync(source, 'utf8'))
			problems.push(`${target} differs from ${source}`);
		if (!existsSync(metaFile) || readFileSync(metaFile, 'utf8') !== metaText) problems.push(`${metaFile} is missing or stale`);
		return problems;
	}
	mkdirSync(articlesDir, { recursive: true });
	writeFileSync(target, readFileSync(source));
	writeFileSync(metaFile, metaText);
	return problems;
}

function readMeta(txt: string): Omit<ArticleInput, 'text'> {
	const file = txt.replace(/\.txt$/, '.json');
	if (!existsSync(file)) return {};
	const meta = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
	const field = (k: string) => (typeof meta[k] === 'string' ? (meta[k] as string) : null);
	return { title: field('title'), publisher: field('publisher'), url: field('url'), published: field('published') };
}

/** Extracts every article of geodata/articles into one validated collection. */
function buildSeedCollection(): ClaimCollection {
	const geocoder = loadDefaultGeocoder();
	const files = existsSync(articlesDir) ? readdirSync(articlesDir).filter((f) => f.endsWith('.txt')).sort() : [];
	const collections: ClaimCollection[] = [];
	for (const name of files) {
		const file = join(articlesDir, name);
		const result = extractClaims({ text: readFileSync(file, 'utf8'), ...readMeta(file) }, geocoder, {
			entities: loadEntityTable()
		});
		if (result.kind === 'rejected') throw new Error(`${basename(file)}: ${result.reason}`);
		for (const w of result.warnings) process.stderr.write(`build:seed: ${name}: warning: ${w}\n`);
		collections.push(result.collection);
	}
	const merged = mergeClaimCollections(collections, { generator: DEFAULT_GENERATOR, gazetteer: geocoder.gazetteerLabel });
	const check = validateClaimCollection(merged);
	if (!check.ok) throw new Error(`invalid collection:\n${formatProblems(check.errors)}`);
	return merged;
}

function main(args: string[]): number {
	const check = args.includes('--check');
	const problems = copySeed(option(args, 'seed') ?? SEED.defaultSource, check);
	const text = `${JSON.stringify(buildSeedCollection(), null, '\t')}\n`;
	if (check) {
		if (!existsSync(outFile) || readFileSync(outFile, 'utf8') !== text)
			problems.push(`${outFile} is out of date: run npm run build:seed and commit the result`);
		for (const p of problems) process.stderr.write(`build:seed --check: ${p}\n`);
		return problems.length > 0 ? 1 : 0;
	}
	mkdirSync(dirname(outFile), { recursive: true });
	writeFileSync(outFile, text);
	const features = JSON.parse(text).features.length;
	process.stdout.write(`build:seed: wrote ${outFile} (${features} features)\n`);
	return 0;
}

process.exitCode = main(process.argv.slice(2));
