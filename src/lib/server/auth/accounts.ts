/**
 * Accounts, login sessions and API tokens in the claim database: in SQLite (tables of migration 2)
 * or, when the claims are in PostgreSQL, in that same database (PostgreSQL migration 3), so every
 * app server of a team knows every login. Passwords are scrypt hashes; session ids and tokens are
 * stored as SHA-256 digests only. One class holds the rules; an `AccountSql` runs its statements
 * on either backend (the SQL is written to mean the same in both).
 */
import type { BetterSqlite3 } from 'better-sqlite3';
import type pg from 'pg';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './password';
import { isRole, type Account, type Role, type TokenInfo } from '../../core/accounts/roles';
import { newSecret, secretDigest, TOKEN_PREFIX } from './secrets';

/** How long a login lasts. */
export const SESSION_DAYS = 14;

/** The largest id a token can have (a 32-bit INTEGER in both backends). */
const MAX_TOKEN_ID = 2 ** 31 - 1;

/** How precisely a token's last use is recorded. */
const TOKEN_USE_RESOLUTION_MS = 60_000;

/**
 * Runs a bookkeeping write that no answer waits for. The default runs it at once and waits; the
 * server queues it behind the SQLite write gate and answers without waiting (hooks.server.ts).
 */
export type WriteScheduler = (write: () => Promise<unknown>) => Promise<void>;

/** Runs the write now and waits for it. */
export const writeNow: WriteScheduler = async (write) => {
	await write();
};

/** Account names: a letter or digit, then letters, digits, `.`, `_`, `-`, `@`; at most 64. */
const NAME_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._@-]{0,63}$/u;

/** Who made a request: an account and how it proved itself. */
export interface Principal {
	userId: number;
	name: string;
	role: Role;
	via: 'session' | 'token';
}

export type { Account, TokenInfo };

/** The outcome of adding an account. */
export type AddAccountOutcome =
	{ kind: 'added'; account: Account } | { kind: 'invalid'; reason: string };

/**
 * The outcome of removing an account or changing its role. `last_admin`: the change would leave
 * no admin, and so no one who could manage the accounts over HTTP.
 */
export type AccountChangeOutcome =
	| { kind: 'done' }
	| { kind: 'not_found' }
	| { kind: 'invalid'; reason: string }
	| { kind: 'last_admin'; reason: string };

/**
 * Locks every active admin's row (PostgreSQL; SQLite's write transaction is already exclusive), so
 * two admins removed or demoted at once by two servers cannot both pass the last-admin check.
 */
const LOCK_ADMINS = "UPDATE users SET role = role WHERE role = 'admin' AND disabled_at IS NULL";

/** True (1) when an active admin other than the account `?` exists. */
const ANOTHER_ADMIN = `EXISTS (SELECT 1 FROM users o
	WHERE o.role = 'admin' AND o.disabled_at IS NULL AND o.id <> ?)`;

function lastAdmin(name: string, doing: string): AccountChangeOutcome {
	return {
		kind: 'last_admin',
		reason: `${name} is the last admin; ${doing} would leave no one to manage accounts (make another admin first)`
	};
}

interface PrincipalRow {
	id: number;
	name: string;
	role: string;
}

/** A token's account with the token's last recorded use. */
interface TokenRow extends PrincipalRow {
	last_used_at: string | null;
}

/** What the account store needs of a database: statements with `?` placeholders, and atomic batches. */
export interface AccountSql {
	/** The first row of a query, or undefined. */
	get<T>(sql: string, params?: readonly unknown[]): Promise<T | undefined>;
	/** Every row of a query. */
	all<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
	/** Runs a statement; resolves to the number of rows it changed. */
	run(sql: string, params?: readonly unknown[]): Promise<number>;
	/** Runs statements in one transaction, all or none; resolves to the rows each one changed. */
	atomically(steps: readonly [sql: string, params: readonly unknown[]][]): Promise<number[]>;
}

