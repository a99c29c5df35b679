/**
 * `ingest PATH... [--publisher P] [--reextract] [--server URL]`: adds article files (.txt, .md,
 * .html), or every such file under a folder, to the store at $CLAIMSMAP_DB (default
 * data/claimsmap.db), or with --server to a running server through its API (authenticated with the
 * API token in $CLAIMSMAP_TOKEN). Shows a progress bar on a terminal and ends with a summary: added,
 * skipped as duplicates, failed with reasons. `--reextract` then re-extracts every stored article
 * with this version (corrections kept).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import type { ClaimCollection } from '../../lib/core/contract';
import { buildClaimCollection } from '../../lib/core/geojson/build';
import { isArticleFileName, readArticleFile } from '../../lib/core/ingest/file-metadata';
import { userInfo } from 'node:os';
import { loadDefaultGeocoder } from '../../lib/server/gazetteer';
import {
	looksBinary,
	reextractArticle,
	startBatch,
	storeBatch,
	type BatchOutcome,
	type IngestDeps,
	type IngestOutcome,
	type StartedBatch
} from '../../lib/server/ingest';
import { defaultPoolSize, workerPool } from '../../lib/server/worker/extractor';
import {
	closeStore,
	describeDatabase,
	getStore,
	SqliteClaimStore,
	type DuplicateReason
} from '../../lib/server/store/index';
import type { Command } from '../command';
import { cliWorkerFile } from '../worker-bundle';

/** Parsed arguments of `ingest`, or the problem with them. */
export type IngestArgs =
	| {
			kind: 'ok';
			paths: string[];
			publisher: string | null;
			reextract: boolean;
			server: string | null;
	  }
	| { kind: 'error'; message: string };

/** Parses `PATH... [--publisher P | --publisher=P] [--reextract] [--server URL]`. */
export function parseIngestArgs(args: string[]): IngestArgs {
	const paths: string[] = [];
	let publisher: string | null = null;
	let server: string | null = null;
	let reextract = false;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '--reextract') {
			reextract = true;
		} else if (arg.startsWith('--')) {
			const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
			if (name !== 'publisher' && name !== 'server')
				return { kind: 'error', message: `unknown option --${name}` };
			const value = inline ?? args[++i];
			if (value === undefined) return { kind: 'error', message: `--${name} needs a value` };
			if (name === 'publisher') publisher = value;
			else server = value.replace(/\/+$/, '');
		} else paths.push(arg);
	}
	if (paths.length === 0 && !reextract) {
		return { kind: 'error', message: 'missing PATH (files or folders)' };
	}
	if (server !== null && reextract)
		return { kind: 'error', message: '--reextract works on the local database, not with --server' };
	if (server !== null && !/^https?:\/\/[^/]/.test(server))
		return { kind: 'error', message: `--server '${server}' is not an http(s) URL` };
	return { kind: 'ok', paths, publisher, reextract, server };
}

function emptyCollection(): ClaimCollection {
	return buildClaimCollection([], { generator: 'server', gazetteer: 'server' });
}

/** Sends one article to a server's `POST /api/articles`, with the API token when there is one. */
export function remoteSubmitter(
	server: string,
	token: string | null
): (body: Record<string, unknown>) => Promise<IngestOutcome> {
	return async (body) => {
		const response = await fetch(`${server}/api/articles`, {
			method: 'POST',
			headers: {
				'content-type': 'application/json',
				...(token ? { authorization: `Bearer ${token}` } : {})
			},
			body: JSON.stringify(body)
		});
		const answer = (await response.json().catch(() => ({}))) as {
			articleId?: string;
			claims?: ClaimCollection;
			duplicate?: boolean;
			by?: DuplicateReason;
			message?: string;
		};
		if (response.status === 201 || (response.status === 200 && answer.duplicate)) {
			const claims = answer.claims ?? emptyCollection();
			return answer.duplicate
				? {
						kind: 'duplicate',
						articleId: String(answer.articleId),
						by: answer.by ?? 'text',
						claims
					}
				: { kind: 'added', articleId: String(answer.articleId), claims, warnings: [] };
		}
		const reason = `server answered ${response.status}: ${answer.message ?? response.statusText}`;
		return response.status === 413 ? { kind: 'too_large', reason } : { kind: 'invalid', reason };
	};
}

