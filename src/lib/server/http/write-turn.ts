/**
 * Which requests take the SQLite write gate (worker/write-gate.ts), so a worker's long ingest
 * transaction never makes the server's own writes wait inside SQLite, on the event loop. Reads
 * never take it: they would queue behind every ingest and correction. A read's only write, a
 * bearer token's last use, is queued for the gate's next turn without the read waiting for it.
 */

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The path whose POST is stored by a worker thread, which takes the gate itself. */
const INGEST_PATH = '/api/articles';

/** Reads that write: the single sign-on callback starts a session. */
const WRITING_READS = new Set(['/login/oidc/callback']);

/** Whether a request holds the write gate through all its handling (a write, not an ingest). */
export function holdsWriteGate(method: string, pathname: string): boolean {
	if (READ_METHODS.has(method)) return WRITING_READS.has(pathname);
	return !(method === 'POST' && pathname === INGEST_PATH);
}
