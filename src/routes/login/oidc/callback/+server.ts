/**
 * `GET /login/oidc/callback`: where the OpenID Connect provider sends the browser back. Checks
 * the answer (server/auth/oidc.ts), then signs in the local account of the name the provider
 * vouches for, with its role; a name with no account here is a 403 saying who must add it.
 */
import { error, redirect } from '@sveltejs/kit';
import { getAccounts } from '$lib/server/auth/index';
import {
	finishOidcLogin,
	OIDC_CALLBACK_PATH,
	OIDC_FLOW_COOKIE,
	readOidcSetting
} from '$lib/server/auth/oidc';
import { safeNext, setSessionCookie } from '$lib/server/auth/session-cookie';
import type { RequestHandler } from './$types';

/** Finishes the sign-in. */
export const GET: RequestHandler = async ({ url, cookies }) => {
	const setting = readOidcSetting();
	if (setting.kind !== 'on') error(404, 'single sign-on is not configured on this server');
	const flow = cookies.get(OIDC_FLOW_COOKIE);
	cookies.delete(OIDC_FLOW_COOKIE, { path: OIDC_CALLBACK_PATH });
	const login = await finishOidcLogin(setting.config, url, flow);
	if (login.kind === 'refused') error(403, `sign-in refused: ${login.reason}`);
	const accounts = getAccounts();
	const account = (await accounts.listUsers()).find((a) => a.name === login.username);
	if (!account)
		error(
			403,
			`'${login.username}' has no account on this server; an admin adds it with ` +
				`npm run -s cli -- user add '${login.username}' --role viewer`
		);
	setSessionCookie({ cookies, url }, await accounts.createSession(account.id));
	redirect(303, safeNext(login.next));
};
