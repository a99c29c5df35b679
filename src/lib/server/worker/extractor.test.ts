import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workerExtractor, workerPool } from './extractor';

let dir: string;

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'claimsmap-worker-'));
});

afterEach(() => {
	rmSync(dir, { recursive: true, force: true });
});

/** A stand-in worker speaking the extractor's protocol: answers with the title, or dies on 'die'. */
function createWorkerFile(): string {
	const file = join(dir, 'worker.mjs');
	writeFileSync(
		file,
		`import { parentPort } from 'node:worker_threads';
import { threadId } from 'node:worker_threads';
parentPort.on('message', ({ id, input }) => {
	if (input.title === 'die') process.exit(3);
	if (input.title === 'thread') return setTimeout(() => parentPort.postMessage({ id, kind: 'done', result: { kind: 'rejected', reason: String(threadId) } }), 50);
	if (input.title === 'throw') return parentPort.postMessage({ id, kind: 'failed', message: 'boom' });
	setTimeout(() => parentPort.postMessage({ id, kind: 'done', result: { kind: 'rejected', reason: input.title } }), 20);
});
`
	);
	return file;
}

function createInput(title: string) {
	return { text: 'Some text.', title, publisher: null, url: null, published: null };
}

describe('workerExtractor', () => {
	it('answers each request with its own result, several at once', async () => {
		const extract = workerExtractor(createWorkerFile());
		const results = await Promise.all(['a', 'b', 'c'].map((t) => extract(createInput(t), {})));
		expect(results).toEqual(['a', 'b', 'c'].map((reason) => ({ kind: 'rejected', reason })));
	});

	it('rejects a failed extraction, and a dead worker is replaced for the next request', async () => {
		const extract = workerExtractor(createWorkerFile());
		await expect(extract(createInput('throw'), {})).rejects.toThrow(/boom/);
		await expect(extract(createInput('die'), {})).rejects.toThrow(/exited \(3\)/);
		expect(await extract(createInput('again'), {})).toEqual({ kind: 'rejected', reason: 'again' });
	});
});

describe('workerPool', () => {
	it('spreads requests over its workers', async () => {
		const extract = workerPool(createWorkerFile(), 2);
		const results = await Promise.all([1, 2, 3, 4].map(() => extract(createInput('thread'), {})));
		const threads = new Set(results.map((r) => (r.kind === 'rejected' ? r.reason : '')));
		expect(threads.size).toBe(2);
	});
});
