/**
 * Who may do what, as an ordered table of named rules: the first rule that applies decides. Each
 * verdict names its rule, so a refusal can say why and tests can check which rule decided.
 */
import type { Principal } from './accounts';
import { hasRole, type Role } from '../../core/accounts/roles';

/** What the policy looks at. */
export interface AccessRequest {
	method: string;
	pathname: string;
	principal: Principal | null;
	/** Accounts exist, so requests must say who makes them. */
	accountsExist: boolean;
	/** Only this machine can connect. */
	localBind: boolean;
	/** CLAIMSMAP_PUBLIC_READ=1. */
	publicRead: boolean;
}

/** The policy's decision. `login` sends a browser to the login page. */
export type AccessVerdict =
	| { kind: 'allow'; rule: string }
	| { kind: 'deny'; status: 401 | 403; rule: string; message: string }
	| { kind: 'login'; rule: string };

/** Paths open to everyone, so that anyone can sign in. */
const OPEN_PATHS = ['/login', '/logout', '/login/oidc', '/login/oidc/callback'];

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Where the account API lives: every request there, reads too, is an admin's. */
export const ADMIN_API = '/api/admin/';

/** True for a path of the account API. */
function isAdminPath(pathname: string): boolean {
	return pathname.startsWith(ADMIN_API) || pathname === ADMIN_API.slice(0, -1);
}

/** The role a write needs: deleting is an admin's, every other write an editor's. */
export function roleForWrite(method: string, pathname: string): Role {
	return method === 'DELETE' && pathname.startsWith('/api/articles/') ? 'admin' : 'editor';
}

/** 'a viewer', 'an editor', 'an admin'. */
function withArticle(role: Role): string {
	return `${/^[aeiou]/.test(role) ? 'an' : 'a'} ${role}`;
}

type Rule = { name: string; decide: (r: AccessRequest) => AccessVerdict | null };

/** The rules, in order. */
export const ACCESS_RULES: readonly Rule[] = [
	{
		name: 'login-open',
		decide: (r) => (OPEN_PATHS.includes(r.pathname) ? { kind: 'allow', rule: 'login-open' } : null)
	},
	{
		// Accounts and tokens are an admin's to read and change, whatever mode the server is in: not
		// open to a local single user (the first admin comes from the command line) nor to the public.
		name: 'admin-api',
		decide: (r) => {
			if (!isAdminPath(r.pathname)) return null;
			if (!r.principal)
				return {
					kind: 'deny',
					status: 401,
					rule: 'admin-api',
					message: 'sign in as an admin, or send an admin API token, to manage accounts'
				};
			return hasRole(r.principal.role, 'admin')
				? { kind: 'allow', rule: 'admin-api' }
				: {
						kind: 'deny',
						status: 403,
						rule: 'admin-api',
						message: `${r.principal.name} is ${withArticle(r.principal.role)}; managing accounts needs the admin role`
					};
		}
	},
	{
		// One analyst on their own machine: no accounts, nobody else can connect, as before accounts.
		name: 'local-single-user',
		decide: (r) =>
			!r.accountsExist && r.localBind && !r.publicRead
				? { kind: 'allow', rule: 'local-single-user' }
				: null
	},
	{
		name: 'write-needs-account',
		decide: (r) =>
			!READ_METHODS.has(r.method) && !r.principal
				? {
						kind: 'deny',
						status: 401,
						rule: 'write-needs-account',
						message: r.accountsExist
							? 'sign in, or send an API token (Authorization: Bearer …), to change data'
							: 'this server is read-only'
					}
				: null
	},
	{
		name: 'write-needs-role',
		decide: (r) => {
			if (READ_METHODS.has(r.method) || !r.principal) return null;
			const needed = roleForWrite(r.method, r.pathname);
			return hasRole(r.principal.role, needed)
				? { kind: 'allow', rule: 'write-needs-role' }
				: {
						kind: 'deny',
						status: 403,
						rule: 'write-needs-role',
						message: `${r.principal.name} is ${withArticle(r.principal.role)}; this needs the ${needed} role`
					};
		}
	},
	{
		name: 'read-signed-in',
		decide: (r) => (r.principal ? { kind: 'allow', rule: 'read-signed-in' } : null)
	},
	{
		name: 'read-public',
		decide: (r) => (r.publicRead ? { kind: 'allow', rule: 'read-public' } : null)
	},
	{
		name: 'read-needs-account',
		decide: (r) =>
			r.pathname.startsWith('/api/')
				? {
						kind: 'deny',
						status: 401,
						rule: 'read-needs-account',
						message: 'sign in, or send an API token (Authorization: Bearer …)'
					}
				: { kind: 'login', rule: 'read-needs-account' }
	}
];

/** Decides a request by the first rule that applies. */
export function decideAccess(request: AccessRequest): AccessVerdict {
	for (const rule of ACCESS_RULES) {
		const verdict = rule.decide(request);
		if (verdict) return verdict;
	}
	// Unreachable: the last rule always decides.
	return { kind: 'deny', status: 403, rule: 'default', message: 'not allowed' };
}
