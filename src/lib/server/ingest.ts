/**
 * Ingest: a submitted article (text and metadata) is checked, extracted with the default geocoder
 * and stored with all its claims in one transaction. Used by POST /api/articles and `cli ingest`.
 * On the server (an SQLite file or PostgreSQL), an article is checked here and then extracted,
 * stored and serialised in a worker thread (worker/extract-worker.ts), which runs this same
 * ingestArticle: storing 2,000 claims with their indexes holds its thread half a second, the event
 * loop none of it.
 */
import type { ClaimCollection } from '../core/contract';
import { isIsoDate } from '../core/extract/article';
import { extractClaims } from '../core/extract/pipeline';
import type { Geocoder } from '../core/geocode/types';
import { textProblem, unknownFields } from '../core/ingest/text-checks';
import { loadEntityTable } from './entities';
import { loadDefaultGeocoder } from './gazetteer';
import {
	defaultPool,
	extractInThread,
	type Extractor,
	type StoreTarget,
	type WorkerIngest
} from './worker/extractor';
import {
	databasePath,
	getStore,
	isPostgresUrl,
	type AddOutcome,
	type ClaimStore,
	type DuplicateReason,
	type NewArticle
} from './store/index';

/** Largest accepted article text: 2 MiB of UTF-8 (far above any news article). Larger is 413. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;

/**
 * Most claims one article may yield (413 over it): bounds the rows one request writes and the
 * features one answer carries. A long real article yields a few hundred.
 */
export const MAX_CLAIMS_PER_ARTICLE = 2000;

/** The fields an article submission may carry; any other is a 400 naming it. */
export const INGEST_FIELDS = ['text', 'title', 'publisher', 'url', 'published'] as const;

/** An article as submitted: raw text (plain, Markdown or HTML) and what is known about it. */
export interface IngestInput {
	text: string;
	title: string;
	publisher: string | null;
	url: string | null;
	published: string | null;
}

/** The outcome of checking a submission. */
export type InputCheck =
	| { kind: 'valid'; input: IngestInput }
	| { kind: 'invalid'; reason: string }
	| { kind: 'too_large'; reason: string };

/** The outcome of an ingest; `invalid` and `too_large` map to HTTP 400 and 413. */
export type IngestOutcome =
	| { kind: 'added'; articleId: string; claims: ClaimCollection; warnings: string[] }
	| { kind: 'duplicate'; articleId: string; by: DuplicateReason; claims: ClaimCollection }
	| { kind: 'invalid'; reason: string }
	| { kind: 'too_large'; reason: string };

/**
 * What {@link ingestArticle} answers: as {@link IngestOutcome}, with the claims as JSON text, made
 * in the thread that extracted them, so the server sends them without serialising 2,000 claims on
 * its event loop.
 */
export type ArticleOutcome =
	| { kind: 'added'; articleId: string; claimsJson: string; warnings: string[] }
	| { kind: 'duplicate'; articleId: string; by: DuplicateReason; claimsJson: string }
	| { kind: 'invalid'; reason: string }
	| { kind: 'too_large'; reason: string };

/** An {@link ArticleOutcome} with its claims parsed (for callers that count or read them). */
export function parsedOutcome(outcome: ArticleOutcome): IngestOutcome {
	if (outcome.kind === 'added' || outcome.kind === 'duplicate') {
		const { claimsJson, ...rest } = outcome;
		return { ...rest, claims: JSON.parse(claimsJson) as ClaimCollection };
	}
	return outcome;
}

/** What an ingest uses; tests pass their own store and geocoder. */
export interface IngestDeps {
	store: ClaimStore;
	geocoder: () => Geocoder;
	/** Runs the extraction (the server's worker thread); in this thread with `geocoder` when absent. */
	extract?: Extractor;
	/**
	 * Extracts and stores a checked article in a worker thread, into the SQLite file `store` is
	 * open on (the server's default); when absent, extraction goes through `extract` and storing
	 * happens in this thread.
	 */
	offThread?: (input: IngestInput, by: Actor) => Promise<ArticleOutcome>;
	/** Runs a store write holding the server's write gate (a worker's ingest; worker/write-gate.ts). */
	exclusive?: <T>(write: () => Promise<T>) => Promise<T>;
}

/** Who asks for an ingest: an account name, or null for the single local analyst. */
export type Actor = string | null;

/** True when the text holds bytes no article has: NUL, or many other control characters. */
export function looksBinary(text: string): boolean {
	let control = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0) return true;
		if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0xfffd) control++;
	}
	return control > Math.max(2, text.length * 0.01);
}

