/**
 * `user add NAME [--role viewer|editor|admin] [--password-stdin]`, `user list`, `user role NAME
 * ROLE` and `user remove NAME`: the team's accounts in the database at $CLAIMSMAP_DB, or with
 * `--server URL [--token T]` on a running server through its account API (an admin's token). Without
 * --password-stdin a strong password is generated and printed once. The first admin is made here,
 * on the database: there is no sign-up page.
 */
import { randomBytes } from 'node:crypto';
import { closeAccounts, getAccounts } from '../../lib/server/auth/index';
import { isRole, ROLES, type Role } from '../../lib/core/accounts/roles';
import { describeAccounts } from '../../lib/server/store/index';
import type { Command } from '../command';
import {
	remoteAccounts,
	ServerRefusal,
	takeRemoteArgs,
	type AccountAdmin
} from '../remote-accounts';

const USAGE =
	'Usage: npm run -s cli -- user add NAME [--role viewer|editor|admin] [--password-stdin]\n' +
	'       npm run -s cli -- user list\n' +
	'       npm run -s cli -- user role NAME viewer|editor|admin\n' +
	'       npm run -s cli -- user remove NAME\n' +
	'Each also with --server URL [--token T] (or $CLAIMSMAP_TOKEN): on a running server, as an admin.\n';

/** Parsed arguments of `user`, or the problem with them. */
export type UserArgs =
	| { kind: 'add'; name: string; role: Role; passwordStdin: boolean }
	| { kind: 'list' }
	| { kind: 'remove'; name: string }
	| { kind: 'role'; name: string; role: Role }
	| { kind: 'error'; message: string };

/** Parses `add NAME [--role R | --role=R] [--password-stdin]`, `list`, `role NAME R` or `remove NAME`. */
export function parseUserArgs(args: string[]): UserArgs {
	const [sub, ...rest] = args;
	if (sub === 'list')
		return rest.length ? { kind: 'error', message: 'list takes no arguments' } : { kind: 'list' };
	if (sub === 'remove')
		return rest.length === 1
			? { kind: 'remove', name: rest[0] }
			: { kind: 'error', message: 'remove takes one NAME' };
	if (sub === 'role') {
		if (rest.length !== 2) return { kind: 'error', message: 'role takes a NAME and a ROLE' };
		return isRole(rest[1])
			? { kind: 'role', name: rest[0], role: rest[1] }
			: { kind: 'error', message: `ROLE must be one of ${ROLES.join(', ')}` };
	}
	if (sub !== 'add')
		return { kind: 'error', message: `expected add, list, role or remove, got '${sub ?? ''}'` };
	let name: string | null = null;
	let role: Role = 'viewer';
	let passwordStdin = false;
	for (let i = 0; i < rest.length; i++) {
		const arg = rest[i];
		if (arg === '--password-stdin') passwordStdin = true;
		else if (arg === '--role' || arg.startsWith('--role=')) {
			const value = arg.includes('=') ? arg.slice('--role='.length) : rest[++i];
			if (!isRole(value))
				return { kind: 'error', message: `--role must be one of ${ROLES.join(', ')}` };
			role = value;
		} else if (arg.startsWith('--')) return { kind: 'error', message: `unknown option ${arg}` };
		else if (name === null) name = arg;
		else return { kind: 'error', message: `unexpected argument '${arg}'` };
	}
	if (!name) return { kind: 'error', message: 'missing NAME' };
	return { kind: 'add', name, role, passwordStdin };
}

/** A password of 144 random bits, typeable (base64url). */
export function generatePassword(): string {
	return randomBytes(18).toString('base64url');
}

async function readStdinLine(): Promise<string> {
	let text = '';
	for await (const chunk of process.stdin) {
		text += chunk;
		if (text.includes('\n')) break;
	}
	return text.split(/\r?\n/)[0];
}

/** Runs a parsed `user` command against `accounts`, writing to `out`; resolves to the exit code. */
export async function runUser(
	parsed: Exclude<UserArgs, { kind: 'error' }>,
	accounts: AccountAdmin,
	out: (text: string) => void,
	readPassword: () => Promise<string> = readStdinLine
): Promise<number> {
	if (parsed.kind === 'remove') {
		const removed = await accounts.removeUser(parsed.name);
		if (removed.kind !== 'done') {
			const reason = removed.kind === 'not_found' ? `no account '${parsed.name}'` : removed.reason;
			process.stderr.write(`claimsmap user: ${reason}\n`);
			return 1;
		}
		out(`removed ${parsed.name}: signed out, tokens revoked\n`);
		return 0;
	}
	if (parsed.kind === 'role') {
		const changed = await accounts.setRole(parsed.name, parsed.role);
		if (changed.kind !== 'done') {
			const reason = changed.kind === 'not_found' ? `no account '${parsed.name}'` : changed.reason;
			process.stderr.write(`claimsmap user: ${reason}\n`);
			return 1;
		}
		out(
			`${parsed.name} is now ${parsed.role === 'editor' || parsed.role === 'admin' ? 'an' : 'a'} ${parsed.role}\n`
		);
		return 0;
	}
	if (parsed.kind === 'list') {
		const users = await accounts.listUsers();
		if (users.length === 0) out('no accounts (the server runs without login on this machine)\n');
		for (const u of users)
			out(`${u.name}\t${u.role}\tsince ${u.createdAt.slice(0, 10)}\t${u.tokens} token(s)\n`);
		return 0;
	}
	const generated = parsed.passwordStdin ? null : generatePassword();
	const password = generated ?? (await readPassword());
	const added = await accounts.addUser(parsed.name, parsed.role, password);
	if (added.kind === 'invalid') {
		process.stderr.write(`claimsmap user: ${added.reason}\n`);
		return 1;
	}
	out(`added ${added.account.name} (${added.account.role})\n`);
	if (generated) out(`password: ${generated}\n(shown once; give it to ${parsed.name} safely)\n`);
	return 0;
}

/** The `user` command. */
export const userCommand: Command = {
	name: 'user',
	summary:
		'add NAME --role R | list | role NAME R | remove NAME [--server URL]: accounts of a team server',
	async run(args) {
		const remote = takeRemoteArgs(args);
		const parsed = remote.kind === 'ok' ? parseUserArgs(remote.args) : remote;
		if (parsed.kind === 'error' || remote.kind === 'error') {
			process.stderr.write(
				`claimsmap user: ${parsed.kind === 'error' ? parsed.message : ''}\n${USAGE}`
			);
			return 2;
		}
		const write = (text: string) => process.stdout.write(text);
		if (remote.remote) {
			process.stderr.write(`accounts on ${remote.remote.server}\n`);
			try {
				return await runUser(parsed, remoteAccounts(remote.remote), write);
			} catch (error) {
				if (!(error instanceof ServerRefusal)) throw error;
				process.stderr.write(`claimsmap user: ${error.message}\n`);
				return 1;
			}
		}
		process.stderr.write(`accounts in ${describeAccounts()}\n`);
		try {
			return await runUser(parsed, getAccounts(), write);
		} finally {
			await closeAccounts();
		}
	}
};
