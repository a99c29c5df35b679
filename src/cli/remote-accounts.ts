/**
 * The account commands against a running server: `--server URL [--token T]` (or $CLAIMSMAP_TOKEN)
 * sends `user` and `token` through the server's account API (`/api/admin/…`, an admin's token)
 * instead of opening the database. Both ways meet the same interface, so the commands print the
 * same.
 */
import type {
	Account,
	AccountChangeOutcome,
	AccountStore,
	AddAccountOutcome,
	TokenInfo
} from '../lib/server/auth/accounts';
import type { Role } from '../lib/core/accounts/roles';

/** What the `user` and `token` commands do with accounts: the store's own methods. */
export type AccountAdmin = Pick<
	AccountStore,
	'addUser' | 'removeUser' | 'setRole' | 'listUsers' | 'createToken' | 'listTokens' | 'revokeToken'
>;

/** Where the commands work: the database, or a server with a token. */
export interface RemoteTarget {
	server: string;
	token: string | null;
}

/** The arguments without `--server` and `--token`, and the server named, or the problem. */
export type RemoteArgs =
	{ kind: 'ok'; args: string[]; remote: RemoteTarget | null } | { kind: 'error'; message: string };

/** Takes `--server URL` and `--token T` (either as `--x=V`) out of `args`; the token defaults to `env`'s. */
export function takeRemoteArgs(args: string[], env: NodeJS.ProcessEnv = process.env): RemoteArgs {
	const rest: string[] = [];
	let server: string | null = null;
	let token: string | null = null;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		const [name, inline] = arg.startsWith('--') ? arg.slice(2).split(/=(.*)/s, 2) : [''];
		if (name !== 'server' && name !== 'token') {
			rest.push(arg);
			continue;
		}
		const value = inline ?? args[++i];
		if (!value) return { kind: 'error', message: `--${name} needs a value` };
		if (name === 'server') server = value.replace(/\/+$/, '');
		else token = value;
	}
	if (server === null)
		return token === null
			? { kind: 'ok', args: rest, remote: null }
			: { kind: 'error', message: '--token goes with --server URL' };
	if (!/^https?:\/\/[^/]/.test(server))
		return { kind: 'error', message: `--server '${server}' is not an http(s) URL` };
	return {
		kind: 'ok',
		args: rest,
		remote: { server, token: token ?? (env.CLAIMSMAP_TOKEN || null) }
	};
}

/** A refusal the server gave that the commands do not turn into an outcome (401, 403, 5xx …). */
export class ServerRefusal extends Error {}

/** The account API of `target`, as an `AccountAdmin`. */
export function remoteAccounts(
	target: RemoteTarget,
	fetchImpl: typeof fetch = fetch
): AccountAdmin {
	async function call(
		method: string,
		path: string,
		body?: unknown
	): Promise<{ status: number; answer: Record<string, unknown> }> {
		const response = await fetchImpl(`${target.server}/api/admin/${path}`, {
			method,
			headers: {
				accept: 'application/json',
				...(body === undefined ? {} : { 'content-type': 'application/json' }),
				...(target.token ? { authorization: `Bearer ${target.token}` } : {})
			},
			body: body === undefined ? undefined : JSON.stringify(body)
		});
		const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>;
		return { status: response.status, answer };
	}
	const message = (answer: Record<string, unknown>) => String(answer.message ?? '');
	function refuse(status: number, answer: Record<string, unknown>): never {
		throw new ServerRefusal(`server answered ${status}: ${message(answer) || 'no message'}`);
	}
	const name = (n: string) => `users/${encodeURIComponent(n)}`;
	const change = (status: number, answer: Record<string, unknown>): AccountChangeOutcome => {
		if (status === 200) return { kind: 'done' };
		if (status === 404) return { kind: 'not_found' };
		if (status === 400) return { kind: 'invalid', reason: message(answer) };
		if (status === 409) return { kind: 'last_admin', reason: message(answer) };
		refuse(status, answer);
	};
	return {
		async addUser(user: string, role: Role, password: string): Promise<AddAccountOutcome> {
			const { status, answer } = await call('POST', 'users', { name: user, role, password });
			if (status === 201) return { kind: 'added', account: answer.account as Account };
			if (status === 400) return { kind: 'invalid', reason: message(answer) };
			refuse(status, answer);
		},
		async removeUser(user: string) {
			const { status, answer } = await call('DELETE', name(user));
			return change(status, answer);
		},
		async setRole(user: string, role: Role) {
			const { status, answer } = await call('PATCH', name(user), { role });
			return change(status, answer);
		},
		async listUsers() {
			const { status, answer } = await call('GET', 'users');
			if (status !== 200) refuse(status, answer);
			return answer.accounts as Account[];
		},
		async createToken(user: string, label: string) {
			const { status, answer } = await call('POST', 'tokens', { user, label });
			if (status === 201) return { id: Number(answer.id), token: String(answer.token) };
			if (status === 404) return null;
			refuse(status, answer);
		},
		async listTokens() {
			const { status, answer } = await call('GET', 'tokens');
			if (status !== 200) refuse(status, answer);
			return answer.tokens as TokenInfo[];
		},
		async revokeToken(idOrToken: string) {
			// The API names a token by its id: a secret never travels in a URL.
			if (!/^\d+$/.test(idOrToken))
				throw new ServerRefusal('with --server, revoke a token by its id (from token list)');
			const { status, answer } = await call('DELETE', `tokens/${idOrToken}`);
			if (status === 200) return true;
			if (status === 404) return false;
			refuse(status, answer);
		}
	};
}
