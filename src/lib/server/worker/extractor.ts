/**
 * Article extraction off the event loop: requests go to a pool of worker threads
 * (`$CLAIMSMAP_EXTRACT_WORKER`, the bundled extract-worker.js that scripts/serve.js points to; the
 * CLI's bulk ingest runs the TypeScript source through tsx), each to the worker with the fewest
 * pending. A worker extracts an article, or extracts and stores it in the server's database (an
 * SQLite file or PostgreSQL) through its own connection (the server's ingest: see ingest.ts). Without a worker file (unit tests,
 * `vite dev`) extraction runs in this thread. A worker that dies fails its pending requests and is
 * replaced.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ArticleInput } from '../../core/extract/article';
import { extractClaims, type ExtractOptions, type Extraction } from '../../core/extract/pipeline';
import { loadEntityTable } from '../entities';
import { loadDefaultGeocoder } from '../gazetteer';
import type { Actor, ArticleOutcome, IngestInput } from '../ingest';
import { storeWrites } from './write-gate';

/** Extracts one article; resolves to the same outcome `extractClaims` returns. */
export type Extractor = (input: ArticleInput, options: ExtractOptions) => Promise<Extraction>;

/** The database a worker stores into, and the crash test's fault delay for its store. */
export interface StoreTarget {
	/** An SQLite file's path or a `postgres://` URL, as `$CLAIMSMAP_DB` names them. */
	path: string;
	faultDelayMs: number;
}

/** Checks (again), extracts and stores one article in a worker thread; see ingest.ts. */
export type WorkerIngest = (
	input: IngestInput,
	target: StoreTarget,
	addedBy: Actor
) => Promise<ArticleOutcome>;

/** A message to the worker: extract an article, or extract and store it. */
export type ExtractRequest =
	| {
			id: number;
			job: 'extract';
			input: ArticleInput;
			/** Plain data only: the worker loads its own claimant table. */
			options: Omit<ExtractOptions, 'entities'>;
	  }
	| { id: number; job: 'ingest'; input: IngestInput; target: StoreTarget; addedBy: Actor };

/** The worker's answer: the job's result (an Extraction, or an ArticleOutcome), or its failure. */
export type ExtractReply =
	| { id: number; kind: 'done'; result: Extraction | ArticleOutcome }
	| { id: number; kind: 'failed'; message: string };

/**
 * A worker asks for this process's SQLite write gate before a transaction and gives it back
 * after (write-gate.ts); this thread answers `granted`.
 */
export type GateMessage =
	| { kind: 'lock'; lock: number }
	| { kind: 'unlock'; lock: number }
	| { kind: 'granted'; lock: number };

/** The jobs a message to the worker can ask for, as they are sent. */
type Job =
	| Omit<Extract<ExtractRequest, { job: 'extract' }>, 'id'>
	| Omit<Extract<ExtractRequest, { job: 'ingest' }>, 'id'>;

/** A pool of worker threads: its extractor and its ingest. */
export interface WorkerPool {
	extract: Extractor;
	ingest: WorkerIngest;
}

/** Extraction in the calling thread (the CLI and tests; the fallback without a worker file). */
export const extractInThread: Extractor = async (input, options) =>
	extractClaims(input, loadDefaultGeocoder(), {
		...options,
		entities: options.entities ?? loadEntityTable()
	});

interface Pending {
	resolve: (result: Extraction | ArticleOutcome) => void;
	reject: (error: Error) => void;
}

/**
 * Starts a worker thread running `file` (bundled JavaScript as it is, TypeScript through tsx),
 * with `workerData` for it.
 */
export function startWorker(file: string, workerData?: unknown): Worker {
	if (!file.endsWith('.ts')) return new Worker(file, { workerData });
	// A worker does not inherit tsx's loader: register it inside, then load the source.
	const api = import.meta.resolve('tsx/esm/api');
	const source = pathToFileURL(file).href;
	return new Worker(
		`import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(source)}); })`,
		{ eval: true, workerData }
	);
}

/** An extractor backed by one worker thread running the script at `workerFile`, started now. */
export function workerExtractor(workerFile: string): Extractor {
	return workerPool(workerFile, 1);
}