/** Who a local ingest records: the operating-system user, marked as the command line. */
export function localActor(): string {
	try {
		return `${userInfo().username} (cli)`;
	} catch {
		return 'cli';
	}
}

/** Re-extracts every stored article and regroups incidents; corrections and judgements stay. */
export async function reextractAll(deps?: IngestDeps): Promise<{ done: number; skipped: number }> {
	const store = deps?.store ?? (await getStore());
	let done = 0;
	let skipped = 0;
	for (const article of await store.listArticles()) {
		if (await reextractArticle(article.articleId, deps)) done++;
		else skipped++;
	}
	// Incidents are regrouped from scratch, oldest article first, as a fresh ingest would group them.
	await store.rebuildIncidents();
	return { done, skipped };
}

/** A file or path that could not be read as an article, with why. */
export interface Failure {
	path: string;
	reason: string;
}

/** Every article file under `paths` (folders walked recursively, in name order), and unusable paths. */
export function collectFiles(paths: readonly string[]): { files: string[]; failures: Failure[] } {
	const files: string[] = [];
	const failures: Failure[] = [];
	const walk = (path: string, explicit: boolean): void => {
		let stat;
		try {
			stat = statSync(path);
		} catch {
			failures.push({ path, reason: 'no such file or folder' });
			return;
		}
		if (stat.isDirectory()) {
			for (const name of readdirSync(path).sort()) {
				if (!name.startsWith('.')) walk(join(path, name), false);
			}
		} else if (isArticleFileName(path)) {
			files.push(path);
		} else if (explicit) {
			failures.push({ path, reason: 'not a .txt, .md or .html file' });
		}
	};
	for (const p of paths) walk(p, true);
	return { files: [...new Set(files)], failures };
}

/** What ingesting the files came to. */
export interface IngestSummary {
	added: { path: string; articleId: string; features: number }[];
	duplicates: { path: string; articleId: string; by: string }[];
	failed: Failure[];
}