/** An `AccountSql` over an open SQLite database migrated to at least version 2. */
export function sqliteAccountSql(db: BetterSqlite3.Database): AccountSql {
	return {
		get: async <T>(sql: string, params: readonly unknown[] = []) =>
			db.prepare(sql).get(...params) as T | undefined,
		all: async <T>(sql: string, params: readonly unknown[] = []) =>
			db.prepare(sql).all(...params) as T[],
		run: async (sql, params = []) => db.prepare(sql).run(...params).changes,
		atomically: async (steps) =>
			db
				.transaction(() => steps.map(([sql, params]) => db.prepare(sql).run(...params).changes))
				.immediate()
	};
}

/** A statement's `?` placeholders as PostgreSQL's `$1, $2, …` (no statement here quotes a `?`). */
export function numberedPlaceholders(sql: string): string {
	let n = 0;
	return sql.replace(/\?/g, () => `$${++n}`);
}

/** An `AccountSql` over a pool to a PostgreSQL database migrated to at least version 3. */
export function postgresAccountSql(pool: () => Promise<pg.Pool>): AccountSql {
	const query = async <T extends pg.QueryResultRow>(sql: string, params: readonly unknown[]) =>
		(await pool()).query<T>(numberedPlaceholders(sql), [...params]);
	return {
		get: async <T>(sql: string, params: readonly unknown[] = []) =>
			(await query(sql, params)).rows[0] as T | undefined,
		all: async <T>(sql: string, params: readonly unknown[] = []) =>
			(await query(sql, params)).rows as T[],
		run: async (sql, params = []) => (await query(sql, params)).rowCount ?? 0,
		async atomically(steps) {
			const client = await (await pool()).connect();
			try {
				await client.query('BEGIN');
				const changed: number[] = [];
				for (const [sql, params] of steps)
					changed.push((await client.query(numberedPlaceholders(sql), [...params])).rowCount ?? 0);
				await client.query('COMMIT');
				return changed;
			} catch (error) {
				await client.query('ROLLBACK').catch(() => undefined);
				throw error;
			} finally {
				client.release();
			}
		}
	};
}

/** A user row as the checks read it. */
interface UserRow {
	id: number;
	name: string;
	role: string;
	password_hash: string;
}

/** Accounts, sessions and tokens over one migrated database (SQLite or PostgreSQL). */
export class AccountStore {
	readonly #sql: AccountSql;
	readonly #now: () => Date;
	/** Digests of tokens whose last use is queued to be recorded, so it is queued once. */
	readonly #usePending = new Set<string>();

	/** Wraps the statements of a database that holds the account tables. */
	constructor(sql: AccountSql, now: () => Date = () => new Date()) {
		this.#sql = sql;
		this.#now = now;
	}

	/** Number of active accounts: zero means no one has set up accounts. */
	async countUsers(): Promise<number> {
		const row = await this.#sql.get<{ n: number }>(
			'SELECT CAST(COUNT(*) AS INTEGER) AS n FROM users WHERE disabled_at IS NULL'
		);
		return row?.n ?? 0;
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
		if (await this.#userRow(name))
			return { kind: 'invalid', reason: `an account '${name}' exists` };
		// A removed account keeps its name, so records of who did what stay unambiguous.
		if (await this.#sql.get('SELECT 1 AS x FROM users WHERE lower(name) = lower(?)', [name]))
			return { kind: 'invalid', reason: `the account '${name}' was removed; choose another name` };
		const hash = await hashPassword(password);
		const at = this.#now().toISOString();
		try {
			const row = await this.#sql.get<{ id: number }>(
				'INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?) RETURNING id',
				[name, role, hash, at]
			);
			return { kind: 'added', account: { id: row!.id, name, role, createdAt: at, tokens: 0 } };
		} catch (error) {
			// Another server added the name between the check and the insert: its unique key holds.
			if (isUniqueViolation(error))
				return { kind: 'invalid', reason: `an account '${name}' exists` };
			throw error;
		}
	}

