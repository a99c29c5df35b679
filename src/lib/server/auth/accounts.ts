/**
 * Accounts, login sessions and API tokens in the claim database (tables of migration 2). Passwords
 * are scrypt hashes; session ids and tokens are stored as SHA-256 digests only.
 */
import type { BetterSqlite3 } from 'better-sqlite3';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './password';
import { isRole, type Role } from './roles';
import { newSecret, secretDigest, TOKEN_PREFIX } from './secrets';

/** How long a login lasts. */
export const SESSION_DAYS = 14;

/** How precisely a token's last use is recorded. */
const TOKEN_USE_RESOLUTION_MS = 60_000;

/** Account names: a letter or digit, then letters, digits, `.`, `_`, `-`, `@`; at most 64. */
const NAME_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._@-]{0,63}$/u;

/** Who made a request: an account and how it proved itself. */
export interface Principal {
	userId: number;
	name: string;
	role: Role;
	via: 'session' | 'token';
}

/** An account as listed (never with its hash). */
export interface Account {
	id: number;
	name: string;
	role: Role;
	createdAt: string;
	tokens: number;
}

/** An API token as listed (never the secret). */
export interface TokenInfo {
	id: number;
	user: string;
	label: string;
	createdAt: string;
	lastUsedAt: string | null;
	revokedAt: string | null;
}

/** The outcome of adding an account. */
export type AddAccountOutcome =
	{ kind: 'added'; account: Account } | { kind: 'invalid'; reason: string };

interface PrincipalRow {
	id: number;
	name: string;
	role: string;
}

/** Accounts, sessions and tokens over one open, migrated database. */
export class AccountStore {
	readonly #db: BetterSqlite3.Database;
	readonly #now: () => Date;

	/** Wraps an open database migrated to at least version 2. */
	constructor(db: BetterSqlite3.Database, now: () => Date = () => new Date()) {
		this.#db = db;
		this.#now = now;
	}

	/** Number of active accounts: zero means no one has set up accounts. */
	countUsers(): number {
		const row = this.#db
			.prepare('SELECT COUNT(*) AS n FROM users WHERE disabled_at IS NULL')
			.get() as { n: number };
		return row.n;
	}

	/** Adds an account; the name must be new and the password at least 12 characters. */
	async addUser(name: string, role: Role, password: string): Promise<AddAccountOutcome> {
		if (!NAME_PATTERN.test(name))
			return {
				kind: 'invalid',
				reason: `name '${name}' must be 1-64 letters, digits or . _ - @, starting with a letter or digit`
			};
		if (!isRole(role)) return { kind: 'invalid', reason: `unknown role '${String(role)}'` };
		if (password.length < MIN_PASSWORD_LENGTH)
			return {
				kind: 'invalid',
				reason: `password must be at least ${MIN_PASSWORD_LENGTH} characters`
			};
		if (this.#userRow(name)) return { kind: 'invalid', reason: `an account '${name}' exists` };
		// A removed account keeps its name, so records of who did what stay unambiguous.
		if (this.#db.prepare('SELECT 1 FROM users WHERE name = ?').get(name))
			return { kind: 'invalid', reason: `the account '${name}' was removed; choose another name` };
		const hash = await hashPassword(password);
		const at = this.#now().toISOString();
		const id = Number(
			this.#db
				.prepare('INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)')
				.run(name, role, hash, at).lastInsertRowid
		);
		return { kind: 'added', account: { id, name, role, createdAt: at, tokens: 0 } };
	}

	/** Disables an account, ends its sessions and revokes its tokens; false when there was none. */
	removeUser(name: string): boolean {
		const remove = this.#db.transaction((): boolean => {
			const user = this.#userRow(name);
			if (!user) return false;
			const at = this.#now().toISOString();
			this.#db.prepare('UPDATE users SET disabled_at = ? WHERE id = ?').run(at, user.id);
			this.#db.prepare('DELETE FROM sessions WHERE user_id = ?').run(user.id);
			this.#db
				.prepare('UPDATE api_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL')
				.run(at, user.id);
			return true;
		});
		return remove.immediate();
	}

	/** Every account, oldest first. */
	listUsers(): Account[] {
		const rows = this.#db
			.prepare(
				`SELECT u.id, u.name, u.role, u.created_at,
					(SELECT COUNT(*) FROM api_tokens t WHERE t.user_id = u.id AND t.revoked_at IS NULL) AS tokens
				FROM users u WHERE u.disabled_at IS NULL ORDER BY u.id`
			)
			.all() as { id: number; name: string; role: Role; created_at: string; tokens: number }[];
		return rows.map((r) => ({
			id: r.id,
			name: r.name,
			role: r.role,
			createdAt: r.created_at,
			tokens: r.tokens
		}));
	}