/** The worker threads a pool starts unless told: one per core but one, at least one, at most 4. */
export function defaultPoolSize(env: NodeJS.ProcessEnv = process.env): number {
	const asked = Number(env.CLAIMSMAP_EXTRACT_WORKERS);
	if (Number.isInteger(asked) && asked > 0) return asked;
	return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/**
 * An extractor backed by `size` worker threads running `workerFile`, started now; each request
 * goes to the worker with the fewest pending.
 */
export function workerPool(workerFile: string, size: number): Extractor {
	return startPool(workerFile, size).extract;
}

/**
 * `size` worker threads running `workerFile`, started now, for extraction and for ingest; each
 * request goes to the worker with the fewest pending.
 */
export function startPool(workerFile: string, size: number): WorkerPool {
	const slots = Array.from({ length: Math.max(1, size) }, () => workerSlot(workerFile));
	const run = (job: Job) => {
		let best = slots[0];
		for (const slot of slots) if (slot.pending() < best.pending()) best = slot;
		return best.run(job);
	};
	return {
		extract: (input, options) => {
			const { entities: _local, ...plain } = options;
			void _local;
			return run({ job: 'extract', input, options: plain }) as Promise<Extraction>;
		},
		ingest: (input, target, addedBy) =>
			run({ job: 'ingest', input, target, addedBy }) as Promise<ArticleOutcome>
	};
}

function workerSlot(workerFile: string): {
	run: (job: Job) => Promise<Extraction | ArticleOutcome>;
	pending: () => number;
} {
	let worker: Worker | null = null;
	let nextId = 1;
	const pending = new Map<number, Pending>();

	// The write gates this worker holds, by its number for each; given back if it dies.
	const holds = new Map<number, () => void>();

	const failAll = (error: Error) => {
		for (const p of pending.values()) p.reject(error);
		pending.clear();
		for (const release of holds.values()) release();
		holds.clear();
		worker = null;
	};
	const gate = (w: Worker, message: GateMessage) => {
		if (message.kind === 'unlock') {
			holds.get(message.lock)?.();
			holds.delete(message.lock);
		} else if (message.kind === 'lock') {
			void storeWrites.acquire().then((release) => {
				if (worker !== w) return release();
				holds.set(message.lock, release);
				w.postMessage({ kind: 'granted', lock: message.lock } satisfies GateMessage);
			});
		}
	};
	const start = (): Worker => {
		const w = startWorker(workerFile);
		w.on('message', (reply: ExtractReply | GateMessage) => {
			if (!('id' in reply)) return gate(w, reply);
			const p = pending.get(reply.id);
			if (!p) return;
			pending.delete(reply.id);
			if (pending.size === 0) w.unref();
			if (reply.kind === 'done') p.resolve(reply.result);
			else p.reject(new Error(`extraction failed: ${reply.message}`));
		});
		w.on('error', (error) => failAll(error));
		w.on('exit', (code) => failAll(new Error(`extraction worker exited (${code})`)));
		// An idle worker does not keep the process alive; a busy one does (see extract).
		w.unref();
		return w;
	};
	// Started at once, so the worker has read the gazetteer before the first article arrives.
	worker = start();
	return {
		pending: () => pending.size,
		run: (job) =>
			new Promise((resolve, reject) => {
				worker ??= start();
				const id = nextId++;
				pending.set(id, { resolve, reject });
				worker.ref();
				worker.postMessage({ id, ...job } as ExtractRequest);
			})
	};
}

let shared: WorkerPool | null | undefined;

/**
 * The process's pool of workers when $CLAIMSMAP_EXTRACT_WORKER names a file
 * ($CLAIMSMAP_EXTRACT_WORKERS of them, default {@link defaultPoolSize}), else null.
 */
export function defaultPool(): WorkerPool | null {
	if (shared === undefined) {
		const file = process.env.CLAIMSMAP_EXTRACT_WORKER;
		shared = file && existsSync(file) ? startPool(file, defaultPoolSize()) : null;
	}
	return shared;
}

/** The process's extractor: its pool's ({@link defaultPool}), else in-thread. */
export function defaultExtractor(): Extractor {
	return defaultPool()?.extract ?? extractInThread;
}