function firstLine(text: string): string | null {
	const line = text
		.split(/\r?\n/)
		.map((l) => l.replace(/^#+\s*/, '').trim())
		.find((l) => l !== '');
	return line ? line.slice(0, 300) : null;
}

/** Reads one file into the JSON body the API takes, or a reason it cannot be. */
export function fileToSubmission(
	path: string,
	publisher: string | null
): { kind: 'ok'; body: Record<string, unknown> } | { kind: 'failed'; reason: string } {
	let bytes: Buffer;
	try {
		bytes = readFileSync(path);
	} catch (error) {
		return { kind: 'failed', reason: `cannot read: ${(error as Error).message}` };
	}
	let content: string;
	try {
		content = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
	} catch {
		return { kind: 'failed', reason: 'not UTF-8 text (binary file?)' };
	}
	if (looksBinary(content)) return { kind: 'failed', reason: 'binary file, not text' };
	const { text, metadata } = readArticleFile(path, content);
	const isHtml = /\.html?$/i.test(path);
	const title =
		metadata.title ?? (isHtml ? null : firstLine(text)) ?? basename(path, extname(path));
	return {
		kind: 'ok',
		body: {
			text,
			title,
			publisher: metadata.publisher ?? publisher,
			url: metadata.url ?? null,
			published: metadata.published ?? null
		}
	};
}

/** Files read, extracted and stored together in one bulk-ingest batch (one transaction). */
export const INGEST_BATCH = 32;

function record(summary: IngestSummary, path: string, outcome: BatchOutcome): void {
	if (outcome.kind === 'added') {
		summary.added.push({
			path,
			articleId: outcome.articleId,
			features: outcome.claims.features.length
		});
	} else if (outcome.kind === 'duplicate') {
		summary.duplicates.push({ path, articleId: outcome.articleId, by: outcome.by });
	} else {
		summary.failed.push({ path, reason: outcome.reason });
	}
}

/** A batch of files read, with the files that could not be read and the batch as it was begun. */
interface ReadBatch {
	start: number;
	paths: string[];
	bodies: { path: string; body: Record<string, unknown> }[];
	unread: Failure[];
	/** The local batch started (checked, being extracted), or why it could not be. */
	started: Promise<{ kind: 'ok'; batch: StartedBatch } | { kind: 'error'; message: string }> | null;
}

function readBatch(
	files: readonly string[],
	start: number,
	step: number,
	publisher: string | null,
	local: ((bodies: Record<string, unknown>[]) => Promise<StartedBatch>) | null
): ReadBatch {
	const paths = files.slice(start, start + step);
	const bodies: ReadBatch['bodies'] = [];
	const unread: Failure[] = [];
	for (const path of paths) {
		const submission = fileToSubmission(path, publisher);
		if (submission.kind === 'failed') unread.push({ path, reason: submission.reason });
		else bodies.push({ path, body: submission.body });
	}
	const started =
		local && bodies.length > 0
			? local(bodies.map((b) => b.body)).then(
					(batch) => ({ kind: 'ok' as const, batch }),
					(error: Error) => ({ kind: 'error' as const, message: error.message })
				)
			: null;
	return { start, paths, bodies, unread, started };
}

/**
 * Ingests `files`, reporting progress: into the local store in batches of {@link INGEST_BATCH}
 * (extracted concurrently by `deps`' extractor, stored one transaction per batch; the next batch
 * is read and its extraction started before this one is stored, so the workers need not wait for
 * this thread's writes), or one by one through `submit` (a server's API) when given.
 */
export async function ingestFiles(
	files: readonly string[],
	publisher: string | null,
	onProgress: (done: number, total: number, path: string) => void = () => {},
	deps?: IngestDeps,
	submit?: (body: Record<string, unknown>) => Promise<IngestOutcome>
): Promise<IngestSummary> {
	const summary: IngestSummary = { added: [], duplicates: [], failed: [] };
	const step = submit ? 1 : INGEST_BATCH;
	const by = localActor();
	const local = submit ? null : (bodies: Record<string, unknown>[]) => startBatch(bodies, deps, by);
	let next = files.length > 0 ? readBatch(files, 0, step, publisher, local) : null;
	while (next) {
		const current = next;
		const following = current.start + step;
		next = following < files.length ? readBatch(files, following, step, publisher, local) : null;
		onProgress(current.start, files.length, current.paths[0]);
		summary.failed.push(...current.unread);
		const { bodies } = current;
		if (bodies.length === 0) continue;
		try {
			let outcomes: BatchOutcome[];
			if (submit) outcomes = [await submit(bodies[0].body)];
			else {
				const started = await current.started!;
				if (started.kind === 'error') throw new Error(started.message);
				outcomes = await storeBatch(started.batch);
			}
			outcomes.forEach((outcome, i) => record(summary, bodies[i].path, outcome));
		} catch (error) {
			for (const { path } of bodies)
				summary.failed.push({ path, reason: (error as Error).message });
		}
	}
	onProgress(files.length, files.length, '');
	return summary;
}

/** The page cache of the CLI's SQLite connection during a bulk ingest, in MiB. */
export const BULK_CACHE_MIB = 64;

/**
 * What a local bulk ingest uses: the store and, for more than one file, a pool of extraction
 * workers running the bundled worker (worker-bundle.ts) or its TypeScript source through tsx. This
 * thread reads and stores, so the pool has one worker per core but one ({@link defaultPoolSize},
 * or $CLAIMSMAP_EXTRACT_WORKERS): on 2 cores a second worker cost more (its own gazetteer and
 * warm-up) than it gained. An SQLite store keeps {@link BULK_CACHE_MIB} of pages in memory.
 */
export async function localDeps(
	files: number,
	startPool: typeof workerPool = workerPool
): Promise<IngestDeps> {
	const store = await getStore();
	if (files < 2) return { store, geocoder: loadDefaultGeocoder };
	if (store instanceof SqliteClaimStore) store.setCacheSize(BULK_CACHE_MIB);
	const file = await cliWorkerFile();
	return { store, geocoder: loadDefaultGeocoder, extract: startPool(file, defaultPoolSize()) };
}

/** A one-line progress bar: `[#####.....]  5/10  file.txt`. */
export function progressBar(done: number, total: number, label: string, width = 24): string {
	const filled = total === 0 ? width : Math.round((done / total) * width);
	const bar = '#'.repeat(filled) + '.'.repeat(width - filled);
	const count = `${String(done).padStart(String(total).length)}/${total}`;
	return `[${bar}] ${count} ${label}`;
}

/** The summary as printed: counts, then one line per duplicate and failure. */
export function formatSummary(summary: IngestSummary, cwd = process.cwd()): string {
	const show = (p: string) => {
		const rel = relative(cwd, p);
		return rel && !rel.startsWith('..') ? rel : p;
	};
	const lines = [
		`added ${summary.added.length}, skipped ${summary.duplicates.length} as duplicates, failed ${summary.failed.length}`
	];
	for (const a of summary.added)
		lines.push(`  added      ${show(a.path)} → ${a.articleId} (${a.features} claim features)`);
	for (const d of summary.duplicates) {
		lines.push(`  duplicate  ${show(d.path)} (same ${d.by} as article ${d.articleId})`);
	}
	for (const f of summary.failed) lines.push(`  failed     ${show(f.path)}: ${f.reason}`);
	return lines.join('\n') + '\n';
}

/** The `ingest` command. */
export const ingestCommand: Command = {
	name: 'ingest',
	summary: 'PATH... add article files or folders (.txt .md .html) to the store ($CLAIMSMAP_DB)',
	async run(args) {
		const parsed = parseIngestArgs(args);
		if (parsed.kind === 'error') {
			process.stderr.write(
				`claimsmap ingest: ${parsed.message}\nUsage: npm run -s cli -- ingest PATH... [--publisher P] [--reextract] [--server URL]\n`
			);
			return 2;
		}
		const { files, failures } = collectFiles(parsed.paths);
		const tty = process.stderr.isTTY === true;
		if (parsed.paths.length > 0) {
			const into = parsed.server ?? describeDatabase();
			process.stderr.write(`ingesting ${files.length} file(s) into ${into}\n`);
		}
		const submit = parsed.server
			? remoteSubmitter(parsed.server, process.env.CLAIMSMAP_TOKEN || null)
			: undefined;
		const summary = await ingestFiles(
			files,
			parsed.publisher,
			(done, total, path) => {
				if (!tty) return;
				const columns = process.stderr.columns || 80;
				const line = progressBar(done, total, basename(path));
				process.stderr.write(`\r${line.slice(0, columns - 1).padEnd(columns - 1)}`);
				if (done === total) process.stderr.write('\n');
			},
			submit ? undefined : await localDeps(files.length),
			submit
		);
		summary.failed.unshift(...failures);
		const redone = parsed.reextract ? await reextractAll() : null;
		await closeStore();
		if (files.length > 0 || failures.length > 0) process.stdout.write(formatSummary(summary));
		if (redone) {
			process.stdout.write(
				`re-extracted ${redone.done} stored article(s); ${redone.skipped} without a stored text skipped\n`
			);
		}
		return summary.failed.length > 0 ? 1 : 0;
	}
};
