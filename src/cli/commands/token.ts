/**
 * `token create NAME [--label L]`, `token list`, `token revoke ID|TOKEN`: API tokens for scripts and
 * the command line against a server (`Authorization: Bearer TOKEN`, or CLAIMSMAP_TOKEN for the CLI).
 * A token acts with its account's role; it is printed once and stored only as a digest. With
 * `--server URL [--token T]` (or $CLAIMSMAP_TOKEN) the commands work on a running server through its
 * account API, with an admin's token.
 */
import { closeAccounts, getAccounts } from '../../lib/server/auth/index';
import type { Command } from '../command';
import {
	remoteAccounts,
	ServerRefusal,
	takeRemoteArgs,
	type AccountAdmin
} from '../remote-accounts';

const USAGE =
	'Usage: npm run -s cli -- token create NAME [--label L]\n' +
	'       npm run -s cli -- token list\n' +
	'       npm run -s cli -- token revoke ID|TOKEN\n' +
	'Each also with --server URL [--token T] (or $CLAIMSMAP_TOKEN): on a running server, as an admin\n' +
	'(revoke by ID there).\n';

/** Parsed arguments of `token`, or the problem with them. */
export type TokenArgs =
	| { kind: 'create'; user: string; label: string }
	| { kind: 'list' }
	| { kind: 'revoke'; which: string }
	| { kind: 'error'; message: string };

/** Parses the arguments after `token`. */
export function parseTokenArgs(args: string[]): TokenArgs {
	const [sub, ...rest] = args;
	if (sub === 'list')
		return rest.length ? { kind: 'error', message: 'list takes no arguments' } : { kind: 'list' };
	if (sub === 'revoke') {
		return rest.length === 1
			? { kind: 'revoke', which: rest[0] }
			: { kind: 'error', message: 'revoke takes one token id (from token list) or the token' };
	}
	if (sub !== 'create')
		return { kind: 'error', message: `expected create, list or revoke, got '${sub ?? ''}'` };
	let user: string | null = null;
	let label = 'cli';
	for (let i = 0; i < rest.length; i++) {
		const arg = rest[i];
		if (arg === '--label' || arg.startsWith('--label=')) {
			const value = arg.includes('=') ? arg.slice('--label='.length) : rest[++i];
			if (!value) return { kind: 'error', message: '--label needs a value' };
			label = value;
		} else if (arg.startsWith('--')) return { kind: 'error', message: `unknown option ${arg}` };
		else if (user === null) user = arg;
		else return { kind: 'error', message: `unexpected argument '${arg}'` };
	}
	if (!user) return { kind: 'error', message: 'missing NAME (the account the token acts for)' };
	return { kind: 'create', user, label };
}

/** Runs a parsed `token` command against `accounts`; resolves to the exit code. */
export async function runToken(
	parsed: Exclude<TokenArgs, { kind: 'error' }>,
	accounts: AccountAdmin,
	out: (text: string) => void,
	err: (text: string) => void
): Promise<number> {
	if (parsed.kind === 'list') {
		for (const t of await accounts.listTokens()) {
			const state = t.revokedAt ? `revoked ${t.revokedAt.slice(0, 10)}` : 'active';
			const used = t.lastUsedAt ? `last used ${t.lastUsedAt.slice(0, 16)}` : 'never used';
			out(`${t.id}\t${t.user}\t${t.label}\t${state}\t${used}\n`);
		}
		return 0;
	}
	if (parsed.kind === 'revoke') {
		if (await accounts.revokeToken(parsed.which)) {
			out('revoked\n');
			return 0;
		}
		err('claimsmap token: no active token matches\n');
		return 1;
	}
	const created = await accounts.createToken(parsed.user, parsed.label);
	if (!created) {
		err(`claimsmap token: no account '${parsed.user}'\n`);
		return 1;
	}
	// The token alone on stdout, so `TOKEN=$(npm run -s cli -- token create NAME)` works.
	out(`${created.token}\n`);
	err(
		`token ${created.id} for ${parsed.user}: shown once; revoke with token revoke ${created.id}\n`
	);
	return 0;
}

/** The `token` command. */
export const tokenCommand: Command = {
	name: 'token',
	summary: 'create NAME | list | revoke ID [--server URL]: API tokens for scripts and a remote CLI',
	async run(args) {
		const remote = takeRemoteArgs(args);
		const parsed = remote.kind === 'ok' ? parseTokenArgs(remote.args) : remote;
		if (parsed.kind === 'error' || remote.kind === 'error') {
			process.stderr.write(
				`claimsmap token: ${parsed.kind === 'error' ? parsed.message : ''}\n${USAGE}`
			);
			return 2;
		}
		const out = (text: string) => process.stdout.write(text);
		const err = (text: string) => process.stderr.write(text);
		if (remote.remote) {
			try {
				return await runToken(parsed, remoteAccounts(remote.remote), out, err);
			} catch (error) {
				if (!(error instanceof ServerRefusal)) throw error;
				err(`claimsmap token: ${error.message}\n`);
				return 1;
			}
		}
		try {
			return await runToken(parsed, getAccounts(), out, err);
		} finally {
			await closeAccounts();
		}
	}
};
