/**
 * `GET /api/session`: who the page is signed in as and what it may do, so the dashboard shows only
 * the controls the server would accept (a viewer or a public reader sees no Add article or
 * corrections, and no one corrects or judges a claims file the server shows read-only) and says who
 * is signed in.
 */
import { json } from '@sveltejs/kit';
import { getAccounts } from '$lib/server/auth/index';
import { readServerConfig } from '$lib/server/auth/config';
import { decideAccess } from '$lib/server/auth/policy';
import type { RequestHandler } from './$types';

/** The session as the page sees it. */
export const GET: RequestHandler = async ({ locals }) => {
	const config = readServerConfig(process.env);
	const accountsExist = (await getAccounts().countUsers()) > 0;
	const can = (method: string, pathname: string) =>
		decideAccess({
			method,
			pathname,
			principal: locals.principal,
			accountsExist,
			localBind: config.localBind,
			publicRead: config.publicRead
		}).kind === 'allow';
	const user = locals.principal;
	return json(
		{
			user: user ? { name: user.name, role: user.role } : null,
			accounts: accountsExist,
			canWrite: can('POST', '/api/articles'),
			canDelete: can('DELETE', '/api/articles/any'),
			claimsFile: Boolean(process.env.CLAIMSMAP_CLAIMS_FILE)
		},
		{ headers: { 'cache-control': 'no-store' } }
	);
};
