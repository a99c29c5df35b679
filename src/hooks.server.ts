/**
 * Server start-up and the request hook. At start: refuses to serve a reachable address with no
 * accounts (unless CLAIMSMAP_PUBLIC_READ=1); warns when started without scripts/serve.js; opens
 * (creating, migrating and seeding on first start) the claim store before the first request, so a
 * broken database shows at start rather than on a user's click; and reads the gazetteer (both
 * skipped when CLAIMSMAP_CLAIMS_FILE serves a file).
 * Every request passes the guard (server/http/guard.ts) and leaves with the security
 * headers.
 */
import type { Handle, ServerInit } from '@sveltejs/kit';
import { dev } from '$app/environment';
import type { WriteScheduler } from '$lib/server/auth/accounts';
import { getAccounts } from '$lib/server/auth/index';
import { readServerConfig, startupRefusal } from '$lib/server/auth/config';
import { WriteLimiter } from '$lib/server/auth/rate-limit';
import { guardRequest, LOGINS_PER_MINUTE, type GuardDeps } from '$lib/server/http/guard';
import { basemapOrigins, withSecurityHeaders } from '$lib/server/http/headers';
import { launchWarning } from '$lib/server/http/launch';
import { holdsWriteGate } from '$lib/server/http/write-turn';
import { defaultBasemapTiles } from '$lib/server/basemap/tiles';
import { loadDefaultGeocoder } from '$lib/server/gazetteer';
import { getStore } from '$lib/server/store/index';
import { defaultExtractor } from '$lib/server/worker/extractor';
import { storeWrites } from '$lib/server/worker/write-gate';

// `vite dev` listens on localhost unless told otherwise; adapter-node on every interface.
const config = readServerConfig(
	dev && !process.env.HOST ? { ...process.env, HOST: '127.0.0.1' } : process.env
);
const basemap = basemapOrigins();
let deps: GuardDeps | null = null;

/**
 * Runs a bookkeeping write (a token's last use) in the write gate's next turn, without making the
 * request that caused it wait for the ingests and corrections ahead of it.
 */
const inWriteTurn: WriteScheduler = async (write) => {
	void storeWrites.acquire().then(async (release) => {
		try {
			await write();
		} catch (error) {
			console.error("could not record an API token's last use:", error);
		} finally {
			release();
		}
	});
};

function guardDeps(): GuardDeps {
	deps ??= {
		config,
		accounts: getAccounts(),
		writes: new WriteLimiter(config.writesPerMinute),
		logins: new WriteLimiter(LOGINS_PER_MINUTE),
		now: () => Date.now(),
		later: inWriteTurn
	};
	return deps;
}

/** Refuses an unsafe exposure, then opens the store once at start. */
export const init: ServerInit = async () => {
	const refusal = startupRefusal(config, await getAccounts().countUsers());
	if (refusal) {
		console.error(refusal);
		process.exit(2);
	}
	const warning = launchWarning(process.env, dev);
	if (warning) console.warn(warning);
	// Cut the basemap's tiles now (about 0.2 s), not while the first page waits for them.
	defaultBasemapTiles();
	if (process.env.CLAIMSMAP_CLAIMS_FILE) return;
	await getStore();
	// Start the extraction worker, and read the gazetteer for place searches now (about half a
	// second), not on a user's first search while others wait.
	defaultExtractor();
	loadDefaultGeocoder();
};

/** Guards every request and adds the security headers to every answer. */
export const handle: Handle = async ({ event, resolve }) => {
	event.locals.principal = null;
	const { method } = event.request;
	// Writes wait here, asleep, while an ingest worker stores an article (worker/write-gate.ts).
	const release = holdsWriteGate(method, event.url.pathname) ? await storeWrites.acquire() : null;
	try {
		const refused = await guardRequest(event, guardDeps());
		const response = refused ?? (await resolve(event));
		return withSecurityHeaders(response, basemap);
	} finally {
		release?.();
	}
};