	#userRow(name: string): { id: number; name: string; role: string; password_hash: string } | null {
		return (
			(this.#db
				.prepare(
					'SELECT id, name, role, password_hash FROM users WHERE name = ? AND disabled_at IS NULL'
				)
				.get(name) as { id: number; name: string; role: string; password_hash: string }) ?? null
		);
	}

	/** The account when name and password match, else null (same work either way). */
	async checkPassword(name: string, password: string): Promise<PrincipalRow | null> {
		const row = this.#userRow(name);
		// An unknown name still costs one hash, so timing does not tell which names exist.
		const stored = row?.password_hash ?? DUMMY_HASH;
		const ok = await verifyPassword(password, stored);
		return ok && row ? { id: row.id, name: row.name, role: row.role } : null;
	}

	/** Starts a session for an account; returns the cookie value and its expiry. */
	createSession(userId: number): { id: string; expires: Date } {
		const id = newSecret();
		const now = this.#now();
		const expires = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
		this.#db.prepare('DELETE FROM sessions WHERE expires_at < ?').run(now.toISOString());
		this.#db
			.prepare(
				'INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)'
			)
			.run(secretDigest(id), userId, now.toISOString(), expires.toISOString());
		return { id, expires };
	}

	/** The account of a live session, or null. */
	sessionPrincipal(id: string): Principal | null {
		const row = this.#db
			.prepare(
				`SELECT u.id, u.name, u.role FROM sessions s JOIN users u ON u.id = s.user_id
				WHERE s.token_hash = ? AND s.expires_at > ? AND u.disabled_at IS NULL`
			)
			.get(secretDigest(id), this.#now().toISOString()) as PrincipalRow | undefined;
		return row && isRole(row.role)
			? { userId: row.id, name: row.name, role: row.role, via: 'session' }
			: null;
	}

	/** Ends a session (logout). */
	deleteSession(id: string): void {
		this.#db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(secretDigest(id));
	}

	/** Creates an API token for an account; the secret is returned once and stored only hashed. */
	createToken(userName: string, label: string): { id: number; token: string } | null {
		const user = this.#userRow(userName);
		if (!user) return null;
		const token = newSecret(TOKEN_PREFIX);
		const id = Number(
			this.#db
				.prepare(
					'INSERT INTO api_tokens (user_id, label, token_hash, created_at) VALUES (?, ?, ?, ?)'
				)
				.run(user.id, label, secretDigest(token), this.#now().toISOString()).lastInsertRowid
		);
		return { id, token };
	}

	/** The account of a live API token, or null; records when it was last used (to the minute). */
	tokenPrincipal(token: string): Principal | null {
		if (!token.startsWith(TOKEN_PREFIX)) return null;
		const digest = secretDigest(token);
		const row = this.#db
			.prepare(
				`SELECT u.id, u.name, u.role FROM api_tokens t JOIN users u ON u.id = t.user_id
				WHERE t.token_hash = ? AND t.revoked_at IS NULL AND u.disabled_at IS NULL`
			)
			.get(digest) as PrincipalRow | undefined;
		if (!row || !isRole(row.role)) return null;
		// At most one write a minute per token, so a script's reads do not each take the write lock.
		const now = this.#now();
		const stale = new Date(now.getTime() - TOKEN_USE_RESOLUTION_MS).toISOString();
		this.#db
			.prepare(
				'UPDATE api_tokens SET last_used_at = ? WHERE token_hash = ? AND (last_used_at IS NULL OR last_used_at < ?)'
			)
			.run(now.toISOString(), digest, stale);
		return { userId: row.id, name: row.name, role: row.role, via: 'token' };
	}

	/** Every API token, newest first, without secrets. */
	listTokens(): TokenInfo[] {
		const rows = this.#db
			.prepare(
				`SELECT t.id, u.name, t.label, t.created_at, t.last_used_at, t.revoked_at
				FROM api_tokens t JOIN users u ON u.id = t.user_id ORDER BY t.id DESC`
			)
			.all() as {
			id: number;
			name: string;
			label: string;
			created_at: string;
			last_used_at: string | null;
			revoked_at: string | null;
		}[];
		return rows.map((r) => ({
			id: r.id,
			user: r.name,
			label: r.label,
			createdAt: r.created_at,
			lastUsedAt: r.last_used_at,
			revokedAt: r.revoked_at
		}));
	}

	/** Revokes a token by its id or by the secret itself; false when no live token matched. */
	revokeToken(idOrToken: string): boolean {
		const at = this.#now().toISOString();
		const result = /^\d+$/.test(idOrToken)
			? this.#db
					.prepare('UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL')
					.run(at, Number(idOrToken))
			: this.#db
					.prepare(
						'UPDATE api_tokens SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL'
					)
					.run(at, secretDigest(idOrToken));
		return result.changes > 0;
	}
}

/** A valid hash of a random password, checked against when the name is unknown. */
const DUMMY_HASH =
	'scrypt$131072$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
