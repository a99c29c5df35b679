/**
 * The login form's action: checks name and password, starts a session in an HttpOnly, SameSite
 * cookie (Secure everywhere but on this machine's loopback address) and goes back where the user was headed.
 */
import { fail, redirect } from '@sveltejs/kit';
import { isLoopback } from '$lib/server/auth/config';
import { getAccounts } from '$lib/server/auth/index';
import { SESSION_COOKIE } from '$lib/server/http/guard';
import type { Actions, PageServerLoad } from './$types';

/** Where to go after signing in: a path on this site only, never another site. */
function safeNext(value: string | null): string {
	return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\')
		? value
		: '/';
}

/** Who is signed in already, and whether any account exists. */
export const load: PageServerLoad = async ({ locals, url }) => ({
	user: locals.principal ? { name: locals.principal.name, role: locals.principal.role } : null,
	accountsExist: (await getAccounts().countUsers()) > 0,
	next: safeNext(url.searchParams.get('next'))
});

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
		const session = await accounts.createSession(user.id);
		cookies.set(SESSION_COOKIE, session.id, {
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			// Off the loopback a team server is reached over HTTPS (README: behind a reverse proxy).
			secure: !isLoopback(url.hostname),
			expires: session.expires
		});
		redirect(303, next);
	}
};
