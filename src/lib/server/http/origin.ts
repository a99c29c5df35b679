/**
 * Cross-site write protection on the server: a write whose Origin is another site is refused even
 * when it is JSON (a browser's preflight only protects browsers that send one), and the Host a
 * request names must be one the server is known by (against DNS rebinding to a local server).
 */

function hostOf(origin: string): string | null {
	try {
		const url = new URL(origin);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.host.toLowerCase() : null;
	} catch {
		return null;
	}
}

/** The outcome of checking where a request comes from. */
export type OriginVerdict = { kind: 'allow' } | { kind: 'deny'; reason: string };

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** What the check needs to know about a request. */
export interface OriginRequest {
	method: string;
	/** The URL as the server sees it (adapter-node: ORIGIN, else the Host header). */
	url: URL;
	/** The Origin header, or null when none was sent (scripts, the CLI, curl). */
	origin: string | null;
	/** The Sec-Fetch-Site header, or null. */
	fetchSite: string | null;
}

/**
 * Checks a request. Host is checked on writes, and on every request to a server only this machine
 * reaches (a page on another site could otherwise read it through a rebound DNS name).
 */
export function checkOrigin(
	request: OriginRequest,
	allowedHosts: readonly string[],
	localBind: boolean
): OriginVerdict {
	const write = !READ_METHODS.has(request.method);
	if (!write && !localBind) return { kind: 'allow' };
	const host = request.url.hostname.toLowerCase();
	if (!allowedHosts.includes(host)) {
		return {
			kind: 'deny',
			reason: `host '${host}' is not one this server answers to; add it to CLAIMSMAP_ALLOWED_HOSTS or set ORIGIN`
		};
	}
	if (!write) return { kind: 'allow' };
	// Host and port are compared, not the scheme: adapter-node takes every request for https unless
	// ORIGIN or PROTOCOL_HEADER says otherwise, and one host:port serves one scheme anyway.
	if (request.origin !== null && hostOf(request.origin) !== request.url.host.toLowerCase()) {
		return {
			kind: 'deny',
			reason: `cross-site write refused: origin '${request.origin}' is not this server (${request.url.host})`
		};
	}
	if (request.origin === null && request.fetchSite === 'cross-site') {
		return { kind: 'deny', reason: 'cross-site write refused' };
	}
	return { kind: 'allow' };
}
