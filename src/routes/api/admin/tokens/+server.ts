/**
 * `GET /api/admin/tokens`: every API token, newest first, `{tokens: [{id, user, label, createdAt,
 * lastUsedAt, revokedAt}]}` (never the secret: only its digest is stored). `POST /api/admin/tokens`
 * `{user, label?}`: a token for that account; 201 `{id, user, label, token}`, the only time the
 * secret is shown. 404 for an unknown account. Admins only.
 */
import { json } from '@sveltejs/kit';
import { checkNewToken } from '$lib/server/auth/admin-requests';
import { getAccounts } from '$lib/server/auth/index';
import { problem } from '$lib/server/http/guard';
import { readAdminBody } from '../admin-api';
import type { RequestHandler } from './$types';

/** Every token, without secrets. */
export const GET: RequestHandler = async () =>
	json({ tokens: await getAccounts().listTokens() }, { headers: { 'cache-control': 'no-store' } });

/** Creates a token; its secret is in this answer and nowhere else. */
export const POST: RequestHandler = async (event) => {
	const body = await readAdminBody(event, checkNewToken);
	if (body.kind === 'refused') return body.response;
	const { user, label } = body.value;
	const created = await getAccounts().createToken(user, label);
	if (!created) return problem(event, 404, `no account '${user}'`);
	return json(
		{ id: created.id, user, label, token: created.token },
		{ status: 201, headers: { 'cache-control': 'no-store' } }
	);
};
