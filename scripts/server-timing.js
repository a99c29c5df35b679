/**
 * The `Server-Timing` header of every answer (scripts/serve.js): `app`, the time from the
 * request's arrival in the server process to its status line and headers (for a JSON answer, its
 * whole body being ready), and on Linux `cpu-wait`, how much of that time the server's thread was
 * ready to run but waiting for a core (/proc/thread-self/schedstat). On a machine busy with other
 * work, `app` minus `cpu-wait` is the server's own time; the load test judges reads on it.
 */
import { closeSync, openSync, readSync } from 'node:fs';

const SCHEDSTAT = '/proc/thread-self/schedstat';

/**
 * A reader of the calling thread's total wait for a core, in milliseconds, or null where the
 * system does not tell it. The file stays open: one read costs about two microseconds.
 * @returns {(() => number) | null}
 */
export function cpuWaitClock() {
	let fd;
	try {
		fd = openSync(SCHEDSTAT, 'r');
	} catch {
		return null;
	}
	const buffer = Buffer.alloc(96);
	const read = () => {
		const n = readSync(fd, buffer, 0, buffer.length, 0);
		// "<ns on a core> <ns waiting for a core> <timeslices>"
		return Number(buffer.toString('latin1', 0, n).split(' ')[1]) / 1e6;
	};
	try {
		if (!Number.isFinite(read())) throw new Error('unreadable');
	} catch {
		closeSync(fd);
		return null;
	}
	return read;
}

/**
 * Makes `res` carry `Server-Timing` when its headers are written.
 * @param {import('node:http').ServerResponse} res
 * @param {(() => number) | null} cpuWait the thread's {@link cpuWaitClock}
 */
export function timeResponse(res, cpuWait) {
	const started = performance.now();
	const waitedBefore = cpuWait?.() ?? 0;
	const writeHead = res.writeHead;
	/** @type {typeof res.writeHead} */
	const timed = function (...args) {
		if (!res.headersSent) {
			const app = `app;dur=${(performance.now() - started).toFixed(1)}`;
			const waited = cpuWait ? `, cpu-wait;dur=${(cpuWait() - waitedBefore).toFixed(1)}` : '';
			res.setHeader('server-timing', app + waited);
		}
		return writeHead.apply(res, /** @type {Parameters<typeof res.writeHead>} */ (args));
	};
	res.writeHead = timed;
}
