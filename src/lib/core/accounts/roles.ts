/**
 * Roles of a team's accounts, weakest first: a viewer reads and exports, an editor also adds
 * articles and corrects or rejects claims, an admin also deletes articles and manages accounts.
 */

/** Every role, weakest first; each role may do everything the roles before it may. */
export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** True when `value` names a role. */
export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** An account as the account API lists it (never with its hash). */
export interface Account {
	id: number;
	name: string;
	role: Role;
	createdAt: string;
	tokens: number;
}

/** An API token as the account API lists it (never the secret). */
export interface TokenInfo {
	id: number;
	user: string;
	label: string;
	createdAt: string;
	lastUsedAt: string | null;
	revokedAt: string | null;
}

/** True when `role` is `needed` or stronger. */
export function hasRole(role: Role, needed: Role): boolean {
	return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}
