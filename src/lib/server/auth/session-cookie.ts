/**
 * How a sign-in ends, by the password form and the OIDC callback alike: the session cookie, and
 * where to go next.
 */
import type { RequestEvent } from '@sveltejs/kit';
import { SESSION_COOKIE } from '../http/guard';
import { isLoopback } from './config';

/**
 * Starts `session` in an HttpOnly, SameSite cookie, Secure everywhere but on this machine's
 * loopback address (off it a team server is reached over HTTPS, README: behind a reverse proxy).
 */
export function setSessionCookie(
	event: Pick<RequestEvent, 'cookies' | 'url'>,
	session: { id: string; expires: Date }
): void {
	event.cookies.set(SESSION_COOKIE, session.id, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: !isLoopback(event.url.hostname),
		expires: session.expires
	});
}

/** Where to go after signing in: a path on this site only, never another site. */
export function safeNext(value: string | null): string {
	return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\')
		? value
		: '/';
}