function optionalString(
	body: Record<string, unknown>,
	field: string
): { ok: true; value: string | null } | { ok: false; reason: string } {
	const value = body[field];
	if (value === undefined || value === null) return { ok: true, value: null };
	if (typeof value !== 'string') return { ok: false, reason: `${field} must be a string` };
	const problem = textProblem(field, value);
	if (problem) return { ok: false, reason: problem };
	const trimmed = value.replace(/\s+/g, ' ').trim();
	return { ok: true, value: trimmed === '' ? null : trimmed };
}

/** Checks an untrusted submission (parsed JSON), naming the first problem. */
export function checkIngestInput(body: unknown): InputCheck {
	if (!body || typeof body !== 'object' || Array.isArray(body)) {
		return { kind: 'invalid', reason: 'body must be a JSON object {text, title, ...}' };
	}
	const b = body as Record<string, unknown>;
	const unknown = unknownFields(b, INGEST_FIELDS);
	if (unknown.length > 0) {
		return {
			kind: 'invalid',
			reason: `unknown field${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (accepted: ${INGEST_FIELDS.join(', ')})`
		};
	}
	if (b.text === undefined || b.text === null)
		return { kind: 'invalid', reason: 'text is missing' };
	if (typeof b.text !== 'string') return { kind: 'invalid', reason: 'text must be a string' };
	// Counted without encoding: a 2 MB copy per request is work the event loop need not do.
	const bytes = Buffer.byteLength(b.text, 'utf8');
	if (bytes > MAX_TEXT_BYTES) {
		return {
			kind: 'too_large',
			reason: `text is ${bytes} bytes, over the limit of ${MAX_TEXT_BYTES} bytes (2 MB)`
		};
	}
	if (b.text.trim() === '') return { kind: 'invalid', reason: 'text is empty' };
	const textIssue = textProblem('text', b.text);
	if (textIssue?.includes('surrogate')) return { kind: 'invalid', reason: textIssue };
	if (looksBinary(b.text)) {
		return {
			kind: 'invalid',
			reason: 'text contains binary bytes; send plain text, Markdown or HTML'
		};
	}
	if (b.title === undefined || b.title === null)
		return { kind: 'invalid', reason: 'title is missing' };
	if (typeof b.title !== 'string') return { kind: 'invalid', reason: 'title must be a string' };
	const titleIssue = textProblem('title', b.title);
	if (titleIssue) return { kind: 'invalid', reason: titleIssue };
	const title = b.title.replace(/\s+/g, ' ').trim();
	if (title === '') return { kind: 'invalid', reason: 'title is empty' };
	if (title.length > 500) return { kind: 'invalid', reason: 'title is longer than 500 characters' };
	const publisher = optionalString(b, 'publisher');
	if (!publisher.ok) return { kind: 'invalid', reason: publisher.reason };
	const url = optionalString(b, 'url');
	if (!url.ok) return { kind: 'invalid', reason: url.reason };
	if (url.value !== null && !isHttpUrl(url.value)) {
		return { kind: 'invalid', reason: `url '${url.value}' is not an http(s) URL` };
	}
	const published = optionalString(b, 'published');
	if (!published.ok) return { kind: 'invalid', reason: published.reason };
	if (published.value !== null && !isIsoDate(published.value)) {
		return {
			kind: 'invalid',
			reason: `published '${published.value}' is not a date (expected YYYY-MM-DD)`
		};
	}
	return {
		kind: 'valid',
		input: {
			text: b.text,
			title,
			publisher: publisher.value,
			url: url.value,
			published: published.value
		}
	};
}

function isHttpUrl(value: string): boolean {
	try {
		const u = new URL(value);
		return u.protocol === 'http:' || u.protocol === 'https:';
	} catch {
		return false;
	}
}

/**
 * Lets other requests run. The steps of an ingest (checking, hashing, storing up to 2 MB of text)
 * are synchronous, and awaiting an already-settled promise does not yield, so without this they
 * would run back to back as one block of the event loop.
 */
