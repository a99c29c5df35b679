/**
 * `GET /login/oidc?next=PATH`: starts a sign-in at the configured OpenID Connect provider
 * (server/auth/oidc.ts): sends the browser there, keeping the flow's secrets in a short-lived
 * HttpOnly cookie. 404 when no provider is configured.
 */
import { error, redirect } from '@sveltejs/kit';
import { isLoopback } from '$lib/server/auth/config';
import {
	beginOidcLogin,
	OIDC_CALLBACK_PATH,
	OIDC_FLOW_COOKIE,
	OIDC_FLOW_SECONDS,
	readOidcSetting
} from '$lib/server/auth/oidc';
import { safeNext } from '$lib/server/auth/session-cookie';
import type { RequestHandler } from './$types';

/** Redirects to the provider. */
export const GET: RequestHandler = async ({ url, cookies }) => {
	const setting = readOidcSetting();
	if (setting.kind === 'off') error(404, 'single sign-on is not configured on this server');
	if (setting.kind === 'invalid') error(500, setting.reason);
	const next = safeNext(url.searchParams.get('next'));
	const { url: target, flow } = await beginOidcLogin(setting.config, url, next);
	cookies.set(OIDC_FLOW_COOKIE, flow, {
		path: OIDC_CALLBACK_PATH,
		httpOnly: true,
		// Lax: the provider's redirect back is a top-level navigation from its site.
		sameSite: 'lax',
		secure: !isLoopback(url.hostname),
		maxAge: OIDC_FLOW_SECONDS
	});
	redirect(303, target.href);
};
