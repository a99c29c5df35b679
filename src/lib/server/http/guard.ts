/**
 * The server's front door, run by the `handle` hook on every request before routing: a malformed
 * URL (path or query string) is a 400, a write from another site or to an unknown host a 403, then who is asking is
 * established (session cookie or bearer token) and the access policy and write rate limit applied,
 * and an unknown route is a 404. Answers are JSON for the API and short text for pages.
 */
import { json, type RequestEvent } from '@sveltejs/kit';
import { writeNow, type AccountStore, type Principal, type WriteScheduler } from '../auth/accounts';
import type { ServerConfig } from '../auth/config';
import { decideAccess } from '../auth/policy';
import type { WriteLimiter } from '../auth/rate-limit';
import { checkOrigin } from './origin';
import { malformedPath, malformedQuery } from './request-checks';

/** Name of the login session cookie. */
export const SESSION_COOKIE = 'claimsmap_session';

/** Logins one address may attempt per minute (each also costs a deliberately slow scrypt). */
export const LOGINS_PER_MINUTE = 10;

/** What the guard uses; the hook passes the process's own. */
export interface GuardDeps {
	config: ServerConfig;
	accounts: AccountStore;
	writes: WriteLimiter;
	logins: WriteLimiter;
	now: () => number;
	/** Runs the bookkeeping write of a token's last use (the hook: later, in the write gate's turn). */
	later: WriteScheduler;
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A refusal in the form the client reads: JSON for the API, plain text elsewhere. */
export function problem(
	event: Pick<RequestEvent, 'url'>,
	status: number,
	message: string,
	headers: Record<string, string> = {}
): Response {
	const error =
		{
			400: 'bad request',
			401: 'unauthorized',
			403: 'forbidden',
			404: 'not found',
			409: 'conflict',
			413: 'payload too large'
		}[status] ?? (status === 429 ? 'too many requests' : 'error');
	if (event.url.pathname.startsWith('/api/'))
		return json(
			{ error, message },
			{ status, headers: { 'cache-control': 'no-store', ...headers } }
		);
	return new Response(`${status} ${error}: ${message}\n`, {
		status,
		headers: {
			'content-type': 'text/plain; charset=utf-8',
			'cache-control': 'no-store',
			...headers
		}
	});
}

/**
 * The account a request proves, `invalid` for a bad bearer token, or null. A token's last use is
 * recorded through `later`.
 */
export async function authenticate(
	event: Pick<RequestEvent, 'request' | 'cookies'>,
	accounts: AccountStore,
	later: WriteScheduler = writeNow
): Promise<Principal | 'invalid' | null> {
	const header = event.request.headers.get('authorization');
	if (header) {
		const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
		return (match && (await accounts.tokenPrincipal(match[1], later))) || 'invalid';
	}
	const session = event.cookies.get(SESSION_COOKIE);
	return session ? accounts.sessionPrincipal(session) : null;
}

function clientKey(event: RequestEvent, principal: Principal | null): string {
	if (principal) return `user:${principal.userId}`;
	try {
		return `ip:${event.getClientAddress()}`;
	} catch {
		return 'ip:unknown';
	}
}

/** Checks a request; a Response to answer with, or null to let the route handle it. */
export async function guardRequest(event: RequestEvent, deps: GuardDeps): Promise<Response | null> {
	const { url, request } = event;
	const malformed = malformedPath(url.pathname) ?? malformedQuery(url.search);
	if (malformed) return problem(event, 400, malformed);
	const origin = checkOrigin(
		{
			method: request.method,
			url,
			origin: request.headers.get('origin'),
			fetchSite: request.headers.get('sec-fetch-site')
		},
		deps.config.allowedHosts,
		deps.config.localBind
	);
	if (origin.kind === 'deny') return problem(event, 403, origin.reason);

	const found = await authenticate(event, deps.accounts, deps.later);
	if (found === 'invalid')
		return problem(event, 401, 'the API token is unknown or revoked', {
			'www-authenticate': 'Bearer'
		});
	event.locals.principal = found;
	const verdict = decideAccess({
		method: request.method,
		pathname: url.pathname,
		principal: found,
		accountsExist: (await deps.accounts.countUsers()) > 0,
		localBind: deps.config.localBind,
		publicRead: deps.config.publicRead
	});
	if (verdict.kind === 'deny') return problem(event, verdict.status, verdict.message);
	if (verdict.kind === 'login') {
		const next = url.pathname + url.search;
		return new Response(null, {
			status: 303,
			headers: { location: `/login?next=${encodeURIComponent(next)}`, 'cache-control': 'no-store' }
		});
	}

	if (!READ_METHODS.has(request.method)) {
		const login = url.pathname === '/login';
		const limiter = login ? deps.logins : deps.writes;
		const key = login ? clientKey(event, null) : clientKey(event, found);
		const rate = limiter.take(key, deps.now());
		if (rate.kind === 'limited') {
			return problem(
				event,
				429,
				`too many ${login ? 'login attempts' : 'writes'}; try again in ${rate.retryAfterSeconds} s`,
				{ 'retry-after': String(rate.retryAfterSeconds) }
			);
		}
	}
	if (event.route.id === null)
		return problem(event, 404, `no such page or endpoint: ${url.pathname}`);
	return null;
}
