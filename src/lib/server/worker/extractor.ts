/**
 * Article extraction for the server, off the event loop: requests go to one worker thread
 * (`$CLAIMSMAP_EXTRACT_WORKER`, the bundled extract-worker.js that scripts/serve.js points to) and
 * are answered in order. Without a worker file (the CLI, unit tests, `vite dev`) extraction runs
 * in this thread, as before. A worker that dies fails its pending requests and is replaced.
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { ArticleInput } from '../../core/extract/article';
import { extractClaims, type ExtractOptions, type Extraction } from '../../core/extract/pipeline';
import { loadEntityTable } from '../entities';
import { loadDefaultGeocoder } from '../gazetteer';

/** Extracts one article; resolves to the same outcome `extractClaims` returns. */
export type Extractor = (input: ArticleInput, options: ExtractOptions) => Promise<Extraction>;

/** A message to the worker. */
export interface ExtractRequest {
	id: number;
	input: ArticleInput;
	/** Plain data only: the worker loads its own claimant table. */
	options: Omit<ExtractOptions, 'entities'>;
}

/** The worker's answer. */
export type ExtractReply =
	| { id: number; kind: 'done'; extraction: Extraction }
	| { id: number; kind: 'failed'; message: string };

/** Extraction in the calling thread (the CLI and tests; the fallback without a worker file). */
export const extractInThread: Extractor = async (input, options) =>
	extractClaims(input, loadDefaultGeocoder(), {
		...options,
		entities: options.entities ?? loadEntityTable()
	});

interface Pending {
	resolve: (extraction: Extraction) => void;
	reject: (error: Error) => void;
}

/** An extractor backed by one worker thread running the script at `workerFile`, started now. */
export function workerExtractor(workerFile: string): Extractor {
	let worker: Worker | null = null;
	let nextId = 1;
	const pending = new Map<number, Pending>();

	const failAll = (error: Error) => {
		for (const p of pending.values()) p.reject(error);
		pending.clear();
		worker = null;
	};
	const start = (): Worker => {
		const w = new Worker(workerFile);
		w.on('message', (reply: ExtractReply) => {
			const p = pending.get(reply.id);
			if (!p) return;
			pending.delete(reply.id);
			if (reply.kind === 'done') p.resolve(reply.extraction);
			else p.reject(new Error(`extraction failed: ${reply.message}`));
		});
		w.on('error', (error) => failAll(error));
		w.on('exit', (code) => failAll(new Error(`extraction worker exited (${code})`)));
		// An idle worker does not keep the process alive.
		w.unref();
		return w;
	};
	// Started at once, so the worker has read the gazetteer before the first article arrives.
	worker = start();
	return (input, options) =>
		new Promise<Extraction>((resolve, reject) => {
			worker ??= start();
			const id = nextId++;
			pending.set(id, { resolve, reject });
			const { entities: _local, ...plain } = options;
			void _local;
			worker.postMessage({ id, input, options: plain } satisfies ExtractRequest);
		});
}

let shared: Extractor | null = null;

/** The process's extractor: the worker when $CLAIMSMAP_EXTRACT_WORKER names a file, else in-thread. */
export function defaultExtractor(): Extractor {
	if (!shared) {
		const file = process.env.CLAIMSMAP_EXTRACT_WORKER;
		shared = file && existsSync(file) ? workerExtractor(file) : extractInThread;
	}
	return shared;
}
