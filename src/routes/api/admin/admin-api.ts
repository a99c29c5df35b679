/**
 * What the account API's routes share: reading a small JSON body through a checker, the refusal in
 * the shape every API route answers with, and the outcome of a change as an HTTP answer.
 */
import { json, type RequestEvent } from '@sveltejs/kit';
import type { AccountChangeOutcome } from '$lib/server/auth/accounts';
import type { AdminBody } from '$lib/server/auth/admin-requests';
import { problem } from '$lib/server/http/guard';
import { readJsonBody } from '../articles/read-body';

/** Largest body of an account API request: a name, a role, a password, a label. */
export const MAX_ADMIN_BODY_BYTES = 16 * 1024;

/** The checked body, or the refusal to answer with. */
export async function readAdminBody<T>(
	event: RequestEvent,
	check: (body: unknown) => AdminBody<T>
): Promise<{ kind: 'ok'; value: T } | { kind: 'refused'; response: Response }> {
	const body = await readJsonBody(event, MAX_ADMIN_BODY_BYTES);
	if (body.kind === 'too_large')
		return { kind: 'refused', response: problem(event, 413, body.reason) };
	if (body.kind === 'invalid')
		return { kind: 'refused', response: problem(event, 400, body.reason) };
	const checked = check(body.value);
	return checked.kind === 'ok'
		? checked
		: { kind: 'refused', response: problem(event, 400, checked.reason) };
}

/** The account after a change as the answer, or the refusal: 404, 400, or 409 for the last admin. */
export async function changeAnswer(
	event: RequestEvent,
	name: string,
	outcome: AccountChangeOutcome,
	done: () => Promise<unknown>
): Promise<Response> {
	if (outcome.kind === 'not_found') return problem(event, 404, `no account '${name}'`);
	if (outcome.kind === 'invalid') return problem(event, 400, outcome.reason);
	if (outcome.kind === 'last_admin') return problem(event, 409, outcome.reason);
	return json(await done(), { headers: { 'cache-control': 'no-store' } });
}
