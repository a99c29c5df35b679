/**
 * Reads the incident marks in a worker thread (`$CLAIMSMAP_MARKS_WORKER`, the bundled
 * marks-worker.js that scripts/serve.js points to) started for the read and ended after it, so
 * the heap the read grows goes with the thread instead of staying with the server. Without a
 * worker file (unit tests, `vite dev`) or for a store in memory, the read runs in this thread.
 */
import type { Markable } from '../markable-columns';
import { startWorker } from './extractor';

/** What the worker reads: a store, as `$CLAIMSMAP_DB` names it (an SQLite file or a URL). */
export interface MarksRequest {
	path: string;
}

/** The worker's one answer. */
export type MarksReply = { kind: 'done'; markable: Markable } | { kind: 'failed'; message: string };

/** How long a worker that has answered may take to end by itself before it is stopped. */
const WORKER_GRACE_MS = 10_000;

/**
 * The markable incidents of the store at `path`, read in a worker thread running `workerFile`;
 * `onExit` hears the thread's exit code (0 when it ended by itself).
 */
export function readMarkableInWorker(
	workerFile: string,
	path: string,
	onExit?: (code: number) => void
): Promise<Markable> {
	const worker = startWorker(workerFile, { path } satisfies MarksRequest);
	if (onExit) worker.once('exit', onExit);
	return new Promise<Markable>((resolve, reject) => {
		worker.once('message', (reply: MarksReply) => {
			if (reply.kind === 'done') resolve(reply.markable);
			else reject(new Error(`incident marks: ${reply.message}`));
			// The worker has closed its store and ends by itself; one that does not is stopped
			// after a grace period (stopping it at once could land inside the database's native code).
			const stop = setTimeout(() => void worker.terminate(), WORKER_GRACE_MS);
			stop.unref();
			worker.once('exit', () => clearTimeout(stop));
		});
		worker.once('error', reject);
		worker.once('exit', (code) => reject(new Error(`incident marks: worker exited (${code})`)));
	});
}
