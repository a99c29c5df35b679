/**
 * The extraction worker thread: loads the gazetteer once, then answers one job per message, so a
 * long article never holds up the server's event loop: `extract` returns an article's claims;
 * `ingest` checks, extracts and stores an article in the server's database (an SQLite file or
 * PostgreSQL) through this thread's own connection, returning the claims already as JSON text (storing 2,000 claims with their indexes
 * takes half a second; serialising them for the answer tens of milliseconds). Bundled by the build
 * into `<build>/extract-worker.js` (scripts/build-freshness.js); see extractor.ts for the other side.
 */
import { parentPort } from 'node:worker_threads';
import { extractClaims } from '../../core/extract/pipeline';
import { loadEntityTable } from '../entities';
import { loadDefaultGeocoder } from '../gazetteer';
import { ingestArticle, type IngestDeps } from '../ingest';
import { openConfiguredStore } from '../store/index';
import { lowerThreadPriority } from './priority';
import type { ClaimStore } from '../store/types';
import type { ExtractRequest, ExtractReply, GateMessage, StoreTarget } from './extractor';

const port = parentPort;
if (!port) throw new Error('extract-worker.js runs only as a worker thread');
// Requests come first: the event loop wins a core over extraction (priority.ts).
lowerThreadPriority();
const geocoder = loadDefaultGeocoder();
const entities = loadEntityTable();

/** This thread's connection to each database it stores into, opened on its first ingest. */
const stores = new Map<string, Promise<ClaimStore>>();

function storeFor(target: StoreTarget): Promise<ClaimStore> {
	let store = stores.get(target.path);
	if (!store) {
		// The server opened, migrated and seeded the database before its first ingest.
		store = openConfiguredStore(
			{ CLAIMSMAP_DB: target.path },
			{ seed: null, faultDelayMs: target.faultDelayMs }
		);
		stores.set(target.path, store);
	}
	return store;
}

let nextLock = 1;
const granted = new Map<number, () => void>();

/** Runs `write` holding the server thread's write gate (write-gate.ts), so it never waits on us. */
async function exclusive<T>(write: () => Promise<T>): Promise<T> {
	const lock = nextLock++;
	await new Promise<void>((resolve) => {
		granted.set(lock, resolve);
		port!.postMessage({ kind: 'lock', lock } satisfies GateMessage);
	});
	try {
		return await write();
	} finally {
		port!.postMessage({ kind: 'unlock', lock } satisfies GateMessage);
	}
}

async function run(request: ExtractRequest): Promise<ExtractReply> {
	if (request.job === 'extract') {
		const extraction = extractClaims(request.input, geocoder, { ...request.options, entities });
		return { id: request.id, kind: 'done', result: extraction };
	}
	const deps: IngestDeps = {
		store: await storeFor(request.target),
		geocoder: () => geocoder,
		extract: async (input, options) => extractClaims(input, geocoder, { ...options, entities }),
		exclusive
	};
	const outcome = await ingestArticle(request.input, deps, request.addedBy);
	return { id: request.id, kind: 'done', result: outcome };
}

port.on('message', (request: ExtractRequest | GateMessage) => {
	if (!('job' in request)) {
		if (request.kind === 'granted') granted.get(request.lock)?.();
		granted.delete(request.lock);
		return;
	}
	run(request).then(
		(reply) => port.postMessage(reply),
		(error: Error) => port.postMessage({ id: request.id, kind: 'failed', message: error.message })
	);
});
