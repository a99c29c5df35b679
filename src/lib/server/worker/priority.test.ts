import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workerExtractor } from './extractor';
import { kernelThreadId, WORKER_NICE_STEPS } from './priority';

/** The nice value of each thread of this process (Linux: field 19 of /proc/self/task/N/stat). */
function threadNices(): Map<number, number> {
	const nices = new Map<number, number>();
	for (const tid of readdirSync('/proc/self/task')) {
		const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
		// Fields after the command name in parentheses start at field 3.
		nices.set(Number(tid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]));
	}
	return nices;
}

describe('extraction thread priority', () => {
	const tid = kernelThreadId();

	it('is known per thread on Linux', () => {
		expect(tid === null).toBe(process.platform !== 'linux');
	});

	it.runIf(tid !== null)(
		`runs an extraction worker ${WORKER_NICE_STEPS} nice steps below the thread that started it`,
		{ timeout: 60_000 },
		async () => {
			const before = threadNices();
			const mine = before.get(tid!)!;
			const extract = workerExtractor(
				fileURLToPath(new URL('./extract-worker.ts', import.meta.url))
			);
			const outcome = await extract(
				{
					text: 'Invented forces shelled a village.',
					title: 'A',
					publisher: null,
					url: null,
					published: null
				},
				{}
			);
			expect(outcome.kind).toBeDefined();
			const lowered = [...threadNices()].filter(([id, nice]) => !before.has(id) && nice > mine);
			expect(lowered.map(([, nice]) => nice)).toEqual([Math.min(19, mine + WORKER_NICE_STEPS)]);
		}
	);
});
