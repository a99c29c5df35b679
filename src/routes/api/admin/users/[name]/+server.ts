/**
 * `GET /api/admin/users/:name`: one account `{account}`. `PATCH /api/admin/users/:name` `{role}`: changes an account's role; answers `{account}`.
 * `DELETE /api/admin/users/:name`: removes the account, ends its sessions and revokes its tokens
 * (as `user remove`); answers `{removed}`. 404 for an unknown account, 409 when the change would
 * leave no admin. Admins only.
 */
import { json } from '@sveltejs/kit';
import { checkRoleChange } from '$lib/server/auth/admin-requests';
import { getAccounts } from '$lib/server/auth/index';
import { problem } from '$lib/server/http/guard';
import { changeAnswer, readAdminBody } from '../../admin-api';
import type { RequestHandler } from './$types';

/** Changes the role. */
export const PATCH: RequestHandler = async (event) => {
	const body = await readAdminBody(event, checkRoleChange);
	if (body.kind === 'refused') return body.response;
	const accounts = getAccounts();
	const { name } = event.params;
	const outcome = await accounts.setRole(name, body.value.role);
	return changeAnswer(event, name, outcome, async () => ({
		account: await accounts.getUser(name)
	}));
};

/** Removes the account. */
export const DELETE: RequestHandler = async (event) => {
	const { name } = event.params;
	const outcome = await getAccounts().removeUser(name);
	return changeAnswer(event, name, outcome, async () => ({ removed: name }));
};

/** One active account, as listed. */
export const GET: RequestHandler = async (event) => {
	const account = await getAccounts().getUser(event.params.name);
	return account
		? json({ account }, { headers: { 'cache-control': 'no-store' } })
		: problem(event, 404, `no account '${event.params.name}'`);
};