function yieldToEventLoop(): Promise<void> {
	return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Where the process's worker threads store articles: its SQLite file or its PostgreSQL database
 * (the worker's own connection), unless claims live in memory. Storing in the worker keeps the
 * claims off the event loop: receiving 1,500 claims from a worker as objects, and serialising
 * them for the answer, each held it 20-30 ms; the worker's answer is their JSON text.
 */
export function workerStoreTarget(env: NodeJS.ProcessEnv = process.env): StoreTarget | null {
	const faultDelayMs = Number(env.CLAIMSMAP_FAULT_INGEST_DELAY_MS) || 0;
	if (isPostgresUrl(env.CLAIMSMAP_DB)) return { path: env.CLAIMSMAP_DB, faultDelayMs };
	const path = databasePath(env);
	if (path.endsWith(':memory:')) return null;
	return { path, faultDelayMs };
}

/** Deps that extract and store in a worker pool's threads, into the database `target`. */
export function offThreadDeps(
	store: ClaimStore,
	ingest: WorkerIngest,
	extract: Extractor,
	target: StoreTarget
): IngestDeps {
	return {
		store,
		geocoder: loadDefaultGeocoder,
		extract,
		offThread: (input, by) => ingest(input, target, by)
	};
}

async function defaultDeps(): Promise<IngestDeps> {
	const store = await getStore();
	const pool = defaultPool();
	const target = workerStoreTarget();
	if (pool && target) return offThreadDeps(store, pool.ingest, pool.extract, target);
	return { store, geocoder: loadDefaultGeocoder, extract: pool?.extract ?? extractInThread };
}

function extractorOf(deps: IngestDeps): Extractor {
	return (
		deps.extract ??
		(async (input, options) =>
			extractClaims(input, deps.geocoder(), { ...options, entities: loadEntityTable() }))
	);
}

async function existingClaims(store: ClaimStore, articleId: string): Promise<ClaimCollection> {
	return (
		(await store.articleClaims(articleId)) ?? (await store.allClaims({ includeRejected: false }))
	);
}

/** The 413 reason when an extraction has more claims than one article may have, else null. */
export function tooManyClaims(claims: ClaimCollection): string | null {
	const count = new Set(claims.features.map((f) => f.properties.claimId)).size;
	return count > MAX_CLAIMS_PER_ARTICLE
		? `the article yields ${count} claims, over the limit of ${MAX_CLAIMS_PER_ARTICLE} per article; split it`
		: null;
}

/** The claims of a stored article as JSON text. */
async function existingJson(store: ClaimStore, articleId: string): Promise<string> {
	return JSON.stringify(await existingClaims(store, articleId));
}

/**
 * Checks, extracts and stores one article (skipping extraction when it is a known duplicate),
 * recording `by` as who added it; in a worker thread when `deps` says so.
 */
export async function ingestArticle(
	body: unknown,
	deps?: IngestDeps,
	by: Actor = null
): Promise<ArticleOutcome> {
	const check = checkIngestInput(body);
	if (check.kind !== 'valid') return check;
	const used = deps ?? (await defaultDeps());
	const { store } = used;
	const { input } = check;
	if (used.offThread) return used.offThread(input, by);
	await yieldToEventLoop();
	const known = await store.findDuplicate(input.text, input.url);
	if (known)
		return { kind: 'duplicate', ...known, claimsJson: await existingJson(store, known.articleId) };
	const extraction = await extractorOf(used)(input, { maxChars: MAX_TEXT_BYTES });
	if (extraction.kind === 'rejected') return { kind: 'invalid', reason: extraction.reason };
	const { article, collection, warnings } = extraction;
	const tooMany = tooManyClaims(collection);
	if (tooMany) return { kind: 'too_large', reason: tooMany };
	await yieldToEventLoop();
	const exclusive: NonNullable<IngestDeps['exclusive']> = used.exclusive ?? ((write) => write());
	const stored = await exclusive(() =>
		store.addArticle({
			articleId: article.articleId,
			title: article.title,
			publisher: article.publisher,
			url: article.url,
			published: article.published,
			text: input.text,
			claims: collection,
			addedBy: by
		})
	);
	if (stored.kind === 'duplicate') {
		const { articleId, by } = stored;
		return { kind: 'duplicate', articleId, by, claimsJson: await existingJson(store, articleId) };
	}
	await yieldToEventLoop();
	const claimsJson = JSON.stringify(collection);
	return { kind: 'added', articleId: stored.articleId, claimsJson, warnings };
}

/** An ingest in a batch: its outcome, or why storing it failed. */
export type BatchOutcome = IngestOutcome | { kind: 'failed'; reason: string };

type Prepared = { kind: 'ready'; article: NewArticle; warnings: string[] } | BatchOutcome;

/** Extracts a checked article into the row it would be stored as, or why it cannot be. */
async function extractChecked(input: IngestInput, deps: IngestDeps, by: Actor): Promise<Prepared> {
	try {
		const extraction = await extractorOf(deps)(input, { maxChars: MAX_TEXT_BYTES });
		if (extraction.kind === 'rejected') return { kind: 'invalid', reason: extraction.reason };
		const { article, collection, warnings } = extraction;
		const tooMany = tooManyClaims(collection);
		if (tooMany) return { kind: 'too_large', reason: tooMany };
		return {
			kind: 'ready',
			warnings,
			article: {
				articleId: article.articleId,
				title: article.title,
				publisher: article.publisher,
				url: article.url,
				published: article.published,
				text: input.text,
				claims: collection,
				addedBy: by
			}
		};
	} catch (error) {
		return { kind: 'failed', reason: (error as Error).message };
	}
}

/**
 * An article of a started batch: refused when checked, or checked and (unless the store already
 * held it when the batch started) being extracted. The promise never rejects.
 */
type Begun =
	| { kind: 'refused'; outcome: BatchOutcome }
	| { kind: 'checked'; input: IngestInput; extraction: Promise<Prepared> | null };

async function begin(body: unknown, deps: IngestDeps, by: Actor): Promise<Begun> {
	const check = checkIngestInput(body);
	if (check.kind !== 'valid') return { kind: 'refused', outcome: check };
	const { input } = check;
	// A text stored already is not extracted again (a folder ingested twice costs little).
	const known = await deps.store.findDuplicate(input.text, input.url);
	return { kind: 'checked', input, extraction: known ? null : extractChecked(input, deps, by) };
}

/**
 * The outcome of a begun article against the store as it is now, which may hold more than when
 * its extraction started (the batches before it): a duplicate wins over the extraction's outcome,
 * as when the article is checked against the store first and extracted after.
 */
async function prepare(begun: Begun, deps: IngestDeps, by: Actor): Promise<Prepared> {
	if (begun.kind === 'refused') return begun.outcome;
	const { input } = begun;
	const known = await deps.store.findDuplicate(input.text, input.url);
	if (known)
		return {
			kind: 'duplicate',
			...known,
			claims: await existingClaims(deps.store, known.articleId)
		};
	return begun.extraction ?? extractChecked(input, deps, by);
}

/**
 * A batch whose articles are checked and being extracted (the extractor's worker pool sets how
 * many at once); {@link storeBatch} stores it. Starting the next batch before storing this one
 * keeps the workers extracting while this thread writes.
 */
export interface StartedBatch {
	deps: IngestDeps;
	by: Actor;
	begun: Begun[];
}

/** Checks `bodies` and starts extracting them; see {@link StartedBatch}. */
export async function startBatch(
	bodies: readonly unknown[],
	deps?: IngestDeps,
	by: Actor = null
): Promise<StartedBatch> {
	const used = deps ?? (await defaultDeps());
	const begun = await Promise.all(bodies.map((body) => begin(body, used, by)));
	return { deps: used, by, begun };
}

/**
 * Stores a started batch in one transaction once its extractions are done, so a bulk ingest
 * pays for one commit per batch rather than per article. When the batch cannot be stored whole,
 * each article is stored on its own so one bad article fails alone. Outcomes in input order.
 */
export async function storeBatch(batch: StartedBatch): Promise<BatchOutcome[]> {
	const { deps: used, by } = batch;
	const prepared = await Promise.all(batch.begun.map((begun) => prepare(begun, used, by)));
	const ready = prepared.flatMap((p, i) => (p.kind === 'ready' ? [{ i, ...p }] : []));
	const out = prepared as BatchOutcome[];
	const settle = async (i: number, article: NewArticle, stored: AddOutcome, warnings: string[]) => {
		out[i] =
			stored.kind === 'added'
				? { kind: 'added', articleId: stored.articleId, claims: article.claims, warnings }
				: {
						kind: 'duplicate',
						articleId: stored.articleId,
						by: stored.by,
						claims: await existingClaims(used.store, stored.articleId)
					};
	};
	if (ready.length === 0) return out;
	await yieldToEventLoop();
	try {
		const stored = await used.store.addArticles(ready.map((r) => r.article));
		for (const [k, r] of ready.entries()) await settle(r.i, r.article, stored[k], r.warnings);
	} catch {
		for (const r of ready) {
			try {
				await settle(r.i, r.article, await used.store.addArticle(r.article), r.warnings);
			} catch (error) {
				out[r.i] = { kind: 'failed', reason: (error as Error).message };
			}
		}
	}
	return out;
}

/** Ingests several articles: {@link startBatch}, then {@link storeBatch}. Outcomes in input order. */
export async function ingestBatch(
	bodies: readonly unknown[],
	deps?: IngestDeps,
	by: Actor = null
): Promise<BatchOutcome[]> {
	return storeBatch(await startBatch(bodies, deps, by));
}

/** Re-extracts a stored article with the current extractor; its corrections are kept. */
export async function reextractArticle(articleId: string, deps?: IngestDeps): Promise<boolean> {
	const used = deps ?? (await defaultDeps());
	const stored = await used.store.getArticle(articleId);
	if (!stored || stored.text.trim() === '') return false;
	const extraction = await extractorOf(used)(
		{
			text: stored.text,
			title: stored.title,
			publisher: stored.publisher,
			url: stored.url,
			published: stored.published
		},
		{ maxChars: MAX_TEXT_BYTES }
	);
	if (extraction.kind === 'rejected') return false;
	return used.store.replaceClaims(articleId, extraction.collection);
}
