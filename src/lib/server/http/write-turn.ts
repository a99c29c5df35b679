/**
 * Which requests take the SQLite write gate (worker/write-gate.ts), so a worker's long ingest
 * transaction never makes the server's own writes wait inside SQLite, on the event loop.
 */

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The path whose POST is stored by a worker thread, which takes the gate itself. */
const INGEST_PATH = '/api/articles';

/** Reads that write: the single sign-on callback starts a session. */
const WRITING_READS = new Set(['/login/oidc/callback']);

/**
 * How long a request holds the gate: `request`, all its handling (a write); `guard`, only while
 * it is checked (a bearer token's last use may be recorded then; an article POST, whose worker
 * would otherwise wait for the gate this request holds); `none` for other reads.
 */
export type GateHold = 'none' | 'guard' | 'request';

/** The {@link GateHold} of a request. */
export function gateHold(method: string, pathname: string, bearer: boolean): GateHold {
	if (READ_METHODS.has(method)) {
		if (WRITING_READS.has(pathname)) return 'request';
		return bearer ? 'guard' : 'none';
	}
	return method === 'POST' && pathname === INGEST_PATH ? 'guard' : 'request';
}
