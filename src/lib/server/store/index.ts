/**
 * The process's claim store: the SQLite database at `$CLAIMSMAP_DB` (default data/claimsmap.db), or
 * the PostgreSQL/PostGIS database when `$CLAIMSMAP_DB` is a `postgres://` URL; opened once, migrated,
 * and seeded with the shipped article on first start unless CLAIMSMAP_SEED=0.
 */
import { resolve } from 'node:path';
import { readSeed, defaultSeedPaths, type SeedPaths } from './seed';
import {
	isPostgresUrl,
	openPostgresPool,
	PostgresClaimStore,
	redactUrl,
	type PostgresStoreOptions
} from './postgres';
import {
	openDatabase,
	openOpenedDatabase,
	SqliteClaimStore,
	type SqliteStoreOptions
} from './sqlite';
import type { ClaimStore, NewArticle } from './types';

export type * from './types';
export { SqliteClaimStore } from './sqlite';
export { PostgresClaimStore, isPostgresUrl } from './postgres';

/** Path of the SQLite database file the process uses (when CLAIMSMAP_DB is not a URL). */
export function databasePath(env: NodeJS.ProcessEnv = process.env): string {
	return resolve(env.CLAIMSMAP_DB || 'data/claimsmap.db');
}

/** Where the claims are, for messages: the file's path, or the URL with its password hidden. */
export function describeDatabase(env: NodeJS.ProcessEnv = process.env): string {
	return isPostgresUrl(env.CLAIMSMAP_DB) ? redactUrl(env.CLAIMSMAP_DB) : databasePath(env);
}

/** Where accounts, sessions and API tokens are kept. */
export type AccountsLocation = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

/**
 * Where accounts, sessions and tokens are: with the claims (the SQLite file, or the PostgreSQL
 * database every app server shares), unless `$CLAIMSMAP_ACCOUNTS_DB` names an SQLite file for them.
 */
export function accountsLocation(env: NodeJS.ProcessEnv = process.env): AccountsLocation {
	if (env.CLAIMSMAP_ACCOUNTS_DB)
		return { kind: 'sqlite', path: resolve(env.CLAIMSMAP_ACCOUNTS_DB) };
	if (isPostgresUrl(env.CLAIMSMAP_DB)) return { kind: 'postgres', url: env.CLAIMSMAP_DB };
	return { kind: 'sqlite', path: databasePath(env) };
}

/** Where the accounts are, for messages: a file's path, or the URL with its password hidden. */
export function describeAccounts(env: NodeJS.ProcessEnv = process.env): string {
	const where = accountsLocation(env);
	return where.kind === 'postgres' ? redactUrl(where.url) : where.path;
}

/** Options of {@link openStore}. */
export interface OpenStoreOptions extends SqliteStoreOptions {
	/** The seed to load on first start; null to seed nothing. */
	seed?: SeedPaths | null;
}

const SEEDED = 'seeded_at';

/** What seeding needs of a store: its `meta` table and adding articles. */
interface Seedable {
	getMeta(key: string): string | null | Promise<string | null>;
	setMeta(key: string, value: string): void | Promise<void>;
	addArticle(article: NewArticle): ReturnType<ClaimStore['addArticle']>;
}

/**
 * Adds the seed articles once per database; a missing seed file leaves it for a later start. Two
 * servers seeding one database at once store each article once (the duplicate check holds).
 */
export async function seedOnce(store: Seedable, paths: SeedPaths): Promise<number> {
	if (await store.getMeta(SEEDED)) return 0;
	const articles = readSeed(paths);
	if (!articles) return 0;
	let added = 0;
	for (const article of articles) {
		if ((await store.addArticle(article)).kind === 'added') added++;
	}
	await store.setMeta(SEEDED, new Date().toISOString());
	return added;
}

/** Opens (creating and migrating when needed) a SQLite store at `path`, seeding it once. */
export async function openStore(
	path: string,
	options: OpenStoreOptions = {}
): Promise<SqliteClaimStore> {
	const { db } = openDatabase(path);
	// The seed is written without the crash test's fault delay, which is for ingests only.
	if (options.seed)
		await seedOnce(new SqliteClaimStore(db, { ...options, faultDelayMs: 0 }), options.seed);
	return new SqliteClaimStore(db, options);
}

/** Options of {@link openPostgresStore}. */
export interface OpenPostgresStoreOptions extends PostgresStoreOptions {
	/** The seed to load on first start; null to seed nothing. */
	seed?: SeedPaths | null;
}

/** Opens (migrating when needed) a PostgreSQL/PostGIS store at `url`, seeding it once. */
export async function openPostgresStore(
	url: string,
	options: OpenPostgresStoreOptions = {}
): Promise<PostgresClaimStore> {
	const { pool } = await openPostgresPool(url, options);
	const store = new PostgresClaimStore(pool, options);
	try {
		// A database from before incidents is grouped once.
		await store.groupIfNeeded();
		if (options.seed)
			await seedOnce(new PostgresClaimStore(pool, { ...options, faultDelayMs: 0 }), options.seed);
	} catch (error) {
		await store.close();
		throw error;
	}
	return store;
}

/**
 * A second connection to the store at `target` (an SQLite file or a `postgres://` URL) that this
 * process has already opened: for a worker thread's reads. An SQLite file is not migrated or
 * checked again (see `openOpenedDatabase`); PostgreSQL opens as usual.
 */
export function openOpenedStore(target: string): Promise<ClaimStore> {
	if (isPostgresUrl(target)) return openPostgresStore(target, { seed: null });
	// The first opening grouped a database that needed it; a reader writes only the incident
	// marks it built when the stored ones were stale (`saveMarks`).
	return Promise.resolve(
		new SqliteClaimStore(openOpenedDatabase(target), { groupIncidents: false })
	);
}

/** Opens the store `$CLAIMSMAP_DB` names: a `postgres://` URL, else an SQLite file. */
export function openConfiguredStore(
	env: NodeJS.ProcessEnv,
	options: OpenStoreOptions & OpenPostgresStoreOptions
): Promise<ClaimStore> {
	return isPostgresUrl(env.CLAIMSMAP_DB)
		? openPostgresStore(env.CLAIMSMAP_DB, options)
		: openStore(databasePath(env), options);
}

let shared: Promise<ClaimStore> | null = null;

/** The process-wide store, opened on first use from the environment. */
export function getStore(): Promise<ClaimStore> {
	shared ??= openConfiguredStore(process.env, {
		seed: process.env.CLAIMSMAP_SEED === '0' ? null : defaultSeedPaths(),
		faultDelayMs: Number(process.env.CLAIMSMAP_FAULT_INGEST_DELAY_MS) || 0
	}).catch((error: unknown) => {
		shared = null;
		throw error;
	});
	return shared;
}

/** Closes the process-wide store (the CLI calls this before exiting so the WAL is checkpointed). */
export async function closeStore(): Promise<void> {
	const open = shared;
	shared = null;
	if (open) await (await open).close();
}
