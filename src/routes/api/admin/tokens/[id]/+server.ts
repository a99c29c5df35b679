/**
 * `DELETE /api/admin/tokens/:id` (an id from the list): revokes the token; answers `{revoked: id}`,
 * 404 when no active token has that id. Admins only. A token is named by its id, never by its
 * secret, so no secret travels in a URL (and into a proxy's log).
 */
import { json } from '@sveltejs/kit';
import { getAccounts } from '$lib/server/auth/index';
import { problem } from '$lib/server/http/guard';
import type { RequestHandler } from './$types';

/** Revokes the token. */
export const DELETE: RequestHandler = async (event) => {
	const { id } = event.params;
	if (!/^\d{1,20}$/.test(id)) return problem(event, 400, `token id '${id}' is not a number`);
	if (!(await getAccounts().revokeToken(id)))
		return problem(event, 404, `no active token with id ${id}`);
	return json({ revoked: Number(id) }, { headers: { 'cache-control': 'no-store' } });
};
