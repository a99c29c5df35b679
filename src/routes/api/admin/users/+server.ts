/**
 * `GET /api/admin/users`: the active accounts `{accounts: [{id, name, role, createdAt, tokens}]}`
 * (never a password hash). `POST /api/admin/users` `{name, role, password}`: adds an account under
 * the command line's rules; 201 `{account}`, 400 naming the problem. Admins only (the policy's
 * `admin-api` rule).
 */
import { json } from '@sveltejs/kit';
import { checkNewAccount } from '$lib/server/auth/admin-requests';
import { getAccounts } from '$lib/server/auth/index';
import { problem } from '$lib/server/http/guard';
import { readAdminBody } from '../admin-api';
import type { RequestHandler } from './$types';

/** The active accounts, oldest first. */
export const GET: RequestHandler = async () =>
	json({ accounts: await getAccounts().listUsers() }, { headers: { 'cache-control': 'no-store' } });

/** Adds an account. */
export const POST: RequestHandler = async (event) => {
	const body = await readAdminBody(event, checkNewAccount);
	if (body.kind === 'refused') return body.response;
	const { name, role, password } = body.value;
	const added = await getAccounts().addUser(name, role, password);
	if (added.kind === 'invalid') return problem(event, 400, added.reason);
	return json(
		{ account: added.account },
		{ status: 201, headers: { 'cache-control': 'no-store' } }
	);
};
