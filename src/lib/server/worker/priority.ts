/**
 * Extraction threads run at a lower scheduling priority than the thread that answers requests:
 * when both want a core, the event loop gets it and an ingest waits, so a read is not slowed by
 * the extraction of other clients' articles (the load test in tests/e2e/api-hardening.test.ts).
 * Linux gives each thread its own nice value; elsewhere nothing changes.
 */
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** How many nice steps below its parent an extraction thread runs (nice 10: a tenth the weight). */
export const WORKER_NICE_STEPS = 10;

/** Lowest priority (highest nice value) Linux allows. */
const MAX_NICE = 19;

/** This thread's id for the kernel, where /proc tells it (Linux), else null. */
export function kernelThreadId(): number | null {
	try {
		const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
		return Number.isInteger(tid) && tid > 0 ? tid : null;
	} catch {
		return null;
	}
}

/**
 * Lowers the calling thread's priority by `steps` nice steps (never raises it; that would need
 * privileges). Returns the thread's new nice value, or null where threads have no priority of
 * their own or it cannot be changed.
 */
export function lowerThreadPriority(steps: number = WORKER_NICE_STEPS): number | null {
	const tid = kernelThreadId();
	if (tid === null) return null;
	try {
		const nice = Math.min(MAX_NICE, getPriority(tid) + steps);
		setPriority(tid, nice);
		return getPriority(tid);
	} catch {
		return null;
	}
}
