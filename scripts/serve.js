/**
 * Serves the production build (the folder of `buildDir()`) like `node build`, but gives every
 * response the baseline security headers first, including the static files adapter-node serves
 * before SvelteKit's hooks run. SvelteKit's own answers then set their full headers (CSP with a
 * nonce for pages) over these, and article extraction runs in the bundled worker thread. Every
 * answer says what it cost the server in `Server-Timing` (server-timing.js). PORT,
 * HOST (default 127.0.0.1) and SOCKET_PATH are respected.
 */
import { createServer } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { buildDir, MARKS_WORKER_FILE, WORKER_FILE } from './build-freshness.js';
import { cpuWaitClock, timeResponse } from './server-timing.js';

/**
 * Headers of every response; src/lib/server/http/headers.ts sets the same on SvelteKit's answers
 * (pages: the full policy; API: `default-src 'none'`). A static file's CSP governs only documents
 * and workers it starts: MapLibre's worker script runs under it, so it must not forbid fetching the
 * basemap and the claims; it only forbids framing, plugins and a foreign <base>.
 */
export const BASELINE_HEADERS = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'x-frame-options': 'DENY',
	'cross-origin-opener-policy': 'same-origin',
	'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
	'content-security-policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'"
};

const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 3000);
// adapter-node's handler reads HOST for the start-up check in hooks.server.ts; keep them in step.
process.env.HOST = host;
// Extraction runs in this worker thread, off the event loop (src/lib/server/worker/extractor.ts).
const worker = join(buildDir(), WORKER_FILE);
if (existsSync(worker)) process.env.CLAIMSMAP_EXTRACT_WORKER = worker;
// The incident marks are read in a thread of their own (src/lib/server/worker/marks.ts).
const marksWorker = join(buildDir(), MARKS_WORKER_FILE);
if (existsSync(marksWorker)) process.env.CLAIMSMAP_MARKS_WORKER = marksWorker;
const { handler } = await import(pathToFileURL(join(buildDir(), 'handler.js')).href);

const cpuWait = cpuWaitClock();

const server = createServer((req, res) => {
	timeResponse(res, cpuWait);
	for (const [name, value] of Object.entries(BASELINE_HEADERS)) res.setHeader(name, value);
	handler(req, res, () => {
		res.statusCode = 404;
		res.setHeader('content-type', 'text/plain; charset=utf-8');
		res.end('404 not found\n');
	});
});
server.keepAliveTimeout = 5_000;

const socketPath = process.env.SOCKET_PATH;
if (socketPath) server.listen(socketPath, () => console.log(`Listening on ${socketPath}`));
else {
	server.listen(port, host, () => {
		const shown = host.includes(':') ? `[${host}]` : host;
		console.log(`Listening on http://${shown}:${port}`);
	});
}

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.on(signal, () => {
		server.close(() => process.exit(0));
		server.closeIdleConnections();
		setTimeout(() => process.exit(0), 5_000).unref();
	});
}
