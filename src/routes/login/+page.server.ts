/**
 * The login form's action: checks name and password, starts a session in an HttpOnly, SameSite
 * cookie (Secure everywhere but on this machine's loopback address) and goes back where the user was headed.
 */
import { fail, redirect } from '@sveltejs/kit';
import { getAccounts } from '$lib/server/auth/index';
import { readOidcSetting } from '$lib/server/auth/oidc';
import { safeNext, setSessionCookie } from '$lib/server/auth/session-cookie';
import type { Actions, PageServerLoad } from './$types';

/** Who is signed in already, whether any account exists, and the OIDC button's text if any. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const oidc = readOidcSetting();
	return {
		user: locals.principal ? { name: locals.principal.name, role: locals.principal.role } : null,
		accountsExist: (await getAccounts().countUsers()) > 0,
		next: safeNext(url.searchParams.get('next')),
		oidcLabel: oidc.kind === 'on' ? oidc.config.label : null
	};
};

export const actions: Actions = {
	/** Signs in. */
	default: async ({ request, cookies, url }) => {
		const form = await request.formData();
		const name = String(form.get('name') ?? '').trim();
		const password = String(form.get('password') ?? '');
		const next = safeNext(String(form.get('next') ?? '/'));
		if (!name || !password || name.length > 64 || password.length > 1024)
			return fail(400, { name, message: 'Enter your account name and password.' });
		const accounts = getAccounts();
		const user = await accounts.checkPassword(name, password);
		if (!user) return fail(401, { name, message: 'Wrong account name or password.' });
		setSessionCookie({ cookies, url }, await accounts.createSession(user.id));
		redirect(303, next);
	}
};
