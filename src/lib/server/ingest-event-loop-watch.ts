/**
 * Helpers for the tests that an ingest never holds the server's event loop for long
 * (ingest-event-loop*.test.ts): a watch over the event loop and a claim-dense 2 MB article.
 *
 * A stretch is measured between ticks of a 1 ms timer, by this thread's own CPU time where Linux
 * tells it (/proc/thread-self/schedstat), so time this thread spends waiting for a core on a busy
 * machine does not count as blocking; elsewhere by the wall clock.
 */
import { existsSync, readFileSync } from 'node:fs';

/** The longest the event loop may be held at once during an ingest. */
export const MAX_BLOCK_MS = 50;

const SCHEDSTAT = '/proc/thread-self/schedstat';

/** This thread's CPU time in milliseconds, or null where the system does not tell it. */
function threadCpuMs(): number | null {
	if (!existsSync(SCHEDSTAT)) return null;
	return Number(readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]) / 1e6;
}

/** The longest stretch between ticks of a 1 ms timer, by wall clock and by this thread's CPU. */
export function watchEventLoop(): {
	stop: () => Promise<{ wallMs: number; cpuMs: number | null }>;
} {
	let wallMs = 0;
	let cpuMs: number | null = threadCpuMs() === null ? null : 0;
	let lastWall = performance.now();
	let lastCpu = threadCpuMs();
	let running = true;
	const tick = () => {
		const wall = performance.now();
		const cpu = threadCpuMs();
		wallMs = Math.max(wallMs, wall - lastWall);
		if (cpu !== null && lastCpu !== null) cpuMs = Math.max(cpuMs ?? 0, cpu - lastCpu);
		lastWall = wall;
		lastCpu = cpu;
		if (running) setTimeout(tick, 1);
	};
	setTimeout(tick, 1);
	return {
		// Stops after one more tick, so a block just before the call is counted.
		stop: () =>
			new Promise((resolve) =>
				setTimeout(() => {
					running = false;
					resolve({ wallMs, cpuMs });
				}, 5)
			)
	};
}

/** Invented reports of shelling, one in `every` sentences, padded with filler to 2 MB. */
export function createDenseArticle(every: number): string {
	const towns = ['Chuhuiv', 'Izium', 'Kupiansk', 'Balakliia', 'Lyman', 'Bakhmut', 'Orikhiv'];
	const filler = 'the committee met again in the afternoon and talked about the budget. ';
	let text = '';
	for (let i = 0; text.length < 2 * 1024 * 1024 - 200; i++) {
		text +=
			i % every === 0
				? `On day ${i} Russian forces shelled ${towns[(i / every) % towns.length]} again, the Ukrainian general staff said. `
				: filler;
	}
	return text;
}
