/**
 * The incident marks' read in a thread of its own, started for one read and ended after it: the
 * read allocates a few hundred MB over its seconds (rows, claims cut for marking, the grouping's
 * pages), and V8 keeps the heap it grew for them, so in the server's thread it left the process
 * 140 MB larger at a million synthetic claims. This thread's heap goes with it; what it answers
 * is the markable incidents' columns (markable-columns.ts), their typed arrays moved, not copied.
 * The read is of the stored marks when they are fresh, else of the whole store, whose marks it
 * then saves (incident-marks.ts `currentMarks`).
 * Bundled by the build into `<build>/marks-worker.js` (scripts/build-freshness.js); see marks.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { currentMarks, markStoreOf } from '../incident-marks';
import { openOpenedStore } from '../store/index';
import { transferablesOf } from '../markable-columns';
import type { MarksReply, MarksRequest } from './marks';

const port = parentPort;
if (!port) throw new Error('marks-worker.js runs only as a worker thread');
const { path } = workerData as MarksRequest;

async function read(): Promise<void> {
	const store = await openOpenedStore(path);
	let markable;
	try {
		markable = await currentMarks(markStoreOf(store));
	} finally {
		// Closed before the answer goes: the thread then has nothing left to do and ends by itself,
		// never stopped inside the database's native code.
		await store.close();
	}
	port!.postMessage({ kind: 'done', markable } satisfies MarksReply, transferablesOf(markable));
}

read().catch((error: unknown) =>
	port!.postMessage({
		kind: 'failed',
		message: error instanceof Error ? error.message : String(error)
	} satisfies MarksReply)
);