	/**
	 * Disables an account, ends its sessions and revokes its tokens. The last active admin stays:
	 * without one no one could manage the accounts over HTTP.
	 */
	async removeUser(name: string): Promise<AccountChangeOutcome> {
		const user = await this.#userRow(name);
		if (!user) return { kind: 'not_found' };
		const at = this.#now().toISOString();
		// Sessions and tokens go only when the account went: the statements see the transaction's own
		// update, and a refused removal leaves them as they were.
		const gone = 'EXISTS (SELECT 1 FROM users WHERE id = ? AND disabled_at = ?)';
		const changed = await this.#sql.atomically([
			[LOCK_ADMINS, []],
			[
				`UPDATE users SET disabled_at = ? WHERE id = ? AND disabled_at IS NULL
				AND (role <> 'admin' OR ${ANOTHER_ADMIN})`,
				[at, user.id, user.id]
			],
			[`DELETE FROM sessions WHERE user_id = ? AND ${gone}`, [user.id, user.id, at]],
			[
				`UPDATE api_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL AND ${gone}`,
				[at, user.id, user.id, at]
			]
		]);
		if (changed[1] > 0) return { kind: 'done' };
		// Not removed: either another server removed it meanwhile, or it is the last admin.
		return (await this.#userRow(name))
			? lastAdmin(user.name, 'removing it')
			: { kind: 'not_found' };
	}

	/** Changes an account's role; the last active admin keeps the admin role. */
	async setRole(name: string, role: Role): Promise<AccountChangeOutcome> {
		if (!isRole(role)) return { kind: 'invalid', reason: `unknown role '${String(role)}'` };
		const user = await this.#userRow(name);
		if (!user) return { kind: 'not_found' };
		const changed = await this.#sql.atomically([
			[LOCK_ADMINS, []],
			[
				`UPDATE users SET role = ? WHERE id = ? AND disabled_at IS NULL
				AND (? = 1 OR role <> 'admin' OR ${ANOTHER_ADMIN})`,
				[role, user.id, role === 'admin' ? 1 : 0, user.id]
			]
		]);
		if (changed[1] > 0) return { kind: 'done' };
		return (await this.#userRow(name))
			? lastAdmin(user.name, `making it ${role === 'editor' ? 'an' : 'a'} ${role}`)
			: { kind: 'not_found' };
	}

	/** An active account by name, as listed, or null. */
	async getUser(name: string): Promise<Account | null> {
		const row = await this.#userRow(name);
		return (await this.listUsers()).find((u) => u.id === row?.id) ?? null;
	}

	/** Every account, oldest first. */
	async listUsers(): Promise<Account[]> {
		const rows = await this.#sql.all<{
			id: number;
			name: string;
			role: Role;
			created_at: string;
			tokens: number;
		}>(
			`SELECT u.id, u.name, u.role, u.created_at,
				(SELECT CAST(COUNT(*) AS INTEGER) FROM api_tokens t
					WHERE t.user_id = u.id AND t.revoked_at IS NULL) AS tokens
			FROM users u WHERE u.disabled_at IS NULL ORDER BY u.id`
		);
		return rows.map((r) => ({
			id: r.id,
			name: r.name,
			role: r.role,
			createdAt: r.created_at,
			tokens: r.tokens
		}));
	}

	async #userRow(name: string): Promise<UserRow | null> {
		// No account has a name outside the pattern; not asking spares PostgreSQL a NUL (an error).
		if (!NAME_PATTERN.test(name)) return null;
		return (
			(await this.#sql.get<UserRow>(
				'SELECT id, name, role, password_hash FROM users WHERE lower(name) = lower(?) AND disabled_at IS NULL',
				[name]
			)) ?? null
		);
	}

	/** The account when name and password match, else null (same work either way). */
	async checkPassword(name: string, password: string): Promise<PrincipalRow | null> {
		const row = await this.#userRow(name);
		// An unknown name still costs one hash, so timing does not tell which names exist.
		const stored = row?.password_hash ?? DUMMY_HASH;
		const ok = await verifyPassword(password, stored);
		return ok && row ? { id: row.id, name: row.name, role: row.role } : null;
	}

	/** Starts a session for an account; returns the cookie value and its expiry. */
	async createSession(userId: number): Promise<{ id: string; expires: Date }> {
		const id = newSecret();
		const now = this.#now();
		const expires = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
		await this.#sql.run('DELETE FROM sessions WHERE expires_at < ?', [now.toISOString()]);
		await this.#sql.run(
			'INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
			[secretDigest(id), userId, now.toISOString(), expires.toISOString()]
		);
		return { id, expires };
	}

	/** The account of a live session, or null. */
	async sessionPrincipal(id: string): Promise<Principal | null> {
		const row = await this.#sql.get<PrincipalRow>(
			`SELECT u.id, u.name, u.role FROM sessions s JOIN users u ON u.id = s.user_id
			WHERE s.token_hash = ? AND s.expires_at > ? AND u.disabled_at IS NULL`,
			[secretDigest(id), this.#now().toISOString()]
		);
		return row && isRole(row.role)
			? { userId: row.id, name: row.name, role: row.role, via: 'session' }
			: null;
	}

	/** Ends a session (logout). */
	async deleteSession(id: string): Promise<void> {
		await this.#sql.run('DELETE FROM sessions WHERE token_hash = ?', [secretDigest(id)]);
	}

	/** Creates an API token for an account; the secret is returned once and stored only hashed. */
	async createToken(
		userName: string,
		label: string
	): Promise<{ id: number; token: string } | null> {
		const user = await this.#userRow(userName);
		if (!user) return null;
		const token = newSecret(TOKEN_PREFIX);
		const row = await this.#sql.get<{ id: number }>(
			'INSERT INTO api_tokens (user_id, label, token_hash, created_at) VALUES (?, ?, ?, ?) RETURNING id',
			[user.id, label, secretDigest(token), this.#now().toISOString()]
		);
		return { id: row!.id, token };
	}

	/**
	 * The account of a live API token, or null. Its last use is recorded to the minute, by a write
	 * that `schedule` runs: a read answered with a token need not wait for the database's writer.
	 */
	async tokenPrincipal(
		token: string,
		schedule: WriteScheduler = writeNow
	): Promise<Principal | null> {
		if (!token.startsWith(TOKEN_PREFIX)) return null;
		const digest = secretDigest(token);
		const row = await this.#sql.get<TokenRow>(
			`SELECT u.id, u.name, u.role, t.last_used_at FROM api_tokens t JOIN users u ON u.id = t.user_id
			WHERE t.token_hash = ? AND t.revoked_at IS NULL AND u.disabled_at IS NULL`,
			[digest]
		);
		if (!row || !isRole(row.role)) return null;
		// At most one write a minute per token, so a script's reads do not each take the write lock.
		const now = this.#now();
		const stale = new Date(now.getTime() - TOKEN_USE_RESOLUTION_MS).toISOString();
		if ((row.last_used_at === null || row.last_used_at < stale) && !this.#usePending.has(digest)) {
			this.#usePending.add(digest);
			await schedule(async () => {
				try {
					// The condition again: another server may have recorded it meanwhile.
					await this.#sql.run(
						'UPDATE api_tokens SET last_used_at = ? WHERE token_hash = ? AND (last_used_at IS NULL OR last_used_at < ?)',
						[now.toISOString(), digest, stale]
					);
				} finally {
					this.#usePending.delete(digest);
				}
			});
		}
		return { userId: row.id, name: row.name, role: row.role, via: 'token' };
	}

	/** Every API token, newest first, without secrets. */
	async listTokens(): Promise<TokenInfo[]> {
		const rows = await this.#sql.all<{
			id: number;
			name: string;
			label: string;
			created_at: string;
			last_used_at: string | null;
			revoked_at: string | null;
		}>(
			`SELECT t.id, u.name, t.label, t.created_at, t.last_used_at, t.revoked_at
			FROM api_tokens t JOIN users u ON u.id = t.user_id ORDER BY t.id DESC`
		);
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
	async revokeToken(idOrToken: string): Promise<boolean> {
		const at = this.#now().toISOString();
		const byId = /^\d+$/.test(idOrToken);
		// Ids are 32-bit (PostgreSQL's INTEGER would refuse a larger one with an error): none matches.
		if (byId && Number(idOrToken) > MAX_TOKEN_ID) return false;
		const changed = byId
			? await this.#sql.run(
					'UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL',
					[at, Number(idOrToken)]
				)
			: await this.#sql.run(
					'UPDATE api_tokens SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL',
					[at, secretDigest(idOrToken)]
				);
		return changed > 0;
	}
}

/** True for a unique-key violation in either backend. */
function isUniqueViolation(error: unknown): boolean {
	const e = error as { code?: string };
	return e.code === '23505' || e.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** A valid hash of a random password, checked against when the name is unknown. */
const DUMMY_HASH =
	'scrypt$131072$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
