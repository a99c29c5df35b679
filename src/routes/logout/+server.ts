/** `POST /logout`: ends the session and clears its cookie, then shows the login page. */
import { redirect } from '@sveltejs/kit';
import { getAccounts } from '$lib/server/auth/index';
import { SESSION_COOKIE } from '$lib/server/http/guard';
import type { RequestHandler } from './$types';

/** Signs out. */
export const POST: RequestHandler = async ({ cookies }) => {
	const id = cookies.get(SESSION_COOKIE);
	if (id) await getAccounts().deleteSession(id);
	cookies.delete(SESSION_COOKIE, { path: '/' });
	redirect(303, '/login');
};
